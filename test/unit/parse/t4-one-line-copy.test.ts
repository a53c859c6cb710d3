// Table 4 printed twice on a page printed as one line (Pingtan 009 with its row edited): the first
// copy is read and a second one with other numbers noted, as on pages with line breaks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { FIXTURES } from './fixture-loader';

const PINGTAN_009 = readFileSync(join(FIXTURES, 'real/009-pingtan-gonganju-2019/source.txt'), 'utf8');
const ROW_009 = '总计000000000000000五、';
const HEADER = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';

async function parse(row: string) {
  expect(PINGTAN_009.split(ROW_009).length).toBe(2);
  const text = PINGTAN_009.replace(ROW_009, row);
  return (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
}

const table4 = (r: { cells: Record<string, { value: number | null }> }) =>
  Object.entries(r.cells).filter(([k]) => k.startsWith('table4.')).map(([, c]) => c.value);
const repeated = (r: { warnings: Array<{ code: string; message: string }> }) => r.warnings.filter((w) => w.code === 'repeated-table').map((w) => w.message);

const THIS_YEAR = [1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0];
const LAST_YEAR = [2, 0, 0, 0, 2, 2, 0, 0, 0, 2, 2, 0, 0, 0, 0];

describe('table 4 printed twice on a one-line page', () => {
  it.each([
    ['digits run together', THIS_YEAR.join(''), LAST_YEAR.join('')],
    ['numbers apart', ` ${THIS_YEAR.join(' ')} `, ` ${LAST_YEAR.join(' ')} `],
  ])('%s: the first copy is read, the second noted', async (_what, row, copyRow) => {
    const r = await parse(`总计${row}上年度情况：${HEADER}${copyRow}五、`);
    expect(table4(r)).toEqual(THIS_YEAR);
    expect(repeated(r)).toEqual(['table 4 is printed twice in its section with other numbers: only the first is read']);
  });

  it.each([
    ['a year after the copy', ' 2019年度数据'],
    ['a 栏次 row in both copies', null],
  ])('the same numbers twice with %s: no note (reviewer 73 N6)', async (_what, after) => {
    const numbers = Array.from({ length: 15 }, (_, i) => i + 1).join(' ');
    const row = after === null ? `总计 ${numbers} ${THIS_YEAR.join(' ')} 上年度情况：${HEADER} ${numbers} ${THIS_YEAR.join(' ')} 五、` : `总计${THIS_YEAR.join('')}上年度情况：${HEADER}${THIS_YEAR.join('')}${after}五、`;
    const r = await parse(row);
    expect(table4(r)).toEqual(THIS_YEAR);
    expect(repeated(r)).toEqual([]);
  });

  it('the same numbers twice: no note', async () => {
    const r = await parse(`总计${THIS_YEAR.join('')}上年度情况：${HEADER}${THIS_YEAR.join('')}五、`);
    expect(table4(r)).toEqual(THIS_YEAR);
    expect(repeated(r)).toEqual([]);
  });

  it('a note after the row naming the columns and a year is no copy', async () => {
    const r = await parse(`总计${THIS_YEAR.join('')}（注：行政复议结果维持1件，未经复议直接起诉的行政诉讼1件于2020年1月结果维持。）五、`);
    expect(table4(r)).toEqual(THIS_YEAR);
    expect(repeated(r)).toEqual([]);
  });
});

describe('a note on a one-line row', () => {
  it('quotes a digit run once, not once a cell (reviewer 69)', async () => {
    const page = PINGTAN_009.replace('行政诉讼情况行政复议行政诉讼结果维持', '行政诉讼情况序号行政复议行政诉讼结果维持');
    expect(page).not.toBe(PINGTAN_009);
    const text = page.replace(ROW_009, '总计1100011000110000五、');
    const r = (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
    expect(r.warnings.filter((w) => w.message.includes('序号')).map((w) => w.message)).toEqual([
      '表四: the header prints a 序号 column, and the row ("1100011000110000") does not show whether its first cell is the 序号: not read',
    ]);
  });
});
