// Table 4's data row labelled by its year or period alone, under a 年度 / 统计期间 column (audit 129 H04, H09).
// `2023` reads as a number: it had been the row's first value, and with a merged cell in the row the
// label was not dropped as an extra cell, so every value moved one column and 2023 was stored as 行政复议
// 结果维持, silently. Without a merged cell the row was lost as "a cell is extra".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { FIXTURES } from './fixture-loader';

// Shanghai 2019, its table 4 replaced by one built here
const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
const T4_FROM = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('四、政府信息公开行政复议'));
const T4_TO = SHANGHAI.indexOf('<p>五、', T4_FROM);

async function table4(labelColumn: string, rows: string) {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const td = (t: string) => `<td>${t}</td>`;
  const table =
    `<table border="1"><tbody><tr><td rowspan="3">${labelColumn}</td><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>` +
    `<tr>${outcomes.map((o) => `<td rowspan="2">${o}</td>`).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>` +
    `<tr>${[...outcomes, ...outcomes].map(td).join('')}</tr>${rows}</tbody></table>`;
  const html = SHANGHAI.slice(0, T4_FROM) + table + SHANGHAI.slice(T4_TO);
  const { record } = await parseDocument(parseHTML(pageHtml(html, false)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' });
  const values = Object.entries(record.cells).filter(([k]) => k.startsWith('table4.')).map(([, c]) => c.value);
  return { values, warnings: record.warnings.filter((w) => /表四|table 4/.test(w.message)).map((w) => w.code) };
}

// 1 upheld of 1 under review; 1 upheld, 1 other of 2 directly (the two 0s of 结果纠正 and 其他结果… merged in one cell)
const MERGED = '<td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td colspan="2">0</td><td>1</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>';
const PRINTED = [1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0];

describe("table 4's row labelled by its year or period", () => {
  it.each([
    ['年度', '2019'],
    ['统计期间', '2019年1-12月'],
    ['统计期间', '2019年1月-12月'],
    ['统计期间', '2019年1月1日至12月31日'],
    ['统计期间', '2019.1-2019.12'],
    ['年度', '2019年度'],
  ])('under %s, labelled %s, with a merged cell: the values in their columns', async (column, label) => {
    const r = await table4(column, `<tr><td>${label}</td>${MERGED}</tr>`);
    expect(r.values).toEqual(PRINTED);
    expect(r.warnings).toEqual([]);
  });

  it('labelled 2019 without merged cells: read, not lost as a row with a cell too many', async () => {
    const r = await table4('年度', `<tr><td>2019</td>${PRINTED.map((v) => `<td>${v}</td>`).join('')}</tr>`);
    expect(r.values).toEqual(PRINTED);
    expect(r.warnings).toEqual([]);
  });

  it('a first value that is no year is still a value (no label cell): 15 cells read as printed', async () => {
    const r = await table4('年度', `<tr>${[2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((v) => `<td>${v}</td>`).join('')}</tr>`);
    expect(r.values).toEqual([2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it.each([
    ['2018年1-12月', '2019年1-12月'],
    ['2018.1-2018.12', '2019.1-2019.12'],
    ['2018年1-12月份', '2019年1-12月份'],
    ['2018.1.1-2018.12.31', '2019.1.1-2019.12.31'],
    ['2018年件数', '2019年件数'],
  ])("rows labelled by period, last year's (%s) over this year's (%s): this year's is read (audit 130 Y18: last year's, silently)", async (last, own) => {
    const lastYear = [2, 0, 0, 0, 2, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
    const r = await table4('统计期间', `<tr><td>${last}</td>${lastYear.map((v) => `<td>${v}</td>`).join('')}</tr><tr><td>${own}</td>${PRINTED.map((v) => `<td>${v}</td>`).join('')}</tr>`);
    expect(r.values).toEqual(PRINTED);
  });

  // 合计 is one of table 4's header words: the header had been taken to end at the 合计 row's label, and the two years'
  // sum stored as this year's, silently (the sum adds up, so no check fired: audit 131 Y15, Y24)
  it.each([
    ['年度', '2018年', '2019年', '合计'],
    ['年度', '2018', '2019', '总计'],
    ['年度', '2018年度', '2019年度', '合计'],
    ['截至时间', '截至2018年12月31日', '截至2019年12月31日', '合计'],
  ])("under %s, rows %s and %s, then a %s row: this year's row is read, not the sum", async (column, last, own, sum) => {
    const lastYear = [2, 0, 0, 0, 2, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
    const row = (label: string, values: number[]) => `<tr><td>${label}</td>${values.map((v) => `<td>${v}</td>`).join('')}</tr>`;
    const r = await table4(column, row(last, lastYear) + row(own, PRINTED) + row(sum, PRINTED.map((v, i) => v + lastYear[i]!)));
    expect(r.values).toEqual(PRINTED);
  });

  // a cut-off date for a label (截至2022年12月31日 over 截至2023年12月31日) had not been a year label: the first row, last year's,
  // was read as this year's, silently (audit 132 Y15)
  it("rows labelled by their cut-off dates, last year's first: this year's is read", async () => {
    const lastYear = [2, 0, 0, 0, 2, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
    const row = (label: string, values: number[]) => `<tr><td>${label}</td>${values.map((v) => `<td>${v}</td>`).join('')}</tr>`;
    const r = await table4('截至时间', row('截至2018年12月31日', lastYear) + row('截止到2019年12月31日', PRINTED));
    expect(r.values).toEqual(PRINTED);
  });

  describe('rows for parts of the year, and sum rows (audit 133)', () => {
    const row = (label: string, values: number[]) => `<tr><td>${label}</td>${values.map((v) => `<td>${v}</td>`).join('')}</tr>`;
    const FIRST_HALF = [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
    const SECOND_HALF = PRINTED.map((v, i) => v - FIRST_HALF[i]!);
    /** rows of a year's parts under the year's cell merged over their labels (`<td rowspan>2019年</td><td>上半年</td>…`) */
    const underYearCell = (year: string, parts: Array<[string, number[]]>) =>
      parts.map(([label, values], i) => (i === 0 ? row(`${year}</td><td>${label}`, values).replace(`<td>${year}`, `<td rowspan="${parts.length}">${year}`) : row(label, values))).join('');
    const LAST_YEAR = [2, 0, 0, 0, 2, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];

    it.each([
      [['2019年1-6月', '2019年7-12月'], '合计'],
      [['2019年3月', '2019年8月'], '合计'],
    ])('rows %j then a %s row: the sum row is the year (Y03, Y12: the first part had been read, silently)', async (labels, sum) => {
      const r = await table4('统计期间', row(labels[0]!, FIRST_HALF) + row(labels[1]!, SECOND_HALF) + row(sum, PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('half years and a 全年 row: the whole year\'s row is read (Y24)', async () => {
      const r = await table4('统计期间', row('2019年1-6月', FIRST_HALF) + row('2019年7-12月', SECOND_HALF) + row('2019年全年', PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('a mid-year cut-off over the year-end one: the year-end row (Y07)', async () => {
      const r = await table4('截至时间', row('截至2019年6月30日', FIRST_HALF) + row('截至2019年12月31日', PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('half years only: no row is the year, none is read, with a note (Y04)', async () => {
      const r = await table4('统计期间', row('2019年1-6月', FIRST_HALF) + row('2019年7-12月', SECOND_HALF));
      expect(r.values).toEqual(Array(15).fill(null));
      expect(r.warnings).toContain('unreadable-row');
    });

    it.each([['合计'], ['总计']])('a %s row over the year rows: this year\'s row, not the sum (Y01, Y02: the sum had been read, silently)', async (sum) => {
      const r = await table4('年度', row(sum, PRINTED.map((v, i) => v + LAST_YEAR[i]!)) + row('2018年', LAST_YEAR) + row('2019年', PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it.each([
      [['第一季度', '第二季度', '第三季度', '第四季度'], '合计'],
      [['上半年', '下半年'], '合计'],
      [['本年度上半年', '本年度下半年'], '本年度合计'],
      [['2019年第一季度', '2019年第二季度', '2019年第三季度', '2019年第四季度'], '全年合计'],
    ])('quarters or halves in words (%j) then %s: the sum row is the year (audit 134 Y02, Y04, Y29: the first part had been read, silently)', async (labels, sum) => {
      const parts = labels.map((l, i) => row(l, i === 0 ? FIRST_HALF : i === 1 ? SECOND_HALF : Array(15).fill(0)));
      const r = await table4('统计期间', parts.join('') + row(sum, PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('halves in words and no sum row: none is read, with a note (Y05)', async () => {
      const r = await table4('统计期间', row('2019年上半年', FIRST_HALF) + row('2019年下半年', SECOND_HALF));
      expect(r.values).toEqual(Array(15).fill(null));
      expect(r.warnings).toContain('unreadable-row');
    });

    it('two years each in halves with a 小计: this year\'s 小计 (Y12: last year\'s first half had been read)', async () => {
      const zero = Array(15).fill(0);
      const r = await table4('统计期间', row('2018年1-6月', LAST_YEAR) + row('2018年7-12月', zero) + row('小计', LAST_YEAR) + row('2019年1-6月', FIRST_HALF) + row('2019年7-12月', SECOND_HALF) + row('小计', PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('last year\'s row, this year\'s halves and a 合计 of all: none is read, with a note (Y10: two years\' sum had been read)', async () => {
      const r = await table4('统计期间', row('2018年', LAST_YEAR) + row('2019年1-6月', FIRST_HALF) + row('2019年7-12月', SECOND_HALF) + row('合计', PRINTED.map((v, i) => v + LAST_YEAR[i]!)));
      expect(r.values).toEqual(Array(15).fill(null));
      expect(r.warnings).toContain('unreadable-row');
    });

    it('last year\'s row, this year\'s halves and a 小计 under them: the 小计 (audit 135 Y03: lost)', async () => {
      const r = await table4('统计期间', row('2018年', LAST_YEAR) + row('2019年上半年', FIRST_HALF) + row('2019年下半年', SECOND_HALF) + row('小计', PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('a year\'s cell over month parts (2019年 | 1—6月, 7—12月) then 合计: the 合计 (audit 136 Y06, Y20: the first half, silently)', async () => {
      const r = await table4('统计期间', underYearCell('2019年', [['1—6月', FIRST_HALF], ['7—12月', SECOND_HALF]]) + row('合计', PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('each year\'s cell merged over 上半年 / 下半年 / 小计: this year\'s 小计 (audit 137 Y01, Y02, Y17: last year\'s second half, silently)', async () => {
      const zero = Array(15).fill(0);
      const merged = (year: string, first: number[], second: number[], sum: number[]) => underYearCell(year, [['上半年', first], ['下半年', second], ['小计', sum]]);
      const r = await table4('年度', merged('2018年', zero, LAST_YEAR, LAST_YEAR) + merged('2019年', FIRST_HALF, SECOND_HALF, PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('months in Chinese numerals under a year\'s merged cell (2019年 | 一至六月, 七至十二月) then 合计: the 合计 (audit 137 Y05)', async () => {
      const r = await table4('统计期间', underYearCell('2019年', [['一至六月', FIRST_HALF], ['七至十二月', SECOND_HALF]]) + row('合计', PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('each year\'s halves with its own 全年: this year\'s 全年 (audit 136 Y07: last year\'s, silently)', async () => {
      const zero = Array(15).fill(0);
      const r = await table4('统计期间', row('2018年上半年', LAST_YEAR) + row('2018年下半年', zero) + row('全年', LAST_YEAR) + row('2019年上半年', FIRST_HALF) + row('2019年下半年', SECOND_HALF) + row('全年', PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('quarters with a 小计 under each half and no total: neither 小计 is the year, none is read (audit 136 Y09)', async () => {
      const zero = Array(15).fill(0);
      const r = await table4('统计期间', row('第一季度', FIRST_HALF) + row('第二季度', zero) + row('小计', FIRST_HALF) + row('第三季度', SECOND_HALF) + row('第四季度', zero) + row('小计', SECOND_HALF));
      expect(r.values).toEqual(Array(15).fill(null));
      expect(r.warnings).toContain('unreadable-row');
    });

    it('halves, then a 全年 row: the 全年 row (audit 135 Y08: lost)', async () => {
      const r = await table4('统计期间', row('上半年', FIRST_HALF) + row('下半年', SECOND_HALF) + row('全年', PRINTED));
      expect(r.values).toEqual(PRINTED);
    });

    it('a 合计 printed over this year\'s halves is the year (Y32: lost)', async () => {
      const r = await table4('统计期间', row('合计', PRINTED) + row('2019年1-6月', FIRST_HALF) + row('2019年7-12月', SECOND_HALF));
      expect(r.values).toEqual(PRINTED);
    });

    it.each([
      ['2018年末', '2019年末'],
      ['截至2018年底', '截至2019年底'],
      ['2018年度（截至12月31日）', '2019年度（截至12月31日）'],
    ])('year-end labels %s over %s: this year\'s row (Y09, Y10, Y25: last year\'s had been read, silently)', async (last, own) => {
      const r = await table4('年度', row(last, LAST_YEAR) + row(own, PRINTED));
      expect(r.values).toEqual(PRINTED);
    });
  });
});
