// evaluate() skips the bookkeeping for all-number inputs and builds a pass's formula, keys and
// cell refs on demand (issue #7). These pin down that the shortcut answers exactly like the
// full path: the same fields on a pass, and no case the full path treats specially slips through.
import { describe, expect, it } from 'vitest';
import { evaluate, type EquationSpec } from '../../../src/checks/equation';
import type { CellValue } from '../../../src/model/record';
import { buildRecord as build, cell } from './build-record';

const rule = { id: 'T-TEST', severity: 'error' as const };
const spec: EquationSpec = { left: { keys: ['table2.a.x'], label: 'A' }, right: { keys: ['table2.b.x', 'table2.c.x'], label: 'B+C' } };
const recordWith = (a: CellValue, b: CellValue, c: CellValue) =>
  build({ cells: { 'table2.a.x': a, 'table2.b.x': b, 'table2.c.x': c } });

describe('evaluate fast path', () => {
  it('a pass still exposes keys, cell refs and the formula', () => {
    const a = cell(5, 1, 0, 0);
    const b = cell(2, 1, 1, 0);
    const c = cell(3, 1, 2, 0);
    const res = evaluate(rule, recordWith(a, b, c), spec);
    expect(res).toMatchObject({ outcome: 'pass', left: 5, right: 5, delta: 0, blankKeys: [], badKeys: [], severity: 'error' });
    expect(res.note).toBeUndefined();
    expect(res.keys).toEqual(['table2.a.x', 'table2.b.x', 'table2.c.x']);
    expect(res.cells).toEqual([a.ref, b.ref, c.ref]);
    expect(res.formula).toBe('A = 5 = B+C = 5');
  });

  it('a number chosen by this very relation is circular, not a pass', () => {
    const split: CellValue = { ...cell(2), ambiguity: { readings: 2, resolvedBy: 'T-TEST' } };
    const res = evaluate(rule, recordWith(cell(5), split, cell(3)), spec);
    expect(res.outcome).toBe('notAssessable');
    expect(res.reason).toBe('circular');
  });

  it('a number chosen by another relation is summed like any number', () => {
    const split: CellValue = { ...cell(2), ambiguity: { readings: 2, resolvedBy: 'T-OTHER' } };
    expect(evaluate(rule, recordWith(cell(5), split, cell(3)), spec).outcome).toBe('pass');
  });

  it('blanks and unreadable values still take the full path', () => {
    expect(evaluate(rule, recordWith(cell(3), cell(null), cell(3)), spec)).toMatchObject({ outcome: 'pass', note: 'blanks read as 0', blankKeys: ['table2.b.x'] });
    const slip: CellValue = { ...cell(2), value: Number.POSITIVE_INFINITY };
    expect(evaluate(rule, recordWith(cell(5), slip, cell(3)), spec).reason).toBe('text');
    expect(evaluate(rule, recordWith(cell(5), cell('见附件'), cell(3)), spec).reason).toBe('text');
  });

  it('a failing all-number equation keeps its verdict fields', () => {
    const res = evaluate(rule, recordWith(cell(6), cell(2), cell(3)), spec);
    expect(res).toMatchObject({ outcome: 'fail', severity: 'error', left: 6, right: 5, delta: 1, formula: 'A = 6 ≠ B+C = 5' });
    expect(res.cells).toHaveLength(3);
  });
});
