// The parser's own notes in the reader's language: its warnings and its format evidence. The parser
// writes them in English around the page's own Chinese labels (records saved by every earlier
// version hold them so), so the Chinese text is made when shown: each form the parser writes has
// its Chinese form here. A note of a form not listed is shown as written.
import type { ParseWarning } from './record';

/**
 * A form: its pattern, its Chinese, and a piece of text every match of the pattern contains (a
 * note without it is passed over without running the pattern: same result, far fewer regex runs).
 */
type Form = [RegExp, (m: RegExpExecArray) => string, string];

// `${label}: ${problem}` of a table row (parse/tables.ts problemWarning, parse/row-cells.ts)
const ROW = '^(.+?): ';
/** The relations a row reader may choose a reading by, as a sentence names them. */
const RELATION_ZH: Record<string, string> = { 'T3-COLSUM': '“总计 = 各申请人列之和”', 'T4-ROWSUM': '“各组总计 = 其分项之和”', 'L-CUMULATIVE': '“累计数不小于本年数”' };
const FORMS: Form[] = [
  [/^the page prints (\d+) report titles side by side \((.*)\) and does not say which is its own: the title, year and agency are read from "(.*)"$/, (m) => `页面并列印有${m[1]}个报告标题（${m[2]!.replace(/"([^"]*)"/g, '“$1”').replace(/”, “/g, '”、“')}），未说明哪个是本页的：标题、年度和机关取自“${m[3]}”`, 'report titles side by side'],
  [new RegExp(`${ROW}expected (\\d+) cells, found (\\d+) \\(row cut short: missing cells left out\\)$`), (m) => `${m[1]}：应有${m[2]}个值，只读到${m[3]}个（该行不完整，缺少的值未读）`, "(row cut short: missing cells left out)"],
  [new RegExp(`${ROW}expected (\\d+) cells, found (\\d+) \\("(.*)"\\): a cell is missing and the row does not say which, not read$`), (m) => `${m[1]}：应有${m[2]}个值，只有${m[3]}个（“${m[4]}”）：缺了一格，原文看不出是哪一格，均未读`, "a cell is missing and the row does not say which"],
  [new RegExp(`${ROW}expected (\\d+) cells, found (\\d+) \\(extra cells ignored\\)$`), (m) => `${m[1]}：应有${m[2]}个值，读到${m[3]}个（多出的值未读）`, "(extra cells ignored)"],
  [new RegExp(`${ROW}expected (\\d+) cells, found (\\d+) \\("(.*)"\\): a cell is extra and the row does not say which, not read$`), (m) => `${m[1]}：应有${m[2]}个值，却有${m[3]}个（“${m[4]}”）：多了一格，原文看不出是哪一格，均未读`, "a cell is extra and the row does not say which"],
  [new RegExp(`${ROW}expected (\\d+) cells, found (\\d+) \\(the 备注 column is not read\\)$`), (m) => `${m[1]}：应有${m[2]}个值，读到${m[3]}个（备注列未读）`, "(the 备注 column is not read)"],
  [new RegExp(`${ROW}"(.*)" has (more than )?(\\d+) readings as (\\d+) cells; too many to choose from$`), (m) => `${m[1]}：“${m[2]}”分成${m[5]}格有${m[3] ? '超过' : ''}${m[4]}种读法，无法确定，均未读`, "too many to choose from"],
  [new RegExp(`${ROW}"(.*)" holds more values than the (\\d+) cells of the row$`), (m) => `${m[1]}：“${m[2]}”的数值多于该行的${m[3]}格，均未读`, " holds more values than the "],
  [new RegExp(`${ROW}"(.*)" holds fewer digits than the (\\d+) cells of the row: a cell is blank and the text does not say which$`), (m) => `${m[1]}：“${m[2]}”的数字少于该行的${m[3]}格：有一格为空，原文看不出是哪一格，均未读`, " holds fewer digits than the "],
  [new RegExp(`${ROW}"(.*)" holds (\\d+) values? for the (\\d+) cells of the row: blank cells were left out and the text does not say which$`), (m) => `${m[1]}：“${m[2]}”只有${m[3]}个数值，该行有${m[4]}格：空格未印出，原文看不出是哪几格，均未读`, "blank cells were left out and the text does not say which"],
  [new RegExp(`${ROW}"(.*)" is one cell merged over (\\d+) columns: its number cannot be split among them, the row is not read$`), (m) => `${m[1]}：“${m[2]}”是合并了${m[3]}列的一个单元格，其数值无法分到各列，该行未读`, " is one cell merged over "],
  [new RegExp(`${ROW}its cells \\("(.*)"\\) with the merged ones cover (\\d+) columns for the (\\d+) of the row: which is extra cannot be told, the row is not read$`), (m) => `${m[1]}：该行各格（“${m[2]}”）连同合并单元格共占${m[3]}列，而该行只有${m[4]}列：看不出多出的是哪一格，该行未读`, " with the merged ones cover "],
  [new RegExp(`${ROW}"(.*)" on a line of its own after the row's (\\d+) cells is taken for a page number: not read$`), (m) => `${m[1]}：该行${m[3]}格之后单独一行的“${m[2]}”视为页码，未读`, " is taken for a page number: not read"],
  [new RegExp(`${ROW}"(.*)" is not (\\d+) numbers: it holds more than digits$`), (m) => `${m[1]}：“${m[2]}”不只是数字，读不出该行的${m[3]}个数值，均未读`, ": it holds more than digits"],
  [new RegExp(`${ROW}"(.*)" reads (\\d+) ways as (\\d+) cells; kept (.*), the one for which (.*) holds$`), (m) => `${m[1]}：“${m[2]}”分成${m[4]}格有${m[3]}种读法，取使${RELATION_ZH[m[6]!] ?? m[6]}成立的一种：${m[5]}`, ", the one for which "],
  [new RegExp(`${ROW}"(.*)" reads (\\d+) ways as (\\d+) cells: (.*?); cells that differ are left empty$`), (m) => `${m[1]}：“${m[2]}”分成${m[4]}格有${m[3]}种读法：${m[5]}；各读法不一致的格留空`, "; cells that differ are left empty"],
  [new RegExp(`${ROW}"(.*)" opens with a year, not a value: not read$`), (m) => `${m[1]}：“${m[2]}”开头是年份而不是数值，未读`, " opens with a year, not a value: not read"],
  [new RegExp(`${ROW}"(.*)": a remark in brackets after the value may change what it is: not read$`), (m) => `${m[1]}：“${m[2]}”数值后括号中的说明可能改变其含义，未读`, ": a remark in brackets after the value may change what it is"],
  [new RegExp(`${ROW}"(.*)" labels a part of the year, not its whole: not read$`), (m) => `${m[1]}：“${m[2]}”标明的是年内部分时段的数值，不是全年的，未读`, " labels a part of the year, not its whole: not read"],
  [new RegExp(`${ROW}"(.*)" opens with a month, not a value: not read$`), (m) => `${m[1]}：“${m[2]}”开头是月份而不是数值，未读`, " opens with a month, not a value: not read"],
  [new RegExp(`${ROW}"(.*)" labels one month's value, not the year's: not read$`), (m) => `${m[1]}：“${m[2]}”标明的是一个月的数值，不是全年的，未读`, " labels one month's value, not the year's: not read"],
  [new RegExp(`${ROW}values for (.+), none for the report's year \\((\\d{4})\\): not read$`), (m) => `${m[1]}：印有${m[2]!.replace(/ and /g, '、')}的数值，没有本报告年度（${m[3]}年）的，未读`, ", none for the report's year ("],
  [new RegExp(`${ROW}values for (.+), and the title's year \\((\\d{4})\\) and the statistics period's \\((\\d{4})\\) disagree: not read$`), (m) => `${m[1]}：印有${m[2]!.replace(/ and /g, '、')}的数值，标题年度（${m[3]}年）与统计期限（${m[4]}年）不一致，不知哪个是本年度的，未读`, "and the statistics period's ("],
  [new RegExp(`${ROW}values for (.+), and the report's year is unknown: not read$`), (m) => `${m[1]}：印有${m[2]!.replace(/ and /g, '、')}的数值，报告年度不明，不知哪个是本年度的，未读`, ", and the report's year is unknown: not read"],
  [new RegExp(`${ROW}the row \\("(.*)"\\) is labelled as another year's, and no row of this year's follows it: not read$`), (m) => `${m[1]}：该行（“${m[2]}”）标为其他年度的数据，其后没有本年度的行，未读`, "is labelled as another year's"],
  [new RegExp(`${ROW}table 4's row is under a caption naming another year \\("(.*)"\\), and no row of the report's year \\((\\d{4})\\) is printed: not read$`), (m) => `${m[1]}：数据行位于标明其他年度的标题（“${m[2]}”）之下，没有报告年度（${m[3]}年）的行，未读`, "is under a caption naming another year"],
  [new RegExp(`${ROW}the amount is printed in (\\S+), which is not converted: not read$`), (m) => `${m[1]}：金额以${m[2]}为单位印出，不换算，未读`, ", which is not converted: not read"],
  [new RegExp(`${ROW}the amount's unit is printed as both (\\S+) and (\\S+): not read$`), (m) => `${m[1]}：金额的单位同时印为${m[2]}和${m[3]}，无法确定，未读`, "the amount's unit is printed as both "],
  [new RegExp(`${ROW}the table states "(.*)" between its rows, not saying which: the amount's unit is unknown, not read$`), (m) => `${m[1]}：统计表在行与行之间注明“${m[2]}”，未说明适用于哪些行，金额的单位无法确定，未读`, " between its rows, not saying which: the amount's unit is unknown"],
  [new RegExp(`${ROW}the table states (\\S+) above its rows and "(.*)" below them: the amount's unit is unknown, not read$`), (m) => `${m[1]}：统计表在表上注明${m[2]}，表下又注明“${m[3]}”，金额的单位无法确定，未读`, " below them: the amount's unit is unknown"],
  [new RegExp(`${ROW}"(.*)" does not start with the row's values: not read$`), (m) => `${m[1]}：“${m[2]}”开头不是该行的数值，未读`, " does not start with the row's values: not read"],
  [new RegExp(`${ROW}its 其中 row \\("(.*)"\\) is not a row of the template: not read$`), (m) => `${m[1]}：其下的“其中”行（“${m[2]}”）不是模板的行，未读`, "is not a row of the template: not read"],
  [new RegExp(`${ROW}the category's subtotals are printed twice with other numbers \\((.*)\\): neither is read$`), (m) => `${m[1]}：该类别的小计印了两次，数值不同（${m[2]!.replace(/ and /g, '与')}），均未读`, "the category's subtotals are printed twice"],
  [new RegExp(`${ROW}printed twice with other numbers \\(\\[(.*)\\] and \\[(.*)\\]\\): neither is read$`), (m) => `${m[1]}：该行印了两次，数值不同（${m[2]} 与 ${m[3]}），两行均未读`, "printed twice with other numbers"],
  [/^table 4 is printed for (.*), with no table under the report's year's \((\d{4})\) caption: not read$/, (m) => `表四按年度印有多份（${m[1]}），报告年度（${m[2]}年）的标题下没有表格：未读`, "with no table under the report's year's"],
  [/^table 4 is printed for (.*): the report's year's \((\d{4})\) is read$/, (m) => `表四按年度印有多份（${m[1]}）：读取报告年度（${m[2]}年）的一份`, "table 4 is printed for "],
  [/^table 4 labels its rows by year \((.*)\), none of them the report's year \((\d{4})\): the latest is read$/, (m) => `表四各行按年度标注（${m[1]}），其中没有报告年度（${m[2]}年）的行：读取最近年度的一行`, "table 4 labels its rows by year "],
  [/^table 3 prints its 法人或其他组织 columns in the order (.*): values read by the header$/, (m) => `表三“法人或其他组织”各列的印刷顺序为${m[1]}，与模板不同：按表头读取`, "table 3 prints its 法人或其他组织 columns in the order "],
  [/^table ([23]) prints rows out of the template's order \((.*)\): read by their labels$/, (m) => `表${m[1] === '2' ? '二' : '三'}有行的印刷顺序与模板不同（${m[2]}）：按行名读取`, " prints rows out of the template's order"],
  [/^table 3 prints its applicant columns in the order (.*): values read by the header$/, (m) => `表三申请人各列的印刷顺序为${m[1]}，与模板不同：按表头读取`, "table 3 prints its applicant columns in the order "],
  [/^(表二 .+?): columns printed in another order than the template: values read by the header$/, (m) => `${m[1]}：各列的印刷顺序与模板不同，按表头读取`, "columns printed in another order than the template"],
  [/^(表二 .+?): a row of the 2019 template, not the 2021 one's: read by its sub-table's header$/, (m) => `${m[1]}：该行是2019年模板的行，2021年模板没有：按所在分表的表头读取`, "a row of the 2019 template, not the 2021 one's"],
  [/^(表二 .+?): a row of the 2019 template, not the 2021 one's, whose sub-table's header names none of its columns: not read$/, (m) => `${m[1]}：该行是2019年模板的行，2021年模板没有，所在分表的表头也没有它的列：未读`, "whose sub-table's header names none of its columns"],
  [/^(表二 .+?): its sub-table prints the (\d{4}) template's columns: values read by them$/, (m) => `${m[1]}：所在分表印的是${m[2]}年模板的列，按这些列读取`, "its sub-table prints the "],
  [/^(表二 .+?): the header prints template columns that are not this row's \((.*)\): those are not read, this row's by the header$/, (m) => `${m[1]}：表头印有模板中不属于本行的列（${m[2]}），这些列未读，本行的列按表头读取`, "the header prints template columns that are not this row's"],
  [/^(表二 .+?): the header prints columns the template has not \((.*)\): those are not read, the others by the header$/, (m) => `${m[1]}：表头印有模板没有的列（${m[2]}），这些列未读，其余按表头读取`, "the header prints columns the template has not"],
  [/^table 4 prints its columns in another order than the template: values read by the header$/, () => '表四各列的印刷顺序与模板不同：按表头读取', "table 4 prints its columns in another order than the template"],
  [/^table ([234]) is printed twice in its section with other numbers: only the first is read$/, (m) => `表${'  二三四'[Number(m[1])]}在本部分印了两次，数值不同，只读取了第一个`, " is printed twice in its section with other numbers"],
  [/^table 3 is printed again further on \(a second report on this page\?\): only the first is read$/, () => '表三在页面后面又出现一次（页面上可能有第二份报告），只读取了第一个', "table 3 is printed again further on"],
  [/^a second 统计表 is printed further on \(another year's\?\): only the first is read$/, () => '页面后面还有一张统计表（可能是另一年度的），只读取了第一张', "a second 统计表 is printed further on"],
  [/^a 统计表 is printed but its rows could not be read \(header not recognised, or an image\)$/, () => '页面上有统计表，但未能读出其中的行（表头未能识别，或为图片）', "a 统计表 is printed but its rows could not be read"],
  [/^(表[二四]) prints "(.*)" for "(.*)"$/, (m) => `${m[1]}印作“${m[2]}”，模板为“${m[3]}”`, "\" for \""],
  [/^no report sections or tables found on this page$/, () => '页面上没有找到年报的部分标题或表格', "no report sections or tables found on this page"],
];

// parse/version.ts decideVersion's notes when it decides without printed markers (the markers
// themselves are printed Chinese)
const EVIDENCE_FORMS: Form[] = [
  [/^table 3 with a single （六）其他处理 row$/, () => '表三只有一行“（六）其他处理”', "table 3 with a single （六）其他处理 row"],
  [/^unified markers without table 2; decided by year (\d+|\?)$/, (m) => `有统一格式的标记而没有表二，按报告年度（${m[1] === '?' ? '未知' : m[1]}）判断`, "unified markers without table 2; decided by year "],
  [/^report year (\d+) \(before the 2019 format\), no unified tables$/, (m) => `报告年度${m[1]}（早于2019年格式），没有统一格式的表格`, " (before the 2019 format), no unified tables"],
];

/** `text` in its Chinese form, or as written when its form is not listed */
function inChinese(forms: Form[], text: string): string {
  // indexed, not destructured: `[re, zh] of` runs the iterator protocol until the loop is optimised
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    if (!text.includes(form[2])) continue;
    const m = form[0].exec(text);
    if (m) return form[1](m);
  }
  return text;
}

/** The warning's message in Chinese ('zh': its Chinese form, when it has one) or as written ('en'). */
export function warningText(w: Pick<ParseWarning, 'message'>, lang: 'zh' | 'en'): string {
  return lang === 'en' ? w.message : inChinese(FORMS, w.message);
}

/** One item of `meta.formatEvidence` in Chinese: a printed marker as it is, the parser's note in its Chinese form. */
export const evidenceZh = (evidence: string): string => inChinese(EVIDENCE_FORMS, evidence);
