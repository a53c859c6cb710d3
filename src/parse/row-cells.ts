// Reads the value cells of one table row from the page stream: the text between the row's
// label and whatever comes next (next label, group label, sub-table title).
// Three shapes: cells joined by '|' (HTML tables and pipe-flattened text), one value per line or
// space-separated, and digits run together ("7000007") — the last enumerated (text/splits.ts).
import { isNumeralOneToTen, isRegexSpace } from '../formats/labels';
import type { CellValue } from '../model/record';
import { readValue } from '../text/numbers';
import { isDigitCode, readsOneDigitPerCell, splitIntoCells, type SplitResult } from '../text/splits';
import { PAGE_NUMBER_LINE_AFTER } from '../text/page-foot';

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

/**
 * Numbering that belongs to the next label: "2.", "2）", "（三）", "三、", "其中：". The scanner below
 * removes what this removes; it is kept as the definition (and the tests' oracle). "2）" was read as
 * the value of a blank cell before it (helper-28's review). Not a stop on a line of its own after a number (`12` / `.`:
 * 12 had been read as 1, audit 125 V09).
 */
export const TRAILING_NUMBERING = /(?:\d[^\S\n]*[.．、]|\d{1,2}\s*[)）]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、|其\s*中\s*[:：]?)\s*$/;
/** How far back TRAILING_NUMBERING looks for one piece of numbering. */
const NUMBERING_WINDOW = 12;

export function stripTrailingNumbering(stream: string, start: number, end: number): number {
  let e = end;
  for (let guard = 0; guard < 4; guard++) {
    const from = trailingNumberingStart(stream, Math.max(start, e - NUMBERING_WINDOW), e);
    if (from < 0) break;
    e = from;
  }
  return e;
}

/** `to` moved back over the \s characters before it, not below `floor`. */
export function skipSpacesBack(stream: string, floor: number, to: number): number {
  let i = to;
  while (i > floor && isRegexSpace(stream.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * A lone digit and its stop split over two lines (`2` / `.`) over a label printed without its numbering: that label's
 * numbering, floated up in a PDF copy. Read as a value, it had filled a row one short, a blank dropped, as its 总计,
 * silently (audit 133 S09, S18). Not a number's last digit (`12` / `.`, audit 125 V09), nor over a label numbered its own
 * way or a title (125 L05).
 */
function splitNumbering(stream: string, digitEnd: number, stopEnd: number): boolean {
  const before = digitEnd >= 2 ? stream.charCodeAt(digitEnd - 2) : 10;
  return !isDigitCode(before) && before !== 0x2c && UNNUMBERED_LABEL.test(stream.slice(stopEnd, stopEnd + 16));
}
/** what stripTrailingNumbering cut as a split numbering: a digit, a line break, a stop */
const SPLIT_DIGIT = /^\s*(\d)[^\S\n]*\n\s*[.．]\s*$/;
/** a row label printed without numbering: a CJK character not opening （一）, 第…条, 一、 */
const UNNUMBERED_LABEL = /^[^\S\n]*\n\s*(?![（(]|第|[一二三四五六七八九十]{1,3}\s*[、.．])[\u4e00-\u9fff]/;

/**
 * Where TRAILING_NUMBERING's match in stream[floor, end) starts, or -1. Each alternative ends in
 * its own kind of character (a point or 、, a closing parenthesis, 、, a colon or 中), and only
 * spaces may follow it, so that character picks the alternative; the leftmost match is then the
 * longest one, found by reading back from it.
 */
function trailingNumberingStart(stream: string, floor: number, end: number): number {
  const j = skipSpacesBack(stream, floor, end);
  if (j === floor) return -1;
  const last = stream.charCodeAt(j - 1);
  if (last === 0x2e || last === 0xff0e || last === 0x3001) {
    // \d\s*[.．、]  or, for 、 only, [一-十]{1,3}\s*、
    const p = skipSpacesBack(stream, floor, j - 1);
    if (p === floor) return -1;
    const before = stream.charCodeAt(p - 1);
    // (not a stop on a line of its own after a number, `12` / `.`: its 2. had been cut off as numbering and 12 read as 1,
    // silently, audit 125 V09, L05)
    // (only spaces lie between: look there, not back through a page printed as one long line)
    if (before >= 48 && before <= 57) return indexWithin(stream, NEWLINE, p, j - 1) >= 0 && !splitNumbering(stream, p, j) ? -1 : p - 1;
    if (last !== 0x3001) return -1;
    let q = p;
    while (q > floor && p - q < 3 && isNumeralOneToTen(stream.charCodeAt(q - 1))) q--;
    return q < p ? q : -1;
  }
  if (last === 0x29 || last === 0xff09) {
    // \d{1,2}\s*[)）]: its leftmost match starts at most two digits back
    const p = skipSpacesBack(stream, floor, j - 1);
    let d = p;
    while (d > floor && p - d < 2 && isDigitCode(stream.charCodeAt(d - 1))) d--;
    if (d < p) return d;
    // [(（]\s*[一-十]{1,3}\s*[)）]
    let q = p;
    while (q > floor && isNumeralOneToTen(stream.charCodeAt(q - 1))) q--;
    if (q === p || p - q > 3) return -1;
    const r = skipSpacesBack(stream, floor, q);
    if (r === floor) return -1;
    const open = stream.charCodeAt(r - 1);
    return open === 0x28 || open === 0xff08 ? r - 1 : -1;
  }
  // 其\s*中\s*[:：]?
  let p = j;
  if (last === 0x3a || last === 0xff1a) p = skipSpacesBack(stream, floor, j - 1);
  if (p === floor || stream.charCodeAt(p - 1) !== 0x4e2d) return -1;
  const q = skipSpacesBack(stream, floor, p - 1);
  return q > floor && stream.charCodeAt(q - 1) === 0x5176 ? q - 1 : -1;
}

/**
 * The longest prefix that can be values: numbers, signs, placeholders, units, spaces. The
 * scanner `valueTokens` reads what this matches; it is kept as the definition (and the tests'
 * oracle).
 */
export const VALUE_PREFIX = /^(?:[ \t\n]|[+-]?\d[\d.,，]*[万亿余多%％‰倍]?|万元|元|件|条|个|人次|次|篇|项|人|[\/—－–-]+|无|不适用|增加|减少|減少|增|减|減)*/;
/** A unit printed before the values (计量单位 column); `unitHead` reads what this matches. */
export const UNIT_HEAD = /^(万元|元|件|条|个|人次|次|篇|项|人)(.*)$/;
/** UNIT_HEAD's units, in its order (人次 before 人). */
const UNIT_WORDS = ['万元', '元', '件', '条', '个', '人次', '次', '篇', '项', '人'];
/**
 * VALUE_PREFIX's words, in its order. Its run of dashes sits among them in the regex, but no word
 * starts with a dash, so it is tried after them.
 */
// (增18, 减5, 減3: table 2's 本年增/减 as the HTML reader reads it; they had ended the values, reviewer 120 B07)
const VALUE_WORDS = [...UNIT_WORDS, '无', '不适用', '增加', '减少', '減少', '增', '减', '減'];
/** VALUE_WORDS by their first character, each list in VALUE_WORDS order (most characters start none). */
const VALUE_WORDS_BY_FIRST = groupByFirstChar(VALUE_WORDS);
const UNIT_WORDS_BY_FIRST = groupByFirstChar(UNIT_WORDS);

function groupByFirstChar(words: string[]): Map<number, string[]> {
  const byFirst = new Map<number, string[]>();
  for (const word of words) {
    const list = byFirst.get(word.charCodeAt(0));
    if (list) list.push(word);
    else byFirst.set(word.charCodeAt(0), [word]);
  }
  return byFirst;
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

export interface RowOptions {
  relation?: Relation;
  relationName?: string;
  /** the row starts at its first value cell (no label cell before it) */
  startsAtCell?: boolean;
  /** the table's header prints a 备注 column after the values: extra cells at the end are notes */
  noteColumn?: boolean;
  /** the row's first cell, a number of up to three digits or empty, is its 序号 (行次), not a value */
  indexColumn?: boolean;
  /** how many columns the table cell at a stream position covers (ReportDocument.spanAt): a row of merged cells */
  spanAt?: (at: number) => number;
  /**
   * Another row of the table prints its values apart (table 2: valuesPrintedApart). A row printing fewer values
   * than cells then has blank cells left out; its values are not digits run together.
   */
  valuesApart?: boolean;
  /** the table's row labels carry no numbering (table 2): a stop after a row's last value is not the next label's */
  unnumberedLabels?: boolean;
  /** the row's label as the template prints it (table 3): its last words may stand alone in a cell on the next line */
  label?: string;
}

interface Token {
  text: string;
  start: number;
}

const TAB = 9;
const SPACE = 32;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const FULL_COMMA = 0xff0c; // ，
/** VALUE_PREFIX's [万亿余多%％‰倍] */
const NUMBER_SUFFIXES = new Set([...'万亿余多%％‰倍'].map((c) => c.charCodeAt(0)));


/** [\/—－–-] */
function isDash(c: number): boolean {
  return c === SLASH || c === 0x2014 || c === 0xff0d || c === 0x2013 || c === MINUS;
}

/**
 * Where the value piece starting at `i` ends (one step of VALUE_PREFIX past its spaces: a number,
 * a unit or word, a run of dashes), or `i` when none starts there. Its alternatives are tried in
 * its order; as nothing follows VALUE_PREFIX's star, the first that fits is the one it keeps.
 */
function valuePieceEnd(stream: string, i: number, end: number): number {
  const c = stream.charCodeAt(i);
  // [+-]?\d[\d.,，]*
  const d = (c === PLUS || c === MINUS) && i + 1 < end ? i + 1 : i;
  if (isDigitCode(stream.charCodeAt(d))) {
    let k = d + 1;
    for (; k < end; k++) {
      const x = stream.charCodeAt(k);
      if (!isDigitCode(x) && x !== DOT && x !== COMMA && x !== FULL_COMMA) break;
    }
    // a magnitude or approximation right after the digits ("2万", "12余", "30多", "5%") is part
    // of the number: left behind, the row read 2, 12, 30 and 5, numbers the page does not state
    if (k < end && NUMBER_SUFFIXES.has(stream.charCodeAt(k))) k++;
    return k;
  }
  const words = VALUE_WORDS_BY_FIRST.get(c);
  if (words) for (const word of words) if (i + word.length <= end && stream.startsWith(word, i)) return i + word.length;
  // (零 or 〇 standing alone is 0, as in a table's cell; the row had been stored blank, with no note: audit 139 S04, L05)
  if ((c === 0x96f6 || c === 0x3007) && (i + 1 === end || isRegexSpace(stream.charCodeAt(i + 1)) || stream.charCodeAt(i + 1) === PIPE)) return i + 1;
  let k = i;
  while (k < end && isDash(stream.charCodeAt(k))) k++;
  return k;
}

/**
 * The tokens of the longest prefix of stream[start, end) that can be values: what /\S+/g finds in
 * VALUE_PREFIX's match (its only spaces are ' ', '\t' and '\n').
 */
function valueTokens(stream: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let tokenStart = -1;
  let i = start;
  while (i < end) {
    const c = stream.charCodeAt(i);
    if (c === SPACE || c === TAB || c === NEWLINE) {
      if (tokenStart >= 0) out.push({ text: stream.slice(tokenStart, i), start: tokenStart });
      tokenStart = -1;
      i++;
      continue;
    }
    const next = valuePieceEnd(stream, i, end);
    if (next === i) break;
    if (tokenStart < 0) tokenStart = i;
    i = next;
  }
  if (tokenStart >= 0) out.push({ text: stream.slice(tokenStart, i), start: tokenStart });
  return out;
}

/** The unit a token starts with (UNIT_HEAD's group 1), or ''. */
function unitHead(text: string): string {
  const words = UNIT_WORDS_BY_FIRST.get(text.charCodeAt(0));
  if (words) for (const word of words) if (text.startsWith(word)) return word;
  return '';
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
  opts: RowOptions = {},
): RowRead {
  const e = valuesEnd(stream, start, numberedLabelWithin(stream, start, end), n, opts.relation, opts.unnumberedLabels);
  // the label's note wrapped around the values, `（区分处理的，只计这一情形， 7 4 8 5 2 6 32` / `不计其他情形）` (a text copy
  // printing a long label cell's lines beside its row): the values between (they had been taken for the note, or
  // the row left unread, reviewer 116 P1)
  // (a page's footer right after it, `— 4 —`, is no part of it: audit 142 A02)
  const around = opensWithBracket(stream, start, e) ? aroundValues(NOTE_AROUND_VALUES, stream, start, e) : null;
  if (around) return readRowCells(stream, start + around[1]!.length, start + around[1]!.length + around[2]!.length, n, opts);
  const nl = indexWithin(stream, NEWLINE, start, e);
  const firstLineEnd = nl < 0 ? e : nl;
  if (indexWithin(stream, PIPE, start, firstLineEnd) >= 0) {
    const read = readPipeCells(stream, start, e, n, opts);
    return (!read.problem && read.cells.every((c) => c.raw === '') && labelGoesOnWithValues(stream, firstLineEnd, e, n, opts)) || read;
  }
  const read = readTextCells(stream, start, e, n, opts);
  if (!read.problem) return read;
  // the label's words wrapped around the values' line in a PDF copy, `、行政机关不再 1 0 0 0 0 0 1` / `处理其政府信息公开申请`: the
  // values between, when they read whole (the row had been unread, audit 140 T13)
  const wrapped = aroundValues(LABEL_AROUND_VALUES, stream, start, e);
  if (wrapped) {
    const from = start + wrapped[1]!.length;
    const inner = readTextCells(stream, from, from + wrapped[2]!.length, n, opts);
    // (whole values only: `条` / `12` / `暂无`, a unit cell, a number and a placeholder, had read 1 and 2, adv120 L13)
    if (!inner.problem && !inner.split) return inner;
  }
  // a page's footer between two rows, `- 3 -` (a text copy of a printed page): the row read without it, when
  // it then reads more (it had been left unread, with a note that a cell was extra: reviewer 111 W1)
  const text = stream.slice(start, e);
  const footer = PAGE_FOOTER_AFTER.exec(text);
  if (!footer) return bareNumberAfterRow(stream, start, text, n, opts) ?? read;
  // (only a row whose values without it are the row's cells, or a table 3 or 4 row's run of a digit a cell or
  // more: `12 - 3 -` in three cells was read 1, 2 and a blank, reviewer 112 P1)
  const pieces = text.slice(0, footer.index).trim().split(/\s+/);
  if (pieces.length !== n && !(n >= 5 && pieces.length === 1 && isDigits(pieces[0]!) && pieces[0]!.length >= n)) return read;
  const without = readTextCells(stream, start, start + footer.index, n, opts);
  return readCount(without) > readCount(read) ? without : read;
}
/**
 * A table row whose label cell a PDF-to-HTML copy broke over two rows: the label's first words over empty cells, its
 * last words over the values (`1.申请人无正当理由逾期不补正、行政机关不再处理 |  | … |` / `其政府信息公开申请 | 1 | 1 | … | 2 |`).
 * The next line's cells, when it opens with a cell of the label's last words (not a 其中 row's or a year's) and reads
 * as the row's values; they had been stored blank, read as 0, a false T3-RESULTS-SUM error (audit 148 Y02).
 */
function labelGoesOnWithValues(stream: string, lineEnd: number, end: number, n: number, opts: RowOptions): RowRead | null {
  if (lineEnd >= end) return null;
  const next = lineEnd + 1;
  const bar = indexWithin(stream, PIPE, next, end);
  const nl = indexWithin(stream, NEWLINE, next, end);
  if (bar < 0 || (nl >= 0 && nl < bar)) return null;
  const words = stream.slice(next, bar).replace(/\s+/g, '');
  if (!opts.label || words.length < 2 || !opts.label.endsWith(words)) return null;
  const read = readPipeCells(stream, next, end, n, opts);
  return !read.problem && read.cells.length === n && read.cells.some((c) => c.raw !== '') ? read : null;
}
/**
 * Where a line opening with a numbered label (`4.无正当理由大量`) starts in stream[start, end), else `end`: a row the table
 * reader did not find, its label broken by a group label printed between its lines (`4.无正当理由大量` / `（五）不予处理` /
 * `反复申请 1 0 …`). The row before it ends there; its numbering had been read as an eighth value and the row left
 * unread with a note blaming it (audit 144 L06, 145 L05).
 */
function numberedLabelWithin(stream: string, start: number, end: number): number {
  for (let nl = indexWithin(stream, NEWLINE, start, end); nl >= 0; nl = indexWithin(stream, NEWLINE, nl + 1, end)) {
    NUMBERED_LABEL_LINE.lastIndex = nl + 1;
    // (its words inside the range: the next row found starts after its numbering, `2.` / `其他…`, which is no such row;
    // and values before it: a label found in a unit's line, `本表专项经费单位：万元`, keeps its note that it holds none)
    if (NUMBERED_LABEL_LINE.test(stream) && NUMBERED_LABEL_LINE.lastIndex <= end) return hasDigitWithin(stream, start, nl) ? nl : end;
  }
  return end;
}
const hasDigitWithin = (stream: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (isDigitCode(stream.charCodeAt(i))) return true;
  return false;
};
const NUMBERED_LABEL_LINE = /[ \t]*\d{1,2}[.．、][ \t]*[\u4e00-\u9fff]/y;
/**
 * Where a row's values end: before the next label's numbering (stripTrailingNumbering), but not inside a number
 * printed with a full stop at its line's end over a line that does not take that numbering: a sub-table's title,
 * a heading or a label numbered its own way (`行政强制 12.` over `第二十条第（八）项`, `12.` over `（一）维持…`): the 2.
 * had been taken for the next label's numbering and the value read as 1, silently (reviewer 120 C10, L10; a false
 * L-CASES error there), and a lone `2.` over a sub-table's title left the cell blank, read as 0 by the checks (audit
 * 125 V16). Over a
 * label printed without its numbering (`…0 42.` / `没有现成信息需要另行制作`) the 2. is that label's, as before
 * (audit 125 V02, V05, V14, L02).
 */
function valuesEnd(stream: string, start: number, end: number, n: number, relation?: Relation, unnumberedLabels?: boolean): number {
  const e = stripTrailingNumbering(stream, start, end);
  // (a stop glued to a value over a label that takes no numbering, table 2's `行政处罚 86.` / `行政强制`: the value's, its 6.
  // had been cut off as the next label's numbering and 8 stored, silently, audit 139 T06; kept, the cell is named unread)
  if (unnumberedLabels && e < end && e > start && isDigitCode(stream.charCodeAt(e - 1)) && GLUED_STOP.test(stream.slice(e, end))) return e + 2;
  // (a digit cut off as a label's split numbering, `2` / `.`, that completes a row one short so that the row's own relation
  // holds, `1 0 0 0 0 0` / `1` / `.`, is the row's last value: audit 134 S15)
  const split = relation && SPLIT_DIGIT.exec(stream.slice(e, end));
  if (split && valueCount(stream, start, e) === n - 1) {
    const values = stream.slice(start, e).split(/[\s|｜]+/).filter((t) => /^\d+$/.test(t)).map(Number);
    // (and not when the row's relation holds without it, its last printed value the total and a blank dropped: then a
    // floated 2 twice that total passed the check too, audit 135 S01–S03, S08, S11)
    const withDigit = [...values, Number(split[1])];
    const withoutDigit = [...values.slice(0, n - 2), 0, values[n - 2]!];
    if (values.length === n - 1 && relation!(withDigit) && !relation!(withoutDigit)) return e + split[0].indexOf(split[1]!) + 1;
  }
  STOP_THEN_LINE.lastIndex = e;
  if (e === end || !STOP_THEN_LINE.test(stream) || STOP_THEN_LINE.lastIndex > end) return e;
  const ahead = stream.slice(STOP_THEN_LINE.lastIndex, STOP_THEN_LINE.lastIndex + 24);
  // (a lone digit, not glued to a value, over a group label （六）: in a PDF copy the numbering 1. of the row under that
  // label floats up to the line before it, audit 127 V04–V06; over a sub-table's title, a heading or a label numbered
  // 1. of its own it is a value: `收到申请数 件 5.` over `1.当面申请数 件 2` had been stored blank, read as 0, audit 128 V06, V11)
  const glued = e > start && isDigitCode(stream.charCodeAt(e - 1));
  // (over 三、本年度办理结果 the count decides: with the row's cells before it, `… 0 0 5.` is the numbering of the row under
  // the label (audit 128 V03); one short, `二、上年结转… 2 0 0 0 0 0 2.`, it is the row's last value (audit 130 S09))
  // (not when the label under it prints no numbering of its own, `4.无正当理由… 2 0 0 0 0 2 5.` / 三、本年度办理结果 /
  // `要求行政机关确认…`: the stop is then that label's floated 5., and a blank cell the PDF copy dropped had put every value
  // one column left, 2 stored as 其他, silently, audit 132 S01; the row stays a cell short, unread with a note)
  if (!glued && RESULTS_LABEL_AHEAD.test(ahead)) return valueCount(stream, start, e) === n - 1 && numberedUnderResults(stream, STOP_THEN_LINE.lastIndex) ? e + 2 : e;
  // (so over a label numbered （一）, in a row of one cell: `四、行政复议数量 件 2.` over `（一）维持具体行政行为数`, the 2. is the value,
  // which had been stored blank and read as 0, audit 130 S04, 125 L06; with the row's cells before it, numbering, 127 V04)
  // (a row of one cell only: in a row of several, one short may be a blank cell a PDF copy dropped, and the stop the
  // floated numbering of the row under the label, audit 132 S02, S05)
  if (!glued && n === 1 && BRACKET_NUMBERING_AHEAD.test(ahead) && valueCount(stream, start, e) === 0) return e + 2;
  return (glued ? OWN_NUMBERING_AHEAD : LONE_VALUE_AHEAD).test(ahead) ? e + 2 : e;
}
/** a digit and its full stop, then spaces only (a stop glued to the label after it is that label's numbering, `32.行政强制`: audit 125 V07) */
const GLUED_STOP = /^\d[.．、]\s+$/;
/** a label numbered in brackets: （一）, (6) */
const BRACKET_NUMBERING_AHEAD = /^\s*[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]/;
/** whether the label after 三、本年度办理结果 at `at` (on its line or the next) opens with numbering: （一）, 1., 5、 */
function numberedUnderResults(stream: string, at: number): boolean {
  RESULTS_THEN_LABEL.lastIndex = at;
  return RESULTS_THEN_LABEL.test(stream);
}
// (a group label of rows, （四）无法提供, is passed over: the floated numbering is its first row's, which prints none of its own
// in a PDF copy, audit 133 S01, S03, S04, S07, also with that row on its line, 134 S01; a row of its own, （一）予以公开, is
// numbered, 130 S09)
const GROUP_NUMBER = String.raw`[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]`;
/** table 3's labels of groups of rows: 不予公开, 无法提供, 不予处理, 其他处理 */
const GROUP_NAME = String.raw`(?:不\s*予\s*公\s*开|无\s*法\s*提\s*供|不\s*予\s*处\s*理|其\s*他\s*处\s*理)`;
const RESULTS_THEN_LABEL = new RegExp(
  String.raw`\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*本\s*年\s*度?\s*办\s*理\s*结\s*果[\s|｜]*(?:${GROUP_NUMBER}(?!\s*${GROUP_NAME})|(?:${GROUP_NUMBER}\s*${GROUP_NAME}[\s|｜]*)?(?:\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十]{1,3}\s*、))`,
  'y',
);
/** table 3's 三、本年度办理结果 (the label of the rows under it) */
const RESULTS_LABEL_AHEAD = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*本\s*年\s*度?\s*办\s*理\s*结\s*果/;
/** how many values stream[start, end) prints apart by spaces or bars (a row's label words not counted) */
function valueCount(stream: string, start: number, end: number): number {
  return stream.slice(start, end).split(/[\s|｜]+/).filter((t) => /^[+\-]?\d[\d,.]*$|^[—－–\-/／]+$|^无$/.test(t)).length;
}
/**
 * a sub-table's title (第二十条…), a heading (四、) or a label numbered 1. of its own: a lone `2.` over it is a value (table
 * 3's 三、本年度办理结果, which looks like a heading, is decided before: RESULTS_LABEL_AHEAD)
 */
const LONE_VALUE_AHEAD = /^\s*(?:第\s*[一二三四五六七八九十\d]+\s*条|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d))/;
/** a digit and a full stop, then a line break */
const STOP_THEN_LINE = /\d[.．][ \t]*\n/y;
/** a line that takes no `2.` before it: a sub-table's title (第二十条…), a heading or a label numbered its own way */
const OWN_NUMBERING_AHEAD = /^\s*(?:第\s*[一二三四五六七八九十\d]+\s*条|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．](?!\s*本\s*年\s*度?\s*办\s*理\s*结\s*果)|\d{1,2}\s*[、.．](?!\d))/;

/** whether stream[start, end) opens with a bracket after spaces or tabs (most rows do not: their text is not sliced for NOTE_AROUND_VALUES) */
function opensWithBracket(stream: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (stream.charCodeAt(i) === 0x20 || stream.charCodeAt(i) === 0x09)) i++;
  const c = stream.charCodeAt(i);
  return i < end && (c === 0x28 || c === 0xff08);
}
/** NOTE_AROUND_VALUES' or LABEL_AROUND_VALUES' match on stream[start, e), or on it without a page's footer after the label's last words */
function aroundValues(re: RegExp, stream: string, start: number, e: number): RegExpExecArray | null {
  const text = stream.slice(start, e);
  const m = re.exec(text);
  if (m) return m;
  const footer = PAGE_FOOTER_AFTER.exec(text);
  return footer ? re.exec(text.slice(0, footer.index)) : null;
}
/** an opening bracket and words (group 1), values to the line's end (group 2), the words closing the bracket on the next line, nothing after */
// (the values may stand on a line of their own between the note's lines: `（区分处理的，` / `2 0 0 0 0 0 2` / `只计这一情形，不计其他情形）`,
// audit 142 R16; and the note's last words run over lines, `（区分处理 2 0 0 0 0 0 2` / `的，只计这一情形，不计` / `其他情形）`, 143 L13;
// a bare page number or a footer may follow the values, `7`, `— 7 —`, 144 L10, 145 L02; LABEL_AROUND_VALUES alike, 144 L09)
// (the note's first words may wrap over lines of their own before the values' line: `（区分处` / `理的，只计这一情形，不 1 0 0 0 0 0 1` /
// `计其他情形）`, audit 140 T13: the row had been unread)
const NOTE_AROUND_VALUES = new RegExp(String.raw`^([ \t]*[(（][^()（）\d|｜]{1,40}?)((?:[ \t|｜]+|[ \t]*\n[ \t]*)[+\-]?\d[^\n()（）]*)${PAGE_NUMBER_LINE_AFTER}\n[ \t|｜]*[^()（）\d|｜]{1,40}[)）][ \t|｜]*\s*$`);
/** a line under a page's foot that holds no value: no digit (续表, the header again), or only the running title's year */
const LINE_AFTER_PAGE_FOOT = String.raw`[^\d\n]*(?:(?:19|20)\d{2}\s*年[^\d\n]*)?`;
/**
 * A row with one number more on a line of its own after its cells (`1` … `1` / `6` / the next label, or `1 0 0 0 0 0 1` / `6`: a
 * PDF copy's bare page number at a page's foot): the cells before it, when they read whole and the row's own relation holds for
 * them, with a note naming the number; the row had been unread as a cell too many (audit 140 T18). Null otherwise.
 */
function bareNumberAfterRow(stream: string, start: number, text: string, n: number, opts: RowOptions): RowRead | null {
  if (!opts.relation || n < 3) return null;
  const bare = BARE_NUMBER_LAST_LINE.exec(text);
  if (!bare) return null;
  const before = readTextCells(stream, start, start + bare.index, n, opts);
  if (before.problem || before.cells.length !== n) return null;
  if (!opts.relation(before.cells.map((c) => readValue(c.raw).value))) return null;
  return { ...before, problem: { code: 'page-number', message: `"${bare[1]}" on a line of its own after the row's ${n} cells is taken for a page number: not read` } };
}
// (lines without a digit, or the running title with its year, may follow it, as after PAGE_FOOTER_AFTER's footer: audit 142 R25)
const BARE_NUMBER_LAST_LINE = new RegExp(String.raw`\n[ \t]*(\d{1,3})[ \t]*(?:\n${LINE_AFTER_PAGE_FOOT})*\s*$`);
/** a label's words (group 1: no digit, bracket, bar or note's colon), values to the line's end (group 2), the label's last words on the next lines */
// (not a heading after them, `三、收到和处理…`: a sentence's count over it is no row, audit 80 O2)
const LABEL_AROUND_VALUES = new RegExp(String.raw`^(\s*[^\d()（）|｜:：\s][^\d()（）|｜:：]{0,39}?)((?:[ \t]+|(?<=[^\s\d()（）|｜:：]{2})[ \t]*\n[ \t]*)[+\-]?\d[^\n()（）]*)${PAGE_NUMBER_LINE_AFTER}\n\s*(?![一二三四五六七八九十]{1,3}\s*[、.．]|第)[^\d()（）|｜:：\s][^\d()（）|｜:：]{0,39}$`);
const readCount = (r: RowRead): number => r.cells.reduce((k, c) => k + (c.value !== null ? 1 : 0), 0);
/**
 * a page number between dashes ending a row's text: ` - 3 -`, `－3－`, `— 12 —`; on a line of its own, lines without a digit
 * (or the running title) may follow it, the next page's `续表` and the header printed again (they had stopped it matching, and the footer's
 * dashes and number were read as values: audit 139 S08)
 */
// (or the report's running title, which carries its year: `某某局2023年政府信息公开工作年度报告`, or the part of it before the
// row's end, audit 142 C04, C14)
const PAGE_FOOTER_AFTER = new RegExp(String.raw`\s([-－—–])\s*\d{1,3}\s*\1(?:\s*|[^\S\n]*\n${LINE_AFTER_PAGE_FOOT}(?:\n${LINE_AFTER_PAGE_FOOT})*\s*)$`);

function readPipeCells(stream: string, start: number, end: number, n: number, opts: RowOptions): RowRead {
  const cells: RowCell[] = [];
  let pos = start;
  let first = true;
  while (pos <= end) {
    let bar = stream.indexOf('|', pos);
    if (bar < 0 || bar > end) bar = end;
    let pieceEnd = bar;
    const nl = indexWithin(stream, NEWLINE, pos, bar);
    // (a number wrapped onto the next line before its cell's bar, `行政许可 | 31` / `2 |`: one cell, printed over two lines, so
    // unread and named, as a table's cell `31<br>2` is; cut at the line break, 31 had been stored, silently: audit 139 P02)
    const wrapped = nl >= 0 && bar < end && wrappedNumber(stream, pos, nl, bar);
    const stopsAtNewline = nl >= 0 && !wrapped;
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
  // the 序号 cell: kept, it was read as the first value and every value moved one column right
  // (reviewer 64 #8). Whether the row prints one the caller decides (tables.ts)
  const indexDropped = !!opts.indexColumn && cells.length > 0 && INDEX_CELL.test(cells[0]!.raw);
  if (indexDropped) cells.shift();
  // a label cell before the values (表四's "数量" under a corner cell) when the row has one
  // cell too many: dropped, the values fall in their columns; kept, every value moved one right
  // a 计量单位 cell (`| 元 | 1200`) is such a cell too, and says the values' unit: dropped unread,
  // 1200 元 was stored as 1200 万元 (reviewer 84 P2)
  // (cells merged over several columns count as those columns: a label cell 数量 before a row with a merged 0 made
  // the row look full, and every value after it moved one column, silently: audit 125 H31)
  let unit: string | undefined;
  while (cells.length > n || (cells.length > 1 && columnsOf(cells, opts) > n && spanOf(cells[0]!, opts) === 1)) {
    // (a label's words, or a year's, 2023年度 (audit 128 H18): not a value with a remark, 1（注）, 3（含新增1项）, audit 127 H14, H39)
    if (readValue(cells[0]!.raw).kind !== 'text' || (cells.length <= n && /\d/.test(cells[0]!.raw) && !YEAR_LABEL_CELL.test(cells[0]!.raw))) break;
    unit = moneyUnitCell(cells.shift()!.raw) ?? unit;
  }
  return withUnit(fitPipeCells(stream, cells, n, opts, indexDropped), unit);
}

/**
 * Whether stream[pos, bar) is a number broken by the line break at `nl`: digits end its first line, digits alone fill the second,
 * and that line ends in a bar as a copy closing every row with one prints it. In a copy printing no bar at a row's end, the
 * next row's 序号 or first value (`4 | 行政处罚 | 86` / `5 | 行政强制 | 5`) had been joined to it (audit 141 B01, B02, B10).
 */
function wrappedNumber(stream: string, pos: number, nl: number, bar: number): boolean {
  const before = skipSpacesBack(stream, pos, nl);
  if (!(before > pos && isDigitCode(stream.charCodeAt(before - 1)) && WRAPPED_DIGITS.test(stream.slice(nl + 1, bar)))) return false;
  let lineEnd = stream.indexOf('\n', bar);
  if (lineEnd < 0) lineEnd = stream.length;
  const last = skipSpacesBack(stream, bar, lineEnd);
  const c = stream.charCodeAt(last - 1);
  return c === PIPE || c === 0xff5c;
}
const WRAPPED_DIGITS = /^[^\S\n]*\d[\d,.]*[^\S\n]*$/;

/** a row label naming a year: 2023年度, 2023年, 二〇二三年度 */
const YEAR_LABEL_CELL = /^\s*(?:(?:19|20)\d{2}|二[〇○零OＯo0][〇○零OＯo0一二三四五六七八九]{2})\s*年度?(?:数据|情况)?\s*$/;

/** how many of the table's columns a cell stands for (ReportDocument.spanAt; 1 without it) */
const spanOf = (cell: RowCell, opts: RowOptions): number => (opts.spanAt ? opts.spanAt(cell.start) : 1);

/** how many of the table's columns `cells` cover (merged cells count as the columns they span) */
function columnsOf(cells: RowCell[], opts: RowOptions): number {
  if (!opts.spanAt) return cells.length;
  let k = 0;
  for (const c of cells) k += spanOf(c, opts);
  return k;
}

/**
 * The unit of money a unit cell names: 元, 万元, 千元, 亿元, 百万元, also written （元）, 人民币元,
 * 人民币（元）, 元/人民币, RMB元, 单位：元 (reviewer 86 P3/P4), or null. Table 2's unit column and
 * the 统计表's 计量单位 cells read it alike.
 */
export function moneyUnitOfCell(text: string): string | null {
  const bare = text.replace(MONEY_UNIT_DECORATION, '');
  return MONEY_UNITS.includes(bare) ? bare : null;
}
// (元/年 and 元整 are 元 too: reviewer 87 P9)
const MONEY_UNIT_DECORATION = /人\s*民\s*币|RMB|(?:金\s*额\s*)?单\s*位\s*[:：]|[\/／]\s*年$|整$|[（()）\/／\s]/gi;
const MONEY_UNITS = ['元', '万元', '千元', '亿元', '百万元'];

/** The unit a 计量单位 cell names when the values are read in it (元, 万元), or undefined. */
function moneyUnitCell(text: string): '元' | '万元' | undefined {
  const unit = moneyUnitOfCell(text);
  return unit === '元' || unit === '万元' ? unit : undefined;
}

/** A row's cells, the label's cell and a 序号 cell gone, fitted to its `n` columns. */
function fitPipeCells(stream: string, cells: RowCell[], n: number, opts: RowOptions, indexDropped: boolean): RowRead {
  // empty cells after the last value (a Word export's trailing <td>) are no cells of the row,
  // unless the extra cell may be at the front (see extraCellRow)
  // (with the 序号 cell gone nothing is extra at the front: a blank first is the first value's)
  if (cells.length > n && (indexDropped || trailingBlanksAreExtra(cells))) while (cells.length > n && cells[cells.length - 1]!.raw === '') cells.pop();
  if (opts.spanAt && cells.length <= n) {
    const wide = tooWideForMerges(stream, cells, n, opts);
    if (wide) return wide;
  }
  if (cells.length === n) return { cells };
  // values space-separated inside fewer cells: read them as text
  if (cells.length < n && cells.some((c) => /\S\s+\S/.test(c.raw))) {
    return readTextCells(stream, cells[0]!.start, cells[cells.length - 1]!.end, n, opts);
  }
  if (cells.length > 0 && cells.length < n) return (opts.spanAt && mergedCellsRow(stream, cells, n, opts.spanAt)) || cutShortRow(stream, cells, n);
  // a note after the values (含2020年1月5件, 备注) is no value, as a note before them is not; a unit
  // printed in a cell of its own (6 | 25.1 | 万元) is the last value's; a value with a mark
  // (66*, 17(含转办2件)) is a value, unread as text, not a note (helper-49's review)
  while (cells.length > n) {
    const last = cells[cells.length - 1]!;
    if (readValue(last.raw).kind !== 'text' || VALUE_WITH_MARK.test(last.raw)) break;
    cells.pop();
    const before = cells[cells.length - 1];
    if (MONEY_UNIT_CELL.test(last.raw) && before && before.raw !== '') cells[cells.length - 1] = { ...before, raw: before.raw + last.raw, end: last.end };
  }
  if (cells.length === n) return { cells };
  // the surplus is the 备注 cell only when nothing is extra at the front: a row opening with a blank
  // (a split label cell) kept its first n, every value one column right, under a note that said only
  // that the 备注 column was not read (adv49 #7). A row of n + 1 cells with a blank first is unread
  // too, though it may be a blank first value and an empty 备注 cell: read as such, a split label in
  // a table whose 备注 cells are one merged cell was read one column off, silently (reviewer 64 #1)
  if (cells.length > n && opts.noteColumn && cells[0]!.raw !== '') return { cells: cells.slice(0, n), problem: { code: 'cell-count', message: `expected ${n} cells, found ${cells.length} (the 备注 column is not read)` } };
  if (cells.length > n) return extraCellRow(stream, cells, n);
  return { cells, problem: { code: 'cell-count', message: `expected ${n} cells, found ${cells.length} (row cut short: missing cells left out)` } };
}

/**
 * A row whose merged cells cover more columns than it has (`… | <td colspan="2">0</td> | 0 | 2 | 备注`): read in printed
 * order its count looked right, and 其他 took 总计's value and 总计 the 备注's, silently (audit 130 H04, H08, L05, Y33).
 * A note's words after the values, and under a 备注 column its empty cell or placeholder, are let go while the row is
 * too wide; a row still too wide cannot be read in its columns: null when it fits (`cells` may be shortened), else
 * the row unread with a note.
 */
function tooWideForMerges(stream: string, cells: RowCell[], n: number, opts: RowOptions): RowRead | null {
  let columns = columnsOf(cells, opts);
  if (columns <= n) return null;
  while (columns > n && cells.length > 1) {
    const last = cells[cells.length - 1]!;
    const span = spanOf(last, opts);
    // (a last value merged over the 备注 column too, `<td colspan="2">3</td>` under 总计 | 备注, stands in 总计: audit 131 W12)
    if (opts.noteColumn && span > 1 && columns - span + 1 === n) {
      if (cells.length === n) return { cells };
      const spanAt = opts.spanAt!;
      return mergedCellsRow(stream, cells, n, (at) => (at === last.start ? 1 : spanAt(at))) ?? cutShortRow(stream, cells, n);
    }
    // (a note's words after the values too, as when the row is a cell too long: 本表数据统计期限为…, audit 127 H04; an empty
    // cell only under a 备注 column: elsewhere it may be a blank 总计, the row too wide for another reason, audit 131 A16)
    const kind = readValue(last.raw).kind;
    if (!((opts.noteColumn && (last.raw === '' || kind === 'placeholder')) || (kind === 'text' && !VALUE_WITH_MARK.test(last.raw)))) break;
    columns -= span;
    cells.pop();
  }
  if (columns === n) return null;
  const raw = cells.map((c) => c.raw).join(' | ');
  return { cells: cells.map((c) => ({ ...c, value: null })), problem: { code: 'cell-count', message: `its cells ("${raw}") with the merged ones cover ${columns} columns for the ${n} of the row: which is extra cannot be told, the row is not read` } };
}

/** A number with a mark or a parenthetical after it (66*, 17(含转办2件)): a value read as text, not a note. */
const VALUE_WITH_MARK = /^\d[\d,.]*\s*(?:[*＊※#＃]|[①-⑩]|[（(])/;
/** A cell holding only a money unit, printed apart from its number. */
const MONEY_UNIT_CELL = /^[（(]?\s*(?:万元|亿元|元)\s*[)）]?$/;

/**
 * Trailing blanks can be dropped when the row starts with a value (nothing extra at its front) or
 * holds nothing but blanks. A leading empty cell (a split label cell, a stub under the header)
 * with the row's last cells blank: trimmed at the end, every value moved one column, silently.
 */
function trailingBlanksAreExtra(cells: RowCell[]): boolean {
  return cells[0]!.raw !== '' || cells.every((c) => c.raw === '');
}

/** A 序号 cell: up to three digits, or empty. */
const INDEX_CELL = /^\d{0,3}$/;

/**
 * A row of separate cells with more than n. Filled from the left, an empty or numeric cell in the
 * label block (a split label cell, a 序号, a hidden cell) became 自然人 and every value moved one
 * column under a note that said the rest was right; which cell is extra the text cannot tell, so
 * the row is unread (the mirror of cutShortRow).
 */
export function extraCellRow(stream: string, cells: RowCell[], n: number): RowRead {
  const first = cells[0]!;
  const last = cells[cells.length - 1]!;
  const raw = stream.slice(first.start, last.end);
  return {
    cells: unreadCells(n, raw, first.start, last.end),
    problem: { code: 'cell-count', message: `expected ${n} cells, found ${cells.length} ("${raw}"): a cell is extra and the row does not say which, not read` },
  };
}

/**
 * A row of separate cells with fewer than n. Filled from the left, a cell missing in the middle
 * put every later value in the wrong column (总计 859 landed in 其他) under a warning that said
 * nothing was wrong with the rest; so the row is unread. Only where the page ends inside the row
 * (a cut-off copy) is it filled from the left: there the missing cells are the last ones.
 */
export function cutShortRow(stream: string, cells: RowCell[], n: number): RowRead {
  const last = cells[cells.length - 1]!;
  if (onlySeparatorsFrom(stream, last.end)) {
    return { cells, problem: { code: 'cell-count', message: `expected ${n} cells, found ${cells.length} (row cut short: missing cells left out)` } };
  }
  const raw = stream.slice(cells[0]!.start, last.end);
  return {
    cells: unreadCells(n, raw, cells[0]!.start, last.end),
    problem: { code: 'cell-count', message: `expected ${n} cells, found ${cells.length} ("${raw}"): a cell is missing and the row does not say which, not read` },
  };
}

/**
 * A row with fewer cells than columns because cells are merged across columns (`<td colspan="10">0</td>` over table
 * 4's 行政诉讼 columns, `<td colspan="5">0</td>` over table 3's organisation columns): when the cells' spans add up
 * to the row's columns, a merged 0, blank or placeholder (无, —, /) stands in each column it covers (counts: a 0
 * over several columns is 0 in each); a merged other number cannot be split among them, and the row is unread
 * with a note saying so. Null when the spans do not add up (cutShortRow's case). Both had been read as "a cell is
 * missing" and the whole row lost (reviewer 120 T23, R02).
 */
function mergedCellsRow(stream: string, cells: RowCell[], n: number, spanAt: (at: number) => number): RowRead | null {
  const spans = cells.map((c) => spanAt(c.start));
  if (spans.reduce((a, b) => a + b, 0) !== n) return null;
  const out: RowCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const k = spans[i]!;
    if (k === 1) {
      out.push(cell);
      continue;
    }
    const v = readValue(cell.raw);
    if (!(v.kind === 'blank' || v.kind === 'placeholder' || (v.kind === 'number' && v.value === 0))) {
      const first = cells[0]!;
      const last = cells[cells.length - 1]!;
      return {
        cells: unreadCells(n, stream.slice(first.start, last.end), first.start, last.end),
        problem: { code: 'cell-count', message: `"${cell.raw}" is one cell merged over ${k} columns: its number cannot be split among them, the row is not read` },
      };
    }
    for (let j = 0; j < k; j++) out.push(cell);
  }
  return { cells: out };
}

/** Nothing but spaces and cell bars from `from` to the end of the page. */
function onlySeparatorsFrom(stream: string, from: number): boolean {
  for (let i = from; i < stream.length; i++) {
    const c = stream.charCodeAt(i);
    if (c !== PIPE && !isRegexSpace(c)) return false;
  }
  return true;
}

function readTextCells(stream: string, start: number, end: number, n: number, opts: RowOptions): RowRead {
  let tokens = valueTokens(stream, start, end);
  if (opts.indexColumn && tokens.length > 1 && INDEX_CELL.test(tokens[0]!.text)) tokens = tokens.slice(1);
  // one digit a cell, the 序号's run together in front of them (1100011000110000 for 15 cells)
  else if (opts.indexColumn && tokens.length === 1 && tokens[0]!.text.length === n + 1 && isDigits(tokens[0]!.text)) tokens = [{ text: tokens[0]!.text.slice(1), start: tokens[0]!.start + 1 }];
  let unit: string | undefined;
  // a 计量单位 column prints the unit before the values ("条 18535395", "条6")
  let first = 0;
  let countUnit = false;
  while (first < tokens.length) {
    const token = tokens[first]!;
    const head = unitHead(token.text);
    if (head === '') break;
    if (head === '万元' || head === '元') unit = head;
    else countUnit = true;
    if (head.length === token.text.length) first++;
    else tokens[first] = { text: token.text.slice(head.length), start: token.start + head.length };
  }
  if (first > 0) tokens = tokens.slice(first);
  // a unit printed after the values ("5000005 件", "5000005件") is not a cell: left in, it took a
  // cell of its own and the run split one cell short (50,0,0,0,0,5 instead of 5,0,0,0,0,0,5)
  // (a count's row, `件 5 元`, takes no unit of money after its value: reviewer 88's page)
  if (tokens.length > 0 && tokens.length !== n) tokens = withoutTrailingUnit(stream, tokens, !countUnit);
  if (tokens.length === 0) {
    // text, not values, after the label: blank only when it holds no digit either; digits after
    // a note ("注 5 0 0 0 0 0 5") are printed values this reader cannot place, so say so rather
    // than report the row blank (checks would read blanks as 0)
    const rest = stream.slice(start, end).trim();
    if (!/\d/.test(rest)) return withUnit({ cells: blankCells(n, start) }, unit); // label printed with nothing after it
    const at = start + stream.slice(start, end).indexOf(rest);
    return withUnit({ cells: unreadCells(n, rest, at, at + rest.length), problem: { code: 'unreadable-row', message: `"${rest}" does not start with the row's values: not read` } }, unit);
  }
  if (n === 1 && tokens.length === 1) {
    const remark = gluedRemark(stream, tokens[0]!, end);
    if (remark) return withUnit(remark, unit);
  }
  if (tokens.length === n) return withUnit(withGluedQualifier(stream, { cells: tokenCells(tokens) }, end), unit);
  // text after the values that is none of them (49 持平, 247 增18 5297, 12 / 暂无): a cell the scanner stopped at,
  // so the values before it are not the row's n cells; split into digits to fill the row, every cell was wrong,
  // silently (reviewer 120 K1)
  const byLine = cellPerLine(stream, start, end, n);
  if (byLine) return withUnit(byLine, unit);
  const unplaced = textAfter(stream, tokens, end);
  if (unplaced >= 0 && isUnplacedCell(stream.slice(unplaced, Math.min(end, unplaced + 24)))) return withUnit(unplacedText(stream, tokens, unplaced, n), unit);
  // (in a table whose rows print their values apart, `行政规范性文件 156` with two cells blank, `行政许可 46 +2 约1280`: not
  // digits run together; split, 156 had been read as 1, 5 and 6, silently: audit 139 T02, S05, T08, S10, S03; only a row
  // printing a space after its label: a run-together page glues its runs to the label, `规范性文件111`, and may print one
  // row apart, `行政事业性收费0 0`)
  if (opts.valuesApart && tokens.length < n && tokens[0]!.start > start && tokens.every((t) => isWholeValue(t.text) || DECIMAL_VALUE.test(t.text))) {
    if (unplaced >= 0 && !NOT_A_CELL.test(stream.slice(unplaced, unplaced + 12))) return withUnit(unplacedText(stream, tokens, unplaced, n), unit);
    return withUnit(blanksLeftOutUnread(stream, tokens, n), unit);
  }
  // the usual flattened row, "0000000" or "5000005" in 7 cells: what splitIntoCells and placeReading give it
  if (tokens.length === 1 && readsOneDigitPerCell(tokens[0]!.text, n)) return withUnit({ cells: digitCells(tokens[0]!), split: true }, unit);
  const leftOut = blanksLeftOut(stream, tokens, n, opts);
  if (leftOut) return withUnit(leftOut, unit);
  const split = splitIntoCells(tokenTexts(tokens), n);
  if (split.count > 0 && !split.capped && split.readings.length === 1) {
    return withUnit({ cells: placeReading(split.readings[0]!, tokens), split: true }, unit);
  }
  return withUnit(readUncertainRun(stream, tokens, n, split, opts), unit);
}

/**
 * A row printed a cell a line whose cells carry a remark in brackets the value scanner stops at, `0（无）` seven
 * times over: each line read as its cell is (`0（无）` is 0, `42（含转办）` 42, `100（上年）` unread), when there are
 * exactly `n` lines and each is a value or a number and its remark. The scanner had read the first 0 alone and
 * reported "a cell is blank", losing the row (reviewer 120 T27), or split `100（上年）`'s 100 into three cells.
 * Null otherwise.
 */
const NUMBER_AND_REMARK = /^[+-]?\d[\d,.，]*\s*[（(][^（）()]*[）)]$/;
function cellPerLine(stream: string, start: number, end: number, n: number): RowRead | null {
  if (n < 2) return null;
  const cells: RowCell[] = [];
  let bracket = false;
  for (let at = start; at < end; ) {
    let nl = stream.indexOf('\n', at);
    if (nl < 0 || nl > end) nl = end;
    const line = stream.slice(at, nl);
    const raw = line.trim();
    if (raw !== '') {
      if (cells.length === n) return null;
      const lead = line.length - line.trimStart().length;
      const kind = readValue(raw).kind;
      if (kind === 'blank' || (kind === 'text' && !NUMBER_AND_REMARK.test(raw))) return null;
      if (raw.includes('（') || raw.includes('(')) bracket = true;
      cells.push({ raw, start: at + lead, end: at + lead + raw.length });
    }
    at = nl + 1;
  }
  return bracket && cells.length === n ? { cells } : null;
}

/**
 * The row with its last cell read as printed (text, unread) when a qualifier is glued to it that the value scanner stopped at:
 * 15200左右, 2↓, 86（85） (its 85） taken for the next label's numbering), 1250（元） (reviewer 120 K3, K4: the
 * number had been stored alone, silently). Not a remark that restates it (12（含转办）, 0（无）).
 */
function withGluedQualifier(stream: string, read: RowRead, end: number): RowRead {
  const last = read.cells[read.cells.length - 1];
  if (!last || last.end >= end || !isDigitCode(stream.charCodeAt(last.end - 1))) return read;
  const after = stream.slice(last.end, Math.min(stream.length, last.end + 16));
  const q = GLUED_QUALIFIER.exec(after);
  if (!q) return read;
  // (a bracket to its end, which may lie past the row's: 86（85）'s 85） was taken for the next label's numbering)
  // the cell as printed, read as a table's cell is: a number with a remark restating it (12（含转办）) or its unit
  // of money (1250（元）), else text, named by CELL-NONNUMERIC
  const end2 = last.end + q[0].length;
  const cells = read.cells.slice(0, -1);
  cells.push({ raw: stream.slice(last.start, end2), start: last.start, end: end2 });
  return { ...read, cells };
}
// (not a bracket opening what follows, （三）, （第二十条第八项）, nor the next label's numbering glued to it, 0（2）涉及…,
// nor a note or unit, （注：…）, （单位：件）, （数据来源：…）, nor one of more than 12 characters; 左右, 以上 standing
// alone, not opening a sentence: audit 121 E05, A07, D03, D05)
const GLUED_QUALIFIER = /^(?:(?:左\s*右|以\s*[上下])(?=\s|$|[，。,;；）)])|[↑↓]|[（(](?![一二三四五六七八九十]{1,3}[）)]|\d{1,2}[）)]\S|第|注|备\s*注|说\s*明|单\s*位)[^（）()\n|｜:：]{1,12}[）)])/;

/** where the row's text after its last token starts, when it holds more than spaces (-1: none) */
function textAfter(stream: string, tokens: Token[], end: number): number {
  const last = tokens[tokens.length - 1]!;
  for (let i = last.start + last.text.length; i < end; i++) if (!isRegexSpace(stream.charCodeAt(i))) return i;
  return -1;
}
/**
 * Whether the text after a row's values is one of its cells the value scanner stopped at: a word
 * standing for a value (持平, 暂无, 不详, ↓), or a remark with more values right after it (12（含转办） 40).
 * Not a unit or a note (单位：件, 注：…), a total's label, nor the numbering or heading of what follows
 * (三、收到和处理…: a row's text runs to the next label).
 */
function isUnplacedCell(rest: string): boolean {
  return !NOT_A_CELL.test(rest) && (VALUE_STANDIN.test(rest) || REMARK_THEN_VALUE.test(rest));
}
/** a value's remark in brackets, then more values: （含转办） 40 (reviewer 120 L14) */
const REMARK_THEN_VALUE = /^[（(][^（）()\d\n]{1,10}[）)][ \t]+\d/;
const NOT_A_CELL = /^(?:单\s*位|注|备\s*注|说\s*明|其\s*中|[合总小]\s*计|第|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,2}\s*[、.．](?!\d))/;
// (a word standing alone, before a space, a value, a sub-table's 第二十条 or the next label's numbering: not a
// sentence opening with it, 暂无因政府信息公开工作被申请行政复议…, audit 121 D01)
const VALUE_STANDIN = /^(?:(?:持\s*平|暂\s*无|不\s*详|未\s*统\s*计|无\s*变\s*化|不\s*变|待\s*统\s*计)(?=\s|$|\d|第|[（(]|[一二三四五六七八九十]{1,3}\s*[、.．])|[↑↓]|＋|\+)/;
/** the row unread: text after its values that the reader cannot place (see readTextCells) */
function unplacedText(stream: string, tokens: Token[], restAt: number, n: number): RowRead {
  const start = tokens[0]!.start;
  const lineEnd = stream.indexOf('\n', restAt);
  const end = Math.min(restAt + 24, lineEnd < 0 ? stream.length : lineEnd);
  const raw = stream.slice(start, end).replace(/\s+/g, ' ').trim();
  return { cells: unreadCells(n, raw, start, end), problem: { code: 'unreadable-row', message: `"${raw}" is not ${n} numbers: it holds more than digits` } };
}

/**
 * A one-cell row's value with a bracketed remark glued to it (`100（上年）`, `1200（2016年为900）`) that may change
 * what the number is: unread, as the same cell is in a table's cell (its remark had been dropped and the
 * number read, silently: reviewer 110 P4). Not a remark restating it (`821（件）`, `0（无）`: readValue reads
 * those), a numbering (`（二）`), nor a unit statement (`（单位：元）`), which the unit readers take.
 */
function gluedRemark(stream: string, token: Token, end: number): RowRead | null {
  // (a number's: a placeholder with a remark, 无（本年度未收费）, is still a placeholder)
  if (!/^[+\-]?\d/.test(token.text)) return null;
  const after = token.start + token.text.length;
  GLUED_REMARK.lastIndex = after;
  const m = GLUED_REMARK.exec(stream);
  if (!m || after + m[0].length > end || /单\s*位|元/.test(m[1]!)) return null;
  const printed = token.text + m[0];
  if (readValue(printed).kind === 'number') return null;
  return { cells: unreadCells(1, printed, token.start, after + m[0].length), problem: { code: 'unreadable-row', message: `"${printed}": a remark in brackets after the value may change what it is: not read` } };
}
const GLUED_REMARK = /[（(](?![一二三四五六七八九十\d]{1,3}[）)])([^（）()\n|｜]{1,24})[）)]/y;

/**
 * A value as a filer types it apart: 0, or digits not led by 0, signed (table 2's 本年增/减: +2, -3) or in groups of
 * three (1,234), or a placeholder (—, /, 无). Run-together digits are none of these (`2648-18538` is one token).
 */
function isWholeValue(text: string): boolean {
  let c = text.charCodeAt(0);
  if ((c === PLUS || c === MINUS) && text.length > 1 && isDigitCode(text.charCodeAt(1))) {
    text = text.slice(1);
    c = text.charCodeAt(0);
  }
  if (isDigitCode(c)) return c !== 48 ? isDigits(text) || GROUPED_DIGITS.test(text) : text.length === 1;
  if (text === '无') return true;
  for (let i = 0; i < text.length; i++) if (!isDash(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Fewer values than cells, printed apart as whole values ("258 12 1 1", or one per line): blank
 * cells were left out, and splitting the values into digits to fill the row (2,5,8,1,2,1,1) made
 * numbers the page does not print. Run-together pages break their runs anywhere ("30 0 0 0 03",
 * "200 000121"): a piece led by 0 marks them, and their rows still go to the splitter. A split of
 * whole values is kept only when the row's own relation holds for it, and marked as read by that
 * relation (so that check does not vouch for it). Otherwise null: the row is read by the splitter.
 */
export function blanksLeftOut(stream: string, tokens: Array<{ text: string; start: number }>, n: number, opts: { relation?: Relation; relationName?: string }): RowRead | null {
  if (tokens.length < 2 || tokens.length >= n) return null;
  const onLines = tokensOnSeparateLines(stream, tokens);
  if (!onLines && !tokens.every((t) => isWholeValue(t.text))) return null;
  const start = tokens[0]!.start;
  const last = tokens[tokens.length - 1]!;
  const end = last.start + last.text.length;
  const raw = stream.slice(start, end);
  const shown = raw.replace(/\n/g, ' ');
  if (!onLines && opts.relation) {
    const split = splitIntoCells(tokenTexts(tokens), n);
    const only = split.count === 1 && !split.capped ? split.readings[0]! : null;
    if (only && opts.relation(only.map((c) => readValue(c).value))) {
      const resolvedBy = opts.relationName ?? 'relation';
      return { cells: placeReading(only, tokens), ambiguity: { readings: 1, resolvedBy }, split: true, problem: resolvedProblem(shown, 2, n, only, resolvedBy) };
    }
  }
  return blanksLeftOutUnread(stream, tokens, n);
}
/** digits in groups of three: 1,234 */
const GROUPED_DIGITS = /^[1-9]\d{0,2}(?:[,，]\d{3})+$/;
/** a number with decimals, its unit of money after it: 86.5, 86.5万元 */
const DECIMAL_VALUE = /^(?:0|[1-9]\d*)\.\d+(?:万元|元|万)?$/;

/** The row unread: fewer values than cells, printed apart, blank cells left out without saying which. */
function blanksLeftOutUnread(stream: string, tokens: Array<{ text: string; start: number }>, n: number): RowRead {
  const start = tokens[0]!.start;
  const last = tokens[tokens.length - 1]!;
  const end = last.start + last.text.length;
  const raw = stream.slice(start, end);
  const shown = raw.replace(/\n/g, ' ');
  const values = tokens.length === 1 ? '1 value' : `${tokens.length} values`;
  return {
    cells: unreadCells(n, raw, start, end),
    problem: { code: 'cell-count', message: `"${shown}" holds ${values} for the ${n} cells of the row: blank cells were left out and the text does not say which` },
  };
}

/**
 * Whether a row's text from `start` prints two or more values apart, each a whole value, after a space (see
 * RowOptions.valuesApart): not a run-together page's `行政事业性收费0 0`, glued to its label (audit 141 A03, A04).
 */
export function valuesPrintedApart(stream: string, start: number, end: number): boolean {
  const tokens = valueTokens(stream, start, end);
  return tokens.length >= 2 && tokens[0]!.start > start && tokens.every((t) => isWholeValue(t.text));
}

/**
 * Whether the table from `at` prints its rows' values apart: three of its first lines or more each a label and then
 * two whole values or more, each after spaces (`1.属于国家秘密 0 0 0 0 0 0 0`, or `（一）予以公开 2 2` on a page leaving its
 * zeros blank, audit 143 T01). A run-together page prints none such.
 */
// (or a table printed a cell a line: seven lines or more each one whole value, audit 143 T02; or a table leaving its zeros
// blank, most rows printing none: twelve label lines or more without a value, and no run of digits, audit 144 T01, T03)
export function rowsPrintedApartFrom(stream: string, at: number): boolean {
  const end = Math.min(stream.length, at + ROWS_APART_WINDOW);
  let rows = 0;
  let alone = 0;
  let labelsOnly = 0;
  let runs = false;
  for (let pos = at; pos < end; ) {
    let nl = stream.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    // (a row between bars is read as such, whatever this says: not looked at)
    if (nl - pos < ROW_APART_MAX_LINE && indexWithin(stream, PIPE, pos, nl) < 0) {
      const line = stream.slice(pos, nl);
      if (lineValuesApart(line) && ++rows >= 3) return true;
      const value = nl - pos < 12 ? line.trim() : '';
      if (isDigitCode(value.charCodeAt(0)) && isWholeValue(value) && ++alone >= 7) return true;
      if (DIGIT_RUN.test(line)) runs = true;
      else if (!runs && labelWithoutValue(line)) labelsOnly++;
    }
    pos = nl + 1;
  }
  return labelsOnly >= 12 && !runs;
}
/** a line of a label's words and no value: no digit but a row's numbering (1.属于国家秘密) */
function labelWithoutValue(line: string): boolean {
  if (ANY_DIGIT.test(line) && ANY_DIGIT.test(line.replace(ROW_NUMBERING, ''))) return false;
  return CJK_WORD.test(line);
}
const ANY_DIGIT = /\d/;
const CJK_WORD = /[\u4e00-\u9fff]{2}/;
const ROW_NUMBERING = /\d{1,2}\s*[.．、]/g;
const DIGIT_RUN = /\d{5,}/;
const ROWS_APART_WINDOW = 3000;
// (a longer line is a run-together page's table printed as one line, or prose)
const ROW_APART_MAX_LINE = 200;

/** a line of words and then two whole values or more, each after spaces */
function lineValuesApart(line: string): boolean {
  const tokens = line.trim().split(/[ \t]+/);
  let values = 0;
  while (values < tokens.length && isWholeValue(tokens[tokens.length - 1 - values]!)) values++;
  return values >= 2 && values < tokens.length && !isDigitCode(tokens[tokens.length - 1 - values]!.charCodeAt(tokens[tokens.length - 1 - values]!.length - 1));
}

/** Whether stream[start, end) prints a run of digits a filer never types apart, a 0 leading others (`000`, `0312`). */
export function printsDigitRun(stream: string, start: number, end: number): boolean {
  return valueTokens(stream, start, end).some((t) => t.text.length > 1 && t.text.charCodeAt(0) === 48 && isDigits(t.text));
}

/** Every gap between consecutive tokens holds a line break (one value per line). */
function tokensOnSeparateLines(stream: string, tokens: Array<{ text: string; start: number }>): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    if (indexWithin(stream, NEWLINE, prev.start + prev.text.length, tokens[i]!.start) < 0) return false;
  }
  return true;
}

/** UNIT_WORDS longest first, so a tail reads 人次 before 次 and 万元 before 元. */
const UNIT_WORDS_LONGEST_FIRST = [...UNIT_WORDS].sort((a, b) => b.length - a.length);

/**
 * `tokens` without a unit word after the last value: dropped when it stands alone, cut off when it
 * ends a run of digits. Anything else is left for the cell reader.
 */
function withoutTrailingUnit(stream: string, tokens: Token[], moneyUnitIsAmounts: boolean): Token[] {
  const last = tokens[tokens.length - 1]!;
  if (isDigitCode(last.text.charCodeAt(last.text.length - 1))) return tokens; // no unit word ends in a digit
  for (const word of UNIT_WORDS_LONGEST_FIRST) {
    if (!last.text.endsWith(word)) continue;
    const rest = last.text.slice(0, last.text.length - word.length);
    // a unit of money apart after an amount (1250 元, or 元 on the next line) is the amount's, as in a cell
    // (1250 元 under 本年收费金额（单位：万元） had been stored as 1250 万元, silently: reviewer 120 K2)
    if (rest === '' && moneyUnitIsAmounts && (word === '元' || word === '万元') && tokens.length > 1 && MONEY_AMOUNT.test(tokens[tokens.length - 2]!.text)) {
      const prev = tokens[tokens.length - 2]!;
      return [...tokens.slice(0, -2), { text: stream.slice(prev.start, last.start + last.text.length), start: prev.start }];
    }
    if (rest === '') return tokens.slice(0, -1);
    if (!isDigits(rest)) return tokens;
    return [...tokens.slice(0, -1), { text: rest, start: last.start }];
  }
  return tokens;
}

/** an amount a unit of money may follow: digits, a decimal point or separators, no unit of its own */
const MONEY_AMOUNT = /^[+\-]?\d[\d.,，]*$/;

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** `read` with the row's unit column set, when it printed one. */
function withUnit(read: RowRead, unit: string | undefined): RowRead {
  if (unit) read.unit = unit;
  return read;
}

function blankCells(n: number, at: number): RowCell[] {
  const cells: RowCell[] = [];
  for (let i = 0; i < n; i++) cells.push({ raw: '', start: at, end: at });
  return cells;
}

/** One cell per token (the row printed its values apart). */
function tokenCells(tokens: Token[]): RowCell[] {
  const cells: RowCell[] = [];
  for (const t of tokens) cells.push({ raw: t.text, start: t.start, end: t.start + t.text.length });
  return cells;
}

/** One cell per character of a token (a run read one digit per cell). */
function digitCells(token: Token): RowCell[] {
  const cells: RowCell[] = [];
  for (let i = 0; i < token.text.length; i++) cells.push({ raw: token.text[i]!, start: token.start + i, end: token.start + i + 1 });
  return cells;
}

function tokenTexts(tokens: Token[]): string[] {
  const texts: string[] = [];
  for (const t of tokens) texts.push(t.text);
  return texts;
}

/**
 * Run-together digits that do not read one way as n cells: none, too many, or several readings
 * (then the row's relation may pick one; otherwise only the cells all readings agree on are kept).
 */
function readUncertainRun(stream: string, tokens: Token[], n: number, split: SplitResult, opts: { relation?: Relation; relationName?: string }): RowRead {
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
      cells: unreadCells(n, wholeRaw, whole.start, whole.end),
      ambiguity: { readings: split.count },
      problem: { code: split.capped ? 'ambiguous-split' : 'cell-count', message },
      split: true,
    };
  }
  let candidates = split.readings;
  if (opts.relation) {
    const ok = candidates.filter((r) => opts.relation!(r.map((c) => readValue(c).value)));
    if (ok.length === 1) {
      const resolvedBy = opts.relationName ?? 'relation';
      return { cells: placeReading(ok[0]!, tokens), ambiguity: { readings: split.count, resolvedBy }, split: true, problem: resolvedProblem(wholeRaw, split.count, n, ok[0]!, resolvedBy) };
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
  const shown = showReadings(candidates, 4);
  return {
    cells,
    ambiguity: { readings: split.count },
    problem: {
      code: 'ambiguous-split',
      message: `"${wholeRaw}" reads ${candidates.length} ways as ${n} cells: ${shown}${candidates.length > 4 ? ' …' : ''}; cells that differ are left empty`,
    },
    split: true,
    readings: candidates.slice(0, 10),
  };
}

/**
 * The note for a row whose reading the row's own relation chose: the reader should know the
 * numbers were picked so that the relation holds (that check then says it cannot vouch for them).
 * `readings` counts the split's readings; for whole values apart it is 2 (split, or blanks left out).
 */
export function resolvedProblem(raw: string, readings: number, n: number, kept: string[], relation: string): { code: string; message: string } {
  return { code: 'resolved-split', message: `"${raw}" reads ${readings} ways as ${n} cells; kept ${showReadings([kept], 1)}, the one for which ${relation} holds` };
}

/** n cells that all show the whole run and hold no value. */
function unreadCells(n: number, raw: string, start: number, end: number): RowCell[] {
  const cells: RowCell[] = [];
  for (let i = 0; i < n; i++) cells.push({ raw, start, end, value: null });
  return cells;
}

/** The first `most` readings as "[a,b,c] [d,e,f]" (built by hand: joins are slow on small arrays). */
function showReadings(readings: string[][], most: number): string {
  let shown = '';
  for (let r = 0; r < readings.length && r < most; r++) {
    const reading = readings[r]!;
    shown += r === 0 ? '[' : ' [';
    for (let i = 0; i < reading.length; i++) shown += i === 0 ? reading[i]! : ',' + reading[i]!;
    shown += ']';
  }
  return shown;
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
