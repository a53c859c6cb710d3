// The pre-2019 appendix, 政府信息公开情况统计表: its rows claimed by label (longest first, not inside
// a note), read by the columns an HTML table's header names (legacy-grid.ts) or by cell count, each
// money row in the unit it prints (legacy-units.ts).
import type { ReportDocument } from '../extract';
import { findLabel, type LabelMatch, type LabelPattern, wrappedLabelRegex } from '../formats/labels';
import { LEGACY_CUMULATIVE, LEGACY_ROWS, LEGACY_START, LEGACY_STOPS } from '../formats/legacy';
import { execStartAnchored, startAnchored } from './anchored';
import { legacyColumns, readLegacyGridRow } from './legacy-grid';
import { legacyRowEnd, SEQ_HEADER } from './legacy-numbering';
import { legacyMoneyUnit, legacyUnitProblem, legacyUnitStatements, statedUnitFor } from './legacy-units';
import { readRowCells, type Relation } from './row-cells';
import { findAllStops, has, nextStop, problemWarning, toCellValue, type TableSink } from './tables';

// The 统计表's header is found from the literals every match of its pattern begins with (indexOf,
// then the same regex sticky there) instead of a regex scan from the top of the page.
const LEGACY_START_AT = startAnchored(LEGACY_START, ['指', '统', '项']);
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
    // a label followed by 单位： is the subject of a unit statement (本表专项经费单位：万元 under the
    // fee row), not its row: the row printed below was left blank, its 8.5 lost (reviewer 96 L1)
    if (!claimed.some(([a, b]) => m.start < b && a < m.end) && !unitSubjectEndsAt(stream, m.end)) return m;
    pos = m.end > m.start ? m.end : m.start + 1; // findAll's step
  }
}

/** 单位： (为, 是) right after a label, no value after it */
// (not when the row's value follows its unit, 依申请公开信息收取的费用单位：元 | 120 | or | 无 |: that is the
// row, printing its unit; reviewer 97 L1–L5, 98 L2)
const UNIT_SUBJECT = /\s*单\s*位\s*(?:(?:均|都|皆|统\s*一)\s*)?(?:[:：]|为|是)(?![^\n|｜]{0,12}[\s|｜]*(?:[+\-]?\d|无|[—－–/／]))/y;
/** whether a label ending at `at` is the subject of a unit statement (UNIT_SUBJECT follows it) */
function unitSubjectEndsAt(s: string, at: number): boolean {
  UNIT_SUBJECT.lastIndex = at;
  return UNIT_SUBJECT.test(s);
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
    const values = columns ? { from: afterUnit, end } : textValues(s, hit.m.end, afterUnit, end, unitColumn, sink.reportYear, sink.yearsDisagree);
    if ('note' in values) {
      // values for several years and none of them the report's (which is this year's is unknown), or a year before any value
      sink.warnings.push({ code: 'year-columns', message: `统计表 ${hit.row.pattern.canonical}: ${values.note}`, keys: hit.row.keys.slice(0, cols), ref: page.refAt(hit.m.start, end) });
      // the row's values kept as printed, unread: with no cell the row was as if not printed (a false
      // STRUCT-SECTION-MISSING for the fees, and nothing to show the reader)
      const key = hit.row.keys[0]!;
      const printed = PRINTED_VALUES.exec(s.slice(afterUnit, end));
      if (printed && !has(sink, key)) {
        const at = afterUnit + printed.index;
        sink.cells[key] = { value: null, raw: page.display.slice(at, at + printed[0].length), kind: 'text', ref: page.refAt(at, at + printed[0].length) };
      }
      return;
    }
    const read = (columns && readLegacyGridRow(page, columns, hit.m.start, cols)) || readRowCells(s, values.from, values.end, cols, cols === 2 ? { relation: cumulative, relationName: 'L-CUMULATIVE' } : {});
    if (read.split) sink.split = true;
    // the table's own unit only for a money row printing none of its own
    const onItsLine = money ? (tableUnits.ofRow.get(i) ?? []) : [];
    const ownUnit = read.unit ?? money?.cell ?? money?.label ?? money?.after ?? onItsLine[0];
    const stated = money && !ownUnit ? statedUnitFor(tableUnits, hit.row.keys[0]!, hit.m.start, hit.row.unit!) : null;
    const units = [...new Set([read.unit, money?.cell, money?.label, money?.after, ...onItsLine, stated?.unit].filter((u): u is string => !!u))];
    const unitProblem =
      legacyUnitProblem(units) ??
      (stated?.conflict
        ? `the table states "${stated.conflict.text}" between its rows, not saying which: the amount's unit is unknown, not read`
        : stated?.footerConflict
          ? `the table states ${stated.unit} above its rows and "${stated.footerConflict.text}" below them: the amount's unit is unknown, not read`
          : null);
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
 * Where a text 统计表 row's values are: from past a money unit cell (`from`), a count's unit the
 * row reader does not know (份, 宗 before the value: note 17's 82 A, C) and, in a table with a 单位
 * column, an empty unit cell (`| | 27`: the row was left unread as "a cell is extra", reviewer 87),
 * but not after a unit cell of its own (`| 元 | | 3600` is a blank value: reviewer 88 L1; a unit
 * glued to the label, `费用（元） | | 1200`, is in the label's cell); to `end`. Values labelled by
 * year (`2016年 900 2017年 1200`) are read at the report's year; `note` says why a row is not read
 * (no label is the report year's, or its values open with a year labelling none).
 */
function textValues(s: string, labelEnd: number, from: number, end: number, unitColumn: boolean, reportYear: number | null, disagree?: [number, number]): { from: number; end: number } | { note: string } {
  let at = from;
  let to = end;
  // a year labelling the value (`费用（元） 2017年 1200` on a page printed as one line: 2017 had been
  // read as the fee, reviewer 87 P10)
  const { labels: years, stops } = yearLabels(s, at, end);
  // values opening with a year that labels none, in a cell with them (2010年起统计 1200 on a page printed
  // as one line): 2010 had been read as the fee (reviewer 97 S2)
  // a month's label, in a cell of its own too (`| 2017年12月 | 1200 |`): that month's value, not the
  // year's (it was read as the year's on a page with bars, reviewer 99 S4)
  const month = years.length === 0 ? monthLabel(s, at, end, reportYear, disagree) : null;
  if (month && 'note' in month) return month;
  if (month) at = month.valueAt;
  YEAR_OPENING.lastIndex = at;
  if (years.length === 0 && YEAR_OPENING.test(s)) {
    const printed = s.slice(at, end).trim();
    return { note: `"${/^\D*\d{4}\s*年\D{0,16}[\d.,]*/.exec(printed)?.[0] ?? printed.slice(0, 20)}" opens with a year, not a value: not read` };
  }
  let i = -1;
  // (`2016年 900 2017年 1200`: 2016 had been read as the fee, silently; one label of another year or of
  // months, `2017年1-6月 500`, is not the report year's either: reviewer 98 P1; with the report's year
  // unknown, a row's only label is taken)
  if (years.length > 0) {
    i = years.length === 1 && reportYear === null && !years[0]!.year.includes('月') ? 0 : years.findIndex((y) => y.year === `${reportYear}年`);
    if (i < 0) return { note: yearsNote(years.map((y) => y.year), reportYear, disagree) };
  }
  if (i >= 0) {
    at = years[i]!.valueAt;
    // to the next label, or a year in a note after the value (2017年 1200 较2016年增加300: reviewer 97 S1)
    to = Math.min(years[i + 1]?.labelAt ?? end, stops.find((p) => p > at) ?? end);
  }
  OTHER_COUNT_UNIT.lastIndex = at;
  const countUnit = OTHER_COUNT_UNIT.exec(s);
  if (countUnit && at + countUnit[0].length < to) at += countUnit[0].length;
  if (unitColumn && !/[|｜]/.test(s.slice(labelEnd, at))) {
    EMPTY_CELL_AHEAD.lastIndex = at;
    const empty = EMPTY_CELL_AHEAD.exec(s);
    if (empty && at + empty[0].length < to) at += empty[0].length;
  }
  return { from: at, end: to };
}

/**
 * The year labels of a row's values, when its values open with one (` 2017年 1200`): each label
 * before a value, up to `end`, with where it starts and where its value does; and where each later
 * year labelling no value starts its words (较2016年增加300), which ends the value before it.
 */
function yearLabels(s: string, from: number, end: number): { labels: Array<{ year: string; labelAt: number; valueAt: number }>; stops: number[] } {
  const labels: Array<{ year: string; labelAt: number; valueAt: number }> = [];
  const stops: number[] = [];
  YEAR_BEFORE_VALUE.lastIndex = from;
  let m = YEAR_BEFORE_VALUE.exec(s);
  if (!m || from + m[0].length >= end) return { labels, stops };
  labels.push({ year: labelYear(m), labelAt: from, valueAt: from + m[0].length });
  YEAR_LABEL_LATER.lastIndex = from + m[0].length;
  for (let y = YEAR_LABEL_LATER.exec(s); y && y.index < end; y = YEAR_LABEL_LATER.exec(s)) {
    YEAR_BEFORE_VALUE.lastIndex = y.index;
    m = YEAR_BEFORE_VALUE.exec(s);
    if (m && y.index + m[0].length < end) {
      labels.push({ year: labelYear(m), labelAt: y.index, valueAt: y.index + m[0].length });
      YEAR_LABEL_LATER.lastIndex = y.index + m[0].length;
      continue;
    }
    let w = y.index + (y[0].length - y[0].trimStart().length);
    while (w > from && /[^\s|｜\d]/.test(s[w - 1]!)) w--;
    stops.push(w);
  }
  return { labels, stops };
}

/** what a year label names: `2017年`, or `2017年1-6月` (a part of the year, never the report's year) */
const labelYear = (m: RegExpExecArray): string => (m[2] && !(m[2] === '1' && m[3] === '12') ? `${m[1]}年${m[2]}-${m[3]}月` : `${m[1]}年`);

/** "values for 2015年 and 2016年, none for the report's year (2017): not read" */
function yearsNote(years: string[], reportYear: number | null, disagree?: [number, number]): string {
  const list = years.join(' and ');
  if (reportYear === null && disagree) return `values for ${list}, and the title's year (${disagree[0]}) and the statistics period's (${disagree[1]}) disagree: not read`;
  return reportYear === null
    ? `values for ${list}, and the report's year is unknown: not read`
    : `values for ${list}, none for the report's year (${reportYear}): not read`;
}

/** a 单位 or 计量单位 header cell of a text 统计表 */
const UNIT_COLUMN_CELL = /(?:^|[|｜\s])(?:计\s*量\s*)?单\s*位\s*(?:[|｜\n]|$)/;
/** a unit of a count other than the row reader's (件, 条, 个, 人次, 次, 篇, 项, 人), before the value: `份 27`, `| 宗 | 5` */
const OTHER_COUNT_UNIT = /[ \t]*(?:[|｜][ \t]*)?(?:份|宗|起|场|期|家|批|名|人\s*次)[ \t]*(?=[|｜]?[ \t]*\d)/y;
/** a year label before a row's value: ` 2017年 1200`, `| 2017年度 | 1200` */
// (a label of months, 2017年1-6月 | 500, is that part of the year's: reviewer 97 P1; a value may be a
// placeholder, 2016年 无: 97 S3)
const YEAR_BEFORE_VALUE = /[ \t]*(?:[|｜][ \t]*)?((?:19|20)\d{2})\s*年\s*(?:度|全\s*年)?(?:\s*(\d{1,2})\s*月?\s*[-－—~～至到]\s*(\d{1,2})\s*月份?)?[ \t]*(?!\d{1,2}\s*(?:[-－—~～至到]\s*\d{1,2}\s*)?月)(?=[|｜]?[ \t]*(?:[+\-]?\d|无|[—－–/／]|-(?!\d)))/y;
/**
 * a row's printed values on its line: from its first character to its last digit or placeholder,
 * not into the next heading's words nor a 其中 line's on a page printed as one line (reviewer 101 X2)
 */
const PRINTED_VALUES = /[^\s|｜](?:(?!其\s*中)[^\n])*[\d无—－–/／]/;
/**
 * A row's values opening with a month (` 2017年12月 1200`, `| 12月 | 120 |`, ` 1-6月 500`, ` 12月末 120`,
 * ` 1月份以来 5`): a label of the whole year (`1-12月`, `12月31日`, `12月末`, of the report's year or
 * none) is passed over to its value; any other is a month's, a part of the year's, or words, and the
 * row is not read. Before, the month's number was stored as the value, silently (reviewers 107 S1, 108 S1–S3).
 */
function monthLabel(s: string, at: number, end: number, reportYear: number | null, disagree?: [number, number]): { valueAt: number } | { note: string } | null {
  MONTH_OPENING.lastIndex = at;
  const m = MONTH_OPENING.exec(s);
  if (!m || at + m[0].length >= end) return null;
  const [label, year, first, secondYear, month, day, cutoff] = m;
  const printed = label.replace(/[|｜\s]/g, '');
  VALUE_AHEAD.lastIndex = at + label.length;
  const value = VALUE_AHEAD.exec(s);
  if (!value || at + label.length + value[0].length >= end) {
    // (words after it, 1月份以来 5; not a value's unit, `5 月`, read as before)
    if (!/\d月/.test(label) || !/^[ \t]*[|｜]?[ \t]*[\u4e00-\u9fff]/.test(s.slice(at + label.length, at + label.length + 4))) return null;
    const valueEnd = /\d[\d.,]*/g;
    valueEnd.lastIndex = at + label.length;
    const v = valueEnd.exec(s);
    const quoted = s.slice(at, v && v.index < end ? v.index + v[0].length : Math.min(end, at + label.length + 12)).replace(/\s*[|｜]\s*/g, ' ').trim();
    return { note: `"${quoted}" opens with a month, not a value: not read` };
  }
  if (secondYear !== undefined && secondYear !== year) return { note: `"${printed}" labels a part of the year, not its whole: not read` };
  // (12月底止, 12月末为止: reviewer 110 D04)
  const yearEnd = month === '12' && (day === '31' || (day === undefined && /^(?:[末底止]|为)/.test(cutoff ?? '')));
  const wholeYear = first !== undefined ? Number(first) === 1 && month === '12' && (day === undefined || day === '31') && !cutoff?.includes('旬') : yearEnd;
  const oneMonth = first === undefined && day === undefined && (cutoff === undefined || cutoff === '份');
  if (year !== undefined && (!wholeYear || reportYear === null || Number(year) !== reportYear)) return { note: yearsNote([oneMonth ? `${year}年${month}月` : printed], reportYear, disagree) };
  if (wholeYear) return { valueAt: at + label.length + value[0].length };
  if (oneMonth) return { note: `"${printed}" labels one month's value, not the year's: not read` };
  return { note: `"${printed}" labels a part of the year, not its whole: not read` };
}
/** a month opening a row's values (year, first month of a range, the range end's year, month, day, 份/末/底/止/旬) */
// (a range's end may print the year again, 2017年1月至2017年12月; a total may follow, 1—12月累计)
const MONTH_OPENING = /[ \t]*(?:[|｜][ \t]*)?(?:((?:19|20)\d{2})\s*年\s*)?(?:(1[0-2]|0?[1-9])\s*月?(?:\s*\d{1,2}\s*[日号])?\s*[-－—~～至到]\s*(?:((?:19|20)\d{2})\s*年\s*)?)?(1[0-2]|0?[1-9])\s*月(?:\s*(\d{1,2})\s*[日号])?\s*(份|[末底]\s*(?:为?\s*止)?|为?\s*止|初|[上中下]\s*旬)?(?:\s*(?:累\s*计|合\s*计|共\s*计|总\s*计|全\s*年))?/y;
/** what may stand between a label and the value after it: spaces, a bar */
const VALUE_AHEAD = /[ \t]*(?:[|｜][ \t]*)?(?=[+\-]?\d|无|[—－–/／]|-(?!\d))/y;
/** a year opening a row's values in their cell: ` 2010年起统计` (not a cell of its own, `| 2010年起统计 |`) */
const YEAR_OPENING = /[ \t]*(?:19|20)\d{2}\s*年/y;
/** a later year in a row's values, where the next value's label may start */
const YEAR_LABEL_LATER = /[ \t]*(?:[|｜][ \t]*)?(?:19|20)\d{2}\s*年/g;
/** an empty cell between bars, the row's next cell opening after it: `| | 27` */
const EMPTY_CELL_AHEAD = /[ \t]*[|｜][ \t]*(?=[|｜])/y;

/** The 统计表's rows in stream[from, to), each at its first label not inside a longer one's nor a note, in page order. */
function claimLegacyRows(s: string, from: number, to: number, notes: Array<[number, number]>): Array<{ row: (typeof LEGACY_ROWS)[number]; m: LabelMatch }> {
  const claimed: Array<[number, number]> = [...notes];
  const hits: Array<{ row: (typeof LEGACY_ROWS)[number]; m: LabelMatch }> = [];
  const missing: Array<(typeof LEGACY_ROWS)[number]> = [];
  for (const row of LEGACY_CLAIM_ORDER) {
    const found = firstUnclaimed(row.pattern, s, from, to, claimed);
    if (!found) {
      missing.push(row);
      continue;
    }
    claimed.push([found.start, found.end]);
    hits.push({ row, m: found });
  }
  // a label wrapped onto the next line at its cell's end (`七、依申请公开信息收取的 |` / `费用 | 120 |`): the
  // row was lost with no note (reviewer 95 L1)
  if (hits.length >= 2) {
    for (const row of missing) {
      const re = wrappedLabelRegex(row.pattern);
      re.lastIndex = from;
      for (let m = re.exec(s); m && m.index + m[0].length <= to; m = re.exec(s)) {
        const [start, end] = [m.index, m.index + m[0].length];
        // (only a match holding the break is new; not a unit statement's subject either)
        if (!/[|｜][ \t]*\n/.test(m[0]) || claimed.some(([a, b]) => start < b && a < end) || unitSubjectEndsAt(s, end)) continue;
        claimed.push([start, end]);
        hits.push({ row, m: { start, end, printed: m[0], form: row.pattern.canonical } });
        break;
      }
    }
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
