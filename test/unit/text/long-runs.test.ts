// Robustness of cell reading against what the fuzzer found: numbers too long for a double,
// digit runs far longer than any table row, and printed decimals in run-together rows.
import { describe, expect, it } from 'vitest';
import { readValue } from '../../../src/text/numbers';
import { splitIntoCells, tokenCuttings } from '../../../src/text/splits';

describe('numbers longer than a double holds', () => {
  it('reads 15 significant digits exactly', () => {
    expect(readValue('999999999999999')).toEqual({ value: 999999999999999, kind: 'number' });
  });
  it('calls 16+ significant digits unreadable instead of rounding or Infinity', () => {
    expect(readValue('9999999999999999')).toEqual({ value: null, kind: 'text' });
    expect(readValue('9'.repeat(400))).toEqual({ value: null, kind: 'text' });
    expect(readValue('12345678901234.56')).toEqual({ value: null, kind: 'text' });
  });
  it('does not count leading zeros as significant', () => {
    expect(readValue('0000000000000000012').value).toBe(12);
  });
});

describe('digit runs longer than a table row', () => {
  it('leaves a 20,000-digit run as one unreadable token without recursing per digit', () => {
    const cut = tokenCuttings('9'.repeat(20000));
    expect([...cut.keys()]).toEqual([1]);
    expect(splitIntoCells(['9'.repeat(20000)], 7).readings).toEqual([]);
  });
  it('still cuts a real 15-cell row run', () => {
    expect(splitIntoCells(['000000000000000'], 15).readings).toEqual([Array(15).fill('0')]);
  });
});

describe('printed decimals in run-together cells', () => {
  it('never shares a fraction with the next cell', () => {
    // 1.25000001 is one number: it cannot be seven cells
    expect(splitIntoCells(['1.25000001'], 7).readings).toEqual([]);
    expect(splitIntoCells(['72', '0.000001'], 7).readings).toEqual([]);
  });
  it('keeps the amount cell whole at the end of a row', () => {
    const r = splitIntoCells(['82059.2090万元'], 2).readings;
    expect(r).toContainEqual(['8205', '9.2090万元']);
    expect(r.every((cells) => !cells[1]!.startsWith('90'))).toBe(true);
  });
});

describe('a run with more cuttings than are listed', () => {
  it('is reported as too ambiguous, never chosen from a partial list', () => {
    // 16 digits as 15 cells: 15 readings exist, but the per-token list stops at 4,000 cuttings
    // (of every cell count) before reaching the ones that merge the first digits
    const r = splitIntoCells(['1234567891234567'], 15);
    expect(r).toMatchObject({ readings: [], capped: true, incomplete: true });
    expect(r.count).toBeGreaterThanOrEqual(4000);
  });
});
