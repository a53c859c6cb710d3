// tokenCuttings checks its pieces in place (char codes, no per-piece slice and regex) for speed.
// This pins it to the straightforward regex version it replaced, on any token of the characters
// a run can hold, with and without a money unit and for every cell cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenCuttings } from '../../../src/text/splits';

const PART = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const SPLITTABLE = /^[+\-\d.]+(?:万元|元)?$/;

/** The previous tokenCuttings, verbatim apart from names. */
function regexTokenCuttings(token: string, maxCells = Infinity): Map<number, string[][]> {
  const out = new Map<number, string[][]>();
  if (!SPLITTABLE.test(token) || !/\d/.test(token)) {
    out.set(1, [[token]]);
    return out;
  }
  const unitMatch = /(万元|元)$/.exec(token);
  const body = unitMatch ? token.slice(0, -unitMatch[0].length) : token;
  const unit = unitMatch ? unitMatch[0] : '';
  if (body.length > 160) {
    out.set(1, [[token]]);
    return out;
  }
  let listed = 0;
  let pruned = false;
  const parts: string[] = [];
  const walk = (pos: number): void => {
    if (listed > 4000) return;
    if (parts.length > maxCells) {
      pruned = true;
      return;
    }
    if (pos === body.length) {
      const cut = parts.slice();
      if (unit) cut[cut.length - 1] += unit;
      const list = out.get(cut.length) ?? [];
      list.push(cut);
      out.set(cut.length, list);
      listed++;
      return;
    }
    const last = Math.min(body.length, pos + 16 + 2);
    for (let end = pos + 1; end <= last; end++) {
      const piece = body.slice(pos, end);
      if (piece.includes('.') && end < body.length && /\d/.test(body[end]!)) continue;
      if (!PART.test(piece)) {
        if (/^[+-]?0\d/.test(piece)) break;
        continue;
      }
      parts.push(piece);
      walk(end);
      parts.pop();
    }
  };
  walk(0);
  if (out.size === 0 && !pruned) out.set(1, [[token]]);
  return out;
}

const asEntries = (m: Map<number, string[][]>) => [...m.entries()];

describe('tokenCuttings gives the same cuttings as the regex version', () => {
  it('on runs of digits, signs and points', () => {
    const run = fc.stringMatching(/^[0-9.+\-]{1,14}$/);
    const unit = fc.constantFrom('', '元', '万元');
    const cap = fc.constantFrom(Infinity, 1, 2, 3, 5, 7, 15);
    fc.assert(
      fc.property(run, unit, cap, (body, u, maxCells) => {
        expect(asEntries(tokenCuttings(body + u, maxCells))).toEqual(asEntries(regexTokenCuttings(body + u, maxCells)));
      }),
      { numRuns: 3000, seed: 20240601 },
    );
  });
  it('on typical rows and edge cases', () => {
    for (const t of ['7000007', '0000000', '230', '000023', '13575394432.52元', '1.25000001', '0.000001', '-3', '+0.5', '.5', '5.', '00', '0.0.0', '1e5', 'abc', '9'.repeat(30), '000000000000000', '0'.repeat(20), '1234567891234567', '12345678912345678912元'])
      for (const maxCells of [Infinity, 1, 7, 15]) expect(asEntries(tokenCuttings(t, maxCells))).toEqual(asEntries(regexTokenCuttings(t, maxCells)));
  });
});
