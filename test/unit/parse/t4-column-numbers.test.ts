// A 栏次 row (the column numbers 1 … 15) under table 4's header is not its data row: it was read
// as the counts 1 … 15, silently (reviewer 68's t4lan). Shanghai 2019 (HTML) and Pingtan 009 (a
// page printed as one line) with the row added, read as the page without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { FIXTURES } from './fixture-loader';

const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
const PINGTAN_009 = readFileSync(join(FIXTURES, 'real/009-pingtan-gonganju-2019/source.txt'), 'utf8');

async function parse(source: string, asText = false) {
  return (await parseDocument(parseHTML(pageHtml(source, asText)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
}

const table4 = (r: { cells: Record<string, { value: number | null }> }) =>
  Object.fromEntries(Object.entries(r.cells).filter(([k]) => k.startsWith('table4.')).map(([k, c]) => [k, c.value]));
const table4Warnings = (r: { warnings: Array<{ message: string }> }) => r.warnings.filter((w) => /表四|table 4/.test(w.message));

const ONE_TO_15 = Array.from({ length: 15 }, (_, i) => i + 1);

describe('a 栏次 row under table 4\'s header', () => {
  // Shanghai's data row: the first row after the header's last line
  const DATA_ROW = '<tr><td style="width:28px;"><p>5</p></td>';
  const cells = (label: string | null) => (label === null ? '' : `<td><p>${label}</p></td>`) + ONE_TO_15.map((n) => `<td><p>${n}</p></td>`).join('');

  it.each([
    ['without a label cell', cells(null), DATA_ROW],
    ['labelled 栏次, over a row labelled 数量', cells('栏次'), DATA_ROW.replace('<tr>', '<tr><td><p>数量</p></td>')],
    // a 备注 or 序号 column numbered on, or a dash in its cell: the 16th cell was read as the data row (reviewer 71 F3)
    ['numbered on to 16', cells(null) + '<td><p>16</p></td>', DATA_ROW],
    ['with a dash after 15', cells(null) + '<td><p>—</p></td>', DATA_ROW],
    // an empty spacer row after it was read as the data row, all 15 blank (reviewer 73 e10)
    ['over an empty spacer row', cells(null) + '</tr><tr>' + ONE_TO_15.map(() => '<td></td>').join(''), DATA_ROW],
    // numbered from 0: read as the counts 0 … 14, silently (reviewer 73 n7)
    ['numbered 0 to 14', ONE_TO_15.map((n) => `<td><p>${n - 1}</p></td>`).join(''), DATA_ROW],
  ])('is passed over, %s', async (_what, numbers, dataRow) => {
    expect(SHANGHAI.split(DATA_ROW).length).toBe(2);
    const base = await parse(SHANGHAI);
    const r = await parse(SHANGHAI.replace(DATA_ROW, `<tr>${numbers}</tr>${dataRow}`));
    expect(table4(base)['table4.review.upheld']).toBe(5);
    expect(table4(r)).toEqual(table4(base));
    expect(table4Warnings(r)).toEqual(table4Warnings(base));
  });

  const ROW_009 = '总计000000000000000五、';
  const VALUES = [5, 0, 0, 2, 7, 8, 0, 0, 1, 9, 0, 0, 0, 0, 0];
  const expected = {
    'table4.review.upheld': 5, 'table4.review.corrected': 0, 'table4.review.other': 0, 'table4.review.pending': 2, 'table4.review.total': 7,
    'table4.litigationDirect.upheld': 8, 'table4.litigationDirect.corrected': 0, 'table4.litigationDirect.other': 0, 'table4.litigationDirect.pending': 1, 'table4.litigationDirect.total': 9,
    'table4.litigationAfterReview.upheld': 0, 'table4.litigationAfterReview.corrected': 0, 'table4.litigationAfterReview.other': 0, 'table4.litigationAfterReview.pending': 0, 'table4.litigationAfterReview.total': 0,
  };

  it.each([
    ['on the line of a page printed as one line, numbers apart', `总计 ${ONE_TO_15.join(' ')} ${VALUES.join(' ')} 五、`],
    ['with cells one per line', `总计\n${ONE_TO_15.join('\n')}\n${VALUES.join('\n')}\n五、`],
  ])('is passed over %s', async (_what, row) => {
    expect(PINGTAN_009.split(ROW_009).length).toBe(2);
    const r = await parse(PINGTAN_009.replace(ROW_009, row), true);
    expect(table4(r)).toEqual(expected);
    expect(table4Warnings(r)).toEqual([]);
  });

  it.each([
    ['on one line', ' '],
    ['with cells one per line', '\n'],
  ])('a data row beginning 16 after it keeps its 16, %s (reviewer 73 N3)', async (_what, gap) => {
    // a 16 after 15 was taken for a 备注 column's number: every value one column left, or all lost
    const row = [16, 0, 0, 4, 20, 8, 0, 0, 1, 9, 0, 0, 0, 0, 0];
    const r = await parse(PINGTAN_009.replace(ROW_009, `总计${gap}${ONE_TO_15.join(gap)}${gap}${row.join(gap)}${gap}五、`), true);
    expect(Object.values(table4(r))).toEqual(row);
  });

  it.each([
    ['on one line', ' '],
    ['with cells one per line', '\n'],
  ])('numbered on to 16 (a 备注 column), %s: the row after it is read by its sums (reviewer 74 R4)', async (_what, gap) => {
    const r = await parse(PINGTAN_009.replace(ROW_009, `总计${gap}${ONE_TO_15.join(gap)}${gap}16${gap}${VALUES.join(gap)}${gap}五、`), true);
    expect(table4(r)).toEqual(expected);
  });

  it('a row of its own beginning 16 that does not add up is read as printed, for the checks to flag (reviewer 75 B)', async () => {
    const row = [16, 0, 0, 0, 15, 5, 0, 0, 0, 5, 0, 0, 0, 0, 0];
    const r = await parse(PINGTAN_009.replace(ROW_009, `总计 ${ONE_TO_15.join(' ')} ${row.join(' ')} 五、`), true);
    expect(Object.values(table4(r))).toEqual(row);
  });

  it('a data row that only begins 1, 2, 3 is still read', async () => {
    const row = [1, 2, 3, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const r = await parse(PINGTAN_009.replace(ROW_009, `总计 ${row.join(' ')} 五、`), true);
    expect(Object.values(table4(r))).toEqual(row);
  });
});
