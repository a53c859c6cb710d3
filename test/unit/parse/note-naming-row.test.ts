// A note naming a row label, printed inside the table (its last, merged row or a row's 备注 cell)
// or after it, is no second printing of the row or of the table: a printing has its cells (adv49 #6).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { cellsFollow, secondCopyAt } from '../../../src/parse/tables';
import { findLabel } from '../../../src/formats/labels';
import { T2_ROWS_2021 } from '../../../src/formats/table2';
import { T3_ROWS_2021 } from '../../../src/formats/table3';
import { FIXTURES } from './fixture-loader';

const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');

async function read(html: string) {
  const { document } = parseHTML(pageHtml(html, false));
  return (await parseDocument(document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
}

/** The page with `row` added as the last row of its `index`-th table. */
function lastRow(html: string, index: number, row: string): string {
  let at = -1;
  for (let i = 0; i <= index; i++) at = html.indexOf('<table', at + 1);
  const end = html.lastIndexOf('</tr>', html.indexOf('</table>', at)) + '</tr>'.length;
  return html.slice(0, end) + row + html.slice(end);
}

const noteRow = (colspan: number, text: string) => `<tr><td colspan="${colspan}"><p>${text}</p></td></tr>`;
const repeated = (record: { warnings: Array<{ code: string }> }) => record.warnings.filter((w) => w.code === 'repeated-row' || w.code === 'repeated-table');

describe('a note naming a row is no second printing', () => {
  it("table 2's last row 注：政府集中采购金额为…: the row is read", async () => {
    const record = await read(lastRow(SHANGHAI, 0, noteRow(5, '注：政府集中采购金额为全年合同金额，行政事业性收费项目为0。')));
    expect(record.cells['table2.centralProcurement.projects']?.value).toBe(6);
    expect(record.cells['table2.centralProcurement.amountYuan']?.value).toBe(251000);
    expect(repeated(record)).toEqual([]);
  });

  it("table 3's last row 注：结转下年度继续办理72件…: the row is read", async () => {
    const record = await read(lastRow(SHANGHAI, 1, noteRow(10, '注：结转下年度继续办理72件均已于2020年1月办结')));
    expect(record.cells['table3.naturalPerson.carriedForward']?.value).toBe(72);
    expect(record.cells['table3.total.carriedForward']?.value).toBe(72);
    expect(repeated(record)).toEqual([]);
  });

  it('notes naming the first rows of tables 2 and 3: neither table is "printed twice"', async () => {
    let html = lastRow(SHANGHAI, 0, noteRow(5, '注：规章、规范性文件对外公开总数量为截至2019年底数'));
    html = lastRow(html, 1, noteRow(10, '注：本年新收政府信息公开申请数量含网上申请600件'));
    const record = await read(html);
    expect(repeated(record)).toEqual([]);
    expect(record.cells['table2.regulations.newlyMade']?.value).toBe(13);
    expect(record.cells['table3.total.newReceived']?.value).toBe(859);
  });

  it("a 备注 column whose cell names its own row (予以公开中含…): the row is read", async () => {
    const t3 = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('<table') + 1);
    let rowIndex = 0;
    const table = SHANGHAI.slice(t3, SHANGHAI.indexOf('</table>', t3)).replace(/<tr>[\s\S]*?<\/tr>/g, (tr) => {
      const i = rowIndex++;
      if (i === 0) return tr.replace('</tr>', '<td rowspan="3"><p>备注</p></td></tr>');
      if (i < 3) return tr;
      return tr.replace('</tr>', `<td><p>${i === 5 ? '予以公开中含告知已主动公开120件' : '&nbsp;'}</p></td></tr>`);
    });
    const record = await read(SHANGHAI.slice(0, t3) + table + SHANGHAI.slice(SHANGHAI.indexOf('</table>', t3)));
    expect(record.cells['table3.naturalPerson.granted']?.value).toBe(258);
    expect(repeated(record)).toEqual([]);
  });

  it("a row's own 备注 cell naming its label", () => {
    const s = '(一)予以公开 | 258 | 12 |  |  | 1 | 1 |  | 予以公开中含告知已主动公开120件 | \n';
    const m = findLabel(T3_ROWS_2021.find((r) => r.keys[0]!.endsWith('.granted'))!.pattern, s, 10, s.length);
    expect(m).not.toBeNull();
    expect(cellsFollow(s, m!.end)).toBe(false);
  });

  it('what follows a printing of a row: its cells', () => {
    const cells = (text: string) => cellsFollow(`规章${text}`, 2);
    expect(cells(' | 13 | 13 | 524 |')).toBe(true);
    expect(cells(' |  | 5 | 1 |')).toBe(true);
    expect(cells(' | — | 5 |')).toBe(true);
    expect(cells('0 0 5 规范性文件')).toBe(true); // flattened
    expect(cells(' | 规范性文件 | 5 |')).toBe(false); // a header cell
    expect(cells('、规范性文件对外公开总数量 |')).toBe(false);
    expect(cells('72件均已办结 |')).toBe(false);
    expect(cells('和行政规范性文件清理情况')).toBe(false);
  });

  it("another table's header cell or a sub-heading naming the first row is no second copy of the table", () => {
    const rows = T2_ROWS_2021.filter((r) => r.item === 'regulations' || r.item === 'normativeDocs');
    const s = '规章 | 0 | 0 | 5 |\n行政规范性文件 | 1 | 0 | 25 |\n（一）规章和行政规范性文件清理情况\n单位 | 规章 | 行政规范性文件 |\n区住建局 | 1 | 2 |\n';
    const hits = rows.map((row) => ({ row, m: findLabel(row.pattern, s, 0, 40)! }));
    expect(secondCopyAt(s, hits, s.length)).toBeNull();
    const copy = `${s}规章 | 1 | 0 | 6 |\n`;
    expect(secondCopyAt(copy, hits, copy.length)).toBe(s.length);
  });
});

describe('a note row naming a row the table prints otherwise, or not at all (adv49 #13)', () => {
  it('注：属于行政执法案卷… under a table printing 7.属于行政执法卷宗: no false row-order note, the later rows kept', async () => {
    let html = SHANGHAI.replace('7.属于行政执法案卷', '7.属于行政执法卷宗');
    html = lastRow(html, 1, noteRow(10, '注：属于行政执法案卷的2件已告知申请人通过阅卷途径获取'));
    const record = await read(html);
    expect(record.warnings.filter((w) => w.code === 'row-order' || w.code === 'cell-count')).toEqual([]);
    expect(record.cells['table3.naturalPerson.denied.adminQuery']?.value).toBe(10);
    expect(record.cells['table3.total.otherHandling.subtotal']).toMatchObject({ kind: 'blank' });
  });

  it('注：本年度其他处理2件… under a table without its （六）其他处理 row: 总计 and 结转 are in order', async () => {
    const start = SHANGHAI.lastIndexOf('<tr>', SHANGHAI.indexOf('（六）其他处理'));
    const end = SHANGHAI.indexOf('</tr>', SHANGHAI.indexOf('（六）其他处理')) + '</tr>'.length;
    const html = lastRow(SHANGHAI.slice(0, start) + SHANGHAI.slice(end), 1, noteRow(10, '注：本年度其他处理2件（申请人撤回）'));
    const record = await read(html);
    expect(record.warnings.filter((w) => w.code === 'row-order' || w.code === 'cell-count')).toEqual([]);
    expect(record.cells['table3.total.resultsTotal']?.value).toBe(805);
    expect(record.cells['table3.total.otherHandling.subtotal']).toBeUndefined();
  });
});
