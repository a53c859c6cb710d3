// A parse warning in the reader's language. The parser writes its warnings in English around the
// page's own Chinese labels (records saved by every earlier version hold them so), so the Chinese
// text is made when shown: each of the parser's message forms has its Chinese form here. A message
// of a form not listed is shown as written.
import type { ParseWarning } from './record';

type Form = [RegExp, (m: RegExpExecArray) => string];

// `${label}: ${problem}` of a table row (parse/tables.ts problemWarning, parse/row-cells.ts)
const ROW = '^(.+?): ';
const FORMS: Form[] = [
  [new RegExp(`${ROW}expected (\\d+) cells, found (\\d+) \\(row cut short: missing cells left out\\)$`), (m) => `${m[1]}：应有${m[2]}个值，只读到${m[3]}个（该行不完整，缺少的值未读）`],
  [new RegExp(`${ROW}expected (\\d+) cells, found (\\d+) \\(extra cells ignored\\)$`), (m) => `${m[1]}：应有${m[2]}个值，读到${m[3]}个（多出的值未读）`],
  [new RegExp(`${ROW}"(.*)" has (more than )?(\\d+) readings as (\\d+) cells; too many to choose from$`), (m) => `${m[1]}：“${m[2]}”分成${m[5]}格有${m[3] ? '超过' : ''}${m[4]}种读法，无法确定，均未读`],
  [new RegExp(`${ROW}"(.*)" holds more values than the (\\d+) cells of the row$`), (m) => `${m[1]}：“${m[2]}”的数值多于该行的${m[3]}格，均未读`],
  [new RegExp(`${ROW}"(.*)" holds fewer digits than the (\\d+) cells of the row: a cell is blank and the text does not say which$`), (m) => `${m[1]}：“${m[2]}”的数字少于该行的${m[3]}格：有一格为空，原文看不出是哪一格，均未读`],
  [new RegExp(`${ROW}"(.*)" reads (\\d+) ways as (\\d+) cells: (.*?); cells that differ are left empty$`), (m) => `${m[1]}：“${m[2]}”分成${m[4]}格有${m[3]}种读法：${m[5]}；各读法不一致的格留空`],
  [/^(表[二四]) prints "(.*)" for "(.*)"$/, (m) => `${m[1]}印作“${m[2]}”，模板为“${m[3]}”`],
  [/^no report sections or tables found on this page$/, () => '页面上没有找到年报的部分标题或表格'],
];

/** The warning's message in Chinese ('zh': its Chinese form, when it has one) or as written ('en'). */
export function warningText(w: Pick<ParseWarning, 'message'>, lang: 'zh' | 'en'): string {
  if (lang === 'en') return w.message;
  for (const [re, zh] of FORMS) {
    const m = re.exec(w.message);
    if (m) return zh(m);
  }
  return w.message;
}
