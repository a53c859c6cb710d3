// STRUCT-TABLE-SHAPE looks up the template's keys one by one only when fewer of them are printed
// than the template has (issue #7). These pin that shortcut: an expected key that exists only as
// a derived cell still counts as present, and missing/extra keys are reported as before.
import { describe, expect, it } from 'vitest';
import { structTableShape } from '../../../src/checks/rules/struct';
import { buildRecord, cell, seedT3, seedT3Rev2021, zeroT4 } from './build-record';

const shape = (r: ReturnType<typeof buildRecord>) => structTableShape.check({ record: r });

describe('STRUCT-TABLE-SHAPE fast path', () => {
  it('passes a complete table without looking further', () => {
    expect(shape(buildRecord({ t3: seedT3(), t4: zeroT4() })).outcome).toBe('pass');
    expect(shape(buildRecord({ format: 'rev2021', t3: seedT3Rev2021(), t4: zeroT4() })).outcome).toBe('pass');
  });

  it('counts an expected key held only by a derived cell as present', () => {
    const r = buildRecord({ t3: seedT3(), t4: zeroT4() });
    r.cells['table3.total.granted'] = { ...r.cells['table3.total.granted']!, derived: true };
    expect(shape(r).outcome).toBe('pass');
  });

  it('lists missing and unexpected keys', () => {
    const r = buildRecord({ t3: seedT3(), t4: zeroT4() });
    delete r.cells['table3.total.granted'];
    r.cells['table3.total.bogus'] = cell(1);
    const res = shape(r);
    expect(res.outcome).toBe('fail');
    expect(res.findings[0]!.keys).toEqual(['table3.total.granted', 'table3.total.bogus']);
    expect(res.findings[0]!.delta).toBe(0);
  });
});
