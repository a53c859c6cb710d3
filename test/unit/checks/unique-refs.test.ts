// uniqueRefs replaced `[...new Map(refs.map((r) => [JSON.stringify(r), r])).values()]` in the
// not-assessable merge and CELL-NONNUMERIC (issue #7): it stringifies only refs that share a
// position. These pin it to the JSON definition, including refs that print alike without being
// alike (NaN/Infinity/null, -0, key order, undefined fields) and the same ref object met twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueRefs } from '../../../src/checks/read';
import type { CellRef } from '../../../src/model/record';

const byJson = (refs: CellRef[]) => [...new Map(refs.map((r) => [JSON.stringify(r), r])).values()];

const t = (table: number, row: number, col: number): CellRef => ({ source: 'table', table, row, col });
const x = (block: number, start: number, end: number): CellRef => ({ source: 'text', block, start, end });
const odd = (o: Record<string, unknown>) => o as unknown as CellRef;

describe('uniqueRefs', () => {
  it('keeps the first position of each distinct ref and the last object printed alike', () => {
    const a = t(1, 2, 3);
    const aTwin = t(1, 2, 3);
    const refs = [a, x(1, 2, 3), t(1, 2, 4), aTwin, a, x(1, 2, 3), t(0, 0, 0)];
    const got = uniqueRefs(refs);
    expect(got).toEqual(byJson(refs));
    got.forEach((r, i) => expect(r).toBe(byJson(refs)[i]));
  });

  it('agrees with JSON text on refs that print alike or differ only in key order', () => {
    const refs = [
      odd({ source: 'table', table: 1, row: NaN, col: 0 }),
      odd({ source: 'table', table: 1, row: Infinity, col: 0 }),
      odd({ source: 'table', table: 1, row: null, col: 0 }),
      odd({ source: 'table', table: 1, row: -0, col: 0 }),
      odd({ source: 'table', table: 1, row: 0, col: 0 }),
      odd({ source: 'table', row: 0, table: 1, col: 0 }),
      odd({ source: 'table', table: 1, row: 0, col: 0, extra: undefined }),
      odd({ source: 'table', table: 1, row: '0', col: 0 }),
      odd({ source: 'text', block: 1, start: 2 }),
      odd({ source: 'text', block: 1, start: 2, end: undefined }),
      odd({ source: 'other', block: 1, start: 2, end: 3 }),
      odd({ block: 1, start: 2, end: 3 }),
      odd({ source: 'text', block: 1, start: 2, end: 3 }),
    ];
    for (let k = 0; k < refs.length; k++) {
      const rotated = [...refs.slice(k), ...refs.slice(0, k), ...refs];
      const got = uniqueRefs(rotated);
      const want = byJson(rotated);
      expect(got.map((r) => JSON.stringify(r))).toEqual(want.map((r) => JSON.stringify(r)));
      got.forEach((r, i) => expect(r).toBe(want[i]));
    }
  });
});

describe('uniqueRefs on refs with inherited or extra fields', () => {
  it('agrees with JSON text when a ref inherits an enumerable field or carries one more', () => {
    const inherited = Object.create({ extra: 1 }) as Record<string, unknown>;
    Object.assign(inherited, { source: 'table', table: 1, row: 2, col: 3 });
    const refs = [
      t(1, 2, 3),
      inherited as unknown as CellRef,
      odd({ source: 'table', table: 1, row: 2, col: 3, more: 4 }),
      odd({ source: 'table', table: 1, row: 2, col: 3 }),
      x(1, 2, 3),
      odd({ source: 'text', block: 1, start: 2, end: 3, more: 'x' }),
    ];
    for (let k = 0; k < refs.length; k++) {
      const rotated = [...refs.slice(k), ...refs.slice(0, k), ...refs];
      const got = uniqueRefs(rotated);
      const want = byJson(rotated);
      expect(got).toHaveLength(want.length);
      got.forEach((r, i) => expect(r).toBe(want[i]));
    }
  });
});

// The slot search became a loop (no closure per ref): random refs, many sharing a position or
// printing alike, against the JSON definition.
describe('uniqueRefs on random refs', () => {
  const small = fc.integer({ min: 0, max: 2 });
  const ref = fc.oneof(
    fc.tuple(small, small, small).map(([a, b, c]) => t(a, b, c)),
    fc.tuple(small, small, small).map(([a, b, c]) => x(a, b, c)),
    fc.tuple(small, small).map(([a, b]) => odd({ source: 'table', row: b, table: a, col: 0 })),
    fc.constantFrom(odd({ source: 'table', table: 1, row: NaN, col: 0 }), odd({ source: 'table', table: 1, row: null, col: 0 })),
  );
  it('agrees with JSON text, keeping the last object printed alike', () => {
    fc.assert(
      fc.property(fc.array(ref, { maxLength: 30 }).map((refs) => [...refs, ...refs.slice(0, 5)]), (refs) => {
        const got = uniqueRefs(refs);
        const want = byJson(refs);
        expect(got).toEqual(want);
        got.forEach((r, i) => expect(r).toBe(want[i]));
      }),
      { numRuns: 500 },
    );
  });
});
