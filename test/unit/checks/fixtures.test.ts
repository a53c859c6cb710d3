// The real fixtures through the parser and the catalogue: every labelled inconsistency is found
// (matched by rule id the way ../shared/tools/score-fixtures.mjs does), no error-severity finding
// fires on a relation the labels say holds, and the spec's worked examples come out as described.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runChecks, runChecksDetailed, runCrossYearChecks } from '../../../src/checks/index';
import { decodePage, pageHtml } from '../../../src/extract/page-source';
import type { Finding } from '../../../src/model/finding';
import type { ReportRecord } from '../../../src/model/record';
import { parseDocument } from '../../../src/parse/index';

const root = new URL('../../../../shared/fixtures/', import.meta.url);
const realDir = new URL('real/', root);
const seedDir = new URL('seeds/', root);

async function parseFile(url: URL, pageUrl?: string): Promise<ReportRecord> {
  const text = decodePage(readFileSync(url));
  const isText = url.pathname.endsWith('.txt');
  const { document } = parseHTML(pageHtml(text, isText));
  const { record } = await parseDocument(document as unknown as Document, pageUrl ? { url: pageUrl } : {});
  return record;
}

interface Meta {
  provenance?: { url?: string };
  labels?: { inconsistencies?: { rule: string; left: number; right: number }[] };
}

/** same mapping as ruleFor() in score-fixtures.mjs */
function ruleFor(text: string): RegExp {
  if (text.startsWith('附表')) return /^L-/;
  if (text.includes('一+二')) return /^T3-BALANCE$/;
  if (text.includes('自然人 + five')) return /^T3-COLSUM$/;
  if (text.includes('（七）总计')) return /^T3-RESULTS-SUM$/;
  if (/表四|review|litigation/.test(text)) return /^T4-ROWSUM$/;
  return /./;
}

const cases = readdirSync(realDir).filter((n) => existsSync(new URL(`${n}/meta.json`, realDir))).sort();
const parsed = new Map<string, { record: ReportRecord; findings: Finding[]; meta: Meta }>();

async function load(name: string) {
  let hit = parsed.get(name);
  if (!hit) {
    const meta = JSON.parse(readFileSync(new URL(`${name}/meta.json`, realDir), 'utf8')) as Meta;
    const file = ['source.html', 'source.txt'].map((f) => new URL(`${name}/${f}`, realDir)).find((u) => existsSync(u))!;
    const record = await parseFile(file, meta.provenance?.url);
    hit = { record, findings: runChecks(record), meta };
    parsed.set(name, hit);
  }
  return hit;
}

describe('real fixtures', () => {
  it.each(cases)('%s: labelled inconsistencies found, no error contradicts a label', async (name) => {
    const { findings, meta } = await load(name);
    const labelled = (meta.labels?.inconsistencies ?? []).map((i) => ruleFor(i.rule));
    for (const re of labelled) expect(findings.some((f) => re.test(f.rule)), `${name}: ${re}`).toBe(true);
    const errors = findings.filter((f) => f.severity === 'error');
    for (const e of errors) expect(labelled.some((re) => re.test(e.rule)), `${name}: unlabelled error ${e.rule} ${e.message.zh}`).toBe(true);
    // every finding names a rule of the catalogue and carries both languages
    for (const f of findings) {
      expect(f.message.zh.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
  });

  it('001 Shanghai 2019: 总计 outcome cells blank → T3-RESULTS-SUM not assessable, rows give 805; TEXT-T3 258 and 265 are warnings', async () => {
    const { findings } = await load('001-shanghai-bgt-2019');
    const rs = findings.filter((f) => f.rule === 'T3-RESULTS-SUM');
    expect(rs.map((f) => [f.scope, f.outcome])).toEqual([['总计', 'notAssessable']]);
    expect(rs[0]!.message.zh).toContain('按各列相加得 805');
    expect(findings.find((f) => f.rule === 'T3-TOTAL-BLANK')?.severity).toBe('warning');
    const text = findings.filter((f) => f.rule === 'TEXT-T3');
    expect(text.map((f) => [f.left, f.right, f.severity])).toEqual([
      [258, 275, 'warning'],
      [265, 337, 'warning'],
    ]);
    expect(text[0]!.message.zh).toContain('自然人 （一）予以公开');
    expect(findings.filter((f) => f.rule === 'T3-BALANCE')).toEqual([]); // 859 + 18 = 805 + 72
  });

  it('012 Pingtan 2020: T3-RESULTS-SUM errors in 总计 (21 vs 27) and 自然人 (20 vs 26)', async () => {
    const { findings } = await load('012-pingtan-zone-2020');
    const rs = findings.filter((f) => f.rule === 'T3-RESULTS-SUM');
    expect(rs.map((f) => [f.scope, f.severity, f.left, f.right])).toEqual([
      ['自然人', 'error', 20, 26],
      ['总计', 'error', 21, 27],
    ]);
    expect(rs[1]!.cells.length).toBeGreaterThan(10);
  });

  it('035 / 046: L-PROACTIVE-CHANNELS warnings on both columns', async () => {
    const a = (await load('035-pingtan-jiaoyuju-2011')).findings.filter((f) => f.rule === 'L-PROACTIVE-CHANNELS' && f.outcome === 'fail');
    expect(a.map((f) => [f.severity, f.left, f.right])).toEqual([['warning', 20, 14]]);
    const b = (await load('046-pingtan-scj-2016')).findings.filter((f) => f.rule === 'L-PROACTIVE-CHANNELS' && f.outcome === 'fail');
    expect(b.map((f) => [f.left, f.right])).toEqual([
      [201, 172],
      [370, 330],
    ]);
  });

  it('a cell split by T3-COLSUM is never reported as a T3-COLSUM pass (012)', async () => {
    const { record } = await load('012-pingtan-zone-2020');
    const split = Object.entries(record.cells).filter(([k, c]) => k.startsWith('table3.') && c.ambiguity?.resolvedBy === 'T3-COLSUM');
    expect(split.length).toBeGreaterThan(0);
    const colsum = runChecksDetailed(record).find((r) => r.rule.id === 'T3-COLSUM')!;
    expect(colsum.scopes.find((s) => s.scope === '一、本年新收')?.outcome).toBe('notAssessable');
  });
});

describe('a real pair: Pingtan zone 2019 → 2020', () => {
  it('X-CARRY compares 2020 上年结转 with 2019 结转下年度 (0 = 0 in every column); no cross-year warning', async () => {
    const prev = (await load('002-pingtan-zone-2019')).record;
    const cur = (await load('012-pingtan-zone-2020')).record;
    const d = runChecksDetailed(cur, prev);
    const carry = d.find((r) => r.rule.id === 'X-CARRY')!;
    expect(carry.scopes.find((s) => s.scope === '总计')?.outcome).toBe('pass');
    expect(runCrossYearChecks(cur, prev).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('seeds (worked examples of checks.md)', () => {
  const seed = async (prefix: string) => {
    const name = readdirSync(seedDir).find((n) => n.startsWith(prefix))!;
    return runChecks(await parseFile(new URL(name, seedDir)));
  };
  it('000: figures 截止 30 November → TEXT-PERIOD warning', async () => {
    const f = (await seed('000')).filter((x) => x.rule === 'TEXT-PERIOD');
    expect(f.map((x) => [x.severity, x.scope])).toEqual([['warning', '截止']]);
  });
  it('001: 行政事业性收费 49 / +19292 → T2-2019-ITEMS-SCALE info; no error', async () => {
    const f = await seed('001');
    expect(f.find((x) => x.rule === 'T2-2019-ITEMS-SCALE')).toMatchObject({ severity: 'info', scope: '行政事业性收费' });
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });
  it('002: "2018年，我们将…" in a 2018 report → TEXT-YEAR warning', async () => {
    expect((await seed('002')).some((x) => x.rule === 'TEXT-YEAR' && x.severity === 'warning')).toBe(true);
  });
  it('003: headings 二/三/四 without tables → three STRUCT-TABLE-MISSING, no T3 findings', async () => {
    const f = await seed('003');
    expect(f.filter((x) => x.rule === 'STRUCT-TABLE-MISSING').map((x) => x.scope)).toEqual(['表二', '表三', '表四']);
    expect(f.filter((x) => /^T[234]-/.test(x.rule))).toEqual([]);
    expect(f.some((x) => x.rule === 'TEXT-FOREIGN-NAME' && x.scope === '拱坝镇')).toBe(true);
  });
  it('004: 463 vs 282 + 158 with blank channels → L-PROACTIVE-CHANNELS warning; 收到申请数 0 with blank parts passes', async () => {
    const f = await seed('004');
    expect(f.find((x) => x.rule === 'L-PROACTIVE-CHANNELS' && x.outcome === 'fail')).toMatchObject({ severity: 'warning', left: 463, right: 440 });
    expect(f.filter((x) => x.rule === 'L-RECEIVED-CHANNELS')).toEqual([]);
  });
});
