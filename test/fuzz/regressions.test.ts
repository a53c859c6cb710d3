// Parser bugs the fuzzer found, kept as deterministic regression tests once fixed (4dcf590).
// A new bug found by the fuzzer goes into known-bugs.ts (so random runs skip its symptoms) with
// its reproducer here marked `.fails`; when the fix lands, drop `.fails` and the known-bugs entry.
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, REPO_ROOT, textToPage, wrap } from '../../scripts/bench/fixture-pages';
import type { ReportRecord } from '../../src/model/record';
import { blockText, unprintedCells } from './oracle';
import { renderPage, reportPage } from './report-model';

type ParseDocument = (doc: Document, opts: { url: string }) => Promise<{ record: ReportRecord } | ReportRecord>;
const mod = (await import(/* @vite-ignore */ pathToFileURL(join(REPO_ROOT, 'src/parse/index.ts')).href).catch(() => ({}))) as { parseDocument?: ParseDocument };
const parseDocument = mod.parseDocument;

async function parse(html: string, url: string): Promise<ReportRecord> {
  const out = await parseDocument!(parseHTML(html).document as unknown as Document, { url });
  return 'cells' in out ? out : out.record;
}

const problems = (record: ReportRecord, html: string) => unprintedCells(record, blockText(html)).map((v) => `${v.key}=${v.cell.value}`);

describe.skipIf(!parseDocument)('parser bugs found by fuzzing (regressions)', () => {
  it('long-digit-run: a 400-digit table cell is unreadable, not Infinity', async () => {
    const page = reportPage(2022, '某某市人民政府办公室', [0]);
    const t3 = page.blocks[7];
    if (!t3 || typeof t3 === 'string') throw new Error('table 3 not at block 7');
    t3.rows[3]![7]!.text = '9'.repeat(400); // row 一: label + 7 values, the last is 总计
    const html = renderPage(page);
    const record = await parse(html, 'https://www.example.gov.cn/a.htm');
    expect(problems(record, html)).toEqual([]);
    expect(record.cells['table3.total.newReceived']?.value ?? null).toBeNull();
  });

  it('long-digit-run: a 20,000-digit run in a text report does not crash the parser', async () => {
    const lines = ['某某局2021年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', `一、本年新收政府信息公开申请数量${'9'.repeat(20000)}`, '二、上年结转政府信息公开申请数量0000000'];
    const html = wrap(lines[0]!, lines.map((l) => `<p>${l}</p>`).join(''));
    await expect(parse(html, 'https://www.example.gov.cn/a.htm')).resolves.toBeDefined();
  });

  it('decimal-split: "1.25000001" in a flattened table-3 row is not read as cells ending in 1', async () => {
    const src = readFileSync(join(FIXTURES_DIR, 'real/010-pingtan-scj-2021/source.txt'), 'utf8');
    const edited = src.replace('四、结转下年度继续办理0000000', '四、结转下年度继续办理1.25000001');
    expect(edited).not.toBe(src);
    const html = textToPage(edited);
    const record = await parse(html, 'https://www.pingtan.gov.cn/a.htm');
    expect(problems(record, html)).toEqual([]);
    expect(record.cells['table3.total.carriedForward']?.value).not.toBe(1);
  });

  it('dead-end-walk: a 112-digit run in a 7-cell row is "too ambiguous" at once (it took 5.3 s)', async () => {
    // seed 103010496 in CI: Shanghai 2019 with "1212…" (106 digits) in a table-3 cell. Cutting it
    // walked every sequence of up to 7 pieces, nearly all of which could never reach the run's end
    // (6.5 s for 106 digits, 5.3 s for these 112 in Node here; ~40 ms now). The test's timeout is the bound.
    const src = readFileSync(join(FIXTURES_DIR, 'real/010-pingtan-scj-2021/source.txt'), 'utf8');
    const edited = src.replace('四、结转下年度继续办理0000000', `四、结转下年度继续办理${'12'.repeat(56)}`);
    expect(edited).not.toBe(src);
    const html = textToPage(edited);
    const record = await parse(html, 'https://www.pingtan.gov.cn/a.htm');
    expect(problems(record, html)).toEqual([]);
    const cell = record.cells['table3.total.carriedForward'];
    expect(cell?.value).toBeNull();
    expect(cell?.ambiguity?.readings).toBeGreaterThan(4000);
    expect(record.warnings.some((w) => w.code === 'ambiguous-split' && /has more than \d+ readings as 7 cells/.test(w.message))).toBe(true);
  });

  // helper-25's review: a word followed by a long run of NBSP / U+3000 (layout padding, which
  // becomes spaces in the stream) made regexes with \s* chained across optional tokens try every
  // split of the run: cubic. 2,000 spaces took 0.6–1.25 s in Chromium, 4,000 about 10 s each.
  // The test's timeout is the bound (each of these took seconds alone).
  it('whitespace-run: a word then 4,000 spaces (本, 第二十条第（一）项, 发布日期, 截止, 填报日期) parses at once', { timeout: 10_000 }, async () => {
    const pad = (word: string, space: string, after: string) => `<p>${word}${space.repeat(4000)}${after}</p>`;
    const shanghai = readFileSync(join(FIXTURES_DIR, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
    const padding = [pad('欢迎访问本', '&nbsp;', '站'), pad('第二十条第（一）项', '\u3000', 'x'), pad('发布日期', '\u3000', '来源'), pad('统计数据截止', '&nbsp;', '说明')].join('');
    const html = wrap('2019年上海市人民政府办公厅政府信息公开工作年度报告', padding + shanghai);
    const record = await parse(html, 'https://www.shanghai.gov.cn/a.htm');
    expect(problems(record, html)).toEqual([]);
    expect(record.meta.formatVersion).toBe('trial2019');
    expect(Object.keys(record.cells).length).toBeGreaterThan(200);
    const legacy = readFileSync(join(FIXTURES_DIR, 'real/007-pingtan-county-2013/source.txt'), 'utf8');
    const page = textToPage(legacy).replace('</body>', `${pad('填报日期', '\u00a0', '说明')}</body>`);
    const old = await parse(page, 'https://www.pingtan.gov.cn/a.htm');
    expect(problems(old, page)).toEqual([]);
    expect(old.meta.formatVersion).toBe('pre2019');
  });
});
