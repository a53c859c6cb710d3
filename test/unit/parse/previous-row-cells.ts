// The previous row-cells.ts, verbatim apart from import paths and two later changes of behaviour
// made in both (digits after text, not values, are unread with a problem, not blank; a stop on a
// line of its own is no numbering; marked below): the oracle for row-cells-same-as-before.test.ts.
// Reads the value cells of one table row from the page stream: the text between the row's
// label and whatever comes next (next label, group label, sub-table title).
// Three shapes: cells joined by '|' (HTML tables and pipe-flattened text), one value per line or
// space-separated, and digits run together ("7000007") — the last enumerated (text/splits.ts).
import type { CellValue } from '../../../src/model/record';
import { readValue } from '../../../src/text/numbers';
import { splitIntoCells } from '../../../src/text/splits';
import { blanksLeftOut, cutShortRow, extraCellRow, resolvedProblem } from '../../../src/parse/row-cells';

export interface RowCell {
  raw: string;
  start: number;
  end: number;
  /** set when this cell's text is one of several readings of a run of digits */
  value?: number | null;
}

export interface RowRead {
  /** one entry per value cell (may be fewer than asked when the page prints fewer) */
  cells: RowCell[];
  ambiguity?: CellValue['ambiguity'];
  /** one-line explanation when the row could not be read exactly */
  problem?: { code: string; message: string };
  /** unit printed in a unit column (计量单位) before the values */
  unit?: string;
  /** true when cells came from run-together digits */
  split?: boolean;
  /** readings listed in a warning when ambiguous */
  readings?: string[][];
}

/** Numbering that belongs to the next label: "2.", "（三）", "三、", "其中：". */
// (later change, in both) "2）" is numbering too
// (later change, in both: not a stop on a line of its own after a number, audit 125 V09)
const TRAILING_NUMBERING = /(?:\d[^\S\n]*[.．、]|\d{1,2}\s*[)）]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、|其\s*中\s*[:：]?)\s*$/;
/** The longest prefix that can be values: numbers, signs, placeholders, units, spaces. */
// (later change, in both) a magnitude or approximation after the digits stays with them
const VALUE_PREFIX = /^(?:[ \t\n]|[+-]?\d[\d.,，]*[万亿余多%％‰倍]?|万元|元|件|条|个|人次|次|篇|项|人|[\/—－–-]+|无|不适用|增加|减少)*/;
const UNIT_HEAD = /^(万元|元|件|条|个|人次|次|篇|项|人)(.*)$/;

export function stripTrailingNumbering(stream: string, start: number, end: number): number {
  let e = end;
  for (let guard = 0; guard < 4; guard++) {
    const tail = stream.slice(Math.max(start, e - 12), e);
    const m = TRAILING_NUMBERING.exec(tail);
    if (!m || m[0].length === 0) break;
    e -= m[0].length;
  }
  return e;
}

const NEWLINE = 10;
const PIPE = 124;

/**
 * First index of the character `code` in stream[from, to), else -1. Bounded, unlike indexOf: a
 * flattened table sits on one long line with no '|', where indexOf would scan to the page's end
 * for every row.
 */
function indexWithin(stream: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (stream.charCodeAt(i) === code) return i;
  return -1;
}

export type Relation = (values: Array<number | null>) => boolean;

interface Token {
  text: string;
  start: number;
}

function tokensOf(stream: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  const slice = stream.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) out.push({ text: m[0], start: start + m.index });
  return out;
}

/**
 * Reads `n` value cells from stream[start, end). `relation` is the row's own printed relation
 * (e.g. total = sum of applicant columns) used only to choose among readings of run-together digits.
 */
export function readRowCells(
  stream: string,
  start: number,
  end: number,
  n: number,
  opts: { relation?: Relation; relationName?: string; startsAtCell?: boolean; noteColumn?: boolean } = {},
): RowRead {
  // (later change, in both) a line opening with a numbered label ends the row's values, when values stand before it
  const e = stripTrailingNumbering(stream, start, numberedLabelWithin(stream, start, end));
  const nl = indexWithin(stream, NEWLINE, start, e);
  const firstLineEnd = nl < 0 ? e : nl;
  if (indexWithin(stream, PIPE, start, firstLineEnd) >= 0) return readPipeCells(stream, start, e, n, opts);
  return readTextCells(stream, start, e, n, opts);
}

function readPipeCells(stream: string, start: number, end: number, n: number, opts: { relation?: Relation; relationName?: string; startsAtCell?: boolean; noteColumn?: boolean }): RowRead {
  const cells: RowCell[] = [];
  let pos = start;
  let first = true;
  while (pos <= end) {
    let bar = stream.indexOf('|', pos);
    if (bar < 0 || bar > end) bar = end;
    let pieceEnd = bar;
    const nl = indexWithin(stream, NEWLINE, pos, bar);
    const stopsAtNewline = nl >= 0;
    if (stopsAtNewline) pieceEnd = nl;
    const rawPiece = stream.slice(pos, pieceEnd);
    const lead = rawPiece.length - rawPiece.trimStart().length;
    const raw = rawPiece.trim();
    const cell = { raw, start: pos + lead, end: pos + lead + raw.length };
    if (first) {
      // text left in the label's own cell (a note) is not a value
      if (opts.startsAtCell || (raw !== '' && readValue(raw).kind !== 'text')) cells.push(cell);
      first = false;
    } else if (!(stopsAtNewline && raw === '')) {
      cells.push(cell);
    }
    if (stopsAtNewline || bar >= end) break;
    pos = bar + 1;
  }
  // (later change, in both) a label cell before the values (表四's "数量" under a corner cell) when the row has one
  // cell too many: dropped, the values fall in their columns; kept, every value moved one right
  while (cells.length > n && readValue(cells[0]!.raw).kind === 'text') cells.shift();
  // (later change, in both) empty cells after the last value (a Word export's trailing <td>) are no cells of the row,
  // unless the extra cell may be at the front (a leading blank)
  if (cells.length > n && (cells[0]!.raw !== '' || cells.every((c) => c.raw === ''))) while (cells.length > n && cells[cells.length - 1]!.raw === '') cells.pop();
  if (cells.length === n) return { cells };
  // (later change, in both) a note after the values is no value; a 备注 column is not read; else a long row is unread
  while (cells.length > n && readValue(cells[cells.length - 1]!.raw).kind === 'text') cells.pop();
  if (cells.length === n) return { cells };
  // (later change, in both) a 备注 column is cut off at the end only when the row opens with a value
  if (cells.length > n && opts.noteColumn && cells[0]!.raw !== '') return { cells: cells.slice(0, n), problem: { code: 'cell-count', message: `expected ${n} cells, found ${cells.length} (the 备注 column is not read)` } };
  if (cells.length > n) return extraCellRow(stream, cells, n);
  // values space-separated inside fewer cells: read them as text
  if (cells.length < n && cells.some((c) => /\S\s+\S/.test(c.raw))) {
    return readTextCells(stream, cells[0]!.start, cells[cells.length - 1]!.end, n, opts);
  }
  // (later change, in both) a short row is unread unless the page ends inside it
  if (cells.length > 0 && cells.length < n) return cutShortRow(stream, cells, n);
  const problem = {
    code: 'cell-count',
    message: `expected ${n} cells, found ${cells.length}` + (cells.length < n ? ' (row cut short: missing cells left out)' : ' (extra cells ignored)'),
  };
  return { cells: cells.slice(0, n), problem };
}

function readTextCells(stream: string, start: number, end: number, n: number, opts: { relation?: Relation; relationName?: string }): RowRead {
  const region = stream.slice(start, end);
  const prefix = VALUE_PREFIX.exec(region)?.[0] ?? '';
  let tokens = tokensOf(stream, start, start + prefix.length);
  let unit: string | undefined;
  // a 计量单位 column prints the unit before the values ("条 18535395", "条6")
  while (tokens.length > 0) {
    const u = UNIT_HEAD.exec(tokens[0]!.text);
    if (!u) break;
    unit = u[1] === '万元' || u[1] === '元' ? u[1] : unit;
    const rest = u[2] ?? '';
    if (rest === '') tokens = tokens.slice(1);
    else tokens = [{ text: rest, start: tokens[0]!.start + (u[1]?.length ?? 0) }, ...tokens.slice(1)];
    if (!unit) unit = undefined;
  }
  const unitPart = unit ? { unit } : {};
  // (later change, in both) a unit after the values is not a cell: dropped alone, cut off a digit run
  if (tokens.length > 0 && tokens.length !== n) {
    const last = tokens[tokens.length - 1]!;
    const tail = /^(\d*)(万元|人次|元|件|条|个|次|篇|项|人)$/.exec(last.text);
    if (tail) tokens = tail[1] === '' ? tokens.slice(0, -1) : [...tokens.slice(0, -1), { text: tail[1]!, start: last.start }];
  }
  if (tokens.length === 0) {
    // (later change, in both) text holding digits where the values should be: unread, with a problem
    const rest = region.trim();
    if (/\d/.test(rest)) {
      const at = start + region.indexOf(rest);
      const problem = { code: 'unreadable-row', message: `"${rest}" does not start with the row's values: not read` };
      return { cells: Array.from({ length: n }, () => ({ raw: rest, start: at, end: at + rest.length, value: null })), problem, ...unitPart };
    }
    // label printed with nothing after it: every cell is blank
    return { cells: Array.from({ length: n }, () => ({ raw: '', start, end: start })), ...unitPart };
  }
  if (tokens.length === n) return { cells: tokens.map((t) => ({ raw: t.text, start: t.start, end: t.start + t.text.length })), ...unitPart };
  // (later change, in both) fewer whole values than cells: blank cells left out, not re-split
  const leftOut = blanksLeftOut(stream, tokens, n, opts);
  if (leftOut) return { ...leftOut, ...unitPart };
  const split = splitIntoCells(tokens.map((t) => t.text), n);
  const whole = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.start + tokens[tokens.length - 1]!.text.length };
  const wholeRaw = stream.slice(whole.start, whole.end);
  if (split.count === 0 || split.capped) {
    const message = split.capped
      ? `"${wholeRaw}" has ${split.incomplete ? 'more than ' : ''}${split.count} readings as ${n} cells; too many to choose from`
      : tokens.length > n
        ? `"${wholeRaw}" holds more values than the ${n} cells of the row`
        : /[^\d\s.,，]/.test(wholeRaw)
          ? `"${wholeRaw}" is not ${n} numbers: it holds more than digits`
          : `"${wholeRaw}" holds fewer digits than the ${n} cells of the row: a cell is blank and the text does not say which`;
    return {
      cells: Array.from({ length: n }, () => ({ raw: wholeRaw, start: whole.start, end: whole.end, value: null })),
      ambiguity: { readings: split.count },
      problem: { code: split.capped ? 'ambiguous-split' : 'cell-count', message },
      split: true,
      ...unitPart,
    };
  }
  if (split.readings.length === 1) return { cells: placeReading(split.readings[0]!, tokens), split: true, ...unitPart };
  let candidates = split.readings;
  let resolvedBy: string | undefined;
  if (opts.relation) {
    const ok = candidates.filter((r) => opts.relation!(r.map((c) => readValue(c).value)));
    if (ok.length === 1) {
      // (later change, in both) a note says the relation chose the reading
      const problem = resolvedProblem(wholeRaw, split.count, n, ok[0]!, opts.relationName ?? 'relation');
      return { cells: placeReading(ok[0]!, tokens), ambiguity: { readings: split.count, resolvedBy: opts.relationName ?? 'relation' }, split: true, problem, ...unitPart };
    }
    if (ok.length > 1) candidates = ok;
  }
  // keep only what every remaining reading agrees on
  const cells: RowCell[] = [];
  for (let i = 0; i < n; i++) {
    const first = candidates[0]![i]!;
    const agree = candidates.every((r) => r[i] === first);
    cells.push({ raw: wholeRaw, start: whole.start, end: whole.end, value: agree ? readValue(first).value : null });
  }
  const shown = candidates.slice(0, 4).map((r) => `[${r.join(',')}]`).join(' ');
  return {
    cells,
    ambiguity: { readings: split.count, ...(resolvedBy ? { resolvedBy } : {}) },
    problem: {
      code: 'ambiguous-split',
      message: `"${wholeRaw}" reads ${candidates.length} ways as ${n} cells: ${shown}${candidates.length > 4 ? ' …' : ''}; cells that differ are left empty`,
    },
    split: true,
    readings: candidates.slice(0, 10),
    ...unitPart,
  };
}

/** Offsets of each cell of a reading inside its tokens. */
function placeReading(reading: string[], tokens: Token[]): RowCell[] {
  const out: RowCell[] = [];
  let t = 0;
  let off = 0;
  for (const cell of reading) {
    while (t < tokens.length && off >= tokens[t]!.text.length) {
      t++;
      off = 0;
    }
    const tok = tokens[t];
    const start = tok ? tok.start + off : 0;
    out.push({ raw: cell, start, end: start + cell.length });
    off += cell.length;
  }
  return out;
}

function numberedLabelWithin(stream: string, start: number, end: number): number {
  const re = /\n[ \t]*\d{1,2}[.．、][ \t]*[\u4e00-\u9fff]/g;
  re.lastIndex = start;
  for (let m = re.exec(stream); m && m.index < end; m = re.exec(stream)) {
    if (m.index + m[0].length > end) continue;
    return /\d/.test(stream.slice(start, m.index)) ? m.index : end;
  }
  return end;
}
