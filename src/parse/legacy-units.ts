// The units of money a pre-2019 统计表 prints for its money rows (依申请公开信息收取的费用, 收费减免金额,
// 专项经费), wherever it prints them: by a row's label, in its cells, around its value, and in the
// statements the table makes for itself (金额单位：元 under its title, a line between its rows, a
// footer's 注：本表金额单位为元). Each place a unit was passed over stored 1200 元 as 1200 万元.
import type { LabelMatch } from '../formats/labels';
import { moneyUnitOfCell } from './row-cells';
import { lastNewline, lineStartOf } from './line-starts';

/**
 * 元 then a place's name: the counties and districts whose names open with 元 (元氏县, 元谋县, 元阳县,
 * 元江县 or 元江哈尼族彝族傣族自治县, 元宝山区 and 元宝山…, 元宝区, 元坝区, 元朗区) and a township or
 * village of one more character (元和镇, 元门乡, 元和街道; not 元本镇/各村/全乡/乡镇: reviewer 95 P4). A list, not a rule on suffixes: 元 then an agency's name on a page
 * printed as one line (单位：元平潭县…, 元福清市…, 元长乐区…) is the unit (reviewer 93 P4, 94 S5).
 */
export const PLACE_AFTER_YUAN = '(?:(?:氏|谋|阳|江)县|宝山|(?:宝|坝|朗)区|江哈尼族|(?![全本我该各乡])[\\u4e00-\\u9fff](?:镇|乡|街道|村|社区))';

/**
 * Why a money row's amount is not read, or null: 千元, 亿元 are not converted (read in the row's
 * 万元 they were 10 or 10,000 times off); two units (（元） after the label, 万元 in the unit cell)
 * leave the amount's unit unknown.
 */
export function legacyUnitProblem(units: string[]): string | null {
  if (units.length > 1) return `the amount's unit is printed as both ${units.join(' and ')}: not read`;
  return units[0] && units[0] !== '元' && units[0] !== '万元' ? `the amount is printed in ${units[0]}, which is not converted: not read` : null;
}

/**
 * The unit of money a 统计表 row prints by its label, where the row reader would not see it: in the
 * label's brackets (`依申请公开信息收取的费用（元）`), or as a cell before the value on a page printed
 * as one line (`（元） 1200`, `人民币元 1200`; between bars, `| 千元 | 1.2`). Either was passed over, and
 * 1200 元 stored as 1200 万元 (reviewer 85 P4). `valuesFrom`: where the values start, past such a cell.
 */
export function legacyMoneyUnit(s: string, labelStart: number, labelEnd: number, end: number): LegacyMoneyUnit {
  // the bracket's first part: （元，含复印费） (reviewer 87 P8)
  const inLabel = LABEL_BRACKET_END.exec(s.slice(labelStart, labelEnd));
  LEADING_UNIT_CELL.lastIndex = labelEnd;
  const cell = LEADING_UNIT_CELL.exec(s);
  const cellUnit = cell && labelEnd + cell[0].length <= end ? moneyUnitOfCell(cell[1]!) : null;
  const valuesFrom = cellUnit ? labelEnd + cell![0].length : labelEnd;
  // the unit after the value, apart (`1200 元`, `0.03 万元` on a page printed as one line: reviewer 87 P6)
  TRAILING_UNIT.lastIndex = valuesFrom;
  const after = TRAILING_UNIT.exec(s);
  return {
    label: inLabel ? moneyUnitOfCell(inLabel[1]!.split(/[，,、；;]/)[0]!) : null,
    cell: cellUnit,
    after: after && valuesFrom + after[0].length <= end ? after[1]! : null,
    valuesFrom,
  };
}
interface LegacyMoneyUnit {
  label: string | null;
  cell: string | null;
  after: string | null;
  valuesFrom: number;
}
const LABEL_BRACKET_END = /[（(]([^（）()]{1,20})[）)]\s*$/;
// (a cell between bars too: `| 千元 | 1.2`, which the row reader passes over as a label's cell)
const LEADING_UNIT_CELL = /[ \t|｜]*\n?[ \t|｜]*([^\s\d|｜+\-—–]{1,12})(?=[ \t|｜]*[\d+])/y;
const TRAILING_UNIT = /[ \t]*[+-]?\d[\d,.]*[ \t]+((?:百\s*万|千|万|亿)?\s*元)(?=整|[\s|｜]|$)/y;

/**
 * The units of money a 统计表 states (金额单位：元, （单位：元）, 经费单位：万元, 金额以元为单位, 注：本表金额
 * 单位为元): from its title (or the line before its header) to a little past its last row. One on a
 * row's own line (a cell or 备注 `单位：元`, its label's `（单位为元）`) is that row's alone (reviewer 92
 * P1–P3: it had become the next rows' unit); one on a line of its own is the table's, and so is a
 * bracketed unit in its header's cells (统计数（元）, （件、元）). Not a bracketed （元） outside the
 * header, nor a line before the title: another table's (金额（元） of a fee table above it) made
 * its amounts 10,000 times too small (reviewer 88 P2).
 */
export function legacyUnitStatements(s: string, display: string, from: number, hits: Array<{ m: LabelMatch; row: { unit?: string; keys: string[] } }>): TableUnits {
  const firstRow = hits[0]!.m.start;
  // the first title after the last sentence (附件：…统计表 | 填报单位：… 金额单位：元 | …统计表 | header);
  // a note's sentence between the title and the header (填表说明：…。) ends no sentence here (reviewer
  // 89 P7), unless a title follows it (another table's note above this table's title: reviewer 92 P6)
  let stop = s.lastIndexOf('。', from);
  while (stop >= 0 && stop > from - 200 && !STATISTICS_TABLE_TITLE.test(s.slice(stop + 1, from)) && NOTE_LINE_START.test(s.slice(lastNewline(s, stop) + 1, stop)))
    stop = s.lastIndexOf('。', stop - 1);
  const windowStart = Math.max(0, from - 200, stop + 1);
  const title = STATISTICS_TABLE_TITLE.exec(s.slice(windowStart, from));
  const lineBefore = lineStartOf(s, lastNewline(s, from - 1));
  const start = title ? windowStart + title.index : Math.max(lineBefore, windowStart);
  // to a little past the last row: the footer's note (注：本表金额单位为元) is the table's too
  const lastRow = hits[hits.length - 1]!.m;
  const newlineAfter = s.indexOf('\n', lastRow.end);
  const lastLineEnd = newlineAfter < 0 ? s.length : newlineAfter;
  // (not past a section's heading: the narrative goes on after an appendix printed mid-page)
  SECTION_HEADING_LINE.lastIndex = lastLineEnd;
  const heading = SECTION_HEADING_LINE.exec(s);
  const end = Math.min(s.length, lastRow.end + 600, heading ? heading.index : s.length);
  const statements: UnitStatement[] = [];
  const ofRow = new Map<number, string[]>();
  const giveRow = (i: number, unit: string): void => void ofRow.set(i, [...(ofRow.get(i) ?? []), unit]);
  for (const re of [TABLE_UNIT_SAID, UNIT_AS]) {
    re.lastIndex = start;
    for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) {
      const at = m.index;
      const lineStart = lineStartOf(s, at);
      const lineEndAt = s.indexOf('\n', at);
      const line = s.slice(lineStart, lineEndAt < 0 ? s.length : lineEndAt);
      const noteLine = NOTE_LINE_START.test(line);
      // 单位为元，本表已折算为万元 says what was converted, not the unit (reviewer 92 P4)
      const sentence = s.slice(at + m[0].length, at + m[0].length + 40).split(/[。；;\n]/, 1)[0]!;
      if (CONVERTED.test(sentence)) continue;
      const unit = m[2]!.replace(/\s+/g, '');
      // the amounts it names, from the words before it (经费单位, （收费金额单位：元）, 注：依申请公开收取费用
      // 金额单位为元: reviewer 93 P3)
      // (after a table's title only: 依申请公开收费统计表（单位：元） names no kind, another table's unit, reviewer
      // 90; 经费及收费情况统计表（金额单位：元） names both, reviewer 94 S3, S4)
      // (a remark in brackets left out: （本年度未收取费用）单位：元 names none, reviewer 94 S4, and
      // 依申请公开收取费用（含检索复制费）单位：元 the fees, reviewer 95 P3)
      const opening = s.slice(Math.max(lineStart, at - 30), at).replace(BRACKETED, '');
      const words = opening.slice(Math.max(opening.search(/[^\s。；;，,：:]*$/), opening.lastIndexOf('表') + 1)) + (m[1] ?? '');
      // (the 会议和培训 group's costs, 培训费用, 会议和培训经费, are no money row's: a statement naming only
      // them or the group, 培训情况金额单位：元, is for no money row, reviewer 96 R3, 97 P2, S5; one naming a
      // row's kind beside them, 本项费用及培训费用单位：元, is that kind's, reviewer 98 P4)
      const rows = words.replace(TRAINING_COSTS, '');
      const budget = /经\s*费/.test(rows);
      // (a part of the fees, 复印费, names the fees; last year's amounts, 上年金额, none of this table's: reviewer 102 P3)
      if (/上\s*年|去\s*年|往\s*年/.test(rows)) continue;
      const fees = /费\s*用|收\s*费|收\s*取|(?:复\s*印|复\s*制|检\s*索|邮\s*寄|打\s*印|处\s*理)\s*费/.test(rows);
      if (rows !== words && !budget && !fees) continue;
      const of: UnitStatement['of'] = budget !== fees ? (budget ? 'budget' : 'fee') : m[1] ? 'amount' : 'plain';
      // on a row's line: that row's (the last row whose label starts before it on the same line),
      // when it is a money row (a group's heading, 八、机构建设和保障经费情况（经费单位：万元）, is no money
      // row: the statement is read as one between the rows, reviewer 93 P5)
      let row = -1;
      for (let i = 0; i < hits.length && hits[i]!.m.start <= at; i++) row = i;
      // a money row this statement can be for (of its kind, or any when it names every amount)
      const named = (h: (typeof hits)[number] | undefined): boolean => !!h?.row.unit && (of === 'amount' || of === 'plain' || kindOfKey(h.row.keys[0]!) === of);
      // (or in its label, wrapped onto a second line: `七、依申请公开信息收取的费用` / `（单位：元） | 120 |`)
      const onRowLine = row >= 0 && (hits[row]!.m.start >= lineStart || at < hits[row]!.m.end);
      // on a table printed as one line, right after the last row's values (…接受培训人员数 120 单位：元;
      // …专项经费 8.5 注：本表金额单位为元): the table's footer, as on a line of its own below the rows. It
      // had been the last row's alone, or no row's, and the amounts kept the title's or the template's
      // unit (reviewer 99 S1–S3, 100 P2, P3). A plain one after a money row's value (8.5 单位：元) stays that row's
      const afterLast = row === hits.length - 1 && row > 0 && hits[row - 1]!.m.start >= lineStart ? AFTER_LAST_VALUES.exec(s.slice(hits[row]!.m.end, at)) : null;
      const noteAfterValues = afterLast?.[1] !== undefined;
      const plainAfterValues = !!afterLast && !noteAfterValues && afterLast[2] === undefined;
      // (not one another table's values follow, its heading: 经费单位：元 项目 金额 网站维护 30000, reviewer 101 R1)
      const footerAfterValues = !!afterLast && (noteAfterValues || ((!plainAfterValues || !hits[row]!.row.unit) && !NEXT_TABLE_VALUE.test(wordsAfter(s, at + m[0].length))));
      // (not one naming the other kind: `七、…费用 | 120 | （经费单位：万元） 八、…` on a page printed as one line)
      // (one naming both kinds is every money row's, on the fee row's own line too: reviewer 97 S7)
      const everyMoneyRow = (): void => hits.forEach((h, i) => void (h.row.unit && giveRow(i, unit)));
      if (onRowLine && named(hits[row]) && !footerAfterValues) {
        if (budget && fees) everyMoneyRow();
        else giveRow(row, unit);
        continue;
      }
      // below the rows, only a note's line or a short line of its own ending its 元 (not 技术支持单位：
      // 元亨科技: reviewer 93 P2; 元人民币 is 元, 94 S7), not another table's title or caption (附表：…（单位：元）) nor a paragraph
      // after the table (reviewer 92)
      // (on a page printed as one line, a note after the last row: 注：本表金额单位为元, reviewer 93 P5)
      const noteAfterLastRow = row === hits.length - 1 && !hits[row]!.row.unit && /(?:注|说\s*明|备\s*注)\s*\d*\s*[:：]/.test(s.slice(hits[row]!.m.end, at));
      const footer = at > lastLineEnd || noteAfterLastRow || footerAfterValues;
      const yuanOpensName = /^(?!人\s*民\s*币)[\u4e00-\u9fff]/.test(s.slice(at + m[0].length, at + m[0].length + 4));
      if (footerAfterValues && plainAfterValues && yuanOpensName) continue;
      // (a table's sign-off fields beside it are no paragraph: 填表单位：XX县政府办 金额单位：元, reviewer 100 P4)
      // (stripped only when tested: on a page printed as one line, `line` is the whole page)
      if (footer && !noteAfterLastRow && !footerAfterValues && !noteLine) {
        const ownText = withoutNumberedWords(line);
        if (ownText.trim().length > 16 || /(?<!本\s*)表/.test(ownText) || yuanOpensName) continue;
      }
      // (nor the last row's values line, a wrapped label's `（单位：万元） | 8.5 |`: that row's own unit)
      // (a row's line holds a value in a cell; a numbered note, 注：1.本表…, or （2017年度，单位：元） is still a footer:
      // reviewer 99 P1)
      if (footer && !noteAfterLastRow && !footerAfterValues && /[|｜][ \t]*[+\-]?\d/.test(line.replace(m[0], ''))) continue;
      // between the rows: a line that is not a template row's (其中：检索复制费（单位：元） | 0 |) is its own
      // line's; a line of its own is the money row's just above it when the row below is none of its
      // kind (`七、…费用 | 120 |` / `（单位：元）` / `八、机构建设…`), the rows' below it (of its kind) when
      // the one above is none (`六、举报投诉数量 | 5 |` / `（金额单位：元）` / `七、…费用 | 1200 |`: reviewer
      // 91 P6; `七、…费用 | 120 |` / `（经费单位：万元）` / … 专项经费: reviewer 93 P1; between two count
      // rows, reviewer 93), and between two money rows no one can tell (reviewer 92 P2)
      let between = false;
      // one naming both kinds, （收费和经费单位均为元） under the fee row, is every money row's (the 专项经费
      // below had kept the title's 万元: reviewer 96 S1)
      if (!footer && budget && fees) {
        everyMoneyRow();
        continue;
      }
      if (!footer && row >= 0) {
        // (a group's heading holding it is no such line: 八、机构建设和保障经费情况（经费单位：万元）)
        if (!onRowLine && !noteLine && !OPENS_WITH_STATEMENT.test(s.slice(lineStart, at)) && /\d/.test(line.replace(m[0], ''))) continue;
        // the row above only when the statement opens the very next line (not a group's heading's, on its
        // line or above it: 七、…费用 | 120 | / 八、机构建设和保障经费情况 | 单位：万元 |, reviewer 94 S1, S6)
        // (a remark's line too, 上述费用单位为元 / 以上金额单位：元, but not a numbered group's heading: reviewer 95 P1, P2)
        // (nor a heading's cell, 机构建设和保障经费情况 | 单位：万元 |, nor a remark pointing down, 以下金额单位：万元:
        // reviewer 96 R1, R2)
        const before = s.slice(lineStart, at);
        const ownLine = noteLine || OPENS_WITH_STATEMENT.test(before) || (!NUMBERED_LINE.test(line) && !/[|｜]/.test(before) && !POINTS_DOWN.test(before));
        const rowLineEnd = s.indexOf('\n', hits[row]!.m.end);
        // (past its values on lines of their own, a page printed one cell per line, and its 其中 lines)
        const nextLine = !onRowLine && rowLineEnd >= 0 && rowLineEnd < lineStart && s.slice(rowLineEnd, lineStart).split('\n').every((l) => ROW_CONTINUATION.test(l));
        // just under a line of values the template has no row for, naming an amount (收费减免金额 | 20 | /
        // 单位：元): that line's, no row's (it became the 专项经费's below it: reviewer 96 S2)
        if (!onRowLine && ownLine && !nextLine && lineStart > 0) {
          const prevStart = lineStartOf(s, lineStart - 1);
          const prev = s.slice(prevStart, lineStart - 1);
          if ((of === 'plain' || of === 'amount') && prevStart > hits[row]!.m.end && !ROW_CONTINUATION.test(prev) && AMOUNT_LINE.test(prev)) continue;
        }
        let above = named(hits[row]) && ownLine && nextLine;
        // (one naming a kind no row below is of: the nearest row of that kind above, （收费单位：元） under
        // the 八 heading: reviewer 95 P6)
        if (!above && !onRowLine && (of === 'fee' || of === 'budget') && !hits.slice(row + 1).some(named)) {
          let k = row;
          while (k >= 0 && !named(hits[k])) k--;
          if (k >= 0) {
            giveRow(k, unit);
            continue;
          }
        }
        const below = named(hits[row + 1]);
        if (above && !below) {
          giveRow(row, unit);
          continue;
        }
        between = above && below;
      }
      statements.push({ unit, of, at, text: display.slice(at, at + m[0].length).trim(), footer, between, both: budget && fees, note: noteAfterLastRow || noteLine || noteAfterValues });
    }
  }
  statements.sort((x, y) => x.at - y.at);
  const inHeader = HEADER_UNIT.exec(s.slice(from, firstRow))?.[1]?.replace(/\s+/g, '') ?? null;
  return { statements, inHeader, ofRow };
}
/**
 * Costs no money row holds: the 会议和培训 group and its costs (培训费用, 会议和培训经费, 会议经费, 培训情况),
 * and the funds the 专项经费 leaves out (政府网站建设维护经费, 政府公报编辑经费: reviewer 100 P1)
 */
const TRAINING_COSTS = /(?:会\s*议\s*(?:和|及|与|、)?\s*)?培\s*训\s*(?:经\s*费|费\s*用?)?|会\s*议\s*(?:经\s*费|费\s*用?)?|(?:政\s*府\s*)?(?:网\s*站|公\s*报)[^，。；,;]{0,10}?(?:经\s*费|费\s*用)/g;
// (a value may hold a space or two, as names padded to two characters, 王　五, and dates, 2018年1月 15日,
// are printed: reviewer 101 S6)
// (and where the figures come from, who drew the table up and where to write: 本表数据来源：…, 制表单位：…
// 制表日期：…, 地址：… 邮编：…; the footer beside them had been dropped: reviewer 107 S2)
const SIGN_OFF_FIELD = String.raw`(?:填\s*[表报]\s*(?:单\s*位|人|日\s*期)|(?:单\s*位\s*)?负\s*责\s*人|审\s*核\s*人|制\s*表\s*(?:人|单\s*位|日\s*期)|联\s*系\s*人|(?:联\s*系\s*)?电\s*话|(?:本\s*表\s*)?(?:数\s*据|资\s*料)\s*来\s*源|(?:通\s*讯\s*|联\s*系\s*)?地\s*址|邮\s*(?:政\s*)?编\s*码?)\s*(?:[（(][^（）()]{0,6}[）)])?\s*[:：][ \t]*(?:[^\s:：|｜（(]{1,16}(?:[ \t]{1,2}(?:[^\s:：|｜（(]{1,3}|\d{3,12})){0,2}?)?`;
/** a table's sign-off fields (填表单位：XX县政府办, 单位负责人：李四, 填报日期：…), with their values */
const SIGN_OFF_FIELDS = new RegExp(SIGN_OFF_FIELD, 'g');
/**
 * From a one-line table's last label to a unit statement right after its values: the values (a
 * bracketed unit cell before them, 无 or a dash among them), then a note's opening (注：本表, 说明：) as
 * group 1, or a bracket as group 2 (（单位：元）, a footer's form, reviewer 99 S1), or nothing
 */
const AFTER_LAST_VALUES = new RegExp(
  String.raw`^[\s|｜]*(?:[（(][^（）()]{0,20}[）)][\s|｜]*)?(?:(?:[+\-]?\d[\d,.]*|无|[—–\-]+|\/)[\s|｜]*)+` +
    // its 其中 lines (其中：减免费用 30: reviewer 101 S4) and the table's sign-off fields
    String.raw`(?:其\s*中\s*[:：]?[^\d|｜（）()。；;\n]{1,20}[\s|｜]*(?:(?:[+\-]?\d[\d,.]*|无|[—–\-]+)[\s|｜]*)+)*(?:${SIGN_OFF_FIELD}[\s|｜]*)*` +
    // a note's opening in any words (注：本表, 注：表中, （注：以上, 注：1.本表所列数据中, 注：本表专项: reviewer 101 S1–S5)
    String.raw`(?:([（(]?\s*(?:注|说\s*明|备\s*注)\s*\d*\s*[:：]\s*(?:\d\s*[.．、]\s*)?[^。；;|｜\d（）()\n]{0,12}))?([（(])?\s*$`,
);
/**
 * The 40 characters after a unit statement, less what holds numbers but no table's values: the
 * rest of the statement's own bracket (（单位：元，共3项）), other brackets, sign-off and contact
 * fields and page numbers (第1页 共1页): reviewer 102 P1
 */
function wordsAfter(s: string, from: number): string {
  return withoutNumberedWords(s.slice(from, from + 40).replace(/^[^（）()]*[）)]/, ' ').replace(BRACKETED, ' '));
}
/**
 * Text less the words holding numbers that are no table's values: sign-off and contact fields, phone
 * numbers, dates (2018年1月15日, 2018-01-15, 2018.1.15), page numbers (第1页, 共1页) and counts (共58条):
 * reviewer 102 P1, 103 P2, P3
 */
// (each form narrow: another table's values, `— 120 —`, `- 120 -`, `2000.50`, `12/30`, `第1条 120`, `电话 0591 1234 120`
// are kept, reviewer 104 P1, 105 P1, P3; so `- 1 -` and `1/1` page numbers are taken for values)
function withoutNumberedWords(text: string): string {
  return text
    .replace(/(?:电\s*话|手\s*机|传\s*真)\s*[:：]?\s*(?:\d{3,4}[ \-－]?\d{4}[ \-－]?\d{4}|\d{3,4}[ \-－]?\d{7,8}|\d{7,12})(?![\d.])/g, ' ')
    .replace(SIGN_OFF_FIELDS, ' ')
    .replace(/(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|([-/])\s*(?:0?[1-9]|1[0-2])(?:\s*\1\s*\d{1,2})?|\.\s*\d{1,2}\s*\.\s*\d{1,2})(?![\d.])/g, ' ')
    .replace(/第\s*\d+\s*页|共\s*\d+\s*[页条项件个]/g, ' ');
}
/** a value after a statement (项目 金额 网站维护 30000: another table's), not a year or date (单位：元（2017年度）) */
const NEXT_TABLE_VALUE = /(?<![\d.])\d[\d,.]*(?!\s*[\d年月日号])/;
/** a line of a row naming an amount, with a value in a cell: 收费减免金额 | 20 | */
const AMOUNT_LINE = /(?:金\s*额|费)[^|｜\n]*[|｜][ \t]*(?:[+\-]?\d|无|[—－–/／])/;
/** a bracketed remark, innermost: （含检索复制费）, （单位：元） */
const BRACKETED = /[（(][^（）()]*[）)]/g;
/** a remark about what follows: 以下, 下列, 下表, 下述 */
const POINTS_DOWN = /以\s*下|下\s*[列表述]/;
/** a line opening with a group's or row's numbering: 八、, （四）, 2. */
const NUMBERED_LINE = /^[\s|｜]*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,2}\s*[、.．](?!\d))/;
/** a line that goes on with the row above: its values alone, or a 其中 line */
const ROW_CONTINUATION = /^[\s|｜\d.,，+\-—–]*$|^[\s|｜]*其\s*中/;
/** the kind of amount a money row's key holds: the 专项经费 or a fee */
const kindOfKey = (key: string): 'budget' | 'fee' => (/budget/i.test(key) ? 'budget' : 'fee');
const SECTION_HEADING_LINE = /\n\s*[一二三四五六七八九十]{1,3}\s*[、.．]/g;
/** 已折算为万元, 换算成万元 */
const CONVERTED = /折\s*算|换\s*算|折\s*合/;
interface UnitStatement {
  unit: string;
  /** the amounts it names: 经费单位 the 专项经费, 收费/费用单位 the fees, 金额单位 and 单位 every one */
  of: 'budget' | 'fee' | 'amount' | 'plain';
  at: number;
  text: string;
  /** printed below the table's rows (注：本表金额单位为元, a caption shown below it) */
  footer: boolean;
  /** printed on a line of its own between the rows */
  between: boolean;
  /** names both kinds (收费和经费单位均为元): as specific as one naming the row's kind, for either */
  both: boolean;
  /** on a note's line (注：本表金额单位为元): the table's own footer, not another table's line below it */
  note: boolean;
}
interface TableUnits {
  statements: UnitStatement[];
  inHeader: string | null;
  /** by the index of the row on whose line they are printed: the units it states for itself */
  ofRow: Map<number, string[]>;
}

/**
 * The unit a 统计表's money row is in when it prints none of its own: of the statements above the
 * row, the nearest naming its kind of amount (经费单位：万元 for the 专项经费, beside or above 金额单位：元:
 * reviewer 91 P5, 94 S2), else the nearest naming every amount (a fee table's （单位：元） above the
 * main table's 金额单位：万元: reviewer 90 P6); else the header's bracket; else a footer's (注：本表金额
 * 单位为元); else the template's (`templateUnit`). `conflict`: a statement on a line of its own
 * between the rows naming another unit: it may be the row's above it or the rows' below it
 * (reviewer 91 P6, 92 P2), so the row's unit is unknown. `footerConflict`: a footer naming another
 * unit than the statement above or the header's: the unit is unknown too.
 */
export function statedUnitFor(units: TableUnits, key: string, at: number, templateUnit: string): { unit: string | null; conflict: UnitStatement | null; footerConflict: UnitStatement | null } {
  const kind = kindOfKey(key);
  // above the row the last of each (the nearest), below the rows the first of each
  let own: UnitStatement | null = null;
  let any: UnitStatement | null = null;
  let footerOwn: UnitStatement | null = null;
  let footerAny: UnitStatement | null = null;
  const between: UnitStatement[] = [];
  for (const st of units.statements) {
    if (st.of !== kind && st.of !== 'amount' && st.of !== 'plain') continue;
    if (st.between) between.push(st);
    else if (st.footer) {
      if (st.of === kind || st.both) footerOwn ??= st;
      else footerAny ??= st;
    } else if (st.at > at) continue;
    else if (st.of === kind || st.both) own = st;
    else any = st;
  }
  // a footer naming the row's kind outranks a general statement above (经费以万元为单位 under a table
  // in 元: reviewer 94); one no more specific naming another unit leaves the unit unknown (金额单位：万元
  // above, 注：本表金额单位为元 below: the page says both, reviewer 97 S6)
  // (only a note's footer, 注：…, outranks: a line below the table may be another table's, 附表：… /
  // 经费单位：元, reviewer 99 P2, which then only makes the unit unknown; a general footer does not
  // contradict a statement naming the row's kind above it, 金额单位：万元（收费单位：元）: 99)
  const noteOwn = footerOwn?.note ? footerOwn : null;
  const stated = own?.unit ?? (noteOwn ? null : (any?.unit ?? units.inHeader));
  const footer = footerOwn ?? footerAny;
  const unit = stated ?? footer?.unit ?? null;
  const rival = own ? footerOwn : footer;
  const footerConflict = stated && rival && rival.unit !== stated ? rival : null;
  return { unit, conflict: between.find((st) => st.unit !== (unit ?? templateUnit)) ?? null, footerConflict };
}
/** a statement opening its line (（金额单位：元）, 金额单位：元), not a row's or remark's text before it */
const OPENS_WITH_STATEMENT = /^[\s|｜]*[（(【\[]?\s*$/;
const HEADER_UNIT = /[（(]\s*(?:[件个项条次人宗份]\s*[、，,/／]\s*)*((?:万\s*)?元)(?:\s*[、，,/／]\s*[件个项条次人宗份])*\s*[）)]/;
// any statistics table's title: 政府信息公开情况统计表, 政务公开工作统计表, …数据统计表, …统计报表 (reviewer 89 P1–P4)
const STATISTICS_TABLE_TITLE = /统\s*计\s*(?:报\s*)?表/;
/** a line opening with a note (填表说明：, 注：): its sentence is the table's caption's, no sentence before the table */
const NOTE_LINE_START = /^[\s|｜]*[（(]?\s*(?:填\s*[表报]\s*)?(?:注|说\s*明|备\s*注)/;
// (单位：件、元 and 单位：件（金额：元） too; not 填报单位：… nor 制表单位：元氏县…, whose 元 is a place's:
// reviewer 89 P6, P8, P9; 统计单位：元 and …统计报表 单位：元 are statements: reviewer 90 P1, P2, P5)
// (元 then a place's name, 元氏县, 元宝山区, 元江哈尼族彝族傣族自治县, is none: reviewer 90 P3, P4, 91 P1 — 元统计指标…,
// 元人民币, and 元 then 全市/本区/我县 are units: reviewer 91 P3)
// (金额单位为元的，已折算为万元 says which were converted: no statement)
const TABLE_UNIT_SAID = new RegExp(
  `(?<!填[ \\t]*报[ \\t]*|报[ \\t]*送[ \\t]*|编[ \\t]*制[ \\t]*|发[ \\t]*布[ \\t]*|制[ \\t]*表[ \\t]*|审[ \\t]*核[ \\t]*|支[ \\t]*持[ \\t]*|主[ \\t]*办[ \\t]*|承[ \\t]*办[ \\t]*|协[ \\t]*办[ \\t]*)((?:金|经|收|费)\\s*(?:额|费|用)\\s*)?单\\s*位\\s*(?:(?:均|都|皆|统\\s*一)\\s*)?(?:[:：]|为|是)(?:[件个项条次人宗起份、，,；;/\\s（(]|金\\s*额\\s*[:：]?|人\\s*民\\s*币){0,12}((?:百\\s*万\\s*|千\\s*|万\\s*|亿\\s*)?元)(?!${PLACE_AFTER_YUAN})(?!\\s*的)`,
  'g',
);
/** 金额以元为单位, （经费均以万元为单位） */
const UNIT_AS = /((?:金|经|收|费)\s*(?:额|费|用)\s*)?(?:均\s*|统\s*一\s*)?以\s*((?:百\s*万\s*|千\s*|万\s*|亿\s*)?元)\s*(?:为|作\s*为)\s*(?:计\s*量\s*)?单\s*位/g;

