// A table copied from a browser into a text file: its cells split by tabs, an empty cell kept as two tabs
// (audit 139 T02, T03, T07). Each such line is read as a pipe-text row, so the empty cells are where the copy says.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml, tabRowWithBars } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';

const parse = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://www.example.gov.cn/a.htm' })).record;

describe('tabRowWithBars', () => {
  it.each([
    ['行政许可\t46\t+2\t', '行政许可 | 46 | +2 |  |'],
    ['三、本年度办理结果\t（一）予以公开\t12\t2\t\t0\t0\t0\t14', '三、本年度办理结果 | （一）予以公开 | 12 | 2 |  | 0 | 0 | 0 | 14 |'],
    ['\t规章\t0\t\t0', '规章 | 0 |  | 0 |'],
    ['5\t\t\t2\t7\t8\t\t\t1\t9\t\t\t\t\t', '5 |  |  | 2 | 7 | 8 |  |  | 1 | 9 |  |  |  |  |  |'],
  ])('%j is a row: its cells split by bars', (line, bars) => {
    expect(tabRowWithBars(line)).toBe(bars);
  });

  it.each([
    ['信息内容\t本年制发件数\t本年废止件数\t现行有效件数'], // a header: no value
    ['\t一、总体情况'], // indentation
    ['发布时间：\t2024年1月22日\t来源：某某局'], // text after a value
    ['2.其他法律行政法规禁止公开\t\t\t'], // no digit in any value cell
    ['no tab 1 2 3'],
    ['\t规章\t0\t0\t0'], // no empty cell: spaces read it the same
    ['政府集中采购\t6\t251000元'],
    ['行政规范性文件\t\t\t156'], // empty cells before every value only: they may be the label's columns (audit 141 B05)
    ['一、本年新收政府信息公开申请数量\t\t\t6\t1\t0\t0\t0\t0\t7'],
  ])('%j is left as it is', (line) => {
    expect(tabRowWithBars(line)).toBe(line);
  });
});

describe('a tab copy of table 3 with a column left empty', () => {
  const header = ['某某区某某局2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];
  it('every row is read, the empty cells blank (before: every row was a cell short, all 175 cells lost with a note)', async () => {
    const text = [...header, '一、本年新收政府信息公开申请数量\t25\t3\t\t0\t0\t0\t28', '二、上年结转政府信息公开申请数量\t1\t0\t\t0\t0\t0\t1', '三、本年度办理结果\t（一）予以公开\t12\t2\t\t0\t0\t0\t14', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t0\t\t0\t0\t0\t3', '四、政府信息公开行政复议、行政诉讼情况'].join('\n');
    const r = await parse(text);
    const cols = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
    const row = (k: string) => cols.map((c) => r.cells[`table3.${c}.${k}`]?.value ?? null);
    expect(row('newReceived')).toEqual([25, 3, null, 0, 0, 0, 28]);
    expect(r.cells['table3.researchInstitution.newReceived']?.kind).toBe('blank');
    expect(row('carriedOver')).toEqual([1, 0, null, 0, 0, 0, 1]);
    expect(row('granted')).toEqual([12, 2, null, 0, 0, 0, 14]);
    expect(row('partiallyGranted')).toEqual([3, 0, null, 0, 0, 0, 3]);
    expect(r.warnings.filter((w) => w.code === 'cell-count')).toEqual([]);
  });

  it('a table-2 row with its last cell empty: the values in their own columns (audit 139 T03)', async () => {
    const text = ['某某县某某局2019年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章\t0\t0\t0', '规范性文件\t\t\t156', '第二十条第（五）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政许可\t46\t+2\t', '三、收到和处理政府信息公开申请情况'].join('\n');
    const r = await parse(text);
    expect(['prevYearItems', 'yearChange', 'decisions'].map((c) => r.cells[`table2.licensing.${c}`]?.value ?? null)).toEqual([46, 2, null]);
    // (empty cells before the only value: unread with a note, as in a copy printing spaces, never split into 1, 5, 6)
    expect(['newlyMade', 'newlyPublished', 'totalPublished'].map((c) => r.cells[`table2.normativeDocs.${c}`]?.value ?? null)).toEqual([null, null, null]);
    expect(r.warnings.map((w) => w.message).join('\n')).toContain('"156" holds 1 value for the 3 cells');
  });

  it('a row of an unmerged table, its label\'s own columns empty before the values: read as before (audit 141 B05)', async () => {
    const text = ['某某区某某局2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况', '一、本年新收政府信息公开申请数量\t\t\t6\t1\t0\t0\t0\t0\t7', '二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0', '四、政府信息公开行政复议、行政诉讼情况'].join('\n');
    const r = await parse(text);
    const cols = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
    expect(cols.map((c) => r.cells[`table3.${c}.newReceived`]?.value ?? null)).toEqual([6, 1, 0, 0, 0, 0, 7]);
  });
});
