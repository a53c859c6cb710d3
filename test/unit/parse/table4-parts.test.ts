// Table 4 printed as two tables (行政复议, then 行政诉讼), and a small summary table above it: read
// as one row of 15 cells, not "printed twice" (adv49 #1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { T4_KEYS } from '../../../src/formats/table4';
import { FIXTURES } from './fixture-loader';

const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td><p>${c || '&nbsp;'}</p></td>`).join('')}</tr>`;
const table = (rows: string[]) => `<table border="1"><tbody>${rows.join('')}</tbody></table>`;

/** Shanghai with its table 4 (the third table) replaced by `html`. */
function withTable4(html: string): string {
  const at = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('<table', SHANGHAI.indexOf('<table') + 1) + 1);
  return SHANGHAI.slice(0, at) + html + SHANGHAI.slice(SHANGHAI.indexOf('</table>', at) + '</table>'.length);
}

async function read(html: string) {
  const { document } = parseHTML(pageHtml(html, false));
  return (await parseDocument(document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
}

const REVIEW = table(['<tr><td colspan="5"><p>行政复议</p></td></tr>', row(OUTCOMES), row(['5', '', '', '2', '7'])]);
const LITIGATION = table([
  '<tr><td colspan="10"><p>行政诉讼</p></td></tr>',
  '<tr><td colspan="5"><p>未经复议直接起诉</p></td><td colspan="5"><p>复议后起诉</p></td></tr>',
  row([...OUTCOMES, ...OUTCOMES]),
  row(['8', '', '', '1', '9', '', '', '', '', '']),
]);
const values = (record: Awaited<ReturnType<typeof read>>) => T4_KEYS.map((k) => record.cells[k]?.value ?? null);
const EXPECTED = [5, null, null, 2, 7, 8, null, null, 1, 9, null, null, null, null, null];

describe('table 4 in parts', () => {
  it('a 行政复议 table then a 行政诉讼 table: the 5 + 10 cells in order, no "printed twice"', async () => {
    const record = await read(withTable4(`${REVIEW}<p>&nbsp;</p>${LITIGATION}`));
    expect(values(record)).toEqual(EXPECTED);
    expect(record.warnings.filter((w) => w.code === 'repeated-table' || w.code === 'cell-count')).toEqual([]);
  });

  it('a small summary table (行政复议 | 行政诉讼 | 合计) above the real table is not table 4', async () => {
    const summary = table([row(['行政复议', '行政诉讼', '合计']), row(['7', '9', '16'])]);
    const full = table([
      '<tr><td colspan="5"><p>行政复议</p></td><td colspan="10"><p>行政诉讼</p></td></tr>',
      `<tr>${OUTCOMES.map((o) => `<td rowspan="2"><p>${o}</p></td>`).join('')}<td colspan="5"><p>未经复议直接起诉</p></td><td colspan="5"><p>复议后起诉</p></td></tr>`,
      row([...OUTCOMES, ...OUTCOMES]),
      row(['5', '', '', '2', '7', '8', '', '', '1', '9', '', '', '', '', '']),
    ]);
    const record = await read(withTable4(`${summary}${full}`));
    expect(values(record)).toEqual(EXPECTED);
    expect(record.warnings.filter((w) => ['repeated-table', 'cell-count', 'column-order'].includes(w.code))).toEqual([]);
  });

  it('the same table printed twice with other numbers is still said', async () => {
    const full = (cells: string[]) => table([
      '<tr><td colspan="5"><p>行政复议</p></td><td colspan="10"><p>行政诉讼</p></td></tr>',
      `<tr>${OUTCOMES.map((o) => `<td rowspan="2"><p>${o}</p></td>`).join('')}<td colspan="5"><p>未经复议直接起诉</p></td><td colspan="5"><p>复议后起诉</p></td></tr>`,
      row([...OUTCOMES, ...OUTCOMES]),
      row(cells),
    ]);
    const record = await read(withTable4(full(['5', '', '', '2', '7', '8', '', '', '1', '9', '', '', '', '', '']) + full(['1', '', '', '', '1', '', '', '', '', '', '', '', '', '', ''])));
    expect(values(record)).toEqual(EXPECTED);
    expect(record.warnings.some((w) => w.code === 'repeated-table')).toBe(true);
  });

  it('a header printing its outcomes in other words (维持 | 纠正 | …) still has its data row', async () => {
    const at = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('<table', SHANGHAI.indexOf('<table') + 1) + 1);
    const t4 = SHANGHAI.slice(at, SHANGHAI.indexOf('</table>', at));
    const other = t4.replaceAll('结果维持', '维持').replaceAll('结果纠正', '纠正').replaceAll('其他结果', '其他').replaceAll('尚未审结', '未审结');
    const record = await read(SHANGHAI.replace(t4, other));
    expect(values(record)).toEqual(EXPECTED);
  });
});
