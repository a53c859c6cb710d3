// splitIntoCells skips its ways table and walk when every token cuts one way only, and its cutting
// machinery altogether for a single zero run or digit (the common
// flattened row "0000000"). This pins it to the previous version, verbatim below apart from
// reading the cuttings through tokenCuttings, on rows of short tokens (short enough that no
// token reaches the listing cap, which the previous version's copy here does not model).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitIntoCells, tokenCuttings, type SplitResult } from '../../../src/text/splits';

function previousSplitIntoCells(tokens: string[], n: number, cap = 5000): SplitResult {
  const T = tokens.length;
  const cuts: Array<Array<[number, string[][]]>> = [];
  for (const token of tokens) cuts.push([...tokenCuttings(token, n)]);
  const W = n + 1;
  const ways = new Array<number>((T + 1) * W).fill(0);
  ways[T * W] = 1;
  for (let t = T - 1; t >= 0; t--) {
    const next = (t + 1) * W;
    for (let c = 0; c <= n; c++) {
      let sum = 0;
      for (const [k, list] of cuts[t]!) if (k <= c) sum += list.length * ways[next + c - k]!;
      ways[t * W + c] = Math.min(sum, 1e12);
    }
  }
  const count = ways[n]!;
  if (count === 0 || count > cap) return { readings: [], count, capped: count > cap };
  const readings: string[][] = [];
  const acc: string[] = [];
  const walk = (t: number, left: number): void => {
    if (t === T) {
      if (left === 0) readings.push(acc.slice());
      return;
    }
    for (const [k, list] of cuts[t]!) {
      if (k > left || ways[(t + 1) * W + left - k] === 0) continue;
      for (const cut of list) {
        for (const cell of cut) acc.push(cell);
        walk(t + 1, left - k);
        acc.length -= cut.length;
      }
    }
  };
  walk(0, n);
  return { readings, count, capped: false };
}

const token = fc.oneof(
  fc.constantFrom('0', '00', '0000000', '7', '1', '23', '230', '000023', '7000007', '—', '无', '1.5', '12元', 'abc', '-3'),
  fc.array(fc.constantFrom('0', '0', '0', '1', '2', '7', '.'), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
);

describe('splitIntoCells reads rows as before', () => {
  it('on rows of short tokens, for any cell count and cap', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), fc.integer({ min: 0, max: 15 }), fc.constantFrom(5000, 3, 1, 0), (tokens, n, cap) => {
        expect(splitIntoCells(tokens, n, cap)).toEqual(previousSplitIntoCells(tokens, n, cap));
      }),
      { numRuns: 5000, seed: 20261126 },
    );
  });
});
