import { describe, expect, it } from 'vitest';
import { t3Balance } from '../../../src/checks/rules/t3-balance';
import { t3CarryPlausible } from '../../../src/checks/rules/t3-carry-plausible';
import { t3Colsum } from '../../../src/checks/rules/t3-colsum';
import { t3OtherSplit } from '../../../src/checks/rules/t3-other-split';
import { t3ResultsSum } from '../../../src/checks/rules/t3-results-sum';
import { t3Subtotal } from '../../../src/checks/rules/t3-subtotal';
import { t3TotalBlank } from '../../../src/checks/rules/t3-total-blank';
import { buildRecord, seedT3, seedT3Rev2021, type V } from './build-record';

const rec = (t3: Record<string, V[]>, format: 'trial2019' | 'rev2021' | 'pre2019' = 'trial2019') => buildRecord({ format, t3 });

describe('T3-BALANCE', () => {
  it('passes on seed 001 (41 + 0 = 40 + 1) in every column', () => {
    const r = t3Balance.check({ record: rec(seedT3()) });
    expect(r.outcome).toBe('pass');
    expect(r.findings).toEqual([]);
  });
  it('fails with an error, both sides, delta and the four cells', () => {
    const t3 = seedT3();
    t3.carriedForward = [0, 0, 0, 0, 0, 0, 0];
    const r = t3Balance.check({ record: rec(t3) });
    expect(r.outcome).toBe('fail');
    expect(r.findings).toHaveLength(2); // 自然人 and 总计
    const f = r.findings.find((x) => x.scope === '总计')!;
    expect(f).toMatchObject({ rule: 'T3-BALANCE', severity: 'error', left: 41, right: 40, delta: 1 });
    expect(f.formula).toBe('一+二 = 41 ≠ 三（七）+四 = 40');
    expect(f.cells).toHaveLength(4);
    expect(f.message.zh).toContain('相差1');
  });
  it('a failure that rests on blank cells is a warning', () => {
    const t3 = seedT3();
    t3.carriedForward = [null, 0, 0, 0, 0, 0, null];
    const f = t3Balance.check({ record: rec(t3) }).findings;
    expect(f.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(f[0]!.note).toBe('fails if the blank cells mean 0');
  });
  it('a pass that reads blanks as 0 is a pass with a note', () => {
    const t3 = seedT3();
    t3.carriedOver = [null, null, null, null, null, null, null];
    const r = t3Balance.check({ record: rec(t3) });
    expect(r.outcome).toBe('pass');
    expect(r.scopes[0]!.note).toBe('blanks read as 0');
  });
  it('is not assessable (info) when a cell is text or ambiguous, never pass', () => {
    const t3 = seedT3();
    t3.newReceived = ['详见附件', 0, 0, 0, 0, 0, { amb: 2 }];
    const r = t3Balance.check({ record: rec(t3) });
    expect(r.outcome).toBe('notAssessable');
    expect(r.findings.map((f) => [f.scope, f.outcome, f.severity])).toEqual([
      ['自然人', 'notAssessable', 'info'],
      ['总计', 'notAssessable', 'info'],
    ]);
  });
  it('is silent when table 3 is absent and not applicable to pre2019', () => {
    expect(t3Balance.check({ record: buildRecord({ format: 'rev2021' }) })).toMatchObject({ outcome: 'notAssessable', findings: [] });
    expect(t3Balance.check({ record: rec(seedT3(), 'pre2019') }).outcome).toBe('notApplicable');
  });
});

describe('T3-RESULTS-SUM', () => {
  it('passes on seed 001 (18 + 4 + 1 + 17 = 40)', () => {
    expect(t3ResultsSum.check({ record: rec(seedT3()) }).outcome).toBe('pass');
  });
  it('uses the three 其他处理 rows in rev2021', () => {
    const t3 = seedT3Rev2021();
    t3['otherHandling.feeUnpaid'] = [1, 0, 0, 0, 0, 0, 1];
    const r = t3ResultsSum.check({ record: rec(t3, 'rev2021') });
    expect(r.findings.map((f) => [f.scope, f.left, f.right, f.delta])).toEqual([
      ['自然人', 40, 41, -1],
      ['总计', 40, 41, -1],
    ]);
    expect(r.findings[0]!.keys).toContain('table3.naturalPerson.otherHandling.feeUnpaid');
  });
  it('Pingtan 2020 pattern: （七）总计 21 vs rows 27 → error', () => {
    const t3 = seedT3();
    t3.resultsTotal = [20, 0, 0, 0, 0, 1, 21];
    t3.granted = [24, 0, 0, 0, 0, 1, 25];
    t3.partiallyGranted = [2, 0, 0, 0, 0, 0, 2];
    t3['denied.securityStability'] = [0, 0, 0, 0, 0, 0, 0];
    t3['unavailable.notHeld'] = [0, 0, 0, 0, 0, 0, 0];
    const f = t3ResultsSum.check({ record: rec(t3) }).findings;
    expect(f.map((x) => [x.scope, x.severity, x.left, x.right])).toEqual([
      ['自然人', 'error', 20, 26],
      ['总计', 'error', 21, 27],
    ]);
  });
  it('Shanghai 2019 pattern: 总计 outcome cells blank → notAssessable, names the row-derived total', () => {
    const t3 = seedT3();
    for (const [row, v] of Object.entries(t3)) if (!['newReceived', 'carriedOver', 'resultsTotal', 'carriedForward'].includes(row)) v[6] = null;
    const r = t3ResultsSum.check({ record: rec(t3) });
    const f = r.findings.find((x) => x.scope === '总计')!;
    expect(f.outcome).toBe('notAssessable');
    expect(f.message.zh).toContain('按各列相加得 40');
    expect(f.message.en).toContain('equal to the printed 40');
  });
});

describe('T3-COLSUM', () => {
  it('passes when each total equals the row sum', () => {
    expect(t3Colsum.check({ record: rec(seedT3()) }).outcome).toBe('pass');
  });
  it('fails on the row that does not add up', () => {
    const t3 = seedT3();
    t3.newReceived = [38, 2, 0, 0, 0, 0, 41];
    const f = t3Colsum.check({ record: rec(t3) }).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ scope: '一、本年新收', left: 41, right: 40, delta: 1, severity: 'error' });
    expect(f[0]!.cells).toHaveLength(7);
  });
  it('Shanghai: blank org cells read as 0 → pass', () => {
    const t3 = seedT3();
    t3.newReceived = [821, 35, null, null, 2, 1, 859];
    const r = t3Colsum.check({ record: rec(t3) });
    expect(r.scopes.find((s) => s.scope === '一、本年新收')).toMatchObject({ outcome: 'pass', note: 'blanks read as 0' });
  });
  it('a row split by this very relation is not assessable, never pass', () => {
    const t3 = seedT3();
    t3.granted = [{ value: 18, raw: '18000018', kind: 'number', ambiguity: { readings: 3, resolvedBy: 'T3-COLSUM' }, ref: null }, 0, 0, 0, 0, 0, 18];
    const r = t3Colsum.check({ record: rec(t3) });
    expect(r.outcome).toBe('notAssessable');
    expect(r.findings[0]!.message.en).toContain('very relation');
  });
  it('a blank 总计 cell is left to T3-TOTAL-BLANK', () => {
    const t3 = seedT3();
    t3.granted![6] = null;
    const r = t3Colsum.check({ record: rec(t3) });
    expect(r.outcome).toBe('notAssessable');
    expect(r.findings).toEqual([]);
  });
});

describe('T3-SUBTOTAL', () => {
  it('not applicable in the official layout (no printed subtotals)', () => {
    expect(t3Subtotal.check({ record: rec(seedT3()) }).outcome).toBe('notApplicable');
  });
  it('a printed （三） 小计 5 over 1 + 2 + 1 → error, delta 1', () => {
    const t3 = seedT3();
    t3['denied.stateSecret'] = [1, 0, 0, 0, 0, 0, 1];
    t3['denied.otherLawProhibited'] = [2, 0, 0, 0, 0, 0, 2];
    t3['denied.securityStability'] = [1, 0, 0, 0, 0, 0, 1];
    t3['denied.subtotal'] = [5, 0, 0, 0, 0, 0, 4];
    const r = t3Subtotal.check({ record: rec(t3) });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ left: 5, right: 4, delta: 1, severity: 'error' });
    expect(r.scopes.filter((s) => s.outcome === 'pass').length).toBeGreaterThan(0);
  });
});

describe('T3-TOTAL-BLANK', () => {
  it('groups the rows whose 总计 is blank while the row has numbers', () => {
    const t3 = seedT3();
    t3.granted![6] = null;
    t3['unavailable.notHeld']![6] = null;
    t3['denied.stateSecret']![6] = null; // all-zero row: not reported
    const r = t3TotalBlank.check({ record: rec(t3) });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message.zh).toContain('（一）予以公开=18');
    expect(r.findings[0]!.message.zh).toContain('表三有2行');
    // the blank totals come first (they are the defect), in row order, then the row cells
    const keys = r.findings[0]!.keys;
    const totals = keys.filter((k) => k.startsWith('table3.total.'));
    expect(totals).toEqual(['table3.total.granted', 'table3.total.unavailable.notHeld']);
    const rec3 = rec(t3);
    const totalRefs = totals.map((k) => rec3.cells[k]!.ref);
    expect(totalRefs.every(Boolean)).toBe(true);
    expect(r.findings[0]!.cells.slice(0, 2)).toEqual(totalRefs);
  });
  it('passes when every total is printed', () => {
    expect(t3TotalBlank.check({ record: rec(seedT3()) })).toMatchObject({ outcome: 'pass', findings: [] });
  });
});

describe('T3-OTHER-SPLIT', () => {
  it('passes for one row in trial2019 and three rows in rev2021', () => {
    expect(t3OtherSplit.check({ record: rec(seedT3()) }).outcome).toBe('pass');
    expect(t3OtherSplit.check({ record: rec(seedT3Rev2021(), 'rev2021') }).outcome).toBe('pass');
  });
  it('warns for the 2019 single row in a 2021-format report', () => {
    const r = t3OtherSplit.check({ record: rec(seedT3(), 'rev2021') });
    expect(r.findings[0]).toMatchObject({ severity: 'warning', left: 1, right: 3 });
  });
  it('not assessable when no 其他处理 row was read', () => {
    const t3 = seedT3();
    delete t3['otherHandling.subtotal'];
    expect(t3OtherSplit.check({ record: rec(t3) }).outcome).toBe('notAssessable');
  });
});

describe('T3-CARRY-PLAUSIBLE', () => {
  it('passes at 1 of 41, flags 30 of 41 as info', () => {
    expect(t3CarryPlausible.check({ record: rec(seedT3()) }).outcome).toBe('pass');
    const t3 = seedT3();
    t3.carriedForward = [30, 0, 0, 0, 0, 0, 30];
    const f = t3CarryPlausible.check({ record: rec(t3) }).findings;
    expect(f[0]).toMatchObject({ severity: 'info', outcome: 'info', left: 30 });
  });
  it('not assessable when the total column is text', () => {
    const t3 = seedT3();
    t3.carriedForward![6] = '略';
    expect(t3CarryPlausible.check({ record: rec(t3) }).outcome).toBe('notAssessable');
  });
});

describe('unreadable numbers', () => {
  it('a non-finite value is not assessable, never a NaN failure', () => {
    const t3 = seedT3();
    t3.newReceived = [Infinity, 0, 0, 0, 0, 0, Infinity];
    const r = t3Balance.check({ record: rec(t3) });
    expect(r.outcome).toBe('notAssessable');
    expect(r.findings.every((f) => f.outcome === 'notAssessable')).toBe(true);
  });
});
