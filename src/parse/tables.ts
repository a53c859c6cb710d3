// Template-driven readers for tables 2, 3, 4 and the legacy appendix. Each finds its table's
// stretch of the page stream, anchors on the template's row labels and reads the cells between.
import type { CellValue, ParseWarning } from '../model/record';
import type { ReportDocument } from '../extract';
import { findAll, findLabel, type LabelMatch, type LabelPattern } from '../formats/labels';
import { afterColumnNumbers } from './column-numbers';
import { legacyColumns, readLegacyGridRow } from './legacy-grid';
import { legacyRowEnd, SEQ_HEADER } from './legacy-numbering';
import { T2_2021_HEADERS, T2_ROWS_2019, T2_ROWS_2021, T2_START, T2_STOPS, T2_VARIANTS, type T2Row } from '../formats/table2';
import { T3_2021_MARKER, T3_COLUMNS, T3_GROUP_OTHER, T3_GROUPS, T3_ROWS_2019, T3_ROWS_2021, T3_START, T3_SUBTOTAL_KEYS } from '../formats/table3';
import { T4_GROUPS, T4_HEADER_WORD, T4_KEYS, T4_OUTCOMES, T4_VARIANTS } from '../formats/table4';
import { LEGACY_CUMULATIVE, LEGACY_ROWS, LEGACY_START, LEGACY_STOPS } from '../formats/legacy';
import { amountUnitOfKey, inKeyUnit } from '../model/amounts';
import { isShortDigitRun, readValue } from '../text/numbers';
import { isDigitCode } from '../text/splits';
import { yearFromDigits } from '../text/dates';
import { execStartAnchored, startAnchored } from './anchored';
import { legacyMoneyUnit, legacyUnitProblem, legacyUnitStatements, PLACE_AFTER_YUAN, statedUnitFor } from './legacy-units';
import { moneyUnitOfCell, readRowCells, type Relation, type RowCell, type RowRead } from './row-cells';

export interface TableSink {
  cells: Record<string, CellValue>;
  warnings: ParseWarning[];
  /** stream stretches that are tables (excluded from narrative reading) */
  regions: Array<{ table: 'table2' | 'table3' | 'table4' | 'legacy'; start: number; end: number }>;
  split: boolean;
  rebuiltFromText: boolean;
  /** where the report's section headings (一、 … 六、) start, ascending, when known */
  sectionStarts?: number[];
  /** the report's year from the title, h1 or statistics period, when they agree (parse/index.ts): table 4's year rows */
  reportYear: number | null;
}

/** The first section heading after `at` (Infinity when none is known): no table runs past one. */
function nextSectionStart(sink: TableSink, at: number): number {
  for (const start of sink.sectionStarts ?? []) if (start > at) return start;
  return Infinity;
}

const VARIANT_FORMS = new Set(['属于行政执法案件', '"危及三安全一稳定"']);

// Where each table starts. The 统计表's header is found from the literals every match of its
// pattern begins with (indexOf, then the same regex sticky there) instead of a regex scan from the
// top of the page. Tables 2 and 3 by the regex's own scan, which gives the same first match: in
// Chromium it reaches them 2-4x sooner than indexOf of 本 or 第 does (that byte search stops at
// every character sharing their high byte, 0x67 or 0x7B: most of a page's text).
const T3_START_SCAN = new RegExp(T3_START.source, 'g');
const T2_START_SCAN = new RegExp(T2_START.source, 'g');
const LEGACY_START_AT = startAnchored(LEGACY_START, ['指', '统', '项']);

/** The first match of a global regex at or after `from`. */
function execFrom(re: RegExp, s: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(s);
}

/**
 * The record cell for one read cell. Fields are set in the record's key order (value, raw, kind,
 * unit, ambiguity, labelVariant, ref) without spreading throw-away objects: this runs per cell.
 */
function toCellValue(page: ReportDocument, key: string, rc: RowCell, read: RowRead, unit: string | undefined, variant?: CellValue['labelVariant']): CellValue {
  let value: number | null;
  let kind: CellValue['kind'];
  let cellUnit: string | undefined;
  if (rc.value !== undefined) {
    // a cell inside an ambiguous run: its value is known only when all readings agree
    value = rc.value;
    kind = rc.value === null ? 'text' : 'number';
    cellUnit = unit;
  } else if (isShortDigitRun(rc.raw)) {
    // what readValue answers first, without its result object (most cells of a flattened table)
    value = Number(rc.raw);
    kind = 'number';
    cellUnit = read.unit ?? unit;
  } else {
    const rv = readValue(rc.raw, read.unit ?? unit);
    value = rv.value;
    kind = rv.kind;
    cellUnit = rv.unit;
    if (cellUnit && !(read.unit ?? unit) && amountUnitOfKey(key) === null) {
      // a count printed with a money unit ("1万", "12元"): 万 makes "1.2万" a rounded 12000, not
      // 1.2; read as 1.2 it was silently wrong, so it is left unread like any text
      value = null;
      kind = 'text';
      cellUnit = undefined;
    }
  }
  if (value !== null && cellUnit && amountUnitOfKey(key) !== null) value = inKeyUnit(value, cellUnit, key);
  // `ref` is filled in last so that it stays the last key
  const cell = { value, raw: page.display.slice(rc.start, rc.end), kind } as CellValue;
  if (cellUnit) cell.unit = cellUnit;
  if (read.ambiguity) cell.ambiguity = read.ambiguity;
  if (variant) cell.labelVariant = variant;
  cell.ref = page.refAt(rc.start, rc.end);
  return cell;
}

function findAllStops(stream: string, from: number, to: number, stops: LabelPattern[]): number[] {
  const out: number[] = [];
  for (const p of stops) for (const m of findAll(p, stream, from, to)) out.push(m.start);
  return out.sort((a, b) => a - b);
}

/**
 * Past a gloss in brackets right after a row's label (`1.本机关不掌握相关政府信息（无法提供）`,
 * `行政事业性收费（含信息处理费）`): a group's name or 信息 in it was taken for the next stop, and the
 * row ended before its cells, read blank (reviewer 72 #5). Glosses with digits are cells' text.
 */
export function afterLabelGloss(s: string, at: number, limit: number): number {
  LABEL_GLOSS.lastIndex = at;
  const m = LABEL_GLOSS.exec(s);
  return m && at + m[0].length <= limit ? at + m[0].length : at;
}
// not the next row's number (3.其他（七）总计… on a page printed as one line)
const LABEL_GLOSS = /[ \t]*[（(](?![一二三四五六七八九十]+[）)])[^（）()\d\n|｜]{1,20}[）)]/y;

function nextStop(stops: number[], after: number, limit: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]! < after) lo = mid + 1;
    else hi = mid;
  }
  const s = stops[lo];
  return s !== undefined && s < limit ? s : limit;
}

interface Hit<R> {
  row: R;
  m: LabelMatch;
}

/**
 * Finds each row label in order, each after the previous one; with `mention`, a match it says is no
 * row (a name in a title) is passed over for the next.
 */
function sequentialHits<R extends { pattern: LabelPattern }>(stream: string, from: number, to: number, rows: R[], mention?: (m: LabelMatch) => boolean): Array<Hit<R>> {
  const hits: Array<Hit<R>> = [];
  let pos = from;
  for (const row of rows) {
    let m = findLabel(row.pattern, stream, pos, to);
    while (m && mention?.(m)) m = findLabel(row.pattern, stream, m.end, to);
    if (!m) continue;
    hits.push({ row, m });
    pos = m.end;
  }
  return hits;
}

/**
 * A table-2 row's name in a title or heading, not its row: in brackets or a list
 * (`第二十条第（一）项（规章、规范性文件）`), right after the title's 项 (`第二十条第（五）项 行政许可`) or
 * before 情况 (`（二）行政许可情况`). Taken for the row, it
 * made the row blank (read as 0) or dropped it (reviewer 72 #0).
 */
const SUB_TABLE_NUMBER_BEFORE = /[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]$/;

export function t2NameMention(s: string, stops: number[], to: number) {
  return (m: LabelMatch): boolean => {
    // a note line naming a row (注:行政强制 2 件已计入行政处罚) is no row: its 2 was read as 行政强制 (reviewer 80 O1)
    // (a bracketed remark line naming it, （行政许可含原其他对外管理服务事项 500 件）, neither: reviewer 86)
    if (onNoteLine(s, m.start) || inRemark(s, m.start)) return true;
    // a row's values follow its name on its line before the next stop (信息内容, 第二十条): 1、规章 | 13,
    // 行政许可情况 | 1520 (reviewer 76 A); a title's year, date or 注1 are no values (reviewer 77 A)
    const nl = s.indexOf('\n', m.end);
    const upTo = nextStop(stops, m.end, nl < 0 ? to : Math.min(nl, to));
    if (/\d/.test(s.slice(m.end, upTo).replace(NOT_VALUES, ''))) return false;
    const [i, j] = pastSpaces(s, m.start, m.end);
    // after a sub-table's numbering: （八）行政事业性收费 as the (八) sub-table's title (reviewer 78)
    return /[（(、，,]/.test(s[i - 1] ?? '') || SUB_TABLE_NUMBER_BEFORE.test(s.slice(Math.max(0, i - 8), i)) || (s[i - 1] === '项' && /[|｜\n]/.test(s[j] ?? '') && !digitOnLine(s, m.end)) || /[、，,）)]/.test(s[j] ?? '') || /^(?:情\s*况|和|及|与)/.test(s.slice(j, j + 3));
  };
}

/**
 * Rows the in-order search passed over that are printed elsewhere in stream[from, to) (two rows
 * swapped, a <tfoot> holding 总计 written before the <tbody>): found by their labels, outside
 * the rows already found, outside sentences and with numbers on their line (not the header's
 * 总计). They were dropped as "missing".
 */
export function outOfOrderHits<R extends { pattern: LabelPattern }>(s: string, from: number, to: number, rows: R[], hits: Array<Hit<R>>, mention?: (m: LabelMatch) => boolean): Array<Hit<R>> {
  const found = new Set<R>(hits.map((h) => h.row));
  const taken = hits.map((h) => [h.m.start, h.m.end] as const);
  const out: Array<Hit<R>> = [];
  for (const row of rows) {
    if (found.has(row)) continue;
    for (let m = findLabel(row.pattern, s, from, to); m; m = findLabel(row.pattern, s, m.end, to)) {
      const at = m;
      // the label whole, not the start of a longer one (3.其他 inside （六）其他处理)
      if (taken.some(([a, b]) => at.start < b && a < at.end) || inProseLine(s, at.end) || !digitOnLine(s, at.end) || /[\u4e00-\u9fff]/.test(s[at.end] ?? '') || mention?.(at) || onNoteLine(s, at.start)) continue;
      out.push({ row, m: at });
      taken.push([at.start, at.end]);
      break;
    }
  }
  return out;
}

/** how many cells (empty ones too) the line at `from` prints between bars, up to `to` */
function printedCells(s: string, from: number, to: number): number {
  const parts = s.slice(from, to).split('\n', 1)[0]!.split(/[|｜]/);
  if (parts[0]!.trim() === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.length;
}

/** whether `at` is in the first sentence of a line opening with 注：/说明：/备注： (（说明：…已并入行政许可。）: reviewer 85) */
function inNoteLine(s: string, at: number): boolean {
  const lineStart = s.lastIndexOf('\n', at - 1) + 1;
  return NOTE_LINE_OPENING.test(s.slice(lineStart, at)) && s.lastIndexOf('。', at) < lineStart;
}

/**
 * Whether `at` is in a bracketed remark, a line opening with a bracket that is no numbering and
 * no cell before `at`: （其他对外管理服务事项 500 件已并入行政许可统计） is no row, nor 行政许可's second printing (reviewer 85).
 */
function inRemark(s: string, at: number): boolean {
  const lineStart = s.lastIndexOf('\n', at - 1) + 1;
  const before = s.slice(lineStart, at);
  if (!REMARK_OPENING.test(before) || /[）)]/.test(before)) return false;
  // a bracketed label with its cells (`（其他对外管理服务事项） | 500`: reviewer 86 L1) is a row
  const nl = s.indexOf('\n', at);
  return !/[|｜]/.test(s.slice(lineStart, nl < 0 ? s.length : nl));
}
const REMARK_OPENING = /^\s*[（(](?!\s*[一二三四五六七八九十\d]{1,3}\s*[）)])/;

/** whether the line holding `at` opens with 注：/说明：/备注： (注:行政强制 2 项职能已划转…: reviewer 80 O9) */
function onNoteLine(s: string, at: number): boolean {
  // near its opening: a page printed as one line may open with a note
  return at - (s.lastIndexOf('\n', at - 1) + 1) <= 30 && inNoteLine(s, at);
}
const NOTE_LINE_OPENING = /^[\s|｜]*[（(]?\s*(?:注|说\s*明|备\s*注)\s*\d*\s*[:：]/;

/** text[start, end) widened over the spaces and tabs on each side: [where they start, where they end]. */
function pastSpaces(text: string, start: number, end: number): [number, number] {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return [i, j];
}

/** Years, months, days and footnote marks in a title: digits that are no row's values. */
const NOT_VALUES = /(?:19|20)\d{2}\s*年|\d{1,2}\s*[-—至~－]\s*\d{1,2}\s*月|\d{1,2}\s*[月日号]|注\s*\d+|[①-⑩]/g;

/** A digit on the rest of the line from `at`: a row's values, not a header cell (总计 over its column). */
function digitOnLine(s: string, at: number): boolean {
  for (let i = at; i < s.length && i < at + 400; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) return false;
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function rowOrderMessage(labels: string[], table: 'table 2' | 'table 3' = 'table 3'): string {
  return `${table} prints rows out of the template's order (${labels.join('、')}): read by their labels`;
}

/**
 * A row's cells, read from its first copy. A row printed twice (a page break repeating it, a
 * pasted row) with other numbers in the second copy was read from the first, silently: then
 * neither is taken (every cell unread) and a warning names both. The same numbers twice: the first.
 */
function readRowOnce<R extends { pattern: LabelPattern }>(
  page: ReportDocument,
  sink: TableSink,
  hit: Hit<R>,
  end: number,
  n: number,
  options: Parameters<typeof readRowCells>[4],
  keys: string[],
  label: string,
): RowRead {
  const s = page.stream;
  const subRows: LabelMatch[] = [];
  const again = labelAgain(s, hit.row.pattern, hit.m.end, end, subRows);
  for (const sub of subRows) {
    const raw = subRowText(s, sub.start);
    sink.warnings.push({ code: 'sub-row', message: `${label}: its 其中 row ("${raw}") is not a row of the template: not read`, keys: [], ref: page.refAt(sub.start, sub.end) });
  }
  const read = readRowCells(s, hit.m.end, again ? again.start : end, n, options);
  if (!again) return read;
  const second = readRowCells(s, again.end, end, n, options);
  const printed = (r: RowRead) => r.cells.map((c) => c.raw);
  if (printed(read).join('|') === printed(second).join('|')) return read;
  sink.warnings.push({
    code: 'repeated-row',
    message: `${label}: printed twice with other numbers ([${printed(read).join(', ')}] and [${printed(second).join(', ')}]): neither is read`,
    keys,
    ref: page.refAt(again.start, again.end),
  });
  return { ...read, cells: read.cells.map((c) => ({ ...c, value: null })), ambiguity: undefined, problem: undefined };
}

/**
 * The row's label printed again in stream[from, to), not in a sentence: "注：行政事业性收费为0。"
 * under table 2 was taken for a second printing of the row, and the printed row left unread.
 */
export function labelAgain(s: string, pattern: LabelPattern, from: number, to: number, subRows?: LabelMatch[]): LabelMatch | null {
  for (let m = findLabel(pattern, s, from, to); m; m = findLabel(pattern, s, m.end, to)) {
    if (inProseLine(s, m.end) || inNoteLine(s, m.start) || inRemark(s, m.start)) continue;
    if (!inSubRow(s, m.start)) return m;
    subRows?.push(m);
  }
  return null;
}

/**
 * Whether a label at `at` is part of a 其中 row's label (`其中：部门行政规范性文件` under 行政规范性文件):
 * a part of the row, not the row printed again, which left both unread (reviewer 84).
 */
function inSubRow(s: string, at: number): boolean {
  return SUB_ROW_BEFORE.test(s.slice(Math.max(0, at - 14), at));
}
const SUB_ROW_BEFORE = /其\s*中\s*[:：]?[^|｜\n\d]{0,8}$/;

/** a 其中 row's label and values as printed, on one line (40 characters at most) */
function subRowText(s: string, at: number): string {
  const start = s.lastIndexOf('其', at);
  const nl = s.indexOf('\n', at);
  return s.slice(start, nl < 0 ? s.length : nl).trim().slice(0, 40);
}

function problemWarning(sink: TableSink, page: ReportDocument, read: RowRead, keys: string[], label: string, start: number): void {
  if (!read.problem) return;
  sink.warnings.push({ code: read.problem.code, message: `${label}: ${read.problem.message}`, keys, ref: page.refAt(start, start + 1) });
}

/** True when `key` already holds a cell: the first reading wins when a key is met twice (repeated tables). */
function has(sink: TableSink, key: string): boolean {
  return key in sink.cells;
}

/** A 备注 column in a table's header: cells after the values are notes, not extra values. */
const NOTE_COLUMN = /备\s*注/;
/** A 序号 (行次, 栏次) column in a table's header: a data row's first cell may be its number. */
const INDEX_COLUMN = /序\s*号|[行栏]\s*次/;

/** A table 3 row's total column is the sum of its six applicant columns. */
const colsum: Relation = (v) => v.length === 7 && v[6] !== null && v.slice(0, 6).every((x) => x !== null) && v[6] === v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0);
const T3_ROW_OPTIONS = { relation: colsum, relationName: 'T3-COLSUM' };

/**
 * The columns in the order a header prints them (each at its first match in `header`), or null
 * when a column that is not optional is not printed. Tables 2, 3 and 4 read their cells by it.
 */
function printedOrder<T>(header: string, columns: ReadonlyArray<{ id: T; re: RegExp | undefined; optional?: boolean }>): T[] | null {
  const at: Array<{ id: T; pos: number }> = [];
  for (const column of columns) {
    const m = column.re?.exec(header);
    if (m) at.push({ id: column.id, pos: m.index });
    else if (!column.optional) return null;
  }
  return at.sort((a, b) => a.pos - b.pos).map((x) => x.id);
}

/** The five 法人或其他组织 columns of table 3, in the templates' order (cells 1–5 of a row). */
const LEGAL_PERSON_COLUMNS = [
  { id: 0, name: '商业企业', re: /商\s*业\s*企\s*业/ },
  { id: 1, name: '科研机构', re: /科\s*研\s*机\s*构/ },
  { id: 2, name: '社会公益组织', re: /社\s*会\s*公\s*益\s*组\s*织/ },
  { id: 3, name: '法律服务机构', re: /法\s*律\s*服\s*务\s*机\s*构/ },
  { id: 4, name: '其他', re: /(?<!或\s*)其\s*他(?!\s*组\s*织)/ }, // not the 其他 of 法人或其他组织
  // a local layout's 法人或其他组织小计 column (spec: orgSubtotal); read as 总计, it made 10 totals wrong
  { id: 5, name: '小计', re: /小\s*计/, optional: true },
];

/**
 * The order in which table 3's header prints the five 法人或其他组织 columns (indices into
 * LEGAL_PERSON_COLUMNS), or null when it is the templates' order or cannot be told (a column
 * missing). Values were placed by the templates' order alone: with 其他 printed before 法律服务机构,
 * each took the other's number.
 */
export function headerColumnOrder(s: string, from: number, firstRow: number): number[] | null {
  return legalPersonColumnOrder(t3Header(s, from, firstRow));
}

export function columnOrderMessage(order: number[]): string {
  return `table 3 prints its 法人或其他组织 columns in the order ${order.map((i) => (i === TOTAL_AT ? '总计' : LEGAL_PERSON_COLUMNS[i]!.name)).join('、')}: values read by the header`;
}

/** In a column order, 总计 printed before the 小计 (`… | 总计 | 法人或其他组织小计`); otherwise 总计 is last. */
const TOTAL_AT = 6;

function legalPersonColumnOrder(printedHeader: string): number[] | null {
  return legalPersonReadings(printedHeader).order;
}

/**
 * The header's column order, and the other order it may mean: on one line (or a cell a line),
 * `法人或其他组织 总计 小计 商业企业 …` is either a 小计 first among the five or a tall 小计 cell
 * after 总计 (reviewer 78: read as the first, the tall layout's 小计 and 总计 came out swapped and every
 * column moved). readTable3 lets the rows' sums choose (subtotalAfterTotalAddsUp).
 */
function legalPersonReadings(printedHeader: string): { order: number[] | null; otherwise: number[] | null } {
  // a gloss in brackets names no column (`法人或其他组织（含小计）`: reviewer 78 #3), but `（小计）` is
  // the 小计 column's own name where the header names the group once more (`法人或其他组织 |
  // 法人或其他组织（小计）`: reviewer 79 W1) or where it is a cell of its own (reviewer 80 S4); as the
  // group's only cell it glosses it (reviewer 80 S1)
  const blanked = withoutBrackets(printedHeader);
  const groupNamed = blanked.match(LEGAL_PERSON_GROUP_ALL)?.length ?? 0;
  const named = (m: string, word: string, at: number) =>
    groupNamed >= 2 || standsAsCell(printedHeader, at, at + m.length) ? word + ' '.repeat(m.length - word.length) : m;
  const renamed = printedHeader.replace(SUBTOTAL_IN_BRACKETS, named);
  const header = renamed === printedHeader ? blanked : withoutBrackets(renamed);
  const printed = printedOrder(header, LEGAL_PERSON_COLUMNS);
  const order = printed && (subtotalBesideGroup(header) ?? printed);
  return {
    order: order === null || (order.length === 5 && order.every((i, k) => i === k)) ? null : order,
    otherwise: order && order[0] === 5 ? subtotalAfterTotal(header) : null,
  };
}

/** One line: `法人或其他组织 总计 小计` before the five, nothing after the 小计 but the five → the tall-cell order. */
function subtotalAfterTotal(header: string): number[] | null {
  const five = LEGAL_PERSON_COLUMNS.filter((c) => !c.optional);
  const columns = printedOrder(header, five);
  const group = LEGAL_PERSON_GROUP.exec(header);
  if (!columns || !group) return null;
  const firstColumn = Math.min(...five.map((c) => c.re.exec(header)!.index));
  const subtotal = SUBTOTAL_WORD.exec(header)!.index;
  TOTAL_WORD.lastIndex = group.index;
  const total = TOTAL_WORD.exec(header);
  return total && total.index < subtotal && subtotal < firstColumn ? [...columns, TOTAL_AT, 5] : null;
}

/**
 * Whether table 3's rows add up as `自然人, the five, 总计, 小计` (总计 = 自然人 + 小计, 小计 = the five)
 * in more rows than as `自然人, 小计, the five, 总计`. Rows that add up both ways (all 0) say nothing.
 */
function subtotalAfterTotalAddsUp(s: string, hits: Array<{ m: LabelMatch }>, rowsTo: number): boolean {
  let after = 0;
  let first = 0;
  hits.forEach((hit, i) => {
    const v = rowValues(readRowCells(s, hit.m.end, hits[i + 1]?.m.start ?? rowsTo, 8));
    if (v.length !== 8 || v.some((x) => x === null)) return;
    const n = v as number[];
    const five = (from: number) => n[from]! + n[from + 1]! + n[from + 2]! + n[from + 3]! + n[from + 4]!;
    const asAfter = n[7] === five(1) && n[6] === n[0]! + n[7]!;
    const asFirst = n[1] === five(2) && n[7] === n[0]! + n[1]!;
    if (asAfter && !asFirst) after++;
    if (asFirst && !asAfter) first++;
  });
  return after > first;
}

// the group's own cell: not 法人或其他组织小计 (a 小计 column's), while 法人或其他组织 小计 is two cells
const LEGAL_PERSON_GROUP = /法\s*人\s*或\s*其\s*他\s*组\s*织(?!小\s*计)/;
const SUBTOTAL_WORD = /小\s*计/;
const SUBTOTAL_IN_BRACKETS = /[（(]\s*(小\s*计)\s*[）)]/g;
const LEGAL_PERSON_GROUP_ALL = new RegExp(LEGAL_PERSON_GROUP.source, 'g');
const TOTAL_WORD = /[总合]\s*计/g;

/**
 * The order when a 小计 column is a tall cell of the group row (`自然人 | 法人或其他组织 |
 * 法人或其他组织小计 | 总计`, the five columns on the row below): the 小计 stands after the group's
 * five columns when printed after the group's cell, before them when printed before it. In the
 * text it comes before the five, so read by text order it took 商业企业's values and every column
 * after moved one place (reviewer 72 #3). null: not that layout. `header`: glosses in brackets blanked.
 */
function subtotalBesideGroup(header: string): number[] | null {
  const five = LEGAL_PERSON_COLUMNS.filter((c) => !c.optional);
  const lines = header.split('\n');
  const fiveLine = lines.find((l) => five.every((c) => c.re.test(l)));
  const subtotalLine = lines.find((l) => SUBTOTAL_WORD.test(l));
  if (subtotalLine === undefined) return null;
  if (fiveLine !== undefined && subtotalLine !== fiveLine) {
    // the rows are lines: the 小计's side of the group cell on its own line
    const group = LEGAL_PERSON_GROUP.exec(subtotalLine);
    if (!group) return null;
    const columns = printedOrder(fiveLine, five)!;
    const subtotal = SUBTOTAL_WORD.exec(subtotalLine)!.index;
    if (subtotal < group.index) return [5, ...columns];
    // `法人或其他组织 | 总计 | 法人或其他组织小计`: the 小计 stands last, after 总计 (reviewer 78: the two were swapped)
    TOTAL_WORD.lastIndex = group.index;
    const total = TOTAL_WORD.exec(subtotalLine);
    return total && total.index < subtotal ? [...columns, TOTAL_AT, 5] : [...columns, 5];
  }
  // one line (a text page), or a cell a line: the group row's cells come first; a 小计 between the
  // group's name and the 总计 before the five is the group row's
  const columns = printedOrder(header, five);
  const group = LEGAL_PERSON_GROUP.exec(header);
  if (!columns || !group) return null;
  const subtotal = SUBTOTAL_WORD.exec(header)!.index;
  const firstColumn = Math.min(...five.map((c) => c.re.exec(header)!.index));
  if (subtotal > firstColumn) return null;
  if (subtotal < group.index) return [5, ...columns];
  TOTAL_WORD.lastIndex = subtotal;
  const total = TOTAL_WORD.exec(header);
  return total && total.index < firstColumn ? [...columns, 5] : null;
}

/**
 * Table 3's header text: from its corner note to the first row; without a corner note, from the
 * 申请人情况 just before the first row. Never table 2's cells before it ("其他对外管理服务事项").
 */
export function t3Header(s: string, from: number, firstRow: number): string {
  if (from < firstRow) return s.slice(from, firstRow);
  const applicant = s.lastIndexOf('申请人', firstRow);
  return applicant >= 0 && firstRow - applicant < 300 ? s.slice(applicant, firstRow) : '';
}

/**
 * A row's keys in the header's order: 自然人, then the 法人或其他组织 columns as printed (cell 1 + k
 * holds column order[k]; 5 is a printed 小计, key table3.orgSubtotal.<row>), then 总计.
 */
export function inHeaderOrder(keys: string[], order: number[]): string[] {
  const out = [keys[0]!];
  for (const i of order) out.push(i === 5 ? keys[0]!.replace('.naturalPerson.', '.orgSubtotal.') : i === TOTAL_AT ? keys[6]! : keys[1 + i]!);
  if (!order.includes(TOTAL_AT)) out.push(keys[6]!);
  return out;
}

/** Table 3's three applicant groups, in the templates' order. */
const APPLICANT_GROUPS = [
  { id: 'naturalPerson', name: '自然人', re: /自\s*然\s*人/ },
  { id: 'legalPerson', name: '法人或其他组织', re: /法\s*人\s*或\s*其\s*他\s*组\s*织/ },
  { id: 'total', name: '总计', re: /总\s*计/ },
];

/**
 * The order table 3's header prints 自然人, 法人或其他组织 and 总计 in, or null for the templates'
 * order or a header that does not print all three. Placed by the template alone, 总计 printed
 * before 自然人 moved every value of the table one column, silently.
 */
export function applicantGroupOrder(header: string): string[] | null {
  // judged on the header line naming 自然人: 总计 printed as a tall cell of the line above
  // (rightmost, rowspan) comes first in the text but stands last (helper-49's review: every value
  // of table 3 was moved one column)
  const line = header.split('\n').find((l) => /自\s*然\s*人/.test(l)) ?? header;
  const order = printedOrder(line, APPLICANT_GROUPS);
  return order === null || order.every((id, i) => id === APPLICANT_GROUPS[i]!.id) ? null : order;
}

export function groupOrderMessage(groups: string[]): string {
  return `table 3 prints its applicant columns in the order ${groups.map((id) => APPLICANT_GROUPS.find((g) => g.id === id)!.name).join('、')}: values read by the header`;
}

/** A row's keys (自然人, the 法人或其他组织 columns, 总计) moved into the groups' printed order. */
export function inGroupOrder(keys: string[], groups: string[]): string[] {
  const part: Record<string, string[]> = { naturalPerson: [keys[0]!], legalPerson: keys.slice(1, -1), total: [keys[keys.length - 1]!] };
  return groups.flatMap((id) => part[id]!);
}

/** 上年结转: table 3's second row */
const T3_SECOND_ROW = /上\s*年\s*结\s*转/g;

/**
 * Where table 3 starts at or after `from`: the first T3_START that is not a sentence of the
 * narrative. "本年新收政府信息公开申请数量12件，（一）予以公开9件……。" in 总体情况 matched first; the rows
 * were then sought from there and the table's first row read that sentence (all 7 cells lost).
 * A match that reaches a 。 before 上年结转 is passed over; if every match is, the first is kept.
 */
function findTable3Start(s: string, from: number): RegExpExecArray | null {
  const first = execFrom(T3_START_SCAN, s, from);
  for (let m = first; m; m = execFrom(T3_START_SCAN, s, m.index + 1)) {
    if (!isNarrativeSentence(s, m)) return m;
  }
  return first;
}

function isNarrativeSentence(s: string, m: RegExpExecArray): boolean {
  if (m[0].startsWith('本列')) return false; // 本列…: the table's corner note
  return reachesPeriodFirst(s, m.index) || inProseLine(s, m.index + m[0].length);
}

/**
 * Whether the line from `at` reads as prose: no cell bar, and a ，；。 in it. "本年新收政府信息公开申请
 * 859件，上年结转18件；…" in 总体情况 names 上年结转 before any 。, and was taken for the table: its
 * one number filled all 7 cells and the real table was dismissed as a second report.
 */
function inProseLine(s: string, at: number): boolean {
  const nl = s.indexOf('\n', at);
  const line = s.slice(at, nl < 0 ? Math.min(s.length, at + 400) : Math.min(nl, at + 400));
  // punctuation before a word or ending the line, not a thousands comma (1，234)
  return !line.includes('|') && /[，；。,;]\s*(?:[\u4e00-\u9fff]|$)/.test(line);
}

/**
 * Where a table's first row label is printed again after its last row, inside the table's
 * stretch (the table printed twice in its section), or null. A sentence quoting it is no copy.
 */
export function secondCopyAt<R extends { pattern: LabelPattern }>(s: string, hits: Array<Hit<R>>, to: number): number | null {
  const m = findLabel(hits[0]!.row.pattern, s, hits[hits.length - 1]!.m.end, to);
  return m && !inProseLine(s, m.end) ? m.start : null;
}

/** Whether the copy at `copy` prints the same text as the rows of the first. */
export function sameCopy<R>(s: string, hits: Array<Hit<R>>, copy: number): boolean {
  if (hits.length === 0) return false;
  const start = hits[0]!.m.start;
  const nl = s.indexOf('\n', hits[hits.length - 1]!.m.end);
  const end = nl < 0 || nl > copy ? copy : nl;
  return s.slice(start, end) === s.slice(copy, copy + end - start);
}

/** The note for a table printed twice in its section with other numbers. */
export function repeatedInSection(table: string, page: ReportDocument, at: number): ParseWarning {
  return { code: 'repeated-table', message: `${table} is printed twice in its section with other numbers: only the first is read`, keys: [], ref: page.refAt(at, at + 1) };
}

/** Whether a 。 comes before 上年结转 (table 3's second row) after `at`. */
function reachesPeriodFirst(s: string, at: number): boolean {
  const period = s.indexOf('。', at);
  if (period < 0) return false;
  T3_SECOND_ROW.lastIndex = at;
  const second = T3_SECOND_ROW.exec(s);
  return !second || period < second.index;
}

export function readTable3(page: ReportDocument, sink: TableSink): void {
  const s = page.stream;
  const startM = findTable3Start(s, 0);
  if (!startM) return;
  const from = startM.index;
  const endRe = /行\s*政\s*(?:法\s*)?复\s*议|五\s*、/g;
  endRe.lastIndex = from;
  const endM = endRe.exec(s);
  const to = endM ? endM.index : Math.min(s.length, from + 8000);
  const is2021 = T3_2021_MARKER.test(s.slice(from, to));
  const rows = is2021 ? T3_ROWS_2021 : T3_ROWS_2019;
  let hits = sequentialHits(s, from, to, rows);
  if (hits.length === 0) return;
  sink.regions.push({ table: 'table3', start: from, end: to });
  // a second copy in the section: its rows are not read (nor filled in from it)
  const copy = secondCopyAt(s, hits, to);
  const rowsTo = copy ?? to;
  if (copy !== null) {
    hits = sequentialHits(s, from, copy, rows);
    if (!sameCopy(s, hits, copy)) sink.warnings.push(repeatedInSection('table 3', page, copy));
  }
  const moved = outOfOrderHits(s, from, rowsTo, rows, hits);
  if (moved.length > 0) {
    hits = [...hits, ...moved].sort((a, b) => a.m.start - b.m.start);
    sink.warnings.push({ code: 'row-order', message: rowOrderMessage(moved.map((h) => h.row.pattern.canonical)), keys: [], ref: page.refAt(moved[0]!.m.start, moved[0]!.m.end) });
  }
  const stops = findAllStops(s, from, rowsTo, is2021 ? [...T3_GROUPS, T3_GROUP_OTHER] : T3_GROUPS);
  const header = t3Header(s, from, hits[0]!.m.start);
  const readings = legalPersonReadings(header); // headerColumnOrder, on the header cut once
  const order = readings.otherwise && subtotalAfterTotalAddsUp(s, hits, rowsTo) ? readings.otherwise : readings.order;
  if (order) sink.warnings.push({ code: 'column-order', message: columnOrderMessage(order), keys: [], ref: page.refAt(from, from + 1) });
  const groups = applicantGroupOrder(header);
  if (groups) sink.warnings.push({ code: 'column-order', message: groupOrderMessage(groups), keys: [], ref: page.refAt(from, from + 1) });
  const noteColumn = NOTE_COLUMN.test(header);
  const indexed = numberedRows(s, from, hits);
  const subtotals = [...printedSubtotalRows(s, hits, rowsTo), ...categoryRowsWithValues(s, hits, rowsTo)];
  hits.forEach((hit, i) => {
    const next = hits[i + 1]?.m.start ?? rowsTo;
    // a printed 小计 row after a category's last row ends that row
    const sub = subtotals.find((t) => t.start > hit.m.end && t.start < next);
    const end = nextStop(stops, afterLabelGloss(s, hit.m.end, next), sub ? sub.start : next);
    const inOrder = order ? inHeaderOrder(hit.row.keys, order) : hit.row.keys;
    const keys = groups ? inGroupOrder(inOrder, groups) : inOrder;
    // with a 小计 column the row has 8 cells, and 总计 is not the sum of the others; with 总计
    // elsewhere than last, the relation's cells are not where it looks
    const options = keys.length === 7 && !groups ? T3_ROW_OPTIONS : {};
    const read = readRowOnce(page, sink, hit, end, keys.length, { ...options, noteColumn, indexColumn: indexed.rows[i] }, keys, hit.row.pattern.canonical);
    if (read.split) sink.split = true;
    const variant = VARIANT_FORMS.has(hit.m.form) ? { printed: hit.m.form, canonical: hit.row.pattern.canonical } : undefined;
    read.cells.forEach((rc, c) => {
      const key = keys[c]!;
      if (!has(sink, key)) sink.cells[key] = toCellValue(page, key, rc, read, undefined, variant);
    });
    problemWarning(sink, page, read, keys, hit.row.pattern.canonical, hit.m.start);
  });
  for (const t of subtotals) {
    const inOrder = order ? inHeaderOrder(t.keys, order) : t.keys;
    const keys = groups ? inGroupOrder(inOrder, groups) : inOrder;
    const read = readRowCells(s, t.end, t.next, keys.length, { noteColumn, indexColumn: indexed.subtotal(t.start, t.end) });
    // a category printed as a row with values and as a 小计 row that disagree: the first was kept,
    // silently (81 C3b); neither is read, as with a row printed twice with other numbers
    const differ: string[] = [];
    read.cells.forEach((rc, c) => {
      const key = keys[c]!;
      const cell = toCellValue(page, key, rc, read, undefined);
      const before = sink.cells[key];
      if (!before) sink.cells[key] = cell;
      else if (before.value !== null && cell.value !== null && before.value !== cell.value) {
        differ.push(`${before.value} and ${cell.value}`);
        before.value = null;
        before.kind = 'text';
      }
    });
    if (differ.length > 0) sink.warnings.push({ code: 'repeated-row', message: `${t.label}: the category's subtotals are printed twice with other numbers (${differ.join(', ')}): neither is read`, keys, ref: page.refAt(t.start, t.end) });
    problemWarning(sink, page, read, keys, t.label, t.start);
  }
  addT3Subtotals(sink);
  if (!page.tables.length) sink.rebuiltFromText = true;
  const repeated = repeatedTable3(page, to);
  if (repeated) sink.warnings.push(repeated);
}

/**
 * Which of table 3's rows print a 行次 (序号, 栏次) cell between their label and their values: the
 * header names the column, the first row and three more of the first six are numbered by their place
 * (1, 2, 3, 4 after their labels), and the row's
 * own first cell continues the count from the row before or to the row after. Read as values, each
 * row with a blank last cell (总计 left blank) lost that blank to the trailing-cell trim and was read
 * one column right, the 行次 as 自然人, silently (adv58 #2). A row printed without its 行次 (a 小计 row,
 * a row that lost it) is read as printed (reviewer 68 #2, #4); a 序号 before the label does not count
 * up after it. `subtotal`: a printed 小计 row numbered next after the row before it.
 */
function numberedRows(s: string, from: number, hits: Array<Hit<{ pattern: LabelPattern }>>): { rows: boolean[]; subtotal: (start: number, end: number) => boolean } {
  const none = { rows: hits.map(() => false), subtotal: () => false };
  if (hits.length === 0 || !INDEX_COLUMN.test(indexHeader(s, from, hits[0]!.m.start))) return none;
  const nums = hits.map((h) => leadingSmallNumber(s, h.m.end));
  // the table's first row numbered 1 and three more of its first six by their place: a 自然人 column
  // counting 0, 1, 2, 3 by chance further down, under a 序号 before the labels, had four rows read one
  // cell left (reviewer 69 N3)
  let placed = 0;
  for (let i = 0; i < Math.min(6, nums.length); i++) if (nums[i] === i + 1) placed++;
  if (nums[0] !== 1 || placed < 4) return none;
  const rows = nums.map((v, i) => v !== null && (nums[i - 1] === v - 1 || nums[i + 1] === v + 1));
  const subtotal = (start: number, end: number): boolean => {
    let before: number | null = null;
    for (let i = 0; i < hits.length && hits[i]!.m.start < start; i++) before = nums[i]!;
    const v = leadingSmallNumber(s, end);
    return v !== null && before !== null && v === before + 1;
  };
  return { rows, subtotal };
}

/** Table 3's header text where a 行次 column is named: from the table's start, or from the line that holds 申请人. */
function indexHeader(s: string, from: number, firstRow: number): string {
  if (from < firstRow) return s.slice(from, firstRow);
  const applicant = s.lastIndexOf('申请人', firstRow);
  if (applicant < 0 || firstRow - applicant > 300) return '';
  return s.slice(Math.max(s.lastIndexOf('\n', applicant) + 1, firstRow - 300), firstRow);
}

/** The number of up to three digits that opens the cells at `at` (after spaces, a bar or a line break), or null. */
function leadingSmallNumber(s: string, at: number): number | null {
  let i = at;
  while (i < s.length && (s[i] === ' ' || s[i] === '|' || s[i] === '\t' || s[i] === '\n')) i++;
  let j = i;
  while (j < s.length && j - i < 4 && isDigitCode(s.charCodeAt(j))) j++;
  if (j === i || j - i > 3) return null;
  const after = s[j];
  return after === undefined || after === ' ' || after === '|' || after === '\n' || after === '\t' ? Number(s.slice(i, j)) : null;
}

/** A 小计 row's label at a line's start: 小计 alone, or after its category's name (（三）不予公开小计). */
const SUBTOTAL_LABEL = /(?:^|\n)[ \t]*((?:[（(]\s*[三四五六]\s*[)）]\s*[\u4e00-\u9fff]{2,4}\s*)?小\s*计)(?=\s*(?:[|｜]|\d|$))/g;
const CATEGORY_OF_LEAF = /^table3\.[^.]+\.(denied|unavailable|notProcessed|otherHandling)\.(?!subtotal)/;

/** A printed category subtotal row: where its label is, where its cells end, and its keys. */
interface SubtotalRow {
  start: number;
  end: number;
  next: number;
  keys: string[];
  label: string;
}

/** A category's leaf-row keys turned into its subtotal's (table3.<col>.denied.stateSecret → table3.<col>.denied.subtotal). */
const subtotalKeys = (leafKeys: string[], cat: string): string[] => leafKeys.map((k) => k.replace(/\.(denied|unavailable|notProcessed|otherHandling)\.[^.]+$/, `.${cat}.subtotal`));

/**
 * Category subtotal rows a local layout prints (spec §3.3: stored under the category's
 * `*.subtotal` key, marked printed, and checked by T3-SUBTOTAL): each 小计 row after the rows it
 * sums, belonging to the category of the row found last before it. They were passed over, so the
 * printed sums were never compared with their parts.
 */
function printedSubtotalRows(s: string, hits: Array<Hit<{ keys: string[]; pattern: LabelPattern }>>, to: number): SubtotalRow[] {
  const from = hits[0]?.m.end ?? to;
  const out: SubtotalRow[] = [];
  SUBTOTAL_LABEL.lastIndex = from;
  for (let m = SUBTOTAL_LABEL.exec(s); m && m.index < to; m = SUBTOTAL_LABEL.exec(s)) {
    const start = m.index + m[0].length - m[1]!.length;
    const before = hits.filter((h) => h.m.start < start);
    const last = before[before.length - 1];
    const cat = last ? CATEGORY_OF_LEAF.exec(last.row.keys[0] ?? '')?.[1] : undefined;
    if (!last || !cat || out.some((o) => o.keys[0]!.includes(`.${cat}.`))) continue;
    const next = hits.find((h) => h.m.start > start)?.m.start ?? to;
    out.push({ start, end: start + m[1]!.length, next, keys: subtotalKeys(last.row.keys, cat), label: m[1]!.replace(/\s+/g, '') });
  }
  return out;
}

const CATEGORY_KEY: Record<string, string> = { 不予公开: 'denied', 无法提供: 'unavailable', 不予处理: 'notProcessed', 其他处理: 'otherHandling' };

/** a category's own label: （三）不予公开 … （六）其他处理 */
const CATEGORY_LABEL = /(?:[（(]\s*[三四五六]\s*[)）]\s*)?(?:不\s*予\s*公\s*开|无\s*法\s*提\s*供|不\s*予\s*处\s*理|其\s*他\s*处\s*理)/g;

/**
 * A category printed as a row of its own with values (`（三）不予公开 | 100 | 200 | …` above its
 * items): its printed subtotals, as a 小计 row's (the category's `*.subtotal`, checked by
 * T3-SUBTOTAL). They were passed over without a note (reviewer 72 #9). Not a category label sharing
 * its line with its first item (a tall cell: the values are the item's).
 */
function categoryRowsWithValues(s: string, hits: Array<Hit<{ keys: string[]; pattern: LabelPattern }>>, to: number): SubtotalRow[] {
  const out: SubtotalRow[] = [];
  if (hits.length === 0) return out;
  CATEGORY_LABEL.lastIndex = hits[0]!.m.end;
  for (let m = CATEGORY_LABEL.exec(s); m && m.index < to; m = CATEGORY_LABEL.exec(s)) {
    const end = m.index + m[0].length;
    // a cell of its own: not 不予公开小计, a gloss (1.属于国家秘密（不予公开）) nor a sentence's words
    const [cellStart, cellEnd] = pastSpaces(s, m.index, end);
    if (!(cellStart === 0 || /[\n|｜]/.test(s[cellStart - 1]!)) || !/[|｜\d]/.test(s[cellEnd] ?? '')) continue;
    const nl = s.indexOf('\n', end);
    const lineEnd = nl < 0 ? to : Math.min(nl, to);
    // a row's own label (2019's （六）其他处理 is a row), or a line with more than values after the
    // label (an item whose label was not matched: 1.本机关不掌握相关政府资讯 | 7 | …)
    if (hits.some((h) => h.m.start < end && m!.index < h.m.end)) continue;
    const nextHit = hits.find((h) => h.m.start >= end);
    const rest = s.slice(end, lineEnd);
    if (!nextHit || nextHit.m.start < lineEnd || !/\d/.test(rest) || /[^\s|｜\d.,，、\-—－–/／无]/.test(rest)) continue;
    // the next row is one of this category's (a category printed alone, its items left out, is no
    // subtotal of the next one's: reviewer 81 C10)
    const cat = CATEGORY_OF_LEAF.exec(nextHit.row.keys[0] ?? '')?.[1];
    if (!cat || cat !== CATEGORY_KEY[m[0].replace(/[\s（()）三四五六]/g, '')]) continue;
    out.push({ start: m.index, end, next: nextHit.m.start, keys: subtotalKeys(nextHit.row.keys, cat), label: m[0].replace(/\s+/g, '') });
  }
  return out;
}

/**
 * A second table 3 after `to` (two reports on one page, or the table printed twice) is not read:
 * the warning that says so, as the record holds only the first; null when there is none.
 */
export function repeatedTable3(page: ReportDocument, to: number): ParseWarning | null {
  // plain string searches, not T3_START from every 本 to the page's end: this runs on every report
  const s = page.stream;
  for (let at = s.indexOf(T3_FIRST_ROW_TEXT, to); at >= 0; at = s.indexOf(T3_FIRST_ROW_TEXT, at + 1)) {
    if (reachesPeriodFirst(s, at) || inProseLine(s, at + T3_FIRST_ROW_TEXT.length)) continue;
    return { code: 'repeated-table', message: 'table 3 is printed again further on (a second report on this page?): only the first is read', keys: [], ref: page.refAt(at, at + 1) };
  }
  return null;
}
const T3_FIRST_ROW_TEXT = '新收政府信息公开申请';

/** Category sums are not printed in the official layout: derive them, marked `derived`. */
function addT3Subtotals(sink: TableSink): void {
  for (const { key, parts } of T3_SUBTOTAL_KEYS) {
    if (key in sink.cells) continue;
    let printed = 0;
    let unknown = false;
    let numbers = 0;
    let sum = 0;
    for (const part of parts) {
      const c = sink.cells[part];
      if (c === undefined) continue;
      printed++;
      if (c.kind === 'text') unknown = true;
      else if (c.kind === 'number') {
        numbers++;
        sum += c.value ?? 0;
      }
    }
    if (printed === 0) continue;
    const value = unknown || numbers === 0 ? null : sum;
    sink.cells[key] = { value, raw: '', kind: value === null ? 'blank' : 'number', derived: true, ref: null };
  }
}

export function readTable4(page: ReportDocument, sink: TableSink): void {
  const s = page.stream;
  const t3 = sink.regions.find((r) => r.table === 'table3');
  let from: number;
  if (t3) from = t3.end;
  else {
    const m = /未\s*经\s*(?:复|审)\s*议\s*直\s*接\s*起\s*诉/.exec(s);
    if (!m) return;
    from = table4HeaderStart(s, m.index);
  }
  const endRe = /五\s*、/g;
  endRe.lastIndex = from;
  const endM = endRe.exec(s);
  const to = Math.min(endM ? endM.index : s.length, from + 3000);
  const sub = s.slice(from, to);
  if (!LITIGATION_WORD.test(sub)) return;
  const headerEnd = t4HeaderEnd(s, from, to);
  if (headerEnd === null) return;
  let start = headerEnd;
  // skip the rest of the header row (" | ") up to the data row
  const rowStart = dataLineStart(s, start, to);
  const startsAtCell = rowStart > start && s.slice(start, to).includes('|');
  start = rowStart;
  const headerText = s.slice(from, start);
  // a 栏次 row (1 | 2 | … | 15) under the header is not the data row, nor an empty spacer row after it
  const afterNumbers = afterColumnNumbers(s, start, to);
  if (afterNumbers !== null) start = pastSpacerLines(s, afterNumbers, to, true);
  // a 16 after them, apart or on a line of its own: a 备注 column's number, or the row's first value
  // (on its own line, or apart on the 栏次 row's line: in a cell of the next row, 16 | 0 | …, it is a value)
  const sixteen = afterNumbers !== null ? /^[ \t]*16(?:[ \t]*\n|[ \t]+(?=\d))/.exec(s.slice(start, Math.min(to, start + 20))) : null;
  // last year's row printed first, labelled so, this year's under it: this year's is read (reviewer 75 F)
  const otherYear = OTHER_YEAR_LABEL.test(lineFrom(s, start, to));
  const reportYear = sink.reportYear;
  const byYear = otherYear ? null : yearRows(s, start, to, reportYear);
  const thisYearAt = otherYear ? thisYearRowAfter(s, start, to) : byYear!.at;
  if (byYear?.noneOfReportYear) sink.warnings.push({ code: 'year-rows', message: yearRowsMessage(byYear.noneOfReportYear, reportYear!), keys: [], ref: page.refAt(start, start + 1) });
  if (thisYearAt !== null) start = thisYearAt;
  sink.regions.push({ table: 'table4', start: from, end: to });
  const ownHeader = t4OwnHeader(headerText);
  const printedKeys = t4HeaderKeys(ownHeader);
  const keys = printedKeys ?? T4_KEYS;
  if (printedKeys) sink.warnings.push({ code: 'column-order', message: T4_ORDER_MESSAGE, keys: [], ref: page.refAt(from, from + 1) });
  const noteColumn = NOTE_COLUMN.test(headerText);
  const indexColumn = INDEX_COLUMN.test(ownHeader);
  const copy = secondT4Copy(s, start, to);
  if (copy && copy.row !== t4DataLine(s, start, to)) sink.warnings.push(repeatedInSection('table 4', page, copy.at));
  const runOn = startsAtCell ? null : runOnRow(s, start, to);
  const cutAt = runOn?.cutAt ?? null;
  const rowEnd = cutAt ?? copy?.at ?? to;
  const options = { relation: t4RowSum(keys), relationName: 'T4-ROWSUM', startsAtCell, noteColumn };
  const noteAt = indexColumn ? null : t4NoteColumnAt(ownHeader);
  let read = readRowCells(s, start, rowEnd, 15, options);
  if (noteAt !== null && rowOfCells(s, start, rowEnd)) read = withNoteColumnAt(read, readRowCells(s, start, rowEnd, 16, { ...options, noteColumn: false, relation: () => true }), noteAt, keys);
  if (indexColumn) read = withOrWithoutIndex(read, readRowCells(s, start, rowEnd, 15, { ...options, indexColumn: true }), keys);
  // the reading whose groups add up (reviewer 74 R4: 16 5 0 0 2 7 … is a 栏次 16 and the row; 16 0 0 4 20 … is the row)
  if (sixteen) read = readingThatAddsUp(read, readRowCells(s, start + sixteen[0].length, rowEnd, 15, options), keys, (raw) => `a 栏次 row of 1 … 15 is followed by 16, and the row ("${raw}") does not show whether it is a 16th column's number: not read`, true);
  if (read.split) sink.split = true;
  if (!startsAtCell) read = unreadWhenRunRefused(read, s, from, to);
  if (runOn?.bySums) read = unreadUnlessSumsHold(read, s, start, to, keys);
  read = unreadUnderSecondHeader(read, headerText, from);
  if ((otherYear && thisYearAt === null) || byYear?.earlierOnly) read = unreadAsOtherYears(read, s, start, to);
  // a one-line page printing the table again after the row (上年度情况：…): the copy above is looked for on later lines only
  if (!copy && !startsAtCell) {
    const lineCopy = sameLineT4Copy(s, read.cells[read.cells.length - 1]?.end ?? start, to);
    // its digits compared as far as this row's go (a year or a count may follow the copy)
    const digits = read.cells.map((c) => c.raw).join('');
    if (lineCopy && !read.problem && lineCopy.row.slice(0, digits.length) !== digits) sink.warnings.push(repeatedInSection('table 4', page, lineCopy.at));
  }
  // the header's own words: 其它结果 in a sentence above or a note after the row is no label (reviewer 71 F4)
  const variants = T4_VARIANTS.filter((v) => v.printed.test(ownHeader));
  read.cells.forEach((rc, i) => {
    const key = keys[i]!;
    const variant = variants.find((v) => v.keys?.test(key));
    if (!has(sink, key)) sink.cells[key] = toCellValue(page, key, rc, read, undefined, variant ? { printed: variant.text, canonical: variant.canonical } : undefined);
  });
  for (const v of variants) sink.warnings.push({ code: 'label-variant', message: `表四 prints "${v.text}" for "${v.canonical}"`, keys: [] });
  problemWarning(sink, page, read, keys, '表四', start);
}

/** how many of table 4's 15 value columns a header cell spans (null: a cell that is none of its) */
function t4HeaderCellSpan(cell: string): number | null {
  if (T4_OUTCOME_WORDS.some((o) => o.re.test(cell))) return 1;
  if (/^行\s*政\s*诉\s*讼$/.test(cell)) return 10;
  if (/^行\s*政\s*复\s*议$/.test(cell) || /^(?:未\s*经\s*(?:复|审)\s*议\s*)?直\s*接\s*起\s*诉$|^复\s*议\s*后\s*起\s*诉$/.test(cell)) return 5;
  return null;
}

/**
 * The value column a 备注 header cell stands at when table columns follow it on its line (`… 总计 |
 * 备注 | 未经复议直接起诉 | 复议后起诉`, a tall cell between the groups): 15 less the columns the
 * cells after it span, as a line's cells reach the table's right edge (the cells before it may
 * start after a tall cell of the line above). Its empty cell in the data row had taken
 * 未经复议直接起诉's first value's place and every value after it moved one column, silently
 * (reviewer 71 d6). null: no such cell, one ending its line (the last column, read as before), or
 * one whose place the header does not tell (a cell after it that is no table-4 column).
 */
export function t4NoteColumnAt(ownHeader: string): number | null {
  for (const line of ownHeader.split('\n')) {
    if (!line.includes('|')) continue;
    const cells = lineCells(line);
    const at = cells.findIndex((c) => /^备\s*注$/.test(c));
    if (at < 0) continue;
    let after = 0;
    for (const cell of cells.slice(at + 1)) {
      const span = t4HeaderCellSpan(cell);
      if (span === null) return null;
      after += span;
    }
    return after > 0 && after < 15 ? 15 - after : null;
  }
  return null;
}

/** a line's cells between bars, trimmed, without the empty ones it ends with */
function lineCells(line: string): string[] {
  const cells = line.split('|').map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** whether the row at `start` prints its cells between bars */
function rowOfCells(s: string, start: number, end: number): boolean {
  const nl = s.indexOf('\n', start);
  return s.slice(start, nl < 0 || nl > end ? end : nl).includes('|');
}

/** the row read without its cell `at` (the 备注 column's) */
function withoutColumn(read: RowRead, at: number): RowRead {
  return { ...read, cells: read.cells.filter((_, i) => i !== at) };
}

/**
 * The row under a 备注 column the header places at `noteAt`, from its reading as 15 cells and as
 * 16: a row of 15 cells (read without a problem) prints no 备注 cell (a tall 备注 cell over the row too, an empty cell
 * left out); a row of 16 is read without the 备注's cell, or without its last cell when that is
 * where the row put the note (15 values, then 无: reviewer 79 X4), whichever reading's groups add up
 * (both or neither: unread, with a note).
 */
function withNoteColumnAt(fifteen: RowRead, sixteen: RowRead, noteAt: number, keys: string[]): RowRead {
  // neither 15 cells nor 16 (a 17th column): unread with the 16 cells' note, not 15 read with 2 over
  if (sixteen.problem || sixteen.cells.length !== 16) return fifteen.problem ? withoutColumn(sixteen, noteAt) : fifteen;
  const byHeader = withoutColumn(sixteen, noteAt);
  const noteLast = withoutColumn(sixteen, 15);
  // text in the 备注's own cell (无, 见说明) is the note: the header's reading, whatever its sums (reviewer
  // 80 K9); so is a blank or a dash there with a number last (a number is no note: reviewer 82 K1)
  const mid = sixteen.cells[noteAt]!;
  if (isTextCell(mid) || (!isNumberCell(mid) && isNumberCell(sixteen.cells[15]!))) return byHeader;
  // else the reading whose groups add up, 无 in a value's cell read as 0 (a blank 备注 and 无 for a
  // group's 总计, or a number in the 备注 cell: reviewer 81 K4a, K4c)
  const a = groupsAddUp(rowValues(byHeader), keys);
  const b = groupsAddUp(rowValues(noteLast), keys);
  if (a !== b) return a ? byHeader : noteLast;
  return readingThatAddsUp(byHeader, noteLast, keys, (raw) => `the header prints a 备注 column between the groups, and the row ("${raw}") does not show which of its 16 cells is the 备注's: not read`);
}

/** whether a cell prints a number */
const isNumberCell = (c: RowCell): boolean => c.raw.trim() !== '' && readValue(c.raw.trim()).value !== null;

/** whether a cell prints text that is no value (无, 见说明), not a number, a dash or a blank */
function isTextCell(c: RowCell): boolean {
  const raw = c.raw.trim();
  return raw !== '' && !/^[—－–\-/／]+$/.test(raw) && readValue(raw).value === null;
}

/**
 * Where table 4's header ends in stream[from, to): after the header word that the first row of
 * numbers follows. The last header word in the window was taken: a note or sentence after the
 * table naming 行政复议/行政诉讼/总计 moved the data row past the table (all 15 values blank or
 * unread). When no header word is followed by a row of numbers, the last one (a blank row).
 */
export function t4HeaderEnd(s: string, from: number, to: number): number | null {
  const sub = s.slice(from, to);
  T4_HEADER_WORD.lastIndex = 0;
  let last: number | null = null;
  const ends: number[] = [];
  // where the header's first group of outcome columns starts (-1: none printed whole); glosses in
  // brackets (尚未审结（截至12月31日）| 总计（件）) blanked, as they broke every group
  const blanked = withoutBrackets(sub);
  const groupAt = outcomeGroups(blanked, 0, 1)[0]?.at ?? -1;
  // the outcome words printed as cells so far, one bit each, and whether a 行政诉讼 group's name was:
  // three and a group's name make a table-4 header even without a whole group (a column printed in
  // other words: 审理中, 维持). Without a group's name it may be a summary above the table (结果维持 |
  // 结果纠正 | 总计 over 5 | 2 | 7), whose row was taken for table 4's (reviewer 71 F1)
  let cellOutcomes = 0;
  let litigationGroup = false;
  for (let m = T4_HEADER_WORD.exec(sub); m; m = T4_HEADER_WORD.exec(sub)) {
    last = from + m.index + m[0].length;
    if (groupAt >= 0 && m.index >= groupAt && OUTCOME_WORD.test(m[0])) last = afterGloss(s, last, to);
    if (OUTCOME_WORD.test(m[0]) && standsAsCell(sub, m.index, m.index + m[0].length)) cellOutcomes |= 1 << T4_OUTCOME_WORDS.findIndex((o) => o.re.test(m![0]));
    // as a cell too: a sentence above naming 未经复议直接起诉 made a summary's three columns a header (reviewer 74 R2)
    else if (LITIGATION_GROUP.test(m[0])) {
      // the name whole: 直接起诉's match starts after 未经复议
      const nameStart = m.index - (BEFORE_DIRECT.exec(sub.slice(Math.max(0, m.index - 10), m.index))?.[0].length ?? 0);
      if (inShortCell(sub, nameStart, m.index + m[0].length) || standsAsCell(sub, nameStart, m.index + m[0].length)) litigationGroup = true;
    }
    const tableHeader = litigationGroup && bitCount(cellOutcomes) >= 3;
    // before the header's first group, a row too small for table 4 (fewer than five cells) is a
    // summary's above the table (行政复议 | 行政诉讼 | 合计 over 7 | 9 | 16, even under a sentence naming
    // 结果维持), which was taken for it. Not under a header of three outcome cells or more: this
    // year's table printed in other words (审理中) has no whole group, and its short row (0 | 0 | 0,
    // merged cells) was passed over for a later 上年度 copy's, silently (reviewer 70 F2).
    // A header printing no whole group at all is not gated
    if (groupAt >= 0 && m.index < groupAt && !tableHeader && rowCells(s, last, to) < 5) {
      // the words above a row of numbers passed over are that summary's, not the header's (reviewer
      // 74 R2: s3, s9); not the rest of a header line (| 未经复议直接起诉 | 复议后起诉 |)
      const rowAt = dataLineStart(s, last, to);
      if (rowAt > last && /\d/.test(lineFrom(s, rowAt, to))) {
        cellOutcomes = 0;
        litigationGroup = false;
      }
      continue;
    }
    // a one-line page whose data row runs on into a note (100011000110000（注：行政复议、行政诉讼…）):
    // the last header word, in the note, was taken and all 15 values were blank, read as 0 (adv58 #8).
    // After a whole group, the first such word: a later one is a second copy's (上年同期), which a
    // copy ending the section (a line of numbers alone up to 五、) or a year after it had made the row.
    // A row of 无 or dashes only (`无 |`, one merged cell) after a table-4 header is its row: passed
    // over, a later copy's row was read in its place, silently (reviewer 70 F2)
    const afterGroup = groupAt >= 0 && m.index >= groupAt;
    const rowAt = dataLineStart(s, last, to);
    const line = lineFrom(s, rowAt, to);
    const isRow = isNumberRow(line) || ((afterGroup || tableHeader) && (isPlaceholderRow(s, rowAt, line, to) || isBlankRow(line)));
    if (!isRow && !(afterGroup && startsRunOnRow(s, last, to))) {
      ends.push(last);
      continue;
    }
    // (a row of fewer than 15 cells after the first group is taken, even before a later group: passed
    // over, a short row of this year's table gave way to a later copy's, silently, reviewer 70; a
    // summary of the five columns above the table is then unread with a note)
    return last;
  }
  // with no whole group, the last: a summary above the table (合计 1 1 2（注：详见下表）) is not its row
  let runOn: number | null = null;
  for (const end of ends) if (startsRunOnRow(s, end, to)) runOn = end;
  return runOn ?? last;
}

/**
 * A row read under a second header: the header text before it prints more than three outcome
 * groups, with a row between the third and the fourth (blank, 无, merged or short): that row was
 * this year's, passed over for a spacer or a header cell, and the row read is a later copy's
 * (上年度, printed without its 行政复议 | 行政诉讼 line), which was read silently (reviewer 74 R1, P1,
 * P2). Unread with a note.
 */
function unreadUnderSecondHeader(read: RowRead, headerText: string, from: number): RowRead {
  const groups = outcomeGroups(withoutBrackets(headerText));
  if (groups.length <= 3) return read;
  const between = headerText.slice(groups[2]!.at, groups[3]!.at).split('\n').slice(1, -1);
  const row = between.find((line) => ROW_LIKE.test(line) && !HEADER_WORD_IN.test(line));
  if (row === undefined) return read;
  const at = from + groups[3]!.at;
  return {
    cells: read.cells.map(() => ({ raw: row.trim(), start: at, end: at, value: null })),
    problem: { code: 'unreadable-row', message: `table 4's header is printed again after a row ("${row.trim()}"): the row after the second header may be a later copy's, not read` },
  };
}
/** a line of cells (bars), or of 无 or dashes alone */
const ROW_LIKE = /[|｜]|^\s*(?:无|[—－–\-/／]+)\s*$/;
const HEADER_WORD_IN = new RegExp(T4_HEADER_WORD.source);

/**
 * Fifteen numbers apart before a measure word (runOnRow bySums): the row with its unit, or fourteen
 * values and a count opening the text after them. Kept when its groups add up, else unread with a note.
 */
export function unreadUnlessSumsHold(read: RowRead, s: string, start: number, to: number, keys: string[]): RowRead {
  if (groupsAddUp(rowValues(read), keys)) return read;
  const raw = s.slice(start, Math.min(to, start + 80)).split('\n', 1)[0]!.trim();
  return {
    cells: read.cells.map(() => ({ raw, start, end: start + raw.length, value: null })),
    problem: { code: 'unreadable-row', message: `"${raw}": fifteen numbers before a measure word, which may be fourteen values and a count, and the groups do not add up: not read` },
  };
}

/**
 * Table 4 under a 序号 column: the row read as printed and with its first cell taken for the 序号.
 * The header alone cannot say whether the row prints one (a 序号 cell spanning the data row, a
 * case list's 序号 above the table, a Word trailing cell making a cell to spare: reviewer 67 #4), so
 * the reading whose groups add up is kept; when both do and differ, or neither does (a blank cell
 * to spare fills either), the row is unread with a note (a 序号 kept moved every value one column
 * right, silently; a row of the report's own that does not add up is lost, with the note).
 */
function withOrWithoutIndex(asPrinted: RowRead, indexed: RowRead, keys: string[]): RowRead {
  return readingThatAddsUp(asPrinted, indexed, keys, (raw) => `the header prints a 序号 column, and the row ("${raw}") does not show whether its first cell is the 序号: not read`);
}

/**
 * Of two readings of table 4's row, the one whose groups add up; the first when both give the same
 * numbers; else (both add up and differ, or neither does) the row unread with `why`'s note. With
 * `cleanWins`, a reading with every cell placed and no note wins over one without.
 */
function readingThatAddsUp(asPrinted: RowRead, indexed: RowRead, keys: string[], why: (raw: string) => string, cleanWins = false): RowRead {
  // the same numbers, a blank as 0 (an all-zero row with a cell to spare): the row as printed
  const shown = (r: RowRead) => r.cells.map((c) => (c.value === null ? 'unread' : c.value !== undefined ? c.value : (readValue(c.raw).value ?? 0))).join('|');
  const same = shown(asPrinted) === shown(indexed);
  if (same) return asPrinted;
  // a reading with every cell placed (a note such as "the 备注 column is not read" may come with it)
  const clean = (r: RowRead) => r.cells.length === 15 && r.cells.every((c) => c.value !== null);
  // a 16 after a 栏次 row: a reading that leaves a value over or short is no reading, whatever the
  // other's sums (a report's own row that does not add up was lost, reviewer 75 B)
  const whole = (r: RowRead) => clean(r) && !r.problem;
  if (cleanWins && whole(asPrinted) !== whole(indexed)) return whole(asPrinted) ? asPrinted : indexed;
  const a = clean(asPrinted) && groupsAddUp(rowValues(asPrinted), keys);
  const b = clean(indexed) && groupsAddUp(rowValues(indexed), keys);
  if (a !== b) return a ? asPrinted : indexed;
  const first = asPrinted.cells[0] ?? indexed.cells[0];
  const at = first ? first.start : 0;
  // cells of one digit run share its text: quoted once
  const raw = asPrinted.cells.filter((c, i, all) => i === 0 || c.start !== all[i - 1]!.start || c.end !== all[i - 1]!.end).map((c) => c.raw).join(' | ');
  return {
    cells: asPrinted.cells.map(() => ({ raw, start: at, end: at, value: null })),
    problem: { code: 'cell-count', message: why(raw) },
  };
}

/** A read row's values: a cell's own (an unread one's null), else its text read. */
function rowValues(read: RowRead): Array<number | null> {
  return read.cells.map((c) => (c.value !== undefined ? c.value : readValue(c.raw).value));
}

/** Each group's 总计 is the sum of its other four, a blank read as 0 (a group all blank adds up). */
function groupsAddUp(v: Array<number | null>, keys: string[]): boolean {
  return [0, 5, 10].every((g) => {
    let total = 0;
    let sum = 0;
    for (let i = g; i < g + 5; i++) {
      if (keys[i]!.endsWith('.total')) total = v[i] ?? 0;
      else sum += v[i] ?? 0;
    }
    return total === sum;
  });
}

/**
 * A flattened table 4 read blank while a header word is followed by five digits or more, which
 * runOnRow refused (their end could not be told from the text after them, `10001100011000 1件…`):
 * unread with a note, not 15 blanks read as 0 (reviewer 64 #5).
 */
export function unreadWhenRunRefused(read: RowRead, s: string, from: number, to: number): RowRead {
  if (read.problem || !read.cells.every((c) => c.raw === '')) return read;
  const refused = refusedRunOn(s, from, to);
  if (!refused) return read;
  const cell = { raw: refused.text, start: refused.at, end: refused.at + refused.text.length, value: null };
  return { cells: read.cells.map(() => cell), problem: { code: 'unreadable-row', message: `the numbers "${refused.text}" after its header could not be told from the text after them: not read` } };
}

/** The first header word in stream[from, to) followed by five digits or more, or null. */
function refusedRunOn(s: string, from: number, to: number): { at: number; text: string } | null {
  const sub = s.slice(from, to);
  T4_HEADER_WORD.lastIndex = 0;
  for (let m = T4_HEADER_WORD.exec(sub); m; m = T4_HEADER_WORD.exec(sub)) {
    const end = afterGloss(s, from + m.index + m[0].length, to);
    const run = RUN_ON_NUMBERS.exec(s.slice(end, Math.min(to, end + 400)).split('\n', 1)[0]!)![0];
    if (digitCount(run) >= 5) {
      const at = end + run.length - run.trimStart().length;
      return { at, text: run.trim() };
    }
  }
  return null;
}

/** A header word that is an outcome column's (the gloss skip's words in t4HeaderEnd). */
const OUTCOME_WORD = /^(?:结\s*果|其\s*[他它]|尚\s*未|总\s*计|合\s*计)/;

/**
 * Past a header cell's gloss right after its word (`总计（件）`, `尚未审结(截至12月31日)`): the data
 * row was looked for after the word, found the gloss, and all 15 values were unread. t4HeaderEnd
 * skips it only after an outcome word from the header's first whole group on, the header's own
 * cells: a summary above the table (`行政复议(件) | 行政诉讼(件)` over `3 | 2`) was taken for the
 * table when its glosses were passed.
 */
function afterGloss(s: string, at: number, to: number): number {
  HEADER_GLOSS.lastIndex = at;
  const m = HEADER_GLOSS.exec(s);
  return m && at + m[0].length <= to ? at + m[0].length : at;
}

const HEADER_GLOSS = /[ \t]*[（(][^（）()\n|]{0,30}[）)]/y;

/**
 * Flattened text only: a row of numbers (five digits at least, or two numbers) right after a
 * header word, ending where other text starts (a note, 附注, 数据来源, a heading 五、, a sentence),
 * not with a measure word or unit (行政复议 2 件). Tried only when no header word is followed by a
 * line of numbers alone.
 */
function startsRunOnRow(s: string, at: number, to: number): boolean {
  return runOnRow(s, at, to) !== null;
}

/**
 * The run-on row at `at` (startsRunOnRow), or null. `cutAt`: where the row ends when the last of
 * its numbers is a count opening the text after it (`100011000110000 1件行政诉讼案件尚在审理中`,
 * `… 2019年度，…`): that count's measure word had rejected the row, and all 15 values were blank,
 * read as 0 (reviewer 64 #5). Only when the numbers before it are the row's 15 cells (fifteen digits
 * run together, or fifteen numbers apart); a run as short is a count in a sentence. `bySums`: fifteen
 * numbers apart right before the measure word, which the row's sums decide (readTable4).
 */
export function runOnRow(s: string, at: number, to: number): { cutAt: number | null; bySums?: boolean } | null {
  const line = s.slice(at, Math.min(to, at + 400)).split('\n', 1)[0]!;
  if (line.includes('|')) return null;
  const run = RUN_ON_NUMBERS.exec(line)![0];
  const digits = digitCount(run);
  if (digits === 0 || (digits < 5 && !/\d\s+\d/.test(run))) return null;
  // a date in a note after the row (行政复议2019.12.31前…) is no row: taken, all 15 were its text (reviewer 64 #3)
  if (DATE_OR_DECIMAL.test(run)) return null;
  if (!COUNTED.test(line.slice(run.length))) return { cutAt: null };
  const ends: number[] = [];
  for (let m = NUMBER_TOKEN.exec(run); m; m = NUMBER_TOKEN.exec(run)) ends.push(m.index + m[0].length);
  NUMBER_TOKEN.lastIndex = 0;
  // fifteen numbers printed apart: the row with its unit (1 0 0 … 0件), or fourteen and a count (a blank
  // left out: … 0 0 1件行政复议…, reviewer 69 N4), which the row's sums decide (readTable4); more: the
  // row, and a sixteenth the count after it
  if (ends.length === T4_CELLS) return { cutAt: null, bySums: true };
  if (ends.length > T4_CELLS) return { cutAt: at + ends[T4_CELLS - 1]! };
  // one run of fifteen digits, one a cell, with its unit (100011000110000件); more digits than cells
  // may hold the count glued to it (1000110001100001件): no row
  if (ends.length === 1) return digits === T4_CELLS ? { cutAt: null } : null;
  // runs: the row is those before the last when they hold fifteen digits (…100011000110000 1件…)
  const before = run.slice(0, ends[ends.length - 2]);
  return digitCount(before) === T4_CELLS ? { cutAt: at + before.length } : null;
}

const NUMBER_TOKEN = /\S+/g;

const T4_CELLS = 15;
const digitCount = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) n++;
  return n;
};

/** Table 4 counts have no decimals, nor do its rows print dates. */
const DATE_OR_DECIMAL = /\d[.．]\d|\d{4}\s*[-/－]\s*\d{1,2}\s*[-/－]\s*\d{1,2}/;

const RUN_ON_NUMBERS = /^\s*[\d\s.,，—－–\-/]*/;
/** What makes the numbers a count, not a row: a measure word or unit after them. */
const COUNTED = /^\s*[件个条项人次宗起年月日份元万亿%％]/;

/**
 * A second table 4 after the data row at `start` (the table printed twice in section 四: a
 * comparison year's, or 全县 and 本级): where its header starts and its data line, or null.
 */
export function secondT4Copy(s: string, start: number, to: number): { at: number; row: string } | null {
  const nl = s.indexOf('\n', start);
  if (nl < 0 || nl >= to) return null;
  const litigation = /直\s*接\s*起\s*诉|复\s*议\s*后\s*起\s*诉/g;
  litigation.lastIndex = nl;
  const m = litigation.exec(s);
  if (!m || m.index >= to) return null;
  // its header from the line before 直接起诉 (行政复议 | 行政诉讼)
  const lineStart = s.lastIndexOf('\n', s.lastIndexOf('\n', m.index) - 1) + 1;
  const at = Math.max(nl + 1, lineStart);
  const headerEnd = t4HeaderEnd(s, at, to);
  if (headerEnd === null || !startsNumberRow(s, headerEnd, to)) return null;
  // a whole header (its outcome columns), not the next line of a table printed one group a row
  if (!T4_OUTCOME_HEADER.test(s.slice(at, headerEnd))) return null;
  return { at, row: t4DataLine(s, headerEnd, to) };
}

const T4_OUTCOME_HEADER = /结\s*果\s*维\s*持|尚\s*未\s*审\s*[结计]/;
const LITIGATION_WORD = /直\s*接\s*起\s*诉|复\s*议\s*后\s*起\s*诉/;

/**
 * Table 4 printed again on the line of the row read, from `from` (its end): a header with a whole
 * group of outcome words and a row of 15 digits or more after it; the row's digits, for comparing.
 */
function sameLineT4Copy(s: string, from: number, to: number): { at: number; row: string } | null {
  const nl = s.indexOf('\n', from);
  const end = nl < 0 || nl > to ? to : nl;
  if (!LITIGATION_WORD.test(s.slice(from, end))) return null;
  const headerEnd = t4HeaderEnd(s, from, end);
  if (headerEnd === null || outcomeGroups(withoutBrackets(s.slice(from, headerEnd)), 0, 1).length === 0) return null;
  const rowAt = afterColumnNumbers(s, headerEnd, end) ?? headerEnd;
  const row = /^[\s|]*(\d[\d\s|]*)/.exec(s.slice(rowAt, end))?.[1]?.replace(/[\s|]/g, '');
  return row && row.length >= T4_CELLS ? { at: from, row } : null;
}

/** The data line after a table 4 header ending at `at` (past the rest of the header row). */
export function t4DataLine(s: string, at: number, to: number): string {
  return lineFrom(s, dataLineStart(s, at, to), to).trim();
}

/**
 * The rest of a header row after its last outcome word: empty cells, or a 备注 column's cell (`总计 |
 * 备注 |`), whose text had kept the data row from being found (all 15 lost, reviewer 67 #9).
 */
const HEADER_ROW_REST = /^[^\S\n]*(?:[|｜][^\S\n]*)*(?:备\s*注[^\S\n]*(?:[|｜][^\S\n]*)*)?\n/;

/**
 * Where the data row after a header ending at `at` starts: past the rest of the header row (" | " up
 * to its line break) and any empty lines after it, but not past a line of 15 empty cells: this
 * table's row left blank, which was passed over and a later 上年度 copy's row read in its place,
 * silently (reviewer 71 p6).
 */
function dataLineStart(s: string, at: number, to: number): number {
  const rest = HEADER_ROW_REST.exec(s.slice(at, Math.min(to, at + 400)));
  return rest ? pastSpacerLines(s, at + rest[0].length, to) : at;
}

/**
 * From a line's start `pos`: past lines of empty cells (not a blank data row) and a 备注 cell's line.
 * `headerDone`: the header has ended (a 栏次 row was printed under it), so header words after a
 * blank row are a copy's, not the header's going on.
 */
function pastSpacerLines(s: string, pos: number, to: number, headerDone = false): number {
  for (let line = lineFrom(s, pos, to); pos < to; line = lineFrom(s, pos, to)) {
    // a 备注 header cell on a line of its own (cells one per line), or empty cells
    if (!NOTE_CELL_LINE.test(line) && !(EMPTY_CELLS.test(line) && !blankDataRow(s, pos, line, to, headerDone))) break;
    pos += line.length + 1;
  }
  return Math.min(pos, to);
}
const NOTE_CELL_LINE = /^[\s|｜]*备\s*注[\s|｜]*$/;

/**
 * Whether a line of 15 empty cells at `pos` is this table's row left blank: not when a row of
 * numbers or more header words follow it (an empty spacer row of a Word export, or between the
 * header's rows), whose numbers were lost as blanks (reviewer 73 N1).
 */
function blankDataRow(s: string, pos: number, line: string, to: number, headerDone: boolean): boolean {
  if (!isBlankRow(line)) return false;
  const next = nextFilledLine(s, pos + line.length + 1, to);
  // a row of numbers labelled as another year's (上年度 | 3 | 1 …) is a copy's, not this one's (reviewer 74 b4)
  if (OTHER_YEAR_LABEL.test(next)) return true;
  // a row of table 4's numbers (five at least: not a page footer "- 5 -" or a date), or header words
  // alone (not "合计 0 件"): what follows a spacer (reviewer 74 R3)
  const numbers = next.match(/\d+/g)?.length ?? 0;
  const cells = next.split(/[|｜]/).length - 1;
  if (isNumberRow(next) && (numbers >= 5 || cells >= 5)) return false;
  return headerDone || !(CONTINUING_HEADER.test(next.trim()) && !/\d/.test(next));
}
// its label cell may name the year (2018年（上年度）: reviewer 79 Y5), no other digits
const OTHER_YEAR_LABEL = /^(?:[^|\d\n]|(?:19|20)\d{2})*(?:上\s*一?\s*年|去\s*年|前\s*一?\s*年|同\s*期)(?:[^|\d\n]|(?:19|20)\d{2})*\|/;

/**
 * a year in a row's label: 2021, or in Chinese numerals 二〇二一 (reviewer 85 P2), its zero also
 * typed as a Latin or full-width O or a digit 0 (二O二一: reviewer 87 P1)
 */
const LABEL_YEAR = '(?:19|20)\\d{2}|二[〇○零OＯo0][〇○零OＯo0一二三四五六七八九]{2}';

/** a row labelled as this year's (本年度 | 5 | …) */
const THIS_YEAR_LABEL = new RegExp(
  `^\\s*(?:(?:${LABEL_YEAR})\\s*年\\s*度?\\s*(?:[（(]\\s*(?:本|今|当)\\s*年\\s*度?\\s*[）)])?|(?:本\\s*年\\s*度?|今\\s*年\\s*度?|当\\s*年\\s*度?|本\\s*期)(?:\\s*[（(]\\s*(?:${LABEL_YEAR})\\s*年?\\s*度?\\s*[）)])?)\\s*[|｜]`,
);

/**
 * a row labelled by its year alone: 2021年 | …, 2021年度, 2021年数据, 二〇二一年, also without 年
 * (二〇二一 | …) or with a word after it (2021年统计, 2021年全年: reviewer 87 P2, P3)
 */
const YEAR_ROW_LABEL = new RegExp(`^\\s*(${LABEL_YEAR})\\s*(?:年\\s*度?\\s*(?:数\\s*据|情\\s*况|统\\s*计|全\\s*年|合\\s*计)?\\s*)?[|｜]`);

/** A year label's year: 2021, 二〇二一, 二O二一. */
const labelYear = (text: string): number => (/^\d{4}$/.test(text) ? Number(text) : yearFromDigits(text)!);

/** How rows labelled by year at a table's first data line are read (see yearRows). */
interface YearRows {
  /** where this year's row starts, when it is not the first */
  at: number | null;
  /** one row, labelled as an earlier year than the report's: not this year's */
  earlierOnly: boolean;
  /** the rows' years when none is the report's (the latest is read) */
  noneOfReportYear: number[] | null;
}

/**
 * Rows labelled by year, an earlier year's first (`2021年 | …` above `2022年 | …` or `本年度 | …`):
 * this year's row is the one labelled 本年度, else the report's year's, else the latest. Read from
 * the first row, last year's numbers were stored as this year's, silently (reviewer 84 P1). One
 * row labelled as an earlier year than the report's is last year's, not this year's (reviewer 87 P4);
 * rows none of which is the report's year are read from the latest, with a note (87 P5).
 */
function yearRows(s: string, pos: number, to: number, reportYear: number | null): YearRows {
  const none: YearRows = { at: null, earlierOnly: false, noneOfReportYear: null };
  const first = pos;
  const rows: Array<{ year: number; at: number }> = [];
  for (let line = lineFrom(s, pos, to); pos < to; line = lineFrom(s, pos, to)) {
    const m = YEAR_ROW_LABEL.exec(line);
    if (m) rows.push({ year: labelYear(m[1]!), at: pos });
    else if (THIS_YEAR_LABEL.test(line)) return rows.length > 0 ? { ...none, at: pos } : none;
    else if (!EMPTY_CELLS.test(line)) break;
    pos += line.length + 1;
  }
  if (rows.length === 0) return none;
  // (a blank row over it is this year's, left blank: reviewer 75 E)
  if (rows.length === 1) return { ...none, earlierOnly: rows[0]!.at === first && reportYear !== null && rows[0]!.year < reportYear };
  const latest = Math.max(...rows.map((r) => r.year));
  const own = rows.find((r) => r.year === reportYear);
  const row = own ?? rows.find((r) => r.year === latest)!;
  return { at: row === rows[0] ? null : row.at, earlierOnly: false, noneOfReportYear: own || reportYear === null ? null : rows.map((r) => r.year) };
}

export function yearRowsMessage(years: number[], reportYear: number): string {
  return `table 4 labels its rows by year (${years.join(', ')}), none of them the report's year (${reportYear}): the latest is read`;
}

/** Where the row labelled as this year's after the rows labelled as other years' at `pos` starts, or null. */
function thisYearRowAfter(s: string, pos: number, to: number): number | null {
  for (let line = lineFrom(s, pos, to); pos < to; line = lineFrom(s, pos, to)) {
    if (THIS_YEAR_LABEL.test(line)) return pos;
    if (!OTHER_YEAR_LABEL.test(line) && !EMPTY_CELLS.test(line)) return null;
    pos += line.length + 1;
  }
  return null;
}

/** The row labelled as another year's with no row of this year's after it: not read as this year's. */
function unreadAsOtherYears(read: RowRead, s: string, start: number, to: number): RowRead {
  const raw = lineFrom(s, start, to).trim();
  return {
    cells: read.cells.map(() => ({ raw, start, end: start + raw.length, value: null })),
    problem: { code: 'unreadable-row', message: `the row ("${raw}") is labelled as another year's, and no row of this year's follows it: not read` },
  };
}

/** The first line from `pos` that is not empty cells (bars and spaces) alone. */
function nextFilledLine(s: string, pos: number, to: number): string {
  for (let line = lineFrom(s, pos, to); pos < to; line = lineFrom(s, pos, to)) {
    if (!EMPTY_CELLS.test(line)) return line;
    pos += line.length + 1;
  }
  return '';
}

/** bars and spaces only */
const EMPTY_CELLS = /^[\s|｜]*$/;

/** A line of 15 empty cells or more (bars and spaces only): a row of table 4 left blank. */
function isBlankRow(line: string): boolean {
  if (!EMPTY_CELLS.test(line)) return false;
  let bars = 0;
  for (const ch of line) if (ch === '|' || ch === '｜') bars++;
  return bars >= T4_CELLS;
}

/** The line from `from`, not past `to`. */
function lineFrom(s: string, from: number, to: number): string {
  const nl = s.indexOf('\n', from);
  return s.slice(from, Math.min(to, nl < 0 ? to : nl));
}

/** Values only, at least one digit: the cells after an optional label cell ("数量 | 5 | | 2 …"). */
const NUMBER_ROW = /^(?:[^|\d\n]*\|)?[\d\s|.,，—－–\-/无]*\d[\d\s|.,，—－–\-/无]*$/;

/** Whether the line after the rest of a header row at `at` is a row of numbers. */
function startsNumberRow(s: string, at: number, to: number): boolean {
  return isNumberRow(lineFrom(s, dataLineStart(s, at, to), to));
}

/** Whether a line is a row of numbers (NUMBER_ROW), or one with its values and a 备注 cell. */
function isNumberRow(line: string): boolean {
  return NUMBER_ROW.test(line) || valuesWithNoteCell(line);
}

/**
 * Whether text[start, end) is a whole cell: a cell bar or a line's end on each side, spaces aside
 * (a gloss in brackets may follow). Not a word of a sentence, nor one followed by its count (`结果维持 5件`).
 */
function standsAsCell(text: string, start: number, end: number): boolean {
  const [i, j] = pastSpaces(text, start, end);
  const before = i === 0 || CELL_EDGE.test(text[i - 1]!);
  const after = j === text.length || CELL_EDGE.test(text[j]!) || text[j] === '（' || text[j] === '(';
  if (before && after) return true;
  // columns set apart by spaces (a text page): spaces on each side, on a line of short words alone
  if ((!before && i === start) || (!after && j === end)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  return HEADER_LIKE_LINE.test(text.slice(lineStart, nl < 0 ? text.length : nl));
}
const CELL_EDGE = /[|｜\n]/;
const BEFORE_DIRECT = /未\s*经\s*(?:复|审)\s*议\s*$/;

/**
 * Whether text[start, end) lies in a short cell of words: the text between the bars or line ends
 * around it holds no digit or sentence mark and at most 14 characters (未经复议直接起诉, （二）复议后起诉,
 * 复议后起诉案件), not a sentence (本年度未经复议直接起诉的行政诉讼9件。). The name's own match starts
 * after 未经复议, so standsAsCell never held for it (reviewer 75 A).
 */
function inShortCell(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && !CELL_EDGE.test(text[i - 1]!)) i--;
  let j = end;
  while (j < text.length && !CELL_EDGE.test(text[j]!)) j++;
  // an enumerator before the name (1.未经复议直接起诉, （二）复议后起诉) is no sentence's digit
  const cell = text.slice(i, j).trim().replace(/^(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)])/, '');
  return cell.length <= 14 && !/[\d。，；,;]/.test(cell);
}
/** three words or more of up to ten characters, no digit and no sentence punctuation */
const HEADER_LIKE_LINE = /^[ \t|｜]*[^\s\d|｜，。；：,;:]{1,10}(?:[ \t|｜]+[^\s\d|｜，。；：,;:]{1,10}){2,}[ \t|｜]*$/;
/** a 行政诉讼 group's name, as T4_HEADER_WORD matches it */
const LITIGATION_GROUP = /^(?:直\s*接|复\s*议\s*后)\s*起\s*诉$/;

const bitCount = (bits: number): number => {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
};

/** Cells of 无 or dashes only, at least one (`无 |`, `— | — | —`): a row that prints no number. */
const PLACEHOLDER_ROW = /^(?:[^|\d\n]*\|)?[\s|]*(?:无|[—－–\-/／]+)[\s|无—－–\-/／]*$/;

/**
 * Whether `line`, from `start`, is a row of 无 or dashes (PLACEHOLDER_ROW) that the header does not
 * go on after: with cells one per line, a header cell printed as — or /
 * (under a merged cell, a corner) is such a line, with more header words after it (reviewer 71 F2).
 */
function isPlaceholderRow(s: string, start: number, line: string, to: number): boolean {
  if (!PLACEHOLDER_ROW.test(line)) return false;
  // the first line after it, and after any more such lines (one cell each: — — — — —)
  const after = /^(?:[\s|｜无—－–\-/／]*\n)?[ \t|｜]*/.exec(s.slice(start + line.length, Math.min(to, start + line.length + 400)))![0];
  const from = start + line.length + after.length;
  return !CONTINUING_HEADER.test(s.slice(from, Math.min(to, from + 20)));
}

/**
 * A row of cells with its values and then a 备注 cell of text (`… | 0 | 尚未审结的1件行政诉讼已于
 * 2025年1月审结 |`): not taken for the data row, the note's 行政诉讼 was, and all 15 values were
 * lost (adv63 #3 s3). The values fill the row (15 cells at least); the reader leaves the note out.
 */
function valuesWithNoteCell(line: string): boolean {
  if (!line.includes('|')) return false;
  const cells = lineCells(line);
  if (cells.length < T4_CELLS + 1 || NUMBER_CELL.test(cells[cells.length - 1]!)) return false;
  let digits = false;
  for (let i = cells.length - 1 - T4_CELLS; i < cells.length - 1; i++) {
    if (!NUMBER_CELL.test(cells[i]!)) return false;
    if (/\d/.test(cells[i]!)) digits = true;
  }
  // anything before the 15 is a label cell at most
  return digits && cells.length - 1 - T4_CELLS <= 1;
}

const NUMBER_CELL = /^[\d\s.,，—－–\-/无]*$/;

/**
 * Where table 4 begins when table 3 was not found (its labels printed in other words, or an
 * image): its header's 行政复议 before 未经复议直接起诉. A fixed distance back reached into table
 * 3's last rows, whose "(七)总计" then read as table 4's first column: every value shifted.
 */
function table4HeaderStart(s: string, litigationAt: number): number {
  const from = Math.max(0, litigationAt - 200);
  let last = -1;
  const re = /行\s*政\s*复\s*议/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m !== null && m.index < litigationAt; m = re.exec(s)) last = m.index;
  return last >= 0 ? last : from;
}

const T4_OUTCOME_WORDS = [
  { id: 'upheld', re: /^结\s*果\s*维\s*持$/ },
  { id: 'corrected', re: /^结\s*果\s*纠\s*正$/ },
  { id: 'other', re: /^其\s*[他它]\s*结\s*果$/ },
  { id: 'pending', re: /^尚\s*未\s*审\s*[结计]$/ },
  { id: 'total', re: /^(?:总\s*计|合\s*计)$/ },
];
// global: lastPrintedOrder reads every match
const T4_LITIGATION_GROUPS = [
  { id: 'litigationDirect', re: /直\s*接\s*起\s*诉/g },
  { id: 'litigationAfterReview', re: /复\s*议\s*后\s*起\s*诉/g },
];
export const T4_ORDER_MESSAGE = 'table 4 prints its columns in another order than the template: values read by the header';

/**
 * Table 4's 15 keys in the order its header prints them (the outcomes and the two 行政诉讼 groups as
 * their last occurrences print: see lastPrintedOrder), or null for the template's order. Placed by the
 * template's order alone, 复议后起诉 printed before 未经复议直接起诉 swapped the groups silently, and
 * 总计 printed first made 8 values wrong and two false T4-ROWSUM errors.
 */
export function t4HeaderKeys(header: string): string[] | null {
  const cells = withoutBrackets(header);
  const litigation = lastPrintedOrder(cells, T4_LITIGATION_GROUPS);
  const groups = litigation ? ['review', ...litigation] : T4_GROUPS;
  const outcomes = groupOutcomeOrders(cells);
  // every group in the template's order: the keys are T4_KEYS
  if (outcomes.every((o) => sameOrder(o, T4_OUTCOMES)) && sameOrder(groups, T4_GROUPS)) return null;
  return groups.flatMap((g, i) => outcomes[i]!.map((o) => `table4.${g}.${o}`));
}

/**
 * Each group's outcome columns in the order the header prints them. A group is five outcome words
 * side by side (cell bars and spaces between them, nothing else), as a header prints its cells; the
 * last three such groups are the table's, in column order. A sentence or caption above or below the
 * header naming columns (`无尚未审结案件，全部为结果维持`, `总计情况`) prints no such group and orders
 * nothing (reviewer 64 #4, reviewer 67). One group (a header naming the outcomes once) orders all
 * three; groups that disagree, or none, leave the template's order. Taken from single words, one
 * order for all groups put a group's columns in another group's order.
 */
function groupOutcomeOrders(header: string): ReadonlyArray<readonly string[]> {
  const table = outcomeGroups(header).slice(-3).map((g) => g.order);
  if (table.length === 3) return table;
  if (table.length > 0 && table.every((g) => sameOrder(g, table[0]!))) return [table[0]!, table[0]!, table[0]!];
  return [T4_OUTCOMES, T4_OUTCOMES, T4_OUTCOMES];
}

/**
 * The groups of five outcome words side by side in `text` from `from` on (see groupOutcomeOrders):
 * where each starts, and its order; the first `most` only.
 */
function outcomeGroups(text: string, from = 0, most = Infinity): Array<{ at: number; order: string[] }> {
  const found: Array<{ at: number; order: string[] }> = [];
  let run: string[] = [];
  let runAt = -1;
  let runEnd = -1;
  T4_OUTCOME_ANY.lastIndex = from;
  for (let m = T4_OUTCOME_ANY.exec(text); m && found.length < most; m = T4_OUTCOME_ANY.exec(text)) {
    // what may stand between two of a group's outcome words: cell bars and spaces (a note listing them with 、 is no group)
    if (run.length === 0 || !EMPTY_CELLS.test(text.slice(runEnd, m.index))) {
      run = [];
      runAt = m.index;
    }
    run.push(outcomeOf(m[0]));
    runEnd = m.index + m[0].length;
    if (run.length === 5) {
      if (new Set(run).size === 5) found.push({ at: runAt, order: run });
      run = [];
    }
  }
  return found;
}


/**
 * How many cells the row at `at` (past the rest of a header row) prints: a line's cells, the numbers
 * one a line (cell per line), or the numbers of a run-on line (a run of five digits or more, one a cell).
 */
function rowCells(s: string, at: number, to: number): number {
  let lineStart = dataLineStart(s, at, to);
  const lineOf = (from: number) => lineFrom(s, from, Math.min(to, from + 400));
  const line = lineOf(lineStart);
  if (line.includes('|')) {
    const cells = line.split('|');
    if (cells[cells.length - 1]!.trim() === '') cells.pop();
    return cells.length;
  }
  if (/^\s*\d{1,6}\s*$/.test(line)) {
    let n = 0;
    for (let i = 0; i < 40 && lineStart < to; i++) {
      const l = lineOf(lineStart);
      if (!/^\s*\d{0,6}\s*$/.test(l)) break;
      if (l.trim() !== '') n++;
      lineStart += l.length + 1;
    }
    return n;
  }
  return (RUN_ON_NUMBERS.exec(line)![0].match(/\d+/g) ?? []).reduce((n, t) => n + (t.length >= 5 ? t.length : 1), 0);
}
/** Any outcome word (T4_OUTCOME_WORDS' patterns, unanchored). */
const T4_OUTCOME_ANY = new RegExp(T4_OUTCOME_WORDS.map((o) => o.re.source.slice(1, -1)).join('|'), 'g');
/**
 * Header words that go on with a header: its outcome columns and 行政诉讼's two groups. Not 行政复议 or
 * 行政诉讼: a second copy of the table (上年度) starts with them, and this year's 无 row before it
 * was taken for a header cell, the copy's row read in its place (reviewer 73 N2).
 */
const CONTINUING_HEADER = new RegExp(`^(?:${T4_OUTCOME_ANY.source}|(?:未\\s*经\\s*(?:复|审)\\s*议\\s*)?直\\s*接\\s*起\\s*诉|复\\s*议\\s*后\\s*起\\s*诉)`);

/** Which outcome column a word T4_OUTCOME_ANY matched names. */
function outcomeOf(word: string): string {
  return T4_OUTCOME_WORDS.find((o) => o.re.test(word))?.id ?? '';
}

/**
 * printedOrder with each column at its LAST match (table 4's two 行政诉讼 groups): the header's own
 * cells come last, right before the data row, while a sentence above them may name them first.
 * Only whole columns count (null when one is missing).
 */
function lastPrintedOrder<T>(header: string, columns: ReadonlyArray<{ id: T; re: RegExp }>): T[] | null {
  const at: Array<{ id: T; pos: number }> = [];
  for (const column of columns) {
    const re = column.re; // global
    re.lastIndex = 0;
    let pos = -1;
    for (let m = re.exec(header); m; m = re.exec(header)) pos = m.index;
    if (pos < 0) return null;
    at.push({ id: column.id, pos });
  }
  return at.sort((a, b) => a.pos - b.pos).map((x) => x.id);
}

/**
 * The header with what its brackets hold blanked: a cell's own gloss (`总计（含尚未审结）`) names a
 * column after the cell's, and taken as the last match it moved that column (here 尚未审结 after 总计).
 */
function withoutBrackets(header: string): string {
  return header.replace(/[（(][^（）()]*[）)]/g, (m) => ' '.repeat(m.length));
}

const T4_COLUMN_WORD = /结\s*果\s*维\s*持|结\s*果\s*纠\s*正|其\s*[他它]\s*结\s*果|尚\s*未\s*审\s*[结计]|直\s*接\s*起\s*诉|复\s*议\s*后\s*起\s*诉/;

/**
 * Table 4's own header in the text before its data row: a sentence under the heading
 * (`案件合计16件。`, `其中结果维持5件，尚未审结2件：`) or a small 行政复议 | 行政诉讼 | 合计 summary put
 * its words first, and all 15 values were read in a wrong order under a note saying the header
 * placed them (adv58 #9, #10; reviewer 63 #2). A table's lines print cells (" | "), a paragraph
 * none: where there are cell lines, only they count. Then the header starts after the last full
 * stop (no header cell prints one), and after the last digit (the end of a row of numbers or of a
 * count) unless the text before it names a column (a date in a header cell, `尚未审结(截至12月31日)`).
 */
export function t4OwnHeader(header: string): string {
  if (header.includes('|')) header = header.split('\n').filter((line) => line.includes('|')).join('\n');
  header = header.slice(header.lastIndexOf('。') + 1);
  let end = header.length - 1;
  while (end >= 0 && !isDigitCode(header.charCodeAt(end))) end--;
  if (end < 0 || T4_COLUMN_WORD.test(header.slice(0, end))) return header;
  return header.slice(end + 1);
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Each group's 总计 is the sum of its other four, wherever the header puts it. */
export function t4RowSum(keys: string[]): Relation {
  const totalAt = keys.slice(0, 5).findIndex((k) => k.endsWith('.total'));
  return (v) => [0, 5, 10].every((g) => {
    const part = v.slice(g, g + 5);
    if (!part.every((x) => x !== null)) return false;
    let sum = 0;
    for (let i = 0; i < 5; i++) if (i !== totalAt) sum += part[i]!;
    return part[totalAt] === sum;
  });
}

export function readTable2(page: ReportDocument, sink: TableSink): void {
  const s = page.stream;
  const startM = execFrom(T2_START_SCAN, s, 0);
  if (!startM) return;
  const from = startM.index;
  const t3 = findTable3Start(s, from);
  // without a table 3 (an image, or its labels in other words) table 2 ends at the next section:
  // 5,000 characters on, it had taken sections 三 to 六 as table text (no STRUCT-TABLE-MISSING for
  // table 3, a false SEC5-EMPTY)
  const to = t3 ? t3.index : Math.min(s.length, from + 5000, nextSectionStart(sink, from));
  const sub = s.slice(from, to);
  const is2021 = T2_2021_HEADERS.test(sub);
  const rows = is2021 ? T2_ROWS_2021 : T2_ROWS_2019;
  const mention = t2NameMention(s, findAllStops(s, from, to, T2_STOPS), to);
  let hits = sequentialHits(s, from, to, rows, mention);
  if (hits.length === 0) return;
  sink.regions.push({ table: 'table2', start: from, end: to });
  // a second copy in the section (全区 then 本级): its rows are not read (nor filled in from it)
  const copy = secondCopyAt(s, hits, to);
  const rowsTo = copy ?? to;
  if (copy !== null) {
    hits = sequentialHits(s, from, copy, rows, mention);
    if (!sameCopy(s, hits, copy)) sink.warnings.push(repeatedInSection('table 2', page, copy));
  }
  // rows printed out of the template's order (行政规范性文件 before 规章, (八) before (六)) were dropped as missing (reviewer 72 #6)
  const moved = outOfOrderHits(s, from, rowsTo, rows, hits, mention);
  if (moved.length > 0) {
    hits = [...hits, ...moved].sort((a, b) => a.m.start - b.m.start);
    sink.warnings.push({ code: 'row-order', message: rowOrderMessage(moved.map((h) => h.row.pattern.canonical), 'table 2'), keys: [], ref: page.refAt(moved[0]!.m.start, moved[0]!.m.end) });
  }
  // a 2021 page keeping a row of the 2019 template (其他对外管理服务事项 under (五)): read by its
  // sub-table's header, with a note; it was dropped, silently (reviewer 84 L1)
  if (is2021) {
    const kept = outOfOrderHits(s, from, rowsTo, T2_ONLY_2019, hits, mention).filter((h) => !inRemark(s, h.m.start)).flatMap((h) => {
      const row = underItsHeader(s, from, h.m.start, h.row);
      const message = row ? T2_OLD_ROW_MESSAGE : T2_OLD_ROW_UNREAD;
      sink.warnings.push({ code: row ? 'column-order' : 'template-row', message: `表二 ${h.row.pattern.canonical}: ${message}`, keys: [], ref: page.refAt(h.m.start, h.m.end) });
      return row ? [{ ...h, row }] : [];
    });
    if (kept.length > 0) hits = [...hits, ...kept].sort((a, b) => a.m.start - b.m.start);
  }
  const stops = findAllStops(s, from, rowsTo, T2_STOPS);
  const variants = T2_VARIANTS.filter((v) => v.printed.test(sub));
  for (const v of variants) sink.warnings.push({ code: 'label-variant', message: `表二 prints "${v.text}" for "${v.canonical}"`, keys: [] });
  const madeVariant = variants.find((v) => v.canonical === '本年新制作数量');
  // whether the row before was read in the other template's columns, and where its cells ended
  let otherBefore = false;
  let rowBeforeEnd = from;
  hits.forEach((hit, i) => {
    const next = hits[i + 1]?.m.start ?? rowsTo;
    const end = nextStop(stops, afterLabelGloss(s, hit.m.end, next), next);
    // the header words between the row before and this one; none, and no sub-table title: the same
    // sub-table as the row before (a title without a header line is another: reviewer 79 V1)
    const gap = s.slice(Math.max(rowBeforeEnd, hit.m.start - 200), hit.m.start);
    const byHeader = otherGenerationRow(gap, hit.row, is2021);
    const other = byHeader === undefined ? (otherBefore && !SUB_TABLE_TITLE.test(gap) ? otherTemplateRow(hit.row, is2021) : null) : byHeader;
    otherBefore = other !== null;
    rowBeforeEnd = end;
    if (other) {
      // (a 2019 row on a 2021 page has its note already)
      if (!T2_ONLY_2019.some((r) => r.item === hit.row.item) || !is2021)
        sink.warnings.push({ code: 'column-order', message: `表二 ${hit.row.pattern.canonical}: ${t2GenerationMessage(is2021 ? 2019 : 2021)}`, keys: [], ref: page.refAt(hit.m.start, hit.m.start + 1) });
      hit = { ...hit, row: { ...other, pattern: hit.row.pattern } }; // the label as printed, for the notes
    }
    const printedKeys = t2HeaderKeys(s, Math.max(from, hit.m.start - 200), hit.m.start, hit.row);
    if (printedKeys) sink.warnings.push({ code: 'column-order', message: `表二 ${hit.row.pattern.canonical}: ${T2_ORDER_MESSAGE}`, keys: [], ref: page.refAt(hit.m.start, hit.m.start + 1) });
    let wide = t2ExtraColumns(s, Math.max(from, hit.m.start - 200), hit.m.start, hit.row);
    // a row printing only its own cells under a wider header (merged (五)(六)(八), empty cells left
    // out: `行政事业性收费 | 2.5`) is read as its own (reviewer 80 #6)
    // (a row of one column only: with more, which cell is left out cannot be told: reviewer 81 W3)
    if (wide && hit.row.columns.length === 1 && !wide.extra.some((c) => NOTE_COLUMN.test(c)) && printedCells(s, hit.m.end, end) === 1) wide = null;
    if (wide && wide.extra.length > 0) sink.warnings.push({ code: 'column-order', message: `表二 ${hit.row.pattern.canonical}: ${t2ExtraMessage(wide.extra)}`, keys: [], ref: page.refAt(hit.m.start, hit.m.start + 1) });
    const printed: Array<string | null> = wide?.keys ?? printedKeys ?? hit.row.keys;
    const keys = printed.filter((k): k is string => k !== null);
    // a 备注 column the header places (wide) is counted in the row's cells already
    const noteColumn = !wide && NOTE_COLUMN.test(s.slice(Math.max(from, hit.m.start - 200), hit.m.start));
    const read = readRowOnce(page, sink, hit, end, printed.length, { noteColumn }, keys, `表二 ${hit.row.pattern.canonical}`);
    if (read.split) sink.split = true;
    // the unit the page's own header prints for its amount column, over the template's; a unit
    // column's cell beside other extra columns (`125000 | 元 | 无` under 金额单位 | 备注: reviewer 82 U5)
    const amountRow = keys.some((k) => amountUnitOfKey(k) !== null);
    const unitCell = amountRow && wide && wide.unitAt >= 0 ? moneyUnitOfCell(read.cells[wide.unitAt]?.raw ?? '') : null;
    const printedUnit = unitCell ?? (amountRow ? printedAmountUnit(s, from, hit.m.end, end) : null);
    const unreadUnit = printedUnit !== null && printedUnit !== '元' && printedUnit !== '万元';
    read.cells.forEach((rc, c) => {
      const key = printed[c];
      if (!key || has(sink, key)) return;
      const variant = madeVariant && key.endsWith('.newlyMade') ? { printed: madeVariant.text, canonical: madeVariant.canonical } : undefined;
      const amount = amountUnitOfKey(key) !== null;
      const cell = toCellValue(page, key, rc, read, (printedUnit && amount && !unreadUnit ? printedUnit : null) ?? hit.row.unit, variant);
      // a cell printing its own unit (12.5万元 under a 千元 title) is read in it (reviewer 75 D)
      if (amount && unreadUnit && cell.value !== null && !rc.raw.includes('元')) {
        // 千元, 亿元: not converted, and read as the template's 万元 it was 10 or 10,000 times off
        cell.value = null;
        cell.kind = 'text';
        sink.warnings.push({ code: 'unit', message: `表二 ${hit.row.pattern.canonical}: the amount is printed in ${printedUnit}, which is not converted: not read`, keys: [key], ref: cell.ref });
      }
      sink.cells[key] = cell;
    });
    problemWarning(sink, page, read, keys, `表二 ${hit.row.pattern.canonical}`, hit.m.start);
  });
}

/** the 2019 template's rows the 2021 template dropped (其他对外管理服务事项, 政府集中采购) */
const T2_ONLY_2019 = T2_ROWS_2019.filter((r) => !T2_ROWS_2021.some((q) => q.item === r.item));
export const T2_OLD_ROW_MESSAGE = "a row of the 2019 template, not the 2021 one's: read by its sub-table's header";
export const T2_OLD_ROW_UNREAD = "a row of the 2019 template, not the 2021 one's, whose sub-table's header names none of its columns: not read";

/**
 * `row` with the columns its sub-table's header (from the last 信息内容 before `rowStart`) names, in
 * their printed order, or null when it names none of them (the row cannot be placed).
 */
function underItsHeader(s: string, from: number, rowStart: number, row: T2Row): T2Row | null {
  const window = s.slice(Math.max(from, rowStart - 200), rowStart);
  const at = headerCellAt(window);
  if (at < 0) return null;
  const columns = printedOrder(window.slice(at), row.columns.map((c) => ({ id: c, re: T2_COLUMN_WORDS[c], optional: true })));
  if (!columns || columns.length === 0) return null;
  return { ...row, columns, keys: columns.map((c) => `table2.${row.item}.${c}`) };
}

/** Table 2's column headers, by column key. */
/** A column word that is not last year's: not after 上年/去年同期/前一年度, nor followed by （上年）. */
function notLastYears(word: string): RegExp {
  return new RegExp(`(?<!(?:上|去|前)\\s*一?\\s*年\\s*(?:度\\s*)?(?:同\\s*期\\s*)?)${word}(?![^|｜\\n（(]{0,8}[（(]\\s*(?:上|去|前)\\s*一?\\s*年)`);
}

const T2_COLUMN_WORDS: Record<string, RegExp> = {
  issued: /本\s*年\s*(?:新\s*)?制\s*发/,
  repealed: /本\s*年\s*废\s*止/,
  inForce: /(?<!上\s*年\s*)现\s*行\s*有\s*效/, // not 上年现行有效件数
  newlyMade: /本\s*年\s*(?:新\s*)?制\s*作/,
  newlyPublished: /本\s*(?:年\s*)?(?:新\s*)?公\s*开\s*数/,
  totalPublished: /对\s*外\s*公\s*开\s*总/,
  prevYearItems: /上\s*一\s*年\s*项\s*目/,
  yearChange: /本\s*年\s*增/,
  // none of these is last year's column (上年收费金额 beside 本年收费金额: two columns named for the
  // fee left the row read by the template, and 125000 元 under 金额单位 stored as 万元: reviewer 85 W1;
  // also 去年同期收费金额, 收费金额（上年）: reviewer 88)
  decisions: notLastYears('处\\s*理\\s*决\\s*定'),
  projects: notLastYears('采\\s*购\\s*项\\s*目'),
  amountYuan: notLastYears('采\\s*购\\s*总\\s*金\\s*额'),
  amountWanYuan: notLastYears('收\\s*费\\s*金\\s*额'),
};
export const T2_ORDER_MESSAGE = 'columns printed in another order than the template: values read by the header';

/**
 * A table 2 row's keys in the order its sub-table's header (after the last 第二十条 before the row)
 * prints the columns, or null for the template's order or a header that does not name them all.
 * By the template's order alone, 现行有效件数 printed first took the issued count (20 for 5), silently.
 */
export function t2HeaderKeys(s: string, from: number, rowStart: number, row: T2Row): string[] | null {
  if (row.columns.length < 2) return null;
  const window = s.slice(from, rowStart);
  const title = window.lastIndexOf('第二十条');
  const afterTitle = title >= 0 ? window.slice(title) : window;
  // from the header's 信息内容 cell on: a title or a note before it (…对外公开的规章和规范性文件,
  // 本年新公开及对外公开情况) names no column (reviewers 81 T3, 83 T1–T5), and there a cell split over two
  // rows (本年新公开 over 数量) names its column (reviewer 82 G2); without that line, the strict words
  const at = headerCellAt(afterTitle);
  const header = at >= 0 ? afterTitle.slice(at) : afterTitle;
  const order = printedOrder(header, row.columns.map((c) => ({ id: c, re: (at >= 0 ? GENERATION_WORDS[c] : undefined) ?? T2_COLUMN_WORDS[c] })));
  if (order === null || order.every((c, i) => c === row.columns[i])) return null;
  return order.map((c) => `table2.${row.item}.${c}`);
}

/**
 * The other template's row for a table 2 row whose header (`header`: the text between the row
 * before and this one) prints that template's columns (all of them) and fewer of the row's own: a
 * 2021 page whose (一) sub-table prints 本年新制作数量 | 本年新公开数量 | 对外公开总数量. Read by
 * position into the 2021 columns, the published count was stored as 本年废止件数 and the total as
 * 现行有效件数, silently (reviewer 72 #2). null: the row's own; undefined: the text names no column
 * of either (the row is in the sub-table of the row before).
 */
function otherGenerationRow(header: string, row: T2Row, is2021: boolean): T2Row | null | undefined {
  const other = otherTemplateRow(row, is2021);
  const named = (columns: readonly string[]) => columns.filter((c) => (GENERATION_WORDS[c] ?? T2_COLUMN_WORDS[c])?.test(header)).length;
  const own = named(row.columns);
  const others = other ? named(other.columns) : 0;
  if (own === 0 && others === 0) return undefined;
  return other && others === other.columns.length && others > own ? other : null;
}

/**
 * Column words telling a template without placing a column: without 数量/总数, as a header cell
 * split over two rows prints them (本年新公开 | 对外公开 over 数量 | 总数量: reviewer 79 V5). Not
 * for placing columns: a title `对外公开的规章和规范性文件` names no column (reviewer 81 T3).
 */
const GENERATION_WORDS: Record<string, RegExp> = { newlyPublished: /本\s*(?:年\s*)?(?:新\s*)?公\s*开/, totalPublished: /对\s*外\s*公\s*开/ };

/** a table-2 sub-table's title: 第二十条第（五）项, 第20条…, （六）行政处罚… */
const SUB_TABLE_TITLE = /第\s*(?:二\s*十|20)\s*条|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]/;

const otherTemplateRow = (row: T2Row, is2021: boolean): T2Row | null => (is2021 ? T2_ROWS_2019 : T2_ROWS_2021).find((r) => r.item === row.item) ?? null;

export const t2GenerationMessage = (year: number): string => `its sub-table prints the ${year} template's columns: values read by them`;

/** where the last 信息内容 (a table-2 sub-table's header cell, its columns after it) is in `text`, or -1 */
function headerCellAt(text: string): number {
  const m = /信\s*息\s*内\s*容/.exec(text);
  if (!m) return -1;
  let last = m.index;
  for (let i = text.indexOf('信息内容', last + 1); i >= 0; i = text.indexOf('信息内容', i + 1)) last = i;
  return last;
}

/**
 * A table 2 row's keys by the columns its sub-table's header line prints (信息内容 | … ), null under
 * a column the template has not (上年现行有效件数, 备注), when the header prints more value columns
 * than the row has and names each of the row's own once; else null. Read by count, 现行有效件数
 * after an extra 上年现行有效件数 took the 上年 number. `extra`: the columns not read; `unitAt`: where
 * a unit column (单位, 金额单位) is among the value columns, -1 for none (its cell gives the amount's unit).
 */
export function t2ExtraColumns(s: string, from: number, rowStart: number, row: T2Row): { keys: Array<string | null>; extra: string[]; unitAt: number } | null {
  const window = s.slice(from, rowStart);
  const title = window.lastIndexOf('第二十条');
  // the last header line: a sub-table titled otherwise (第20条第（六）项, （六）行政处罚) is after the last 第二十条
  const line = (title >= 0 ? window.slice(title) : window).split('\n').findLast((l) => l.includes('|') && /信\s*息\s*内\s*容/.test(l));
  if (!line) return null;
  const cells = lineCells(line);
  // the value columns: those after 信息内容 (a 序号 before it is printed before the row's label too)
  const values = cells.slice(cells.findIndex((c) => /信\s*息\s*内\s*容/.test(c)) + 1);
  if (values.length <= row.columns.length) return null;
  const keys = values.map((text) => {
    const column = row.columns.find((c) => T2_COLUMN_WORDS[c]?.test(text));
    return column ? `table2.${row.item}.${column}` : null;
  });
  const known = keys.filter((k) => k !== null);
  if (known.length !== row.columns.length || new Set(known).size !== known.length) return null;
  // a 单位 column (`本年收费金额 | 单位` or `| 计量单位` over `125000 | 元`) prints the amount's unit: not a column to pass over
  const unitAt = values.findIndex((text, i) => keys[i] === null && UNIT_COLUMN.test(text.trim()));
  const extra = values.filter((_, i) => keys[i] === null && i !== unitAt);
  return { keys, extra, unitAt };
}

/** a unit column's header: 单位, 计量单位, 计价单位, 金额单位, 单位：万元, 单位（元）, 单位/币种 */
// not a count of units (制发单位(个), 实施单位, 执法单位: reviewer 83 U1–U3)
const UNIT_COLUMN = /^(?:计\s*量|计\s*价|金\s*额|收\s*费(?:\s*金\s*额)?|货\s*币|币\s*种|统\s*计|计\s*算)?\s*单\s*位\s*(?:[:：/／].*|[（(]\s*(?:万\s*)?元\s*[）)])?$/;

export function t2ExtraMessage(extra: string[]): string {
  // a merged header's other rows' columns ((五)(六)(八) under one header: 本年收费金额 beside
  // 本年处理决定数量) are the template's, only not this row's: "the template has not" misled (note 17)
  if (extra.every((text) => Object.values(T2_COLUMN_WORDS).some((re) => re.test(text))))
    return `the header prints template columns that are not this row's (${extra.join('、')}): those are not read, this row's by the header`;
  return `the header prints columns the template has not (${extra.join('、')}): those are not read, the others by the header`;
}

/** a unit of money, the longest first */
const MONEY_UNIT = '(?:百\\s*万\\s*元|千\\s*元|万\\s*元|亿\\s*元|元)';
/**
 * Where a page says its amounts' unit: a bracket after 金额 or after a label (`本年收费金额（千元）`,
 * `行政事业性收费（元）`), or a 单位 statement (`单位：件、元`, `金额单位：元`, `（单位：元）` in a title).
 */
// (not 制表单位：元氏县… nor 审核单位：…: a place's 元, as the 统计表's TABLE_UNIT_SAID reads it)
const AMOUNT_UNIT_SAID = new RegExp(`[（(]\\s*(?:(?:金\\s*额\\s*)?单\\s*位\\s*[:：]\\s*)?(${MONEY_UNIT})\\s*[）)]|(?<!填\\s*报\\s*|报\\s*送\\s*|编\\s*制\\s*|发\\s*布\\s*|制\\s*表\\s*|审\\s*核\\s*)单\\s*位\\s*[:：](?:[件个项条次人宗起份、，,；;/\\s:：]|金\\s*额|收\\s*费|人\\s*民\\s*币){0,12}(${MONEY_UNIT})(?!${PLACE_AFTER_YUAN})`, 'g');

/**
 * The unit of money the page prints for an amount row whose label ends at `labelEnd` (cells up to
 * `rowEnd`): the last one said in table 2 before the row's cells, or null (the template's). Only a
 * unit in the 金额 header cell was read: `单位：件、元` above the table, `（单位：元）` in the sub-table's
 * title or `（元）` after the row's label left 125000 元 stored as 125000 万元, silently (reviewer 72 #1).
 */
export function printedAmountUnit(s: string, from: number, labelEnd: number, rowEnd: number): string | null {
  // the label's own bracket and a unit cell before the first number
  const firstDigit = s.slice(labelEnd, rowEnd).search(/\d/);
  // and a line above the table's first title (单位：件、元 under the section's heading), not a
  // sentence's, nor one before the heading (another table's, 表1 …（单位：件，金额：元）: reviewer 77 B)
  const heading = s.lastIndexOf('主动公开', from);
  const start = heading >= 0 && from - heading <= 80 ? Math.max(heading, s.lastIndexOf('。', from) + 1) : from;
  const cellsAt = firstDigit < 0 ? rowEnd : labelEnd + firstDigit;
  let text = s.slice(start, cellsAt);
  if (text.indexOf('元') < 0) return null;
  // a unit in another sub-table's header line is that sub-table's (a 2019 (九) kept on a 2021 page
  // took (八)'s 本年收费金额（单位：万元）: 120.5 元 stored as 1,205,000: reviewer 85 P6); unit lines
  // and titles are not blanked (单位：元 above (八)'s title is (八)'s: reviewer 86 P1)
  const own = s.lastIndexOf('第二十条', labelEnd) - start;
  for (let i = text.indexOf('信息内容'); i >= 0 && i < own; i = text.indexOf('信息内容', i + 1)) {
    const nl = text.indexOf('\n', i);
    const digit = text.slice(i).search(/\d/);
    const end = Math.min(nl < 0 ? text.length : nl, digit < 0 ? text.length : i + digit, own);
    text = text.slice(0, i) + ' '.repeat(end - i) + text.slice(end);
  }
  let unit: string | null = null;
  AMOUNT_UNIT_SAID.lastIndex = 0;
  for (let m = AMOUNT_UNIT_SAID.exec(text); m; m = AMOUNT_UNIT_SAID.exec(text)) unit = (m[1] ?? m[2])!.replace(/\s+/g, '');
  return unit;
}

/** Legacy rows, longest label first: matches are claimed in this order so a short label never lands inside a long one. */
const LEGACY_CLAIM_ORDER = LEGACY_ROWS.map((row, i) => ({ row, i, len: row.pattern.forms[0]!.length }))
  .sort((a, b) => b.len - a.len || a.i - b.i)
  .map(({ row }) => row);

/**
 * The first match of `p` in stream[from, to) that overlaps no claimed stretch: what
 * findAll(…).find(unclaimed) gives, without finding the matches after it.
 */
function firstUnclaimed(p: LabelPattern, stream: string, from: number, to: number, claimed: Array<[number, number]>): LabelMatch | null {
  let pos = from;
  for (;;) {
    const m = findLabel(p, stream, pos, to);
    if (!m) return null;
    if (!claimed.some(([a, b]) => m.start < b && a < m.end)) return m;
    pos = m.end > m.start ? m.end : m.start + 1; // findAll's step
  }
}

export function readLegacy(page: ReportDocument, sink: TableSink): void {
  const s = page.stream;
  const startM = legacyStart(s);
  if (!startM) {
    unreadLegacyTable(page, sink);
    return;
  }
  const from = startM.index;
  // a second 统计表 (the previous year's, for comparison) ends this one: rows missing here were
  // filled from it, silently
  const second = secondLegacyTable(s, startM);
  const to = second ?? s.length;
  // an HTML 统计表 is read by the columns its header names (legacy-grid.ts); else by cell count
  const columns = legacyColumns(page, from);
  let cols = columns ? (columns.cumulative !== null ? 2 : 1) : LEGACY_CUMULATIVE.test(s.slice(from, from + 120)) ? 2 : 1;
  // a note (注：其它情形数2010年起统计) is no row: its 2010 was read as 其它情形 (reviewer 77 C); the
  // rows after a note in the table are still its rows (reviewer 80 #1)
  const notes = noteSpans(s, from, to);
  const hits = claimLegacyRows(s, from, to, notes);
  if (hits.length < 2) {
    unreadLegacyTable(page, sink);
    return;
  }
  legacySubRowsToTheirGroup(hits);
  // a cumulative column headed 累计 alone ("…2013年度累计主动公开信息数…"): its pairs of values had
  // been read as one number each (18535395)
  if (!columns && cols === 1 && CUMULATIVE_ALONE.test(s.slice(from, hits[0]!.m.start))) cols = 2;
  sink.regions.push({ table: 'legacy', start: from, end: to });
  // a row's values end at a note after them (行政申诉数 件 0 注：…2010年起统计)
  const stops = [...findAllStops(s, from, to, LEGACY_STOPS), ...notes.map(([start]) => start)].sort((a, b) => a - b);
  const cumulative: Relation = (v) => v.length === 2 && v[0] !== null && v[1] !== null && v[1]! >= v[0]!;
  const seqColumn = !columns && SEQ_HEADER.test(s.slice(Math.max(0, from - 30), hits[0]!.m.start));
  // units of money the table states (金额单位：元 as a caption or line): its money rows' unit when
  // they print none of their own; 1200 元 was stored as 1200 万元 (reviewer 87 P7)
  const tableUnits = legacyUnitStatements(s, page.display, from, hits);
  // a text table with a 单位 column: a row's empty unit cell is that column's, not a value's (its
  // row was left unread: "a cell is extra and the row does not say which", reviewer 87)
  const unitColumn = !columns && UNIT_COLUMN_CELL.test(s.slice(from, hits[0]!.m.start));
  hits.forEach((hit, i) => {
    const next = hits[i + 1] ? legacyRowEnd(s, hit.m.start, hit.m.end, hits[i + 1]!.m.start, seqColumn) : to;
    const end = nextStop(stops, hit.m.end, Math.min(next, hit.m.end + 400));
    const money = hit.row.unit ? legacyMoneyUnit(s, hit.m.start, hit.m.end, end) : null;
    const afterUnit = money?.valuesFrom ?? hit.m.end;
    const valuesFrom = columns ? afterUnit : textValuesStart(s, hit.m.end, afterUnit, end, unitColumn);
    const read = (columns && readLegacyGridRow(page, columns, hit.m.start, cols)) || readRowCells(s, valuesFrom, end, cols, cols === 2 ? { relation: cumulative, relationName: 'L-CUMULATIVE' } : {});
    if (read.split) sink.split = true;
    // the table's own unit only for a money row printing none of its own
    const onItsLine = money ? (tableUnits.ofRow.get(i) ?? []) : [];
    const ownUnit = read.unit ?? money?.cell ?? money?.label ?? money?.after ?? onItsLine[0];
    const stated = money && !ownUnit ? statedUnitFor(tableUnits, hit.row.keys[0]!, hit.m.start, hit.row.unit!) : null;
    const units = [...new Set([read.unit, money?.cell, money?.label, money?.after, ...onItsLine, stated?.unit].filter((u): u is string => !!u))];
    const unitProblem = legacyUnitProblem(units) ?? (stated?.conflict ? `the table states "${stated.conflict.text}" between its rows, not saying which: the amount's unit is unknown, not read` : null);
    if (units.length === 1) read.unit = units[0];
    else delete read.unit;
    const keys = hit.row.keys.slice(0, cols);
    read.cells.forEach((rc, c) => {
      const key = keys[c]!;
      if (has(sink, key)) return;
      const cell = toCellValue(page, key, rc, read, hit.row.unit);
      // 0 is 0 in any unit
      if (unitProblem && cell.value !== null && cell.value !== 0) {
        cell.value = null;
        cell.kind = 'text';
        delete cell.unit;
        sink.warnings.push({ code: 'unit', message: `统计表 ${hit.row.pattern.canonical}: ${unitProblem}`, keys: [key], ref: cell.ref });
      }
      sink.cells[key] = cell;
    });
    problemWarning(sink, page, read, keys, `统计表 ${hit.row.pattern.canonical}`, hit.m.start);
  });
  const filled = FILLED_ON.exec(s.slice(from, to));
  if (filled && !has(sink, 'legacyStats.filledOn')) {
    // the appendix's 填报日期, as printed: PUB-EARLY reads it (it never got one: the rule could not fire)
    const start = from + filled.index + filled[0].length - filled[1]!.length;
    sink.cells['legacyStats.filledOn'] = { value: null, raw: page.display.slice(start, start + filled[1]!.length), kind: 'text', ref: page.refAt(start, start + filled[1]!.length) };
  }
  if (!page.tables.length) sink.rebuiltFromText = true;
  if (second !== null) sink.warnings.push({ code: 'repeated-table', message: 'a second 统计表 is printed further on (another year\'s?): only the first is read', keys: [], ref: page.refAt(second, second + 1) });
}

/**
 * Where a text 统计表 row's values start: past a money unit cell (`from`), a count's unit the row
 * reader does not know (份, 宗 before the value: note 17's 82 A, C) and, in a table with a 单位
 * column, an empty unit cell (`| | 27`: the row was left unread as "a cell is extra", reviewer 87),
 * but not after a unit cell of its own (`| 元 | | 3600` is a blank value: reviewer 88 L1; a unit
 * glued to the label, `费用（元） | | 1200`, is in the label's cell).
 */
function textValuesStart(s: string, labelEnd: number, from: number, end: number, unitColumn: boolean): number {
  let at = from;
  // a year labelling the value (`费用（元） 2017年 1200` on a page printed as one line: 2017 had been
  // read as the fee, reviewer 87 P10), when it is the row's only year
  YEAR_BEFORE_VALUE.lastIndex = at;
  const year = YEAR_BEFORE_VALUE.exec(s);
  if (year && at + year[0].length < end && !/(?:19|20)\d{2}\s*年/.test(s.slice(at + year[0].length, end))) at += year[0].length;
  OTHER_COUNT_UNIT.lastIndex = at;
  const countUnit = OTHER_COUNT_UNIT.exec(s);
  if (countUnit && at + countUnit[0].length < end) at += countUnit[0].length;
  if (unitColumn && !/[|｜]/.test(s.slice(labelEnd, at))) {
    EMPTY_CELL_AHEAD.lastIndex = at;
    const empty = EMPTY_CELL_AHEAD.exec(s);
    if (empty && at + empty[0].length < end) at += empty[0].length;
  }
  return at;
}

/** a 单位 or 计量单位 header cell of a text 统计表 */
const UNIT_COLUMN_CELL = /(?:^|[|｜\s])(?:计\s*量\s*)?单\s*位\s*(?:[|｜\n]|$)/;
/** a unit of a count other than the row reader's (件, 条, 个, 人次, 次, 篇, 项, 人), before the value: `份 27`, `| 宗 | 5` */
const OTHER_COUNT_UNIT = /[ \t]*(?:[|｜][ \t]*)?(?:份|宗|起|场|期|家|批|名|人\s*次)[ \t]*(?=[|｜]?[ \t]*\d)/y;
/** a year label before a row's value: ` 2017年 1200`, `| 2017年度 | 1200` */
const YEAR_BEFORE_VALUE = /[ \t]*(?:[|｜][ \t]*)?(?:19|20)\d{2}\s*年\s*度?[ \t]*(?=[|｜]?[ \t]*[+\-]?\d)/y;
/** an empty cell between bars, the row's next cell opening after it: `| | 27` */
const EMPTY_CELL_AHEAD = /[ \t]*[|｜][ \t]*(?=[|｜])/y;

/** The 统计表's rows in stream[from, to), each at its first label not inside a longer one's nor a note, in page order. */
function claimLegacyRows(s: string, from: number, to: number, notes: Array<[number, number]>): Array<{ row: (typeof LEGACY_ROWS)[number]; m: LabelMatch }> {
  const claimed: Array<[number, number]> = [...notes];
  const hits: Array<{ row: (typeof LEGACY_ROWS)[number]; m: LabelMatch }> = [];
  for (const row of LEGACY_CLAIM_ORDER) {
    const found = firstUnclaimed(row.pattern, s, from, to, claimed);
    if (!found) continue;
    claimed.push([found.start, found.end]);
    hits.push({ row, m: found });
  }
  return hits.sort((a, b) => a.m.start - b.m.start);
}

/** a 统计表 row after a space, on a page printed as one line: its label, a unit or none, its value (`当面申请数 条 1`) */
// (a value followed by its measure word, 含行政申诉数 3 件, is the note's own sentence: reviewer 82 N1f)
const ROW_AFTER_SPACE = /^\s+(?:\d{1,2}\s*[．.、]\s*)?[^\s\d]\S{1,23}?\s+(?:[^\s\d]{1,2}\s+)?\d+(?:\.\d+)?(?![\d.]|\s*(?:件|条|人|个|次|项|份|宗|元|万|[（(]))/;
// a 统计表 that prints a 计量单位 column: its rows print their unit (含 行政申诉数 3 is the note's: reviewer 83 L3)
const ROW_WITH_UNIT_AFTER_SPACE = /^\s+(?:\d{1,2}\s*[．.、]\s*)?[^\s\d]\S{1,23}?\s+[^\s\d]{1,2}\s+\d/;

/** 注：, 说明：, 备注： opening a note */
const NOTE_OPENING = /(?:^|[\s|｜。])(?:注|说\s*明|备\s*注)\s*\d*\s*[:：]/gm;

/**
 * The notes in stream[from, to): from 注：/说明：/备注： to the end of their sentence, cell or line,
 * or a space before a row's opening (200 characters at most). Row labels inside them are no rows.
 */
function noteSpans(s: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const rowAfterSpace = /计\s*量\s*单\s*位/.test(s.slice(from, from + 200)) ? ROW_WITH_UNIT_AFTER_SPACE : ROW_AFTER_SPACE;
  NOTE_OPENING.lastIndex = from;
  for (let m = NOTE_OPENING.exec(s); m && m.index < to; m = NOTE_OPENING.exec(s)) {
    const start = m.index + (m[0].length - m[0].trimStart().length) + (/^[|｜。]/.test(m[0].trimStart()) ? 1 : 0);
    let end = m.index + m[0].length;
    while (end < to && (s[end] === ' ' || s[end] === '\t')) end++;
    const limit = Math.min(to, start + 200);
    // to its sentence's end (a label after a comma is still the note's: 行政申诉数2010年起统计,
    // reviewer 81 N1); on a page printed as one line, to a space before a row (label, unit, value)
    while (end < limit && !/[。\n|｜]/.test(s[end]!) && !(/\s/.test(s[end]!) && rowAfterSpace.test(s.slice(end, end + 40)))) end++;
    out.push([start, end]);
    NOTE_OPENING.lastIndex = Math.max(end, m.index + m[0].length);
  }
  return out;
}

const CUMULATIVE_ALONE = /累\s*计/;
const LEGACY_TITLE = /政\s*府\s*信\s*息\s*公\s*开\s*(?:工\s*作\s*)?(?:情\s*况\s*)?统\s*计\s*表/;

/**
 * A 统计表 titled on the page whose rows were not read (its header is not 指标名称/统计指标, e.g.
 * 项目 | 单位 | 数量, or it is an image): said, not silently dropped.
 */
function unreadLegacyTable(page: ReportDocument, sink: TableSink): void {
  // a unified report may title its tables so: those were read
  if (sink.regions.some((r) => r.table !== 'legacy')) return;
  const m = LEGACY_TITLE.exec(page.stream);
  if (m) sink.warnings.push({ code: 'unread-table', message: 'a 统计表 is printed but its rows could not be read (header not recognised, or an image)', keys: [], ref: page.refAt(m.index, m.index + m[0].length) });
}

/**
 * 被依法纠错数 and 其他情形数 are printed under 行政复议 and again under 行政诉讼. Claimed in template
 * order, a table whose 复议 part prints no sub-rows gave the 诉讼 ones to 复议 (two false L-CASES):
 * a 复议 sub-row after the 诉讼 total, with no 诉讼 one of its own, is the 诉讼 one.
 */
export function legacySubRowsToTheirGroup(hits: Array<{ row: (typeof LEGACY_ROWS)[number]; m: LabelMatch }>): void {
  const at = (key: string) => hits.find((h) => h.row.keys[0] === key);
  const litigation = at('legacyStats.litigation.total');
  if (!litigation) return;
  for (const sub of ['corrected', 'other']) {
    const review = at(`legacyStats.review.${sub}`);
    const row = LEGACY_ROWS.find((r) => r.keys[0] === `legacyStats.litigation.${sub}`);
    if (review && row && review.m.start > litigation.m.start && !at(`legacyStats.litigation.${sub}`)) review.row = row;
  }
}

/** Where a second 统计表 starts: a header (指标名称/统计指标 not in a sentence) after the first one's line. */
function secondLegacyTable(s: string, first: RegExpExecArray): number | null {
  const lineEnd = s.indexOf('\n', first.index);
  return lineEnd < 0 ? null : (legacyStart(s, lineEnd)?.index ?? null);
}

/**
 * The 统计表's header: the first 指标名称/统计指标 that is not in a sentence (its line reaches no 。).
 * "本报告所列统计指标按…要求填报。" in the narrative was taken for it: the table was then read
 * from there, the narrative's own numbers became table values and 历年累计 was lost.
 */
function legacyStart(s: string, from = 0): RegExpExecArray | null {
  for (let m = execStartAnchored(LEGACY_START_AT, s, from); m; m = execStartAnchored(LEGACY_START_AT, s, m.index + 1)) {
    const lineEnd = s.indexOf('\n', m.index);
    const line = s.slice(m.index, lineEnd < 0 ? m.index + 80 : Math.min(lineEnd, m.index + 80));
    if (!line.includes('。')) return m;
  }
  return null;
}

/** 统计表's 填报日期 and the date after it ("填报日期:2018.12.28", "填报日期：2018年12月28日"). */
const FILLED_ON = /填\s*报\s*日\s*期\s*(?:[:：]\s*)?(?:[|｜]\s*)?((?:19|20)\d{2}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}(?:\s*日)?)/;
