// Table 4 (行政复议、行政诉讼情况): one data row of fifteen cells under a two-level header, read
// by the header's own order of groups and outcomes; its copies, run-on rows, year rows and 备注
// columns.
import type { ReportDocument } from '../extract';
import { T4_GROUPS, T4_HEADER_WORD, T4_KEYS, T4_OUTCOMES, T4_VARIANTS } from '../formats/table4';
import { isDigitCode } from '../text/splits';
import { readValue } from '../text/numbers';
import { readChineseCount } from '../text/chinese-numerals';
import { yearFromDigits } from '../text/dates';
import { afterColumnNumbers } from './column-numbers';
import { readRowCells, type Relation, type RowCell, type RowRead } from './row-cells';
import { CELL_EDGE, has, INDEX_COLUMN, lineCells, NOTE_COLUMN, pastSpaces, problemWarning, repeatedInSection, rowValues, standsAsCell, toCellValue, withoutBrackets, type TableSink } from './tables';
import { lastNewline, lineStartOf } from './line-starts';

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
  // (not table 3's last row numbered 五、 by mistake, `五、结转下年度继续办理`: its end and table 4's had both been there,
  // the row and all 15 values of table 4 lost, with a note that table 4 may be an image, audit 148 H17)
  const endRe = /五\s*、(?!\s*结\s*转)/g;
  endRe.lastIndex = from;
  const endM = endRe.exec(s);
  const to = Math.min(endM ? endM.index : s.length, from + 3000);
  const sub = s.slice(from, to);
  if (!LITIGATION_WORD.test(sub)) return;
  // copies captioned by year (2018年度情况： over one table, 2019年度情况： over another): the report year's
  // (the first, last year's, had been read, with a note that a copy followed: reviewer 109)
  const captioned = reportYearCopy(s, from, to, sink.reportYear);
  if (captioned) {
    const years = captioned.years.join(', ');
    const message = captioned.tableUnder ? `table 4 is printed for ${years}: the report's year's (${sink.reportYear}) is read` : `table 4 is printed for ${years}, with no table under the report's year's (${sink.reportYear}) caption: not read`;
    sink.warnings.push({ code: 'year-rows', message, keys: [], ref: page.refAt(from, from + 1) });
    if (!captioned.tableUnder) return;
    from = captioned.at;
  }
  const headerEnd = t4HeaderEnd(s, from, to);
  if (headerEnd === null) return;
  let start = headerEnd;
  // skip the rest of the header row (" | ") up to the data row
  const rowStart = dataLineStart(s, start, to);
  const startsAtCell = rowStart > start && s.slice(start, to).includes('|');
  start = pastHeaderFragmentLines(s, rowStart, to);
  // a page's footer under the header (`- 5 -`), and the header printed again after the page break: the row
  // is under them, read by the repeat (the footer had been read as the row: all 15 values lost, reviewer 116 M35)
  // (the page's running title, 续表 or a note may come between; not a caption naming another year, 2023年度情况： or
  // 上年度情况：, which opens that year's copy: its row had been stored as this year's, silently, reviewer 118 P1;
  // that stays unread, with notes)
  let headerFrom = from;
  const next = PAGE_FOOTER_LINE.test(lineFrom(s, start, to)) ? s.indexOf('\n', start) + 1 : 0;
  if (next > 0 && next < to) {
    const again = t4HeaderEnd(s, next, to);
    const nextLine = lineFrom(s, next, to);
    if (again !== null && !namesYearOtherThan(s.slice(next, again), sink.reportYear)) [headerFrom, start] = [next, dataLineStart(s, again, to)];
    else if (NUMBER_ROW.test(nextLine) || PLACEHOLDER_ROW.test(nextLine)) start = next;
  }
  const headerText = s.slice(headerFrom, start);
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
  // a row labelled by its year or period alone (`2023 | 1 | …`, `2023年1-12月 | …`) is read from the label's bar, so that the
  // label is the row's label cell: `2023` read as a number had been the first value, and with a merged cell in the row
  // (the label then not dropped as an extra cell) every value moved one column and 2023 was stored as 维持, silently (audit 129 H04, H09)
  const firstLine = lineFrom(s, start, rowEnd);
  // (or a part's, 全年's or a sum's label before numbers alone, in a copy printing no bars: audit 136 Y25, Y26)
  const yearLabel = yearOrPeriodLabel(firstLine) ?? (/[|｜]/.test(firstLine) ? null : PART_OF_YEAR_LABEL.exec(firstLine) ?? WHOLE_YEAR_WORD_LABEL.exec(firstLine) ?? SUM_ROW_LABEL.exec(firstLine));
  // (a label on a line of its own over the row's numbers: read from the numbers' line)
  const overNumbers = !yearLabel && labelOverNumbers(s, start, rowEnd);
  const cellsFrom = yearLabel ? start + yearLabel[0].length - 1 : overNumbers ? start + firstLine.length + 1 : start;
  const options = { relation: t4RowSum(keys), relationName: 'T4-ROWSUM', startsAtCell: startsAtCell && !yearLabel, noteColumn, spanAt: page.spanAt };
  const noteAt = indexColumn ? null : t4NoteColumnAt(ownHeader);
  let read = wrappedOntoNextLine(readRowCells(s, cellsFrom, rowEnd, 15, options), s, rowEnd, options);
  if (noteAt !== null && rowOfCells(s, cellsFrom, rowEnd)) read = withNoteColumnAt(read, readRowCells(s, cellsFrom, rowEnd, 16, { ...options, noteColumn: false, relation: () => true }), noteAt, keys);
  if (indexColumn) read = withOrWithoutIndex(read, readRowCells(s, cellsFrom, rowEnd, 15, { ...options, indexColumn: true }), keys);
  // the reading whose groups add up (reviewer 74 R4: 16 5 0 0 2 7 … is a 栏次 16 and the row; 16 0 0 4 20 … is the row)
  if (sixteen) read = readingThatAddsUp(read, readRowCells(s, start + sixteen[0].length, rowEnd, 15, options), keys, (raw) => `a 栏次 row of 1 … 15 is followed by 16, and the row ("${raw}") does not show whether it is a 16th column's number: not read`, true);
  if (read.split) sink.split = true;
  if (!startsAtCell) read = unreadWhenRunRefused(read, s, from, to);
  if (runOn?.bySums) read = unreadUnlessSumsHold(read, s, start, to, keys);
  read = unreadUnderSecondHeader(read, headerText, from);
  read = unreadUnderOtherYearCaption(read, headerText, headerFrom, sink.reportYear);
  if ((otherYear && thisYearAt === null) || byYear?.earlierOnly) read = unreadAsOtherYears(read, s, start, to);
  if (byYear?.partsOnly) read = unreadAsParts(read, byYear.partsOnly, start);
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

/**
 * The data row a PDF-to-HTML copy broke over two table rows: its first values over empty cells (`2 | 1 | 0 | 1 | 4 |  | … |`),
 * the rest under empty cells on the next line (` |  |  |  |  | 1 | 0 | 1 | 0 | 2 | … |`). The two lines make the row when
 * the second prints nothing in the columns up to the first's last value and something after it, and the row's sums hold; the
 * second line's values had been stored blank, read as 0, with no note (audit 148 X11, Y05).
 */
function wrappedOntoNextLine(read: RowRead, s: string, rowEnd: number, options: { relation: Relation; spanAt: (at: number) => number }): RowRead {
  const cells = read.cells;
  if (read.problem || cells.length !== 15 || cells[14]!.raw !== '') return read;
  // (k: past the first line's last value; a blank before it is a blank cell of the row)
  let k = 14;
  while (k > 0 && cells[k - 1]!.raw === '') k--;
  if (k === 0) return read;
  const lineEnd = s.indexOf('\n', cells[k - 1]!.end);
  if (lineEnd < 0 || lineEnd >= rowEnd) return read;
  const next = readRowCells(s, lineEnd + 1, rowEnd, 15, { ...options, startsAtCell: true });
  if (next.problem || next.cells.length !== 15 || next.cells.slice(0, k).some((c) => c.raw !== '') || next.cells.slice(k).every((c) => c.raw === '')) return read;
  const joined = { cells: [...cells.slice(0, k), ...next.cells.slice(k)] };
  // (a blank cell read as 0, as the checks read it)
  return options.relation(joined.cells.map((c) => (c.raw === '' ? 0 : readValue(c.raw).value))) ? joined : read;
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
 * `at` moved past whole lines of the header's words broken over lines (a PDF copy's `结果 结果 其他 尚未 总计` over `维持 纠正 结果
 * 审结`, a flipbook's one character a token): the rest of the header, not the row; read as the row, all 15 values were lost
 * with a note (audit 140 T04, T08). Only when a line of values follows.
 */
// (after such lines, a page's foot or the table's unit may stand before the row: `- 6 -`, `第6页`, `（单位：件）`, or a bare page
// number over a line of values, `6` / `1 0 0 0 1 …`; the row had been unread with a note, audit 142 R02, R12)
function pastHeaderFragmentLines(s: string, at: number, to: number): number {
  let i = at;
  let pieces = false;
  for (let guard = 0; guard < 8; guard++) {
    const nl = s.indexOf('\n', i);
    if (nl < 0 || nl >= to) break;
    const line = s.slice(i, nl);
    if (HEADER_FRAGMENT_LINE.test(line)) pieces = true;
    else if (!pieces || !(FOOT_OR_UNIT_LINE.test(line) || (BARE_NUMBER_LINE.test(line) && rowOnLineAt(s, nl + 1, to)))) break;
    i = nl + 1;
  }
  return pieces && /^[\s|｜]*\d/.test(s.slice(i, Math.min(to, i + 8))) ? i : at;
}
/** a line of the outcome words' pieces only (结果, 维持, 纠正, 其他, 尚未, 审结, 总计, one character or two a token) */
const HEADER_FRAGMENT_LINE = /^[\s|｜]*(?:[结果维持纠正其他尚未审总计]{1,2}[\s|｜]+)*[结果维持纠正其他尚未审总计]{1,2}[\s|｜]*$/;
/** a page's foot (`- 6 -`, `第 6 页`) or the table's unit (`（单位：件）`) on a line of its own */
// (`第 6 页 共 9 页`, and the report's running title under the foot, `…2022年政府信息公开工作年度报告`: audit 144 F01, F02)
const FOOT_OR_UNIT_LINE = /^[\s|｜]*(?:[(（]?\s*单\s*位\s*[:：]\s*件\s*[)）]?|([-－—–])\s*\d{1,3}\s*\1|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|[^\d\n]{0,40}(?:19|20)\d{2}\s*年(?:度)?[^\d\n]{0,12}年度报告)[\s|｜]*$/;
const BARE_NUMBER_LINE = /^[\s|｜]*\d{1,3}[\s|｜]*$/;
/** whether the line at `at` is a row of values: two numbers or more, or one run of five digits or more (not a value a line) */
function rowOnLineAt(s: string, at: number, to: number): boolean {
  const nl = s.indexOf('\n', at);
  return ROW_ON_LINE.test(s.slice(at, nl < 0 || nl > to ? to : nl));
}
const ROW_ON_LINE = /^[\s|｜]*(?:\d+(?:[ \t|｜]+\d+)+|\d{5,})[\s|｜]*$/;

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
    // (a row labelled by its year, 2022年 | 0 | …, too: passed over, the header was taken to end at a 合计 row's label under
    // the year rows, and the years' sum stored as this year's, silently, audit 131 Y15, Y24)
    const isRow = isNumberRow(line) || yearLabelledRow(line) || labelOverNumbers(s, rowAt, to) || ((afterGroup || tableHeader) && (isPlaceholderRow(s, rowAt, line, to) || isBlankRow(line)));
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
/**
 * A caption naming another year over the row read (2023年度情况, 上年度情况：): that year's copy, under
 * this year's header printed without its row, or the only table printed. Its row had been stored as
 * this year's, silently (reviewer 118 T35); unread, with a note. (Captions of this year's and of
 * others': reportYearCopy picks the copy.)
 */
function unreadUnderOtherYearCaption(read: RowRead, headerText: string, from: number, reportYear: number | null): RowRead {
  if (reportYear === null) return read;
  const m = otherYearCaption(headerText, reportYear);
  if (!m) return read;
  const caption = m[0].trim();
  const at = from + m.index;
  return {
    cells: read.cells.map(() => ({ raw: caption, start: at, end: at + m[0].length, value: null })),
    problem: { code: 'unreadable-row', message: `table 4's row is under a caption naming another year ("${caption}"), and no row of the report's year (${reportYear}) is printed: not read` },
  };
}

/**
 * The last caption line in `text` when it names a year other than `reportYear` (in digits, or
 * 上年度): the row under it is that year's. (Not an earlier one: 2023年度： over a sentence, then
 * 2024年度： over the table, reviewer 110 G09.)
 */
function otherYearCaption(text: string, reportYear: number): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const re of [YEAR_CAPTION, OTHER_YEAR_CAPTION]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (!last || m.index > last.index) last = m;
  }
  return last && (last[1] === undefined || Number(last[1]) !== reportYear) ? last : null;
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
  const lineStart = lineStartOf(s, lastNewline(s, m.index));
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
/** words naming the year before: 上年, 上一年, 去年, 前一年, 同期 */
const OTHER_YEAR_WORD = /上\s*一?\s*年|去\s*年|前\s*一?\s*年|同\s*期/;
const OTHER_YEAR_LABEL = new RegExp(String.raw`^(?:[^|\d\n]|(?:19|20)\d{2})*(?:${OTHER_YEAR_WORD.source})(?:[^|\d\n]|(?:19|20)\d{2})*\|`);

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
 * a data row's label cell naming its year (group 1) or period and nothing else: 2023, 2023年度, 二〇二三年, 2021年数据,
 * 2021年统计, 2021年全年 (reviewer 87 P2, P3), 2023年1-12月,
 * 2023年1-12月份, 2023年1月-12月, 2023年1月1日至12月31日, 2023.1-2023.12, 2023/1-2023/12, 2023-01至2023-12, 2023.1.1-2023.12.31, 2023年数量, 2023年件数,
 * 2023年全年, a cut-off date 截至2023年12月31日, 2023年12月底 (audit 132 Y15), 2023年末, 截至2023年底, 2023年度（截至12月31日）
 * (audit 133 Y09, Y10, Y25) (up to its bar)
 */
const YEAR_OR_PERIOD_LABEL_CELL = new RegExp(
  String.raw`^\s*(?:截\s*[至止]\s*(?:到\s*)?)?(${LABEL_YEAR})\s*(?:年\s*度?|[.．/／\-－])?\s*(?:(?:数\s*据|数\s*量|件\s*数|情\s*况|统\s*计|全\s*年|合\s*计|年?\s*末|年?\s*底)|[（(]\s*截\s*[至止]\s*(?:到\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:止|底|末)?|[（(]?\s*\d{1,2}\s*(?:月份?)?(?:\s*\d{1,2}\s*日|[.．/／\-－]\d{1,2})?\s*[-—－~～至到]\s*(?:(?:19|20)\d{2}\s*[年.．/／\-－])?\s*\d{1,2}\s*(?:月份?)?(?:\s*\d{1,2}\s*日|[.．/／\-－]\d{1,2})?\s*[）)]?)?\s*[|｜]`,
);

/** a row of numbers labelled by its year or period (2022年 | 0 | 1 | …), or as this year's (本年度 | …) */
function yearLabelledRow(line: string): boolean {
  const label = yearOrPeriodLabel(line) ?? THIS_YEAR_LABEL.exec(line);
  return label !== null && NUMBER_ROW.test(line.slice(label[0].length));
}

/**
 * A row's year or period label (YEAR_OR_PERIOD_LABEL_CELL), or, in a PDF copy printing no bars, a year with 年 before the
 * row's numbers (`2022年 0 0 1 …`: not seen, the 合计 row under the year rows had been read, silently, audit 133 Y06).
 */
function yearOrPeriodLabel(line: string): RegExpExecArray | null {
  return YEAR_OR_PERIOD_LABEL_CELL.exec(line) ?? YEAR_LABEL_BEFORE_NUMBERS.exec(line);
}
// (numbers alone to the line's end: on a page printed as one line the next year's row follows on the same line)
const YEAR_LABEL_BEFORE_NUMBERS = new RegExp(String.raw`^\s*(${LABEL_YEAR})\s*年\s*度?[^\S\n]+(?=\d[\d\s,.]*$)`);

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
  /** the labels of rows for parts of the report's year, when no row is for the whole of it (none is read) */
  partsOnly: string[] | null;
}

/**
 * Rows labelled by year, an earlier year's first (`2021年 | …` above `2022年 | …` or `本年度 | …`):
 * this year's row is the one labelled 本年度, else the report's year's, else the latest. Read from
 * the first row, last year's numbers were stored as this year's, silently (reviewer 84 P1). One
 * row labelled as an earlier year than the report's is last year's, not this year's (reviewer 87 P4);
 * rows none of which is the report's year are read from the latest, with a note (87 P5).
 */
function yearRows(s: string, pos: number, to: number, reportYear: number | null): YearRows {
  const none: YearRows = { at: null, earlierOnly: false, noneOfReportYear: null, partsOnly: null };
  let first = pos;
  const rows: Array<{ year: number; at: number; whole: boolean; label: string }> = [];
  // (a sum row over the year rows, 合计 | … over 2022年 | … and 2023年 | …, is passed over: the two years' sum had been
  // read as this year's, silently, audit 133 Y01, Y02, Y05)
  const sumFirstAt = pos;
  const firstLine = lineFrom(s, pos, to);
  const sumFirst = SUM_ROW_LABEL.test(firstLine) && yearLabelOf(nextFilledLine(s, pos + firstLine.length + 1, to), reportYear) !== null;
  if (sumFirst) first = pos += firstLine.length + 1;
  // where the rows since the last sum row start (rows.length then)
  let group = 0;
  for (let line = lineFrom(s, pos, to); pos < to; line = lineFrom(s, pos, to)) {
    // (by year, or by period, 2022年1-12月 over 2023年1-12月: last year's row had been read as this year's, silently, audit 130 Y18)
    const label: { year: number; whole: boolean; label: string; yearless?: boolean } | null = yearLabelOf(line, reportYear) ?? (labelOverNumbers(s, pos, to) ? bareYearLabel(line) : null);
    // (a 全年 row under another year's parts is that year's: 2022年上半年 / 2022年下半年 / 全年 / 2023年… , audit 136 Y07)
    // (so is a part with no year under another year's part, 2022年 | 上半年 / 下半年 under a merged year cell: audit 137 Y01, Y02,
    // Y17, last year's second half had been read as this year's)
    const previous = rows[rows.length - 1];
    if (label && (WHOLE_YEAR_WORD_LABEL.test(line) || label.yearless) && previous && !previous.whole) label.year = previous.year;
    if (label) rows.push({ ...label, at: pos });
    else if (THIS_YEAR_LABEL.test(line)) return rows.length > 0 ? { ...none, at: pos } : none;
    else if ((SUM_ROW_LABEL.test(line) || (BARE_SUM_LINE.test(line) && labelOverNumbers(s, pos, to))) && rows.length - group >= 2) {
      // a 合计 / 小计 row under parts of one year is that year's whole (2023年1-6月, 2023年7-12月, 小计); under rows of
      // several years it is their sum, no year's (audit 134 Y07, Y10: two years' sum had been read as this year's). A
      // 小计 sums the parts right above it, whatever rows come before them (2022年 over 2023's halves: audit 135 Y03)
      let from = group;
      if (SUBTOTAL_LABEL.test(line)) {
        from = rows.length;
        while (from > group && !rows[from - 1]!.whole && rows[from - 1]!.year === rows[rows.length - 1]!.year) from--;
      }
      const since = rows.slice(from);
      if (since.length < 2 || !since.every((r) => r.year === since[0]!.year && !r.whole)) break;
      rows.push({ year: since[0]!.year, at: pos, whole: true, label: line.replace(/[|｜].*$/, '').trim() });
      group = rows.length;
    } else if (!EMPTY_CELLS.test(line)) break;
    pos += line.length + 1;
    // (the numbers under a label printed on a line of its own)
    if (rows.length > 0 && rows[rows.length - 1]!.at === pos - line.length - 1 && BARE_LABEL_LINE.test(line)) pos = pastNumberLines(s, pos, to);
  }
  if (rows.length === 0) return none;
  // (a blank row over it is this year's, left blank: reviewer 75 E)
  if (rows.length === 1) return { ...none, at: sumFirst ? rows[0]!.at : null, earlierOnly: rows[0]!.at === first && reportYear !== null && rows[0]!.year < reportYear };
  const latest = Math.max(...rows.map((r) => r.year));
  const own = rows.some((r) => r.year === reportYear);
  const year = own ? reportYear : latest;
  const ofYear = rows.filter((r) => r.year === year);
  // of rows for parts of the year (2023年1-6月 over 2023年7-12月, months, quarters, 截至2023年6月30日), the row for the whole
  // year (2023年全年, or a 合计 under the parts); else a 合计 over them all, else none (the first part had been read as the
  // year, silently, audit 133 Y03, Y04, Y07, Y12, 134 Y02–Y05, Y12, Y29)
  // (two rows for the whole of one year, a 小计 under each half's quarters: neither is sure to be the year, audit 136 Y09)
  const wholes = ofYear.filter((r) => r.whole);
  const row = ofYear.length === 1 ? ofYear[0]! : wholes.length === 1 ? wholes[0] : undefined;
  if (!row) {
    if (sumFirst && rows.every((r) => r.year === year)) return { ...none, at: sumFirstAt };
    return { ...none, partsOnly: ofYear.map((r) => r.label) };
  }
  return { ...none, at: row === rows[0] && !sumFirst ? null : row.at, noneOfReportYear: own || reportYear === null ? null : [...new Set(rows.map((r) => r.year))] };
}

/**
 * A PDF copy printing a row's label on a line of its own and its numbers under it (`2022年` / `0 0 1 0 1 …`, or one
 * number a line): the label line at `at` is a year's or a sum's, and a line of numbers follows. Not seen, the 合计 row
 * under the year rows had been read as this year's, silently (audit 134 Y20, Y31).
 */
function labelOverNumbers(s: string, at: number, to: number): boolean {
  const line = lineFrom(s, at, to);
  if (!BARE_LABEL_LINE.test(line)) return false;
  const next = at + line.length + 1;
  return next < to && NUMBERS_LINE.test(lineFrom(s, next, to));
}
const BARE_YEAR_LINE = new RegExp(String.raw`^\s*(?:截\s*[至止]\s*)?(${LABEL_YEAR})\s*年\s*度?\s*(?:末|底)?\s*$`);
// (not 总计 alone: the header's last cell, over the row's numbers in a copy printing one cell a line)
const BARE_SUM_LINE = /^\s*(?:(?:两\s*年\s*|全\s*年\s*|本\s*年\s*度?\s*)?(?:合\s*计|小\s*计)|(?:两\s*年\s*|全\s*年\s*)总\s*计)\s*$/;
const BARE_LABEL_LINE = new RegExp(`${BARE_YEAR_LINE.source}|${BARE_SUM_LINE.source}`);
/** digits (and spaces) only: a row's numbers, or one of them */
const NUMBERS_LINE = /^[ 	]*\d[\d 	]*$/;
/** Past the lines of numbers alone from `pos`. */
function pastNumberLines(s: string, pos: number, to: number): number {
  for (let line = lineFrom(s, pos, to); pos < to && NUMBERS_LINE.test(line); line = lineFrom(s, pos, to)) pos += line.length + 1;
  return pos;
}
function bareYearLabel(line: string): { year: number; whole: boolean; label: string } | null {
  const m = BARE_YEAR_LINE.exec(line);
  return m ? { year: labelYear(m[1]!), whole: true, label: line.trim() } : null;
}

/** Chinese month numerals as digits (一至六月 → 1至6月, 七至十二月 → 7至12月), for wholeYearLabel. */
function monthsInDigits(label: string): string {
  return label.replace(/[一二三四五六七八九十]+/g, (m) => String(readChineseCount(m) ?? m));
}

/**
 * A row's year label: its year, whether it covers the whole year, the label as printed, and whether it is a part printing
 * no year (上半年, 7-12月); null for no year label.
 */
function yearLabelOf(line: string, reportYear: number | null): { year: number; whole: boolean; label: string; yearless?: boolean } | null {
  const part = PART_OF_YEAR_LABEL.exec(line);
  if (part) {
    // (a part with no year, 第一季度 | …, 上半年 | …, 7-12月 | …, is the report's year's)
    const year = part[1] ? labelYear(part[1]) : reportYear;
    const label = part[0].replace(/[|｜]\s*$/, '').trim();
    return year === null ? null : { year, whole: /月/.test(label) && wholeYearLabel(monthsInDigits(label)), label, yearless: !part[1] && !/本|今/.test(label) };
  }
  const m = yearOrPeriodLabel(line);
  if (!m) {
    // (全年 | … alone, under the report's parts: the year, audit 135 Y08)
    const all = WHOLE_YEAR_WORD_LABEL.exec(line);
    return all && reportYear !== null ? { year: reportYear, whole: true, label: all[0].replace(/[|｜]\s*$/, '').trim() } : null;
  }
  // (a year's cell merged over its parts' labels, 2023年 | 上半年 | 1 …, 2023年 | 1-6月 | …: the first part, not the year,
  // audit 135 Y11, 136 Y06, Y20)
  const after = PART_OF_YEAR_LABEL.exec(line.slice(m[0].length));
  const partAfter = after !== null && !(/月/.test(after[0]) && wholeYearLabel(monthsInDigits(after[0])));
  return { year: labelYear(m[1]!), whole: !partAfter && wholeYearLabel(m[0]), label: m[0].replace(/[|｜]\s*$/, '').trim() };
}
const WHOLE_YEAR_WORD_LABEL = /^\s*(?:本\s*年\s*度?\s*)?全\s*年\s*度?(?:\s*[|｜]|[^\S\n]+(?=\d[\d\s,.]*$))/;
/** a quarter or a half of a year, with its year, 本年度 or none: 2023年第一季度, 上半年, 本年度下半年 (up to its bar) */
const PART_OF_YEAR_LABEL = new RegExp(
  // (months without a year too, 1-6月 | … under a year's merged cell; before its bar, or in a copy printing no bars before
  // numbers alone to the line's end: audit 136 Y06, Y20, Y25, Y26)
  String.raw`^\s*(?:(${LABEL_YEAR})\s*年\s*度?|本\s*年\s*度?|今\s*年)?\s*(?:第\s*[一二三四1-4１-４]\s*季\s*度?|[一二三四]\s*季\s*度|[上下]\s*半\s*年\s*度?|\d{1,2}\s*(?:月份?)?\s*[-—－~～至到]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?|[一二三四五六七八九十]{1,3}\s*(?:月份?)?\s*[-—－~～至到]\s*[一二三四五六七八九十]{1,3}\s*月份?)(?:\s*[|｜]|[^\S\n]+(?=\d[\d\s,.]*$))`,
);

/** a 小计 row's label, on a line of its own or before its numbers */
const SUBTOTAL_LABEL = /^\s*小\s*计/;
/** a sum row's label: 合计, 总计, 小计, 两年合计, 全年合计, 本年度合计 (up to its bar) */
const SUM_ROW_LABEL = /^\s*(?:两\s*年\s*|全\s*年\s*|本\s*年\s*度?\s*)?(?:合\s*计|总\s*计|小\s*计)(?:\s*[|｜]|[^\S\n]+(?=\d))/;

/**
 * Whether a year or period label covers the whole year: a year alone (2023, 2023年度), or a period from January, or a
 * cut-off, ending in December (2023年1-12月, 截至2023年12月31日, 2023年12月底); not 2023年1-6月, 2023年7-12月, 2023年3月.
 */
function wholeYearLabel(label: string): boolean {
  const rest = label.replace(/(?:19|20)\d{2}|截\s*[至止]/g, ' ');
  const numbers = (rest.match(/\d{1,2}/g) ?? []).map(Number);
  if (numbers.length === 0) return true;
  if (!numbers.includes(12)) return false;
  return !/[-—－~～至到]/.test(rest) || numbers[0] === 1;
}

/**
 * Where the copy of table 4 captioned with the report's year starts (a line of its own, `2019年度情况：`),
 * when an earlier copy is captioned with another year; and the years captioned. Null otherwise.
 */
function reportYearCopy(s: string, from: number, to: number, reportYear: number | null): { at: number; years: number[]; tableUnder: boolean } | null {
  if (reportYear === null) return null;
  const captions: Array<{ year: number; at: number }> = [];
  YEAR_CAPTION.lastIndex = from;
  for (let m = YEAR_CAPTION.exec(s); m && m.index < to; m = YEAR_CAPTION.exec(s)) captions.push({ year: Number(m[1]), at: m.index });
  if (captions.length < 2 || captions[0]!.year === reportYear) return null;
  const own = captions.find((c) => c.year === reportYear);
  // (a header after each caption: the captions are the copies')
  if (!own || !LITIGATION_WORD.test(s.slice(captions[0]!.at, own.at))) return null;
  // (the report year's printed in words, no table under its caption: none of the copies is read: reviewer 110 G07)
  return { at: own.at, years: [...new Set(captions.map((c) => c.year))], tableUnder: LITIGATION_WORD.test(s.slice(own.at, to)) };
}
/** a line of its own captioning a copy with its year: 2018年度情况：, 2019年 */
// (in brackets too, （2023年度）, and with a remark, 2023年度情况（供对比）：: reviewer 110 G05, G12)
const YEAR_CAPTION = /^[ \t]*(?:[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[）)]\s*)?[（(]?\s*((?:19|20)\d{2})\s*年\s*度?\s*(?:情\s*况|数\s*据|统\s*计)?\s*(?:[（(][^（）()\n\d]{1,10}[）)])?\s*[）)]?\s*[:：]?[ \t]*$/gm;
/** a line of its own captioning last year's copy: 上年度情况：, （去年数据） */
const OTHER_YEAR_CAPTION = new RegExp(String.raw`^[ \t]*[（(]?\s*(?:${OTHER_YEAR_WORD.source})\s*度?\s*(?:情\s*况|数\s*据|统\s*计)?\s*[）)]?\s*[:：]?[ \t]*$`, 'gm');

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

/** Rows for parts of the report's year only, none for its whole: not read (the first part had been read as the year). */
function unreadAsParts(read: RowRead, labels: string[], start: number): RowRead {
  const raw = labels.join(' / ');
  return {
    cells: read.cells.map(() => ({ raw, start, end: start, value: null })),
    problem: { code: 'unreadable-row', message: `"${raw}" labels a part of the year, not its whole: not read` },
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
/** whether `text` names a year other than the report's (上年度, 去年, 同期, or another year, or any year when the report's is unknown) */
function namesYearOtherThan(text: string, reportYear: number | null): boolean {
  if (OTHER_YEAR_WORD.test(text)) return true;
  for (const m of text.matchAll(/((?:19|20)\d{2})\s*年/g)) if (Number(m[1]) !== reportYear) return true;
  return false;
}

/** a line that is a printed page's number alone: `- 5 -`, `－5－`, `第 5 页`, `第5页 共8页`, `5/8` */
const PAGE_FOOTER_LINE = /^[ \t|]*(?:([-－—–])[ \t]*\d{1,3}[ \t]*\1|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,，]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?|\d{1,3}[ \t]*\/[ \t]*\d{1,3})[ \t|]*$/;

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
  // 行政复议 printed after 行政诉讼 (行政诉讼 | 行政复议 |): its group is the last five columns (it was taken
  // for the first, and twelve values went under other groups, silently: reviewer 109 P1)
  const order = litigation ?? T4_GROUPS.slice(1);
  const groups = reviewPrintedLast(cells) ? [...order, 'review'] : ['review', ...order];
  const outcomes = groupOutcomeOrders(cells);
  // every group in the template's order: the keys are T4_KEYS
  if (outcomes.every((o) => sameOrder(o, T4_OUTCOMES)) && sameOrder(groups, T4_GROUPS)) return null;
  return groups.flatMap((g, i) => outcomes[i]!.map((o) => `table4.${g}.${o}`));
}

/**
 * Whether the header's group cells are 行政诉讼 then 行政复议 and no others: cells of their own (between bars
 * or on lines of their own: `行政诉讼 | 行政复议`, `行政诉讼情况 | 行政复议情况`, `二、行政诉讼 | 一、行政复议`,
 * one a line: reviewer 110 P3). Not a sentence or heading naming both (行政复议、行政诉讼情况), nor a header
 * naming a group twice (`单位：件 | 行政诉讼 |` over `行政复议 | 行政诉讼 |`: reviewer 110 P1, twelve values had
 * gone under other groups).
 */
function reviewPrintedLast(header: string): boolean {
  if (!/[诉訴]/.test(header)) return false;
  const groups: boolean[] = [];
  for (const cell of header.split(/[|｜\n]/)) {
    const one = GROUP_CELL.exec(cell);
    if (one) groups.push(one[1] !== undefined);
    else {
      const two = GROUP_CELLS_SPACED.exec(cell);
      if (two) groups.push(two[1] !== undefined, two[2] !== undefined);
    }
  }
  return groups.length === 2 && !groups[0] && groups[1]!;
}
/** a group's name: its numbering, 政府信息公开, 行政复议 (captured) or 行政诉讼, 案件, 情况; Traditional too (reviewer 112 T15) */
// (and 数量, 案件数, 情况统计: reviewer 112 P3)
const GROUP_NAME = String.raw`(?:[一二三\d]\s*[、.．]\s*)?(?:政\s*府\s*[信資资]\s*[息訊讯]\s*公\s*[开開]\s*)?(?:(行\s*政\s*[复復]\s*[议議])|行\s*政\s*[诉訴]\s*[讼訟])\s*(?:案\s*件\s*)?(?:[数數]\s*量|[数數]|情\s*[况況](?:\s*[统統]\s*[计計])?|[统統]\s*[计計])?`;
/** a group's cell */
const GROUP_CELL = new RegExp(String.raw`^\s*${GROUP_NAME}\s*$`);
/** both groups' names in one cell, spaces between: a text copy printing a row a line with no bars (reviewer 112 T14) */
const GROUP_CELLS_SPACED = new RegExp(String.raw`^\s*${GROUP_NAME}\s+${GROUP_NAME}\s*$`);

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
  // (not a group cell's numbering, `1、行政诉讼 | 2、行政复议`: the header was cut after its 2, and its groups
  // read in the template's order, reviewer 112 T16)
  while (end >= 0 && (!isDigitCode(header.charCodeAt(end)) || CELL_NUMBERING_AT.test(header.slice(end, end + 3)))) end--;
  if (end < 0 || T4_COLUMN_WORD.test(header.slice(0, end))) return header;
  return header.slice(end + 1);
}

/** a digit numbering a header cell: 2、行政复议 */
const CELL_NUMBERING_AT = /^\d[、．.]\s*[\u4e00-\u9fff]/;

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
