// The catalogue against the spec: every rule of checks.md §1 is in RULES, in its order, with its
// severity; runChecksDetailed reports one outcome per rule; `npm run rules` prints them all.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, runChecks, runChecksDetailed, runCrossYearChecks } from '../../../src/checks/index';
import { buildRecord, seedT3, zeroT4 } from './build-record';

const spec = readFileSync(new URL('../../../../shared/spec/checks.md', import.meta.url), 'utf8');
const catalogue = spec.slice(spec.indexOf('## 1. Catalogue'), spec.indexOf('## 2.'));
const specRows = [...catalogue.matchAll(/^\| ([A-Z0-9]+(?:-[A-Z0-9]+)+) \|[^|]*\|[^|]*\| ([^|]+) \|/gm)].map((m) => ({ id: m[1]!, sev: m[2]!.trim() }));
/** library-level rules that are not functions of (record, previous) */
const LIBRARY_ONLY = ['X-HIER-SUM'];

describe('catalogue', () => {
  it('holds every rule of checks.md §1 in print order', () => {
    expect(specRows.length).toBeGreaterThan(50);
    expect(RULES.map((r) => r.id)).toEqual(specRows.map((r) => r.id).filter((id) => !LIBRARY_ONLY.includes(id)));
  });
  it('uses the severity of the spec', () => {
    for (const r of RULES) {
      const s = specRows.find((x) => x.id === r.id)!.sev;
      expect(s.startsWith(r.severity), `${r.id}: ${r.severity} vs ${s}`).toBe(true);
    }
  });
  it('every rule has a formula, both descriptions and the keys it reads', () => {
    for (const r of RULES) {
      expect(r.formula.length, r.id).toBeGreaterThan(5);
      expect(r.description.zh.length, r.id).toBeGreaterThan(3);
      expect(r.description.en.length, r.id).toBeGreaterThan(3);
      expect(r.reads.length, r.id).toBeGreaterThan(0);
    }
  });
  it('runChecksDetailed gives one outcome per rule; cross-year rules are not applicable without a pair', () => {
    const record = buildRecord({ t3: seedT3(), t4: zeroT4() });
    const d = runChecksDetailed(record);
    expect(d.map((x) => x.rule.id)).toEqual(RULES.map((r) => r.id));
    for (const x of d.filter((x) => x.rule.crossYear)) expect(x.outcome).toBe('notApplicable');
    expect(d.find((x) => x.rule.id === 'T3-BALANCE')!.outcome).toBe('pass');
    expect(runChecks(record).filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('a rule that throws becomes one not-assessable finding, the others still run', () => {
    const record = buildRecord({ t3: seedT3() });
    (record as { narrative: unknown }).narrative = null; // corrupt input
    const d = runChecksDetailed(record);
    const broken = d.filter((x) => x.findings.some((f) => f.message.en.includes('failed to run')));
    expect(broken.length).toBeGreaterThan(0);
    expect(d.find((x) => x.rule.id === 'T3-BALANCE')!.outcome).toBe('pass');
  });
  it('runCrossYearChecks runs only the X-* rules', () => {
    const prev = buildRecord({ year: 2020, t3: seedT3() });
    const cur = buildRecord({ year: 2021, format: 'rev2021', t3: { carriedOver: [0, 0, 0, 0, 0, 0, 0] } });
    const f = runCrossYearChecks(cur, prev);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.rule.startsWith('X-'))).toBe(true);
  });
  it('runCrossYearChecks reports a throwing X-* rule as an info finding instead of throwing (one odd saved row broke every save of its neighbours)', () => {
    const prev = buildRecord({ year: 2020, t3: seedT3() });
    const cur = buildRecord({ year: 2021, t3: seedT3() });
    (prev as { sections: unknown }).sections = { overview: { label: '', ref: null, text: 12345, hasTable: false } }; // corrupt row
    cur.sections = { overview: { label: '', ref: null, text: '正常文本'.repeat(20), hasTable: false } };
    const f = runCrossYearChecks(cur, prev);
    const failed = f.filter((x) => x.rule === 'X-DUPLICATE-TEXT');
    expect(failed).toMatchObject([{ severity: 'info', outcome: 'notAssessable', message: { en: expect.stringContaining('failed to run') } }]);
  });
  it('npm run rules prints every rule, as text and as Markdown', () => {
    const cwd = fileURLToPath(new URL('../../../', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
    const text = execFileSync(tsx, ['scripts/print-rules.ts'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const md = execFileSync(tsx, ['scripts/print-rules.ts', '--markdown'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    for (const r of RULES) {
      expect(text).toContain(r.id);
      expect(md).toContain(`| ${r.id}`);
    }
    expect(md.split('\n')[0]).toBe('| id | severity | applies to | formula | description |');
  });
});
