// The previous tables.ts, verbatim apart from import paths (and row-cells from previous-row-cells.ts): the oracle for tables-same-as-before.test.ts.
// Template-driven readers for tables 2, 3, 4 and the legacy appendix. Each finds its table's
// stretch of the page stream, anchors on the template's row labels and reads the cells between.
import type { CellValue, ParseWarning } from '../../../src/model/record';
import type { ReportDocument } from '../../../src/extract';
import { findAll, findLabel, type LabelMatch, type LabelPattern } from '../../../src/formats/labels';
import { T2_2021_HEADERS, T2_ROWS_2019, T2_ROWS_2021, T2_START, T2_STOPS, T2_VARIANTS } from '../../../src/formats/table2';
import { T3_2021_MARKER, T3_COLUMNS, T3_GROUP_OTHER, T3_GROUPS, T3_ROWS_2019, T3_ROWS_2021, T3_START, T3_SUBTOTAL_KEYS } from '../../../src/formats/table3';
import { T4_HEADER_WORD, T4_KEYS, T4_VARIANTS } from '../../../src/formats/table4';
import { LEGACY_CUMULATIVE, LEGACY_ROWS, LEGACY_START, LEGACY_STOPS } from '../../../src/formats/legacy';
import { readValue } from '../../../src/text/numbers';
import { readRowCells, type Relation, type RowCell, type RowRead } from './previous-row-cells';
import { legacySubRowsToTheirGroup } from '../../../src/parse/read-legacy';
import { legacyRowEnd, SEQ_HEADER } from '../../../src/parse/legacy-numbering';
import { afterLabelGloss, t2NameMention, outOfOrderHits, misplacedRows, rowOrderMessage, t2ExtraColumns, t2ExtraMessage, applicantGroupOrder, columnOrderMessage, groupOrderMessage, inGroupOrder, t3Header as t3HeaderText, headerColumnOrder, inHeaderOrder, labelAgain, repeatedInSection, repeatedTable3, sameCopy, secondCopyAt, T2_ORDER_MESSAGE, t2HeaderKeys } from '../../../src/parse/tables';
import { secondT4Copy, t4DataLine, t4HeaderEnd, T4_ORDER_MESSAGE, t4HeaderKeys, t4RowSum, runOnRow, unreadWhenRunRefused, unreadUnlessSumsHold } from '../../../src/parse/read-table4';

export interface TableSink {
  cells: Record<string, CellValue>;
  warnings: ParseWarning[];
  /** stream stretches that are tables (excluded from narrative reading) */
  regions: Array<{ table: 'table2' | 'table3' | 'table4' | 'legacy'; start: number; end: number }>;
  split: boolean;
  rebuiltFromText: boolean;
}

const VARIANT_FORMS = new Set(['属于行政执法案件', '"危及三安全一稳定"']);

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
  } else {
    const rv = readValue(rc.raw, read.unit ?? unit);
    value = rv.value;
    kind = rv.kind;
    cellUnit = rv.unit;
    // (later change, in both) a count printed with a money unit is unread
    if (cellUnit && !(read.unit ?? unit) && !key.endsWith('Yuan')) {
      value = null;
      kind = 'text';
      cellUnit = undefined;
    }
  }
  // (later change, in both) an amount in its key's unit
  if (value !== null && cellUnit && key.endsWith('Yuan')) {
    const keyUnit = key.endsWith('WanYuan') ? '万元' : '元';
    if (cellUnit === '万元' && keyUnit === '元') value = Number((value * 10000).toFixed(6));
    else if (cellUnit === '元' && keyUnit === '万元') value = Number((value / 10000).toFixed(6));
  }
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

/** Finds each row label in order, each after the previous one. */
function sequentialHits<R extends { pattern: LabelPattern }>(stream: string, from: number, to: number, rows: R[], mention?: (m: LabelMatch) => boolean): Array<Hit<R>> {
  const hits: Array<Hit<R>> = [];
  let pos = from;
  for (const row of rows) {
    // (later change, in both) a table-2 row's name in a title is passed over
    let m = findLabel(row.pattern, stream, pos, to);
    while (m && mention?.(m)) m = findLabel(row.pattern, stream, m.end, to);
    if (!m) continue;
    hits.push({ row, m });
    pos = m.end;
  }
  return hits;
}

function problemWarning(sink: TableSink, page: ReportDocument, read: RowRead, keys: string[], label: string, start: number): void {
  if (!read.problem) return;
  sink.warnings.push({ code: read.problem.code, message: `${label}: ${read.problem.message}`, keys, ref: page.refAt(start, start + 1) });
}

/** True when `key` already holds a cell: the first reading wins when a key is met twice (repeated tables). */
/** (later change, in both) the row from its first copy; a second copy with other numbers: neither, and a warning */
function readRowOnce<R extends { pattern: LabelPattern }>(page: ReportDocument, sink: TableSink, hit: Hit<R>, end: number, n: number, options: Parameters<typeof readRowCells>[4], keys: string[], label: string): RowRead {
  const s = page.stream;
  // (later change, in both) the label again in a sentence (a note under the table) is no second copy
  const again = labelAgain(s, hit.row.pattern, hit.m.end, end);
  const first = readRowCells(s, hit.m.end, again ? again.start : end, n, options);
  if (!again) return first;
  const second = readRowCells(s, again.end, end, n, options);
  const a = first.cells.map((c) => c.raw);
  const b = second.cells.map((c) => c.raw);
  if (a.join('|') === b.join('|')) return first;
  sink.warnings.push({ code: 'repeated-row', message: `${label}: printed twice with other numbers ([${a.join(', ')}] and [${b.join(', ')}]): neither is read`, keys, ref: page.refAt(again.start, again.end) });
  return { ...first, cells: first.cells.map((c) => ({ ...c, value: null })), ambiguity: undefined, problem: undefined };
}

function has(sink: TableSink, key: string): boolean {
  return key in sink.cells;
}

export function readTable3(page: ReportDocument, sink: TableSink): void {
  const s = page.stream;
  const startM = T3_START.exec(s);
  if (!startM) return;
  const from = startM.index;
  // (later change, in both) 五、结转下年度继续办理 (table 3's row numbered 五、 by mistake) ends no table
  const endRe = /行\s*政\s*(?:法\s*)?复\s*议|五\s*、(?!\s*结\s*转)/g;
  endRe.lastIndex = from;
  const endM = endRe.exec(s);
  const to = endM ? endM.index : Math.min(s.length, from + 8000);
  const is2021 = T3_2021_MARKER.test(s.slice(from, to));
  const rows = is2021 ? T3_ROWS_2021 : T3_ROWS_2019;
  let hits = sequentialHits(s, from, to, rows);
  if (hits.length === 0) return;
  sink.regions.push({ table: 'table3', start: from, end: to });
  // (later change, in both) a second copy in the section is not read; with other numbers, a warning
  const copy = secondCopyAt(s, hits, to);
  const rowsTo = copy ?? to;
  if (copy !== null) {
    hits = sequentialHits(s, from, copy, rows);
    if (!sameCopy(s, hits, copy)) sink.warnings.push(repeatedInSection('table 3', page, copy));
  }
  // (later change, in both) rows printed out of the template's order are found by their labels, with a note
  const moved = outOfOrderHits(s, from, rowsTo, rows, hits);
  if (moved.length > 0) {
    hits = [...hits, ...moved].sort((a, b) => a.m.start - b.m.start);
    // (later change, in both) the note names the rows out of the longest run in the template's order, when fewer
    const named = misplacedRows(hits, rows, moved);
    sink.warnings.push({ code: 'row-order', message: rowOrderMessage(named.map((h) => h.row.pattern.canonical)), keys: [], ref: page.refAt(named[0]!.m.start, named[0]!.m.end) });
  }
  const stops = findAllStops(s, from, rowsTo, is2021 ? [...T3_GROUPS, T3_GROUP_OTHER] : T3_GROUPS);
  // (later change, in both) the 法人或其他组织 columns in the header's order
  const order = headerColumnOrder(s, from, hits[0]!.m.start);
  if (order) sink.warnings.push({ code: 'column-order', message: columnOrderMessage(order), keys: [], ref: page.refAt(from, from + 1) });
  // (later change, in both) 自然人, 法人或其他组织 and 总计 in the header's order
  const groups = applicantGroupOrder(t3HeaderText(s, from, hits[0]!.m.start));
  if (groups) sink.warnings.push({ code: 'column-order', message: groupOrderMessage(groups), keys: [], ref: page.refAt(from, from + 1) });
  const colsum: Relation = (v) => v.length === 7 && v[6] !== null && v.slice(0, 6).every((x) => x !== null) && v[6] === v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0);
  hits.forEach((hit, i) => {
    const next = hits[i + 1]?.m.start ?? rowsTo;
    const end = nextStop(stops, afterLabelGloss(s, hit.m.end, next), next); // (later change, in both) past a gloss after the label
    const inOrder = order ? inHeaderOrder(hit.row.keys, order) : hit.row.keys;
    const keys = groups ? inGroupOrder(inOrder, groups) : inOrder;
    // (later change, in both) a printed 小计 column makes 8 cells
    // (later change, in both) a row printed twice with other numbers is read from neither copy
    const read = readRowOnce(page, sink, hit, end, keys.length, keys.length === 7 && !groups ? { relation: colsum, relationName: 'T3-COLSUM' } : {}, keys, hit.row.pattern.canonical);
    if (read.split) sink.split = true;
    const variant = VARIANT_FORMS.has(hit.m.form) ? { printed: hit.m.form, canonical: hit.row.pattern.canonical } : undefined;
    read.cells.forEach((rc, c) => {
      const key = keys[c]!;
      if (!has(sink, key)) sink.cells[key] = toCellValue(page, key, rc, read, undefined, variant);
    });
    problemWarning(sink, page, read, keys, hit.row.pattern.canonical, hit.m.start);
  });
  addT3Subtotals(sink);
  if (!page.tables.length) sink.rebuiltFromText = true;
  // (later change, in both) a second table 3 further on gets a warning
  const repeated = repeatedTable3(page, to);
  if (repeated) sink.warnings.push(repeated);
}

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
    // (later change, in both) from table 4's own 行政复议 header, not a fixed distance back
    from = Math.max(0, m.index - 200);
    const re = /行\s*政\s*复\s*议/g;
    re.lastIndex = from;
    let last = -1;
    for (let h = re.exec(s); h !== null && h.index < m.index; h = re.exec(s)) last = h.index;
    if (last >= 0) from = last;
  }
  const endRe = /五\s*、(?!\s*结\s*转)/g; // (later change, in both)
  endRe.lastIndex = from;
  const endM = endRe.exec(s);
  const to = Math.min(endM ? endM.index : s.length, from + 3000);
  const sub = s.slice(from, to);
  if (!/直\s*接\s*起\s*诉|复\s*议\s*后\s*起\s*诉/.test(sub)) return;
  // (later change, in both) the header word the first row of numbers follows, not the last one
  const headerEnd = t4HeaderEnd(s, from, to);
  if (headerEnd === null) return;
  let start = headerEnd;
  // skip the rest of the header row (" | ") up to the data row
  const rest = /^[\s|]*\n/.exec(s.slice(start, to));
  const startsAtCell = !!rest && s.slice(start, to).includes('|');
  if (rest) start += rest[0].length;
  sink.regions.push({ table: 'table4', start: from, end: to });
  // (later change, in both) the columns in the header's order
  const printedKeys = t4HeaderKeys(s.slice(from, start));
  const t4Keys = printedKeys ?? T4_KEYS;
  if (printedKeys) sink.warnings.push({ code: 'column-order', message: T4_ORDER_MESSAGE, keys: [], ref: page.refAt(from, from + 1) });
  // (later change, in both) a second table 4 in the section is not read; with other numbers, a warning
  const copy = secondT4Copy(s, start, to);
  if (copy && copy.row !== t4DataLine(s, start, to)) sink.warnings.push(repeatedInSection('table 4', page, copy.at));
  // (later change, in both) a count opening the text after a one-line row is cut off it; a row refused is unread, not blank
  const runOn = startsAtCell ? null : runOnRow(s, start, to);
  const cutAt = runOn?.cutAt ?? null;
  let read = readRowCells(s, start, cutAt ?? copy?.at ?? to, 15, { relation: t4RowSum(t4Keys), relationName: 'T4-ROWSUM', startsAtCell });
  if (read.split) sink.split = true;
  if (!startsAtCell) read = unreadWhenRunRefused(read, s, from, to);
  if (runOn?.bySums) read = unreadUnlessSumsHold(read, s, start, to, t4Keys);
  const variants = T4_VARIANTS.filter((v) => v.printed.test(sub));
  read.cells.forEach((rc, i) => {
    const key = t4Keys[i]!;
    const variant = key.startsWith('table4.litigationDirect') ? variants[0] : undefined;
    if (!has(sink, key)) sink.cells[key] = toCellValue(page, key, rc, read, undefined, variant ? { printed: variant.text, canonical: variant.canonical } : undefined);
  });
  for (const v of variants) sink.warnings.push({ code: 'label-variant', message: `表四 prints "${v.text}" for "${v.canonical}"`, keys: [] });
  problemWarning(sink, page, read, t4Keys, '表四', start);
}

export function readTable2(page: ReportDocument, sink: TableSink): void {
  const s = page.stream;
  const startM = T2_START.exec(s);
  if (!startM) return;
  const from = startM.index;
  const t3 = T3_START.exec(s.slice(from));
  const to = t3 ? from + t3.index : Math.min(s.length, from + 5000);
  const sub = s.slice(from, to);
  const is2021 = T2_2021_HEADERS.test(sub);
  const rows = is2021 ? T2_ROWS_2021 : T2_ROWS_2019;
  let hits = sequentialHits(s, from, to, rows, t2NameMention(s, findAllStops(s, from, to, T2_STOPS), to));
  if (hits.length === 0) return;
  sink.regions.push({ table: 'table2', start: from, end: to });
  // (later change, in both) a second copy in the section is not read; with other numbers, a warning
  const copy = secondCopyAt(s, hits, to);
  const rowsTo = copy ?? to;
  if (copy !== null) {
    hits = sequentialHits(s, from, copy, rows, t2NameMention(s, findAllStops(s, from, to, T2_STOPS), to));
    if (!sameCopy(s, hits, copy)) sink.warnings.push(repeatedInSection('table 2', page, copy));
  }
  // (later change, in both) rows out of the template's order, read by their labels with a note
  const moved = outOfOrderHits(s, from, rowsTo, rows, hits, t2NameMention(s, findAllStops(s, from, to, T2_STOPS), to));
  if (moved.length > 0) {
    hits = [...hits, ...moved].sort((a, b) => a.m.start - b.m.start);
    const named = misplacedRows(hits, rows, moved);
    sink.warnings.push({ code: 'row-order', message: rowOrderMessage(named.map((h) => h.row.pattern.canonical), 'table 2'), keys: [], ref: page.refAt(named[0]!.m.start, named[0]!.m.end) });
  }
  const stops = findAllStops(s, from, rowsTo, T2_STOPS);
  const variants = T2_VARIANTS.filter((v) => v.printed.test(sub));
  for (const v of variants) sink.warnings.push({ code: 'label-variant', message: `表二 prints "${v.text}" for "${v.canonical}"`, keys: [] });
  const madeVariant = variants.find((v) => v.canonical === '本年新制作数量');
  hits.forEach((hit, i) => {
    const next = hits[i + 1]?.m.start ?? rowsTo;
    const end = nextStop(stops, afterLabelGloss(s, hit.m.end, next), next); // (later change, in both) past a gloss after the label
    // (later change, in both) the columns in the order the sub-table's header prints them
    const printedKeys = t2HeaderKeys(s, Math.max(from, hit.m.start - 200), hit.m.start, hit.row);
    if (printedKeys) sink.warnings.push({ code: 'column-order', message: `表二 ${hit.row.pattern.canonical}: ${T2_ORDER_MESSAGE}`, keys: [], ref: page.refAt(hit.m.start, hit.m.start + 1) });
    // (later change, in both) a header printing columns the template has not: those not read, the others by the header
    const wide = t2ExtraColumns(s, Math.max(from, hit.m.start - 200), hit.m.start, hit.row);
    if (wide) sink.warnings.push({ code: 'column-order', message: `表二 ${hit.row.pattern.canonical}: ${t2ExtraMessage(wide.extra)}`, keys: [], ref: page.refAt(hit.m.start, hit.m.start + 1) });
    const printed: Array<string | null> = wide?.keys ?? printedKeys ?? hit.row.keys;
    const keys = printed.filter((k): k is string => k !== null);
    // (later change, in both) a row printed twice with other numbers is read from neither copy
    const read = readRowOnce(page, sink, hit, end, printed.length, {}, keys, `表二 ${hit.row.pattern.canonical}`);
    if (read.split) sink.split = true;
    // (later change, in both) an amount column's unit as its header prints it
    const printedUnit = keys.some((k) => k.endsWith('Yuan')) ? headerAmountUnit(s, Math.max(from, hits[i - 1]?.m.end ?? from, hit.m.start - 120), hit.m.start) : null;
    read.cells.forEach((rc, c) => {
      const key = printed[c];
      if (!key || has(sink, key)) return;
      const variant = madeVariant && key.endsWith('.newlyMade') ? { printed: madeVariant.text, canonical: madeVariant.canonical } : undefined;
      sink.cells[key] = toCellValue(page, key, rc, read, (printedUnit && key.endsWith('Yuan') ? printedUnit : null) ?? hit.row.unit, variant);
    });
    problemWarning(sink, page, read, keys, `表二 ${hit.row.pattern.canonical}`, hit.m.start);
  });
}

/** Legacy rows, longest label first: matches are claimed in this order so a short label never lands inside a long one. */
const LEGACY_CLAIM_ORDER = LEGACY_ROWS.map((row, i) => ({ row, i, len: row.pattern.forms[0]!.length }))
  .sort((a, b) => b.len - a.len || a.i - b.i)
  .map(({ row }) => row);

export function readLegacy(page: ReportDocument, sink: TableSink): void {
  const s = page.stream;
  // (later change, in both) not a 指标名称/统计指标 in a sentence (its line reaching a 。)
  LEGACY_START.lastIndex = 0;
  let startM = LEGACY_START.exec(s);
  while (startM) {
    const lineEnd = s.indexOf('\n', startM.index);
    if (!s.slice(startM.index, lineEnd < 0 ? startM.index + 80 : Math.min(lineEnd, startM.index + 80)).includes('。')) break;
    LEGACY_START.lastIndex = startM.index + 1;
    startM = LEGACY_START.exec(s);
  }
  if (!startM) return;
  const from = startM.index;
  // (later change, in both) a second header after the first one's line ends the table, with a warning
  let second: number | null = null;
  const headerEnd = s.indexOf('\n', from);
  LEGACY_START.lastIndex = headerEnd < 0 ? s.length : headerEnd;
  for (let m = headerEnd < 0 ? null : LEGACY_START.exec(s); m; LEGACY_START.lastIndex = m.index + 1, m = LEGACY_START.exec(s)) {
    const lineEnd = s.indexOf('\n', m.index);
    if (!s.slice(m.index, lineEnd < 0 ? m.index + 80 : Math.min(lineEnd, m.index + 80)).includes('。')) {
      second = m.index;
      break;
    }
  }
  const to = second ?? s.length;
  let cols = LEGACY_CUMULATIVE.test(s.slice(from, from + 120)) ? 2 : 1;
  const claimed: Array<[number, number]> = [];
  const hits: Array<{ row: (typeof LEGACY_ROWS)[number]; m: LabelMatch }> = [];
  for (const row of LEGACY_CLAIM_ORDER) {
    const found = findAll(row.pattern, s, from, to).find((m) => !claimed.some(([a, b]) => m.start < b && a < m.end));
    if (!found) continue;
    claimed.push([found.start, found.end]);
    hits.push({ row, m: found });
  }
  if (hits.length < 2) return;
  hits.sort((a, b) => a.m.start - b.m.start);
  // (later change, in both) a 复议 sub-row after the 诉讼 total, with no 诉讼 one of its own, is the 诉讼 one
  legacySubRowsToTheirGroup(hits);
  // (later change, in both) a header column 累计 alone (before the first row) is the cumulative one
  if (cols === 1 && /累\s*计/.test(s.slice(from, hits[0]!.m.start))) cols = 2;
  sink.regions.push({ table: 'legacy', start: from, end: to });
  const stops = findAllStops(s, from, to, LEGACY_STOPS);
  const cumulative: Relation = (v) => v.length === 2 && v[0] !== null && v[1] !== null && v[1]! >= v[0]!;
  // (later change, in both) a row's values end before the next row's 序号 or dotted numbering
  const seqColumn = SEQ_HEADER.test(s.slice(Math.max(0, from - 30), hits[0]!.m.start));
  hits.forEach((hit, i) => {
    const next = hits[i + 1] ? legacyRowEnd(s, hit.m.start, hit.m.end, hits[i + 1]!.m.start, seqColumn) : to;
    const end = nextStop(stops, hit.m.end, Math.min(next, hit.m.end + 400));
    const read = readRowCells(s, hit.m.end, end, cols, cols === 2 ? { relation: cumulative, relationName: 'L-CUMULATIVE' } : {});
    if (read.split) sink.split = true;
    const keys = hit.row.keys.slice(0, cols);
    read.cells.forEach((rc, c) => {
      const key = keys[c]!;
      if (!has(sink, key)) sink.cells[key] = toCellValue(page, key, rc, read, hit.row.unit);
    });
    problemWarning(sink, page, read, keys, `统计表 ${hit.row.pattern.canonical}`, hit.m.start);
  });
  if (!page.tables.length) sink.rebuiltFromText = true;
  if (second !== null) sink.warnings.push({ code: 'repeated-table', message: 'a second 统计表 is printed further on (another year\'s?): only the first is read', keys: [], ref: page.refAt(second, second + 1) });
}

// (later change, in tables.ts only) tables.ts reads the unit wherever the table says it (printedAmountUnit);
// the header-only reading it replaced lives on here
/** "本年收费金额（单位：元）", "采购总金额（万元）" in the stream (half-width): the header's amount unit */
const AMOUNT_HEADER_UNIT = /金\s*额\s*\(\s*(?:单\s*位\s*[:：]\s*)?(万\s*元|元)\s*\)/g;

/**
 * The amount unit the table's header prints in stream[from, to), the last one, or null. The
 * template's unit stood in for it: "本年收费金额（单位：元）" over 3000 was stored as 3000 万元.
 */
function headerAmountUnit(s: string, from: number, to: number): string | null {
  // on the slice: from `from` in the whole stream, a miss scanned to the page's end
  const header = s.slice(from, to);
  if (header.indexOf('额') < 0) return null;
  let unit: string | null = null;
  AMOUNT_HEADER_UNIT.lastIndex = 0;
  for (let m = AMOUNT_HEADER_UNIT.exec(header); m; m = AMOUNT_HEADER_UNIT.exec(header)) unit = m[1]!.replace(/\s+/g, '');
  return unit;
}
