// Reading cells that were printed without separators ("230 000023" for seven cells).
// Whitespace is a hard boundary; inside a token the cells can only be recovered by enumerating
// every way to cut it into well-formed numbers (no leading zeros: "03" is 0,3).
import { readValue } from './numbers';

/** One well-formed cell inside a run: optional sign, no leading zero, optional decimals. */
const PART = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const PART_WITH_UNIT = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:万元|元)$/;
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

/** An ASCII digit's char code. */
export function isDigitCode(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

/** How far a piece has been read: what may come next, and whether it is a PART as it stands. */
const enum PieceState {
  Start, // nothing yet
  Sign, // "+" or "-"
  Zero, // a lone leading 0: a part, and no digit may follow it
  Integer, // [1-9]\d*: a part
  Point, // an integer and ".": needs a digit
  Fraction, // an integer, "." and digits: a part
  Dead, // the start of no PART: nothing longer is a part either
}

function nextPieceState(state: PieceState, c: number): PieceState {
  const digit = isDigitCode(c);
  switch (state) {
    case PieceState.Start:
      if (c === PLUS || c === MINUS) return PieceState.Sign;
      if (!digit) return PieceState.Dead;
      return c === ZERO ? PieceState.Zero : PieceState.Integer;
    case PieceState.Sign:
      if (!digit) return PieceState.Dead;
      return c === ZERO ? PieceState.Zero : PieceState.Integer;
    case PieceState.Zero:
      return c === DOT ? PieceState.Point : PieceState.Dead;
    case PieceState.Integer:
      if (digit) return PieceState.Integer;
      return c === DOT ? PieceState.Point : PieceState.Dead;
    case PieceState.Point:
    case PieceState.Fraction:
      return digit ? PieceState.Fraction : PieceState.Dead;
    default:
      return PieceState.Dead;
  }
}

/**
 * Where the well-formed pieces (PART: optional sign, no leading zero, optional decimals) starting
 * at `pos` of a run end, shortest first, appended to `out`. The piece is read once, a character
 * per step, instead of checking every candidate end from `pos` again. Which pieces fit depends
 * only on the position, so callers find them once per position rather than at every step of
 * every cutting that reaches it.
 */
function pushPieceEnds(body: string, pos: number, out: number[]): void {
  const last = Math.min(body.length, pos + MAX_PIECE + 2); // + sign and decimal point
  let state = PieceState.Start;
  for (let end = pos + 1; end <= last; end++) {
    state = nextPieceState(state, body.charCodeAt(end - 1));
    if (state === PieceState.Dead) break;
    if (state === PieceState.Fraction) {
      // A decimal's fraction is never shared with the next cell: a piece with a point must take
      // every digit after it ("1.25000001" is one number, not 1.25|0|0|0|0|0|1).
      if (end < body.length && isDigitCode(body.charCodeAt(end))) continue;
    } else if (state !== PieceState.Zero && state !== PieceState.Integer) {
      continue;
    }
    out.push(end);
  }
}

/** For each position of a run, the well-formed pieces that may start there, shortest first. */
function piecesByStart(body: string): string[][] {
  const out: string[][] = [];
  const ends: number[] = [];
  for (let pos = 0; pos < body.length; pos++) {
    ends.length = 0;
    pushPieceEnds(body, pos, ends);
    out.push(ends.map((end) => body.slice(pos, end)));
  }
  return out;
}

/** Cuttings grouped by cell count, the counts in the order they were first met. */
type CuttingGroups = Array<[number, string[][]]>;

/** All ways to cut one token into at most `maxCells` cells, grouped by cell count (at most TOKEN_CAP + 1 listed). */
export function tokenCuttings(token: string, maxCells = Infinity): Map<number, string[][]> {
  return new Map(cuttingGroups(token, maxCells).groups);
}

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
  const fewest = fewestPiecesToEnd(pieces, body.length);
  let listed = 0;
  let pruned = false;
  const parts: string[] = [];
  const walk = (pos: number): void => {
    if (listed > TOKEN_CAP) return;
    // A row never needs more cells than it has columns, and a step from which no cutting can end
    // within maxCells lists nothing: not walked (this also stops a walk past maxCells pieces).
    // Without it the walk tried every sequence of up to maxCells pieces (a 106-digit run as 7
    // cells: 6.5 s); with it every step leads to a listed cutting, so TOKEN_CAP bounds the walk.
    if (parts.length + fewest[pos]! > maxCells) {
      pruned = true;
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
  // With no cutting listed, whether the cell limit cut one off decides between "no reading" and
  // "one text cell"; the steps skipped above may be where the full walk met the limit.
  if (groups.length === 0 && pruned) pruned = meetsCellLimit(pieces, body.length, maxCells);
  if (groups.length === 0 && !pruned) groups.push([1, [[token]]]); // not a clean number run: one (text) cell
  return { groups, truncated: listed > TOKEN_CAP };
}

/** For each position, the fewest pieces that cut the rest of the run (Infinity: none can). */
function fewestPiecesToEnd(pieces: string[][], length: number): number[] {
  const fewest = new Array<number>(length + 1).fill(Infinity);
  fewest[length] = 0;
  for (let pos = length - 1; pos >= 0; pos--) {
    for (const piece of pieces[pos]!) fewest[pos] = Math.min(fewest[pos]!, 1 + fewest[pos + piece.length]!);
  }
  return fewest;
}

/**
 * Whether the full walk (every sequence of pieces from the start, stopping at the end of the run
 * or at maxCells pieces) meets a step past the cell limit: more than maxCells pieces, or maxCells
 * pieces short of the end with a piece left to take. Followed level by level over positions.
 */
function meetsCellLimit(pieces: string[][], length: number, maxCells: number): boolean {
  if (maxCells === Infinity) return false;
  let frontier = new Set<number>([0]);
  for (let count = 0; frontier.size > 0; count++) {
    const next = new Set<number>();
    for (const pos of frontier) {
      if (count > maxCells) return true;
      if (pos === length) continue;
      if (count === maxCells) {
        if (pieces[pos]!.length > 0) return true;
        continue;
      }
      for (const piece of pieces[pos]!) next.add(pos + piece.length);
    }
    frontier = next;
  }
  return false;
}

export interface SplitResult {
  /** every reading of the tokens as exactly n cells (empty when none or too many) */
  readings: string[][];
  /** number of readings (may exceed readings.length when capped; a lower bound when incomplete) */
  count: number;
  capped: boolean;
  /** a token had too many cuttings to list them all: the true readings may not be among any listed */
  incomplete?: boolean;
}

/** Enumerates the readings of `tokens` as exactly `n` cells (order kept). */
export function splitIntoCells(tokens: string[], n: number, cap = 5000): SplitResult {
  if (tokens.length === 1) {
    const direct = splitOneToken(tokens[0]!, n, cap);
    if (direct) return direct;
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

const YUAN = 0x5143; // 元
const WAN = 0x4e07; // 万

/** Length of the money unit ending a token: 2 for 万元, 1 for 元, else 0 (the unit of /(万元|元)$/). */
function unitLength(token: string): number {
  const L = token.length;
  if (L === 0 || token.charCodeAt(L - 1) !== YUAN) return 0;
  return L >= 2 && token.charCodeAt(L - 2) === WAN ? 2 : 1;
}

/** SPLITTABLE and a digit, for a body without its unit: only signs, digits and points, one digit at least. */
function isNumberRun(body: string): boolean {
  let digit = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (isDigitCode(c)) digit = true;
    else if (c !== PLUS && c !== MINUS && c !== DOT) return false;
  }
  return digit;
}

/**
 * Up to this many characters a run has at most 2^11 cuttings (one per set of cut points), under
 * TOKEN_CAP: the walk lists them all.
 */
const ONE_DIGIT_CELLS_MAX = 12;

function isDigits(body: string): boolean {
  for (let i = 0; i < body.length; i++) if (!isDigitCode(body.charCodeAt(i))) return false;
  return true;
}

/**
 * True when splitIntoCells([token], n) has exactly one reading, every digit of the token its own
 * cell: n digits that are a run of zeros, or at most ONE_DIGIT_CELLS_MAX of them (see
 * oneDigitPerCell). The usual row of a flattened table ("0000000", "5000005" in 7 cells).
 */
export function readsOneDigitPerCell(token: string, n: number): boolean {
  return token.length === n && (cutsOneWay(token) || (n <= ONE_DIGIT_CELLS_MAX && isDigits(token)));
}

/**
 * n digits as n cells ("5000005" in a 7-cell row, the usual non-zero row): each digit is a cell,
 * the only way to cut n characters into n pieces, and a digit is always a piece.
 */
function oneDigitPerCell(body: string, unit: string, cap: number): SplitResult {
  if (1 > cap) return { readings: [], count: 1, capped: true };
  const cells = body.split(''); // ASCII digits: split('') = Array.from
  if (unit) cells[cells.length - 1] += unit;
  return { readings: [cells], count: 1, capped: false };
}

/** A run's pieces (as end positions, per start) and, per position, how many cuttings of each cell count follow it. */
interface CutTable {
  body: string;
  unit: string;
  /** ends[endsFrom[pos] .. endsFrom[pos + 1]): where the pieces starting at pos end, shortest first */
  ends: number[];
  endsFrom: number[];
  /** ways[pos * width + k]: cuttings of body[pos..] into exactly k cells (k <= n) */
  ways: number[];
  width: number;
}

/**
 * One token that may cut several ways (a row's digits run together, "5000005"). Rather than
 * listing every cutting and grouping them by cell count, count the cuttings of each count over
 * positions, then list only the n-cell ones, in the order cuttingGroups' walk meets them. Null
 * when the general path must answer: not a number run, a run too long to cut, no cutting at all
 * (then whether one was pruned decides), or more cuttings than TOKEN_CAP (then the walk stops
 * part-way, and `incomplete` and the count depend on where).
 */
function splitOneToken(token: string, n: number, cap: number): SplitResult | null {
  // a run of zeros or a single digit ("0000000", the usual row) cuts one way, every digit a cell
  if (cutsOneWay(token)) return token.length === n ? oneDigitPerCell(token, '', cap) : { readings: [], count: 0, capped: 0 > cap };
  const unit = token.slice(token.length - unitLength(token));
  const body = unit ? token.slice(0, -unit.length) : token;
  if (body.length > MAX_RUN || !isNumberRun(body)) return null;
  if (body.length === n && n <= ONE_DIGIT_CELLS_MAX && isDigits(body)) return oneDigitPerCell(body, unit, cap);
  const table = cutTable(body, unit, n);
  let cuttings = 0; // every cutting into at most n cells: what the walk lists
  for (let k = 1; k <= n; k++) cuttings += table.ways[k]!;
  if (cuttings === 0 || cuttings > TOKEN_CAP) return null;
  const count = table.ways[n]!;
  if (count === 0 || count > cap) return { readings: [], count, capped: count > cap };
  const readings: string[][] = [];
  listCuttings(table, 0, n, [], readings);
  return { readings, count, capped: false };
}

function cutTable(body: string, unit: string, n: number): CutTable {
  const L = body.length;
  const ends: number[] = [];
  const endsFrom: number[] = [];
  for (let pos = 0; pos < L; pos++) {
    endsFrom.push(ends.length);
    pushPieceEnds(body, pos, ends);
  }
  endsFrom.push(ends.length);
  const width = n + 1;
  const ways: number[] = new Array<number>((L + 1) * width).fill(0);
  ways[L * width] = 1; // the empty rest: one cutting, of no cells
  for (let pos = L - 1; pos >= 0; pos--) {
    for (let e = endsFrom[pos]!; e < endsFrom[pos + 1]!; e++) {
      const after = ends[e]! * width;
      for (let k = 1; k <= n; k++) ways[pos * width + k] = ways[pos * width + k]! + ways[after + k - 1]!;
    }
  }
  return { body, unit, ends, endsFrom, ways, width };
}

/** Appends to `out` every cutting of body[pos..] into exactly `left` cells, shortest pieces first. */
function listCuttings(t: CutTable, pos: number, left: number, acc: string[], out: string[][]): void {
  if (left === 0) {
    // ways says the rest is empty here
    const cut = acc.slice();
    if (t.unit) cut[cut.length - 1] += t.unit;
    out.push(cut);
    return;
  }
  for (let e = t.endsFrom[pos]!; e < t.endsFrom[pos + 1]!; e++) {
    const end = t.ends[e]!;
    if (t.ways[end * t.width + left - 1] === 0) continue;
    acc.push(t.body.slice(pos, end));
    listCuttings(t, end, left - 1, acc, out);
    acc.pop();
  }
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

/** Numeric value of a cell string produced by splitIntoCells (null for non-numbers). */
export function cellNumber(cell: string): number | null {
  return readValue(cell).value;
}

/** True when every cell string is a clean number part (used to decide whether a token is a run). */
export function isCleanPart(s: string): boolean {
  return PART.test(s) || PART_WITH_UNIT.test(s);
}
