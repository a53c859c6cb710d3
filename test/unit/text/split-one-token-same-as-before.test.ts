// splitIntoCells answers a single token that cuts several ways ("5000005", "18535395") directly:
// n digits in n cells as one digit per cell, and otherwise by counting the cuttings of each cell
// count over positions and listing only the n-cell ones. This pins it to the previous version,
// kept verbatim below (the listing walk grouped by cell count, then the ways table), on single
// tokens of the characters a run can hold, with and without a money unit, including runs long
// enough to reach the listing cap (where the new path must leave the answer to the old walk).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readsOneDigitPerCell, splitIntoCells, type SplitResult } from '../../../src/text/splits';

const SPLITTABLE = /^[+\-\d.]+(?:万元|元)?$/;

/** Per-token limit on listed cuttings; longer runs are reported as unreadable. */
const TOKEN_CAP = 4000;
/**
 * Longest run worth cutting: a table row has at most 15 cells of a few digits each. Longer runs
 * are not a row of cells (and cutting them costs O(L²) with one recursion level per cell).
 */
const MAX_RUN = 160;
/** A cell holds at most 15 significant digits (beyond that a double is not exact). */
const MAX_PIECE = 16;

const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

function isDigitCode(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

/** PART.test(s.slice(start, end)), without the slice: sign, then 0 or [1-9]\d*, then .\d+ or nothing. */
function isPartAt(s: string, start: number, end: number): boolean {
  let i = start;
  const sign = s.charCodeAt(i);
  if (sign === PLUS || sign === MINUS) i++;
  if (i >= end) return false;
  const lead = s.charCodeAt(i++);
  if (!isDigitCode(lead)) return false;
  if (lead !== ZERO) while (i < end && isDigitCode(s.charCodeAt(i))) i++;
  if (i === end) return true;
  if (s.charCodeAt(i++) !== DOT || i === end) return false;
  while (i < end && isDigitCode(s.charCodeAt(i))) i++;
  return i === end;
}

/** /^[+-]?0\d/.test(s.slice(start, end)), without the slice. */
function hasLeadingZeroDigit(s: string, start: number, end: number): boolean {
  let i = start;
  const sign = s.charCodeAt(i);
  if (sign === PLUS || sign === MINUS) i++;
  return i + 1 < end && s.charCodeAt(i) === ZERO && isDigitCode(s.charCodeAt(i + 1));
}

/**
 * For each position of a run, the well-formed pieces that may start there, shortest first. Which
 * pieces fit depends only on the position, so they are found once here rather than at every
 * step of every cutting that reaches the position.
 */
function piecesByStart(body: string): string[][] {
  const out: string[][] = [];
  for (let pos = 0; pos < body.length; pos++) {
    const list: string[] = [];
    const last = Math.min(body.length, pos + MAX_PIECE + 2); // + sign and decimal point
    let hasPoint = false; // body[pos, end) holds a '.'
    for (let end = pos + 1; end <= last; end++) {
      if (body.charCodeAt(end - 1) === DOT) hasPoint = true;
      // A decimal's fraction is never shared with the next cell: a piece with a point must take
      // every digit after it ("1.25000001" is one number, not 1.25|0|0|0|0|0|1).
      if (hasPoint && end < body.length && isDigitCode(body.charCodeAt(end))) continue;
      if (!isPartAt(body, pos, end)) {
        // once a piece has a leading zero followed by digits it can only get worse
        if (hasLeadingZeroDigit(body, pos, end)) break;
        continue;
      }
      list.push(body.slice(pos, end));
    }
    out.push(list);
  }
  return out;
}

/** Cuttings grouped by cell count, the counts in the order they were first met. */
type CuttingGroups = Array<[number, string[][]]>;

/** A run of zeros, or one digit: it cuts one way only, every digit its own cell ("00" is no number). */
function cutsOneWay(token: string): boolean {
  if (token.length === 1) return isDigitCode(token.charCodeAt(0));
  if (token.length > MAX_RUN) return false;
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) !== ZERO) return false;
  return true;
}

/** `truncated`: the walk stopped at TOKEN_CAP, so some cuttings (of any cell count) are missing. */
function cuttingGroups(token: string, maxCells: number): { groups: CuttingGroups; truncated: boolean } {
  const whole = (groups: CuttingGroups) => ({ groups, truncated: false });
  // most cells of a flattened table: no need to walk the cuttings
  if (cutsOneWay(token)) return whole(token.length <= maxCells ? [[token.length, [Array.from(token)]]] : []);
  if (!SPLITTABLE.test(token) || !/\d/.test(token)) return whole([[1, [[token]]]]);
  const unitMatch = /(万元|元)$/.exec(token);
  const body = unitMatch ? token.slice(0, -unitMatch[0].length) : token;
  const unit = unitMatch ? unitMatch[0] : '';
  if (body.length > MAX_RUN) return whole([[1, [[token]]]]); // unreadable as cells: one (text) cell
  const groups: CuttingGroups = [];
  const pieces = piecesByStart(body);
  let listed = 0;
  let pruned = false;
  const parts: string[] = [];
  const walk = (pos: number): void => {
    if (listed > TOKEN_CAP) return;
    if (parts.length > maxCells) {
      pruned = true; // a row never needs more cells than it has columns
      return;
    }
    if (pos === body.length) {
      const cut = parts.slice();
      if (unit) cut[cut.length - 1] += unit;
      const group = groups.find(([count]) => count === cut.length);
      if (group) group[1].push(cut);
      else groups.push([cut.length, [cut]]);
      listed++;
      return;
    }
    if (parts.length === maxCells) {
      // any further piece would be one cell too many: that is all its step would find
      if (pieces[pos]!.length > 0) pruned = true;
      return;
    }
    for (const piece of pieces[pos]!) {
      parts.push(piece);
      walk(pos + piece.length);
      parts.pop();
    }
  };
  walk(0);
  if (groups.length === 0 && !pruned) groups.push([1, [[token]]]); // not a clean number run: one (text) cell
  return { groups, truncated: listed > TOKEN_CAP };
}

/** Enumerates the readings of `tokens` as exactly `n` cells (order kept). */
function previousSplitIntoCells(tokens: string[], n: number, cap = 5000): SplitResult {
  // The usual row of a flattened table is one run of zeros or a single digit ("0000000"): it
  // cuts one way, every digit a cell. The answer below is what the general path gives for it.
  if (tokens.length === 1 && cutsOneWay(tokens[0]!)) {
    const token = tokens[0]!;
    const count = token.length === n ? 1 : 0;
    if (count === 0 || count > cap) return { readings: [], count, capped: count > cap };
    return { readings: [token.split('')], count, capped: false }; // ASCII digits: split('') = Array.from
  }
  // each token's cuttings as [cell count, cuttings] pairs, in the order tokenCuttings listed them
  const T = tokens.length;
  const cuts: Array<Array<[number, string[][]]>> = [];
  let incomplete = false;
  for (const token of tokens) {
    const c = cuttingGroups(token, n);
    cuts.push(c.groups);
    incomplete ||= c.truncated;
  }
  const single = singleReading(cuts, n, cap);
  if (single) return single;
  // ways[t * W + c]: readings of tokens t.. that yield c cells (one flat table: this runs per row)
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
  // choosing among a partial list could "resolve" to a reading while the true one was never listed
  if (incomplete) return { readings: [], count: Math.max(count, TOKEN_CAP), capped: true, incomplete: true };
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

/**
 * Most rows of a flattened table: every token cuts one way only (zero runs, single digits, text).
 * Then there is one reading, the tokens' cells in order, when they make n cells, and none
 * otherwise: what the ways table and the walk in splitIntoCells would find, without building
 * them. Null when some token cuts more than one way (such a token is never cut short by the
 * listing cap, so `incomplete` cannot arise here).
 */
function singleReading(cuts: CuttingGroups[], n: number, cap: number): SplitResult | null {
  let cells = 0;
  for (const groups of cuts) {
    if (groups.length !== 1 || groups[0]![1].length !== 1) return null;
    cells += groups[0]![0];
  }
  const count = cells === n ? 1 : 0;
  if (count === 0 || count > cap) return { readings: [], count, capped: count > cap };
  const reading: string[] = [];
  for (const groups of cuts) for (const cell of groups[0]![1][0]!) reading.push(cell);
  return { readings: [reading], count, capped: false };
}


const runChar = fc.constantFrom('0', '0', '0', '1', '2', '5', '7', '9', '.', '-', '+');
const run = fc.array(runChar, { minLength: 1, maxLength: 16 }).map((a) => a.join(''));
const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom('0', '1', '2', '3', '5', '8'), { minLength: min, maxLength: max }).map((a) => a.join(''));
const token = fc.tuple(
  fc.oneof(
    run,
    digits(1, 15),
    // 12 to 14 non-zero digits: around the 4000-cutting listing cap (2^11 .. 2^13 cuttings)
    fc.array(fc.constantFrom('1', '2', '3', '9'), { minLength: 12, maxLength: 14 }).map((a) => a.join('')),
    fc.constantFrom('5000005', '2000002', '18535395', '171350172', '1.25000001', '-3', '12元', '5000005万元', 'abc', '—', '1.2.3', '10001011111111111', '11010001111111111'),
  ),
  fc.constantFrom('', '', '', '元', '万元'),
).map(([body, unit]) => body + unit);

describe('splitIntoCells reads a single token as before', () => {
  it('for any cell count and cap', () => {
    fc.assert(
      fc.property(token, fc.integer({ min: 0, max: 15 }), fc.constantFrom(5000, 3, 1, 0), (tok, n, cap) => {
        expect(splitIntoCells([tok], n, cap)).toEqual(previousSplitIntoCells([tok], n, cap));
      }),
      { numRuns: 4000, seed: 20261123 },
    );
  });

  it('on the rows of the Pingtan pages and at the listing cap (10001011111111111 has 4001 cuttings of at most 7 cells)', () => {
    const rows: Array<[string, number]> = [
      ['5000005', 7], ['2000002', 7], ['18535395', 2], ['171350172', 2], ['3000003', 7], ['1000001', 7],
      ['10001011111111111', 7], ['10001011111111111', 6], ['10001011111111111', 8], ['111111111111', 12], ['1111111111111', 13], ['1111111111111', 12], ['111111111111', 11], ['1111111111111', 2],
    ];
    for (const [tok, n] of rows) expect(splitIntoCells([tok], n)).toEqual(previousSplitIntoCells([tok], n));
  });

  it('says a token reads one digit per cell only when that is its one reading', () => {
    fc.assert(
      fc.property(token, fc.integer({ min: 0, max: 15 }), (tok, n) => {
        const only = previousSplitIntoCells([tok], n);
        const onePerDigit = only.count === 1 && only.readings.length === 1 && only.readings[0]!.join('|') === tok.split('').join('|');
        if (readsOneDigitPerCell(tok, n)) expect(onePerDigit).toBe(true);
      }),
      { numRuns: 4000, seed: 20261127 },
    );
    for (const [tok, n] of [['000000000000000', 15], ['111111111111', 12], ['1111111111111', 13]] as const) {
      expect(readsOneDigitPerCell(tok, n)).toBe(previousSplitIntoCells([tok], n).count === 1);
    }
  });
});
