// Template-driven readers for tables 2 and 3, and what every table reader shares (the sink, cell
// values, stops, row notes). Table 4: read-table4.ts; the pre-2019 统计表: read-legacy.ts, its units
// of money: legacy-units.ts. Each finds its table's stretch of the page stream, anchors on the
// template's row labels and reads the cells between.
import type { CellValue, ParseWarning } from '../model/record';
import type { ReportDocument } from '../extract';
import { findAll, findLabel, type LabelMatch, type LabelPattern } from '../formats/labels';
import { T2_2021_HEADERS, T2_ROWS_2019, T2_ROWS_2021, T2_START, T2_STOPS, T2_VARIANTS, type T2Row } from '../formats/table2';
import { T3_2021_MARKER, T3_COLUMNS, T3_GROUP_OTHER, T3_GROUPS, T3_ROWS_2019, T3_ROWS_2021, T3_START, T3_SUBTOTAL_KEYS } from '../formats/table3';
import { amountUnitOfKey, inKeyUnit } from '../model/amounts';
import { isShortDigitRun, readValue } from '../text/numbers';
import { isDigitCode } from '../text/splits';
import { PLACE_AFTER_YUAN } from './legacy-units';
import { moneyUnitOfCell, printsDigitRun, readRowCells, rowsPrintedApartFrom, valuesPrintedApart, type Relation, type RowCell, type RowOptions, type RowRead } from './row-cells';
import { lastNewline, lineStartOf } from './line-starts';
import { rowsAroundValues } from './label-around-values';

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
  /** the title's year and the statistics period's, when they disagree (so `reportYear` is null) */
  yearsDisagree?: [number, number];
}

/** The first section heading after `at` (Infinity when none is known): no table runs past one. */
function nextSectionStart(sink: TableSink, at: number): number {
  for (const start of sink.sectionStarts ?? []) if (start > at) return start;
  return Infinity;
}

const VARIANT_FORMS = new Set(['属于行政执法案件', '"危及三安全一稳定"']);

// Where tables 2 and 3 start: by the regex's own scan, which gives the same first match as a search
// from the literals it begins with; in Chromium it reaches them 2-4x sooner than indexOf of 本 or
// 第 does (that byte search stops at every character sharing their high byte, 0x67 or 0x7B: most
// of a page's text). (The 统计表's header is found otherwise: read-legacy.ts.)
const T3_START_SCAN = new RegExp(T3_START.source, 'g');
const T2_START_SCAN = new RegExp(T2_START.source, 'g');

/** The first match of a global regex at or after `from`. */
function execFrom(re: RegExp, s: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(s);
}

/**
 * The record cell for one read cell. Fields are set in the record's key order (value, raw, kind,
 * unit, ambiguity, labelVariant, ref) without spreading throw-away objects: this runs per cell.
 */
export function toCellValue(page: ReportDocument, key: string, rc: RowCell, read: RowRead, unit: string | undefined, variant?: CellValue['labelVariant']): CellValue {
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

export function findAllStops(stream: string, from: number, to: number, stops: LabelPattern[]): number[] {
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

export function nextStop(stops: number[], after: number, limit: number): number {
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
  /** a label printed around its values (label-around-values.ts): where the values' line ends */
  valuesTo?: number;
}

/** `hits` with the rows they lack that are printed around their values, in the page's order. */
function withRowsAroundValues<R extends { pattern: LabelPattern }>(s: string, from: number, to: number, rows: R[], hits: Array<Hit<R>>): Array<Hit<R>> {
  const around = rowsAroundValues(s, from, to, rows, hits);
  return around.length === 0 ? hits : [...hits, ...around].sort((a, b) => a.m.start - b.m.start);
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
      // (its values on its line, or one a line under it: a page printing a cell a line, reviewer 111 L1)
      if (taken.some(([a, b]) => at.start < b && a < at.end) || inProseLine(s, at.end) || !(digitOnLine(s, at.end) || valueOnNextLine(s, at.end)) || /[\u4e00-\u9fff]/.test(s[at.end] ?? '') || mention?.(at) || onNoteLine(s, at.start)) continue;
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
  const lineStart = lineStartOf(s, at);
  return NOTE_LINE_OPENING.test(s.slice(lineStart, at)) && s.lastIndexOf('。', at) < lineStart;
}

/**
 * Whether `at` is in a bracketed remark, a line opening with a bracket that is no numbering and
 * no cell before `at`: （其他对外管理服务事项 500 件已并入行政许可统计） is no row, nor 行政许可's second printing (reviewer 85).
 */
function inRemark(s: string, at: number): boolean {
  const lineStart = lineStartOf(s, at);
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
  return at - lineStartOf(s, at) <= 30 && inNoteLine(s, at);
}
const NOTE_LINE_OPENING = /^[\s|｜]*[（(]?\s*(?:注|说\s*明|备\s*注)\s*\d*\s*[:：]/;

/** text[start, end) widened over the spaces and tabs on each side: [where they start, where they end]. */
export function pastSpaces(text: string, start: number, end: number): [number, number] {
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

/** whether the label ending at `at` ends its line and the next line holding text is a value alone (a cell a line) */
function valueOnNextLine(s: string, at: number): boolean {
  VALUE_LINE_AFTER.lastIndex = at;
  return VALUE_LINE_AFTER.test(s);
}
const VALUE_LINE_AFTER = /[ \t]*\n\s*(?:[+\-]?\d[\d,.]*|无|[—－–\-/／]+)[ \t]*(?:\n|$)/y;

/**
 * The rows a row-order note names: those out of the longest run of rows printed in the template's order, when they
 * are fewer than the rows the in-order search passed over. One row moved down (3.要求提供公开出版物 after （六）3.其他) had
 * the search pass over every row after its template place, and the note named those six rows, not the one moved
 * (audit 148 B19). `hits`: every row found, in printed order.
 */
export function misplacedRows<R>(hits: Array<Hit<R>>, rows: R[], passedOver: Array<Hit<R>>): Array<Hit<R>> {
  const order = hits.map((h) => rows.indexOf(h.row));
  // longest strictly increasing run by patience sorting, its members traced back from the last pile
  const tails: number[] = [];
  const before: number[] = new Array(order.length).fill(-1);
  for (let i = 0; i < order.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[tails[mid]!]! < order[i]!) lo = mid + 1;
      else hi = mid;
    }
    before[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const inRun = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = before[i]!) inRun.add(i);
  const out = hits.filter((_, i) => !inRun.has(i));
  return out.length > 0 && out.length < passedOver.length ? out : passedOver;
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
  options: RowOptions & Required<Pick<RowOptions, 'spanAt'>>,
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
  // (the callers' own options, spanAt and all: a spread adding spanAt here had taken a seventh of table 3's time)
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

export function problemWarning(sink: TableSink, page: ReportDocument, read: RowRead, keys: string[], label: string, start: number): void {
  if (!read.problem) return;
  sink.warnings.push({ code: read.problem.code, message: `${label}: ${read.problem.message}`, keys, ref: page.refAt(start, start + 1) });
}

/** True when `key` already holds a cell: the first reading wins when a key is met twice (repeated tables). */
export function has(sink: TableSink, key: string): boolean {
  return key in sink.cells;
}

/** A 备注 column in a table's header: cells after the values are notes, not extra values. */
export const NOTE_COLUMN = /备\s*注/;
/** A 序号 (行次, 栏次) column in a table's header: a data row's first cell may be its number. */
export const INDEX_COLUMN = /序\s*号|[行栏]\s*次/;

/** A table 3 row's total column is the sum of its six applicant columns. */
const colsum: Relation = (v) => v.length === 7 && v[6] !== null && v.slice(0, 6).every((x) => x !== null) && v[6] === v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0);

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
  { id: 4, name: '其他', re: /(?<!或\s*)其\s*他(?!\s*[^\s|｜]{0,8}?(?:组\s*织|说\s*明|情\s*况|事\s*项|备\s*注|需\s*要|报\s*告|内\s*容))/ }, // not the 其他 of 法人或其他组织, nor a note column's 其他说明, 其他需要说明的情况, 其他事项, 其他备注, 其他需要报告的内容 (audit 133 W05, 134 W06, W07, 135 W02, W03)
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
  // (a page printed as one line reads as prose throughout: its first match printed as a table's row, its values
  // after it with no unit, or with the table's applicant columns printed near it; a sentence on a page with no table 3,
  // 本年新收政府信息公开申请4件，…, had been read as the table, its counts lost from the narrative and notes naming cells
  // of a table the page does not print: audit 147 N17; one-line tables with no header or another one, 公民 and
  // 法人和其他组织, are still read: audit 151 P07–P09)
  for (let m = first; m; m = execFrom(T3_START_SCAN, s, m.index + 1)) {
    if (ROW_VALUES_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40)) || APPLICANT_COLUMNS.test(s.slice(Math.max(0, m.index - 1500), m.index + 1500))) return m;
  }
  return null;
}
const APPLICANT_COLUMNS = /自\s*然\s*人|商\s*业\s*企\s*业|法\s*人\s*或\s*其\s*他\s*组\s*织/;
/** a table row's values after its label: numbers with no unit (`数量 5 0 0 0 0 0 5`, `数量230 000023`), not `4件` */
const ROW_VALUES_AFTER = /^\s*(?:数\s*量)?[\s|｜]*\d[\d\s|｜]*(?![\d\s件条个起宗次人份项])/;

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

/**
 * A row label that is a column's name in the header printed again after a page break (`… 法律服务机构 其他` /
 * `3.其他 1 0 0 0 0 0 1`): the header's 其他 had been taken for the 3.其他 row and its 总计 for the （七）总计 row, the
 * printed row stored blank (read as 0) with no note and the total lost (audit 126 A37, A38, B13). Told by the
 * column names right before or after it, spaces and cell bars aside.
 */
function inRepeatedHeader(m: LabelMatch, s: string): boolean {
  // (only a label that is a column's name too: the first row under the header follows its 其他 as well)
  if (!COLUMN_NAME_LABEL.test(s.slice(m.start, m.end))) return false;
  const before = s.slice(Math.max(0, m.start - 24), m.start).replace(SPACES_AND_BARS, '');
  const after = s.slice(m.end, m.end + 24).replace(SPACES_AND_BARS, '');
  return COLUMN_NAME_BEFORE.test(before) || COLUMN_NAME_AFTER.test(after) || (before.endsWith('法人或') && after.startsWith('组织'));
}
const SPACES_AND_BARS = /[\s|｜]+/g;
const COLUMN_NAME_LABEL = /^\s*(?:其\s*[他它]|总\s*计)\s*$/;
const COLUMN_NAME_BEFORE = /(?:申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构(?:其他)?)$/;
const COLUMN_NAME_AFTER = /^(?:自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构)/;

export function readTable3(page: ReportDocument, sink: TableSink): void {
  const s = page.stream;
  const startM = findTable3Start(s, 0);
  if (!startM) return;
  const from = startM.index;
  const endRe = /行\s*政\s*(?:法\s*)?复\s*议|五\s*、(?!\s*结\s*转)/g;
  endRe.lastIndex = from;
  const endM = endRe.exec(s);
  const to = endM ? endM.index : Math.min(s.length, from + 8000);
  const is2021 = T3_2021_MARKER.test(s.slice(from, to));
  const rows = is2021 ? T3_ROWS_2021 : T3_ROWS_2019;
  const repeatedHeader = (m: LabelMatch): boolean => inRepeatedHeader(m, s);
  let hits = sequentialHits(s, from, to, rows, repeatedHeader);
  if (hits.length === 0) return;
  sink.regions.push({ table: 'table3', start: from, end: to });
  // a second copy in the section: its rows are not read (nor filled in from it)
  const copy = secondCopyAt(s, hits, to);
  const rowsTo = copy ?? to;
  if (copy !== null) {
    hits = sequentialHits(s, from, copy, rows, repeatedHeader);
    if (!sameCopy(s, hits, copy)) sink.warnings.push(repeatedInSection('table 3', page, copy));
  }
  hits = withRowsAroundValues(s, from, rowsTo, rows, hits);
  const moved = outOfOrderHits(s, from, rowsTo, rows, hits, repeatedHeader);
  if (moved.length > 0) {
    hits = [...hits, ...moved].sort((a, b) => a.m.start - b.m.start);
    const named = misplacedRows(hits, rows, moved);
    sink.warnings.push({ code: 'row-order', message: rowOrderMessage(named.map((h) => h.row.pattern.canonical)), keys: [], ref: page.refAt(named[0]!.m.start, named[0]!.m.end) });
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
    const end = Math.min(nextStop(stops, afterLabelGloss(s, hit.m.end, next), sub ? sub.start : next), hit.valuesTo ?? next);
    const inOrder = order ? inHeaderOrder(hit.row.keys, order) : hit.row.keys;
    const keys = groups ? inGroupOrder(inOrder, groups) : inOrder;
    // with a 小计 column the row has 8 cells, and 总计 is not the sum of the others; with 总计
    // elsewhere than last, the relation's cells are not where it looks
    const own = keys.length === 7 && !groups;
    // one object shape for every row (a spread of two shapes here was a fifth of table 3's time)
    const options = { relation: own ? colsum : undefined, relationName: own ? 'T3-COLSUM' : undefined, noteColumn, indexColumn: indexed.rows[i], spanAt: page.spanAt, label: hit.row.pattern.canonical };
    const read = readRowOnce(page, sink, hit, end, keys.length, options, keys, hit.row.pattern.canonical);
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
  return s.slice(Math.max(lastNewline(s, applicant) + 1, firstRow - 300), firstRow);
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


// Cell and line helpers shared with the table-4 reader (read-table4.ts)
/**
 * The header with what its brackets hold blanked: a cell's own gloss (`总计（含尚未审结）`) names a
 * column after the cell's, and taken as the last match it moved that column (here 尚未审结 after 总计).
 */
export function withoutBrackets(header: string): string {
  return header.replace(/[（(][^（）()]*[）)]/g, (m) => ' '.repeat(m.length));
}
/**
 * Whether text[start, end) is a whole cell: a cell bar or a line's end on each side, spaces aside
 * (a gloss in brackets may follow). Not a word of a sentence, nor one followed by its count (`结果维持 5件`).
 */
export function standsAsCell(text: string, start: number, end: number): boolean {
  const [i, j] = pastSpaces(text, start, end);
  const before = i === 0 || CELL_EDGE.test(text[i - 1]!);
  const after = j === text.length || CELL_EDGE.test(text[j]!) || text[j] === '（' || text[j] === '(';
  if (before && after) return true;
  // columns set apart by spaces (a text page): spaces on each side, on a line of short words alone
  if ((!before && i === start) || (!after && j === end)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1; // (a header's text, not the stream: short)
  const nl = text.indexOf('\n', end);
  return HEADER_LIKE_LINE.test(text.slice(lineStart, nl < 0 ? text.length : nl));
}
export const CELL_EDGE = /[|｜\n]/;
/** three words or more of up to ten characters, no digit and no sentence punctuation */
export const HEADER_LIKE_LINE = /^[ \t|｜]*[^\s\d|｜，。；：,;:]{1,10}(?:[ \t|｜]+[^\s\d|｜，。；：,;:]{1,10}){2,}[ \t|｜]*$/;
/** A read row's values: a cell's own (an unread one's null), else its text read. */
export function rowValues(read: RowRead): Array<number | null> {
  return read.cells.map((c) => (c.value !== undefined ? c.value : readValue(c.raw).value));
}
/** a line's cells between bars, trimmed, without the empty ones it ends with */
export function lineCells(line: string): string[] {
  const cells = line.split('|').map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
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
  hits = withRowsAroundValues(s, from, rowsTo, rows, hits);
  // rows printed out of the template's order (行政规范性文件 before 规章, (八) before (六)) were dropped as missing (reviewer 72 #6)
  const moved = outOfOrderHits(s, from, rowsTo, rows, hits, mention);
  if (moved.length > 0) {
    hits = [...hits, ...moved].sort((a, b) => a.m.start - b.m.start);
    const named = misplacedRows(hits, rows, moved);
    sink.warnings.push({ code: 'row-order', message: rowOrderMessage(named.map((h) => h.row.pattern.canonical), 'table 2'), keys: [], ref: page.refAt(named[0]!.m.start, named[0]!.m.end) });
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
  // (a row printing fewer values than cells in a table whose other rows print theirs apart has blank cells left out;
  // so has one on a page whose table 3 prints its rows' values apart, when no table-2 row prints two values, audit 141 A01,
  // A02, unless a table-2 row prints digits run together, `规章 000` over `行政规范性文件 101`, audit 143 T03)
  const rowEnd = (i: number) => hits[i + 1]?.m.start ?? rowsTo;
  const valuesApart =
    hits.some((hit, i) => valuesPrintedApart(s, hit.m.end, rowEnd(i))) ||
    (t3 !== null && !hits.some((hit, i) => printsDigitRun(s, hit.m.end, rowEnd(i))) && rowsPrintedApartFrom(s, t3.index));
  // whether the row before was read in the other template's columns, and where its cells ended
  let otherBefore = false;
  let rowBeforeEnd = from;
  hits.forEach((hit, i) => {
    const next = rowEnd(i);
    const end = Math.min(nextStop(stops, afterLabelGloss(s, hit.m.end, next), next), hit.valuesTo ?? next);
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
    const read = readRowOnce(page, sink, hit, end, printed.length, { noteColumn, spanAt: page.spanAt, valuesApart, unnumberedLabels: true }, keys, `表二 ${hit.row.pattern.canonical}`);
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
const AMOUNT_UNIT_SAID = new RegExp(`[（(]\\s*(?:(?:金\\s*额\\s*)?单\\s*位\\s*[:：]\\s*)?(${MONEY_UNIT})\\s*[）)]|(?<!填\\s*报\\s*|报\\s*送\\s*|编\\s*制\\s*|发\\s*布\\s*|制\\s*表\\s*|审\\s*核\\s*|支\\s*持\\s*|主\\s*办\\s*|承\\s*办\\s*|协\\s*办\\s*)单\\s*位\\s*[:：](?:[件个项条次人宗起份、，,；;/\\s:：]|金\\s*额|收\\s*费|人\\s*民\\s*币){0,12}(${MONEY_UNIT})(?!${PLACE_AFTER_YUAN})`, 'g');

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
