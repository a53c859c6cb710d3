// Value cells merged across columns in an HTML table (reviewer 120 T23, R02): a 0 or a placeholder over several
// columns stands in each of them; another number cannot be split and leaves its row unread with a note saying so.
// A Word export's layout span under a header cell of the same span is one column, as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { FIXTURES } from './fixture-loader';
import { warningText } from '../../../src/model/parser-text';

const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');

async function parse(source: string) {
  return (await parseDocument(parseHTML(pageHtml(source, false)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
}
const replaced = (from: string, to: string) => {
  expect(SHANGHAI).toContain(from);
  return SHANGHAI.replace(from, to);
};
const blank = (w: number) => `<td nowrap="nowrap" style="width:${w}px;"><p align="center">&nbsp;</p></td>`;
const CARRIED = `<p>二、上年结转政府信息公开申请数量</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">18</p></td>${blank(47)}${blank(47)}${blank(66)}${blank(57)}${blank(38)}`;
const carriedWith = (merged: string) => replaced(CARRIED, `<p>二、上年结转政府信息公开申请数量</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">18</p></td><td colspan="5"><p>${merged}</p></td>`);
const ORGS = ['commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'];

describe('a value cell merged over several columns', () => {
  it('table 4: a 0 over the five 复议后起诉 columns is 0 in each, and the row\'s other values are read (R02: all 15 had been lost)', async () => {
    const tail = '<td style="width:40px;">&nbsp;</td><td style="width:40px;">&nbsp;</td><td style="width:40px;">&nbsp;</td><td style="width:40px;">&nbsp;</td><td style="width:27px;">&nbsp;</td></tr>';
    const r = await parse(replaced(tail, '<td colspan="5"><p>0</p></td></tr>'));
    const v = (k: string) => r.cells[`table4.${k}`]?.value;
    expect(['upheld', 'pending', 'total'].map((k) => v(`review.${k}`))).toEqual([5, 2, 7]);
    expect(['upheld', 'pending', 'total'].map((k) => v(`litigationDirect.${k}`))).toEqual([8, 1, 9]);
    expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => v(`litigationAfterReview.${k}`))).toEqual([0, 0, 0, 0, 0]);
    expect(r.warnings.filter((w) => w.code === 'cell-count')).toEqual([]);
  });

  it('table 3: a 0 over the five 法人或其他组织 columns of 上年结转 (T23: the row had been lost as "a cell is missing")', async () => {
    const r = await parse(carriedWith('0'));
    expect(r.cells['table3.naturalPerson.carriedOver']?.value).toBe(18);
    expect(ORGS.map((o) => r.cells[`table3.${o}.carriedOver`]?.value)).toEqual([0, 0, 0, 0, 0]);
    expect(r.cells['table3.total.carriedOver']?.value).toBe(18);
  });

  it('a placeholder over them stands in each: 无', async () => {
    const r = await parse(carriedWith('无'));
    expect(ORGS.map((o) => r.cells[`table3.${o}.carriedOver`]?.kind)).toEqual(Array(5).fill('placeholder'));
  });

  it('another number cannot be split: the row is unread, and the note says why', async () => {
    const r = await parse(carriedWith('3'));
    expect(['naturalPerson', ...ORGS, 'total'].map((o) => r.cells[`table3.${o}.carriedOver`]?.value ?? null)).toEqual(Array(7).fill(null));
    expect(r.warnings.map((w) => w.message).join('\n')).toContain('"3" is one cell merged over 5 columns: its number cannot be split among them');
  });

  it('a label cell before a row with a merged 0 is no value: the row does not move one column (audit 125 H31)', async () => {
    const head = '<tr><td rowspan="3">项目</td><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>' +
      '<tr>' + ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((o) => `<td rowspan="2">${o}</td>`).join('') + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>' +
      '<tr>' + Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((o) => `<td>${o}</td>`).join('')).join('') + '</tr>';
    const data = '<tr><td>数量</td>' + ['1', '0', '0', '1', '2', '0', '0', '0', '0', '0', '1'].map((v) => `<td>${v}</td>`).join('') + '<td colspan="2">0</td><td>0</td><td>1</td></tr>';
    const t4 = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('四、政府信息公开行政复议'));
    const r = await parse(SHANGHAI.slice(0, t4) + `<table border="1"><tbody>${head}${data}</tbody></table>` + SHANGHAI.slice(SHANGHAI.indexOf('<p>五、', t4)));
    const t4values = Object.entries(r.cells).filter(([k]) => k.startsWith('table4.')).map(([, c]) => c.value);
    // before: 数量 read as the first value and every value one column right (6 wrong, a false T4-ROWSUM error)
    expect(t4values).toEqual([1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('merged rows one under another each span the columns (audit 125 H14: two rows each one / over seven)', async () => {
    const sevenBlank = blank(38) + blank(47) + blank(47) + blank(66) + blank(57) + blank(38) + blank(62);
    let page = SHANGHAI;
    for (const label of ['3.要求提供公开出版物', '4.无正当理由大量反复申请']) {
      const from = `<p>${label}</p></td>${sevenBlank}`;
      expect(page).toContain(from);
      page = page.replace(from, `<p>${label}</p></td><td colspan="7"><p>/</p></td>`);
    }
    const r = await parse(page);
    for (const row of ['notProcessed.publication', 'notProcessed.excessive']) {
      const kinds = ['naturalPerson', ...ORGS, 'total'].map((o) => r.cells[`table3.${o}.${row}`]?.kind);
      expect(kinds).toEqual(Array(7).fill('placeholder'));
    }
  });

  it('a blank merged over two columns is two blanks (audit 127 H17: the row had been read one column off)', async () => {
    const r = await parse(replaced(CARRIED, `<p>二、上年结转政府信息公开申请数量</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">18</p></td><td colspan="2">&nbsp;</td><td colspan="2"><p>0</p></td>${blank(38)}`));
    expect(['naturalPerson', ...ORGS].map((o) => r.cells[`table3.${o}.carriedOver`]?.value ?? null)).toEqual([18, null, null, 0, 0, null]);
    expect(r.cells['table3.researchInstitution.carriedOver']?.kind).toBe('blank');
  });

  it('not in a row where a value cell of the row above reaches down (rowspan) among its values: unread, with a note (audit 127 H16)', async () => {
    const dup = `<p>2.重复申请</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">5</p></td><td nowrap="nowrap" style="width:47px;"><p align="center">4</p></td>`;
    const pub = `<p>3.要求提供公开出版物</p></td>${blank(38)}${blank(47)}${blank(47)}${blank(66)}${blank(57)}${blank(38)}${blank(62)}`;
    let page = replaced(dup, `<p>2.重复申请</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">5</p></td><td rowspan="2"><p>4</p></td>`);
    expect(page).toContain(pub);
    page = page.replace(pub, '<p>3.要求提供公开出版物</p></td><td>&nbsp;</td><td>2</td><td colspan="2"><p>0</p></td><td>1</td><td>0</td><td>3</td>'); // a split label's blank first
    const r = await parse(page);
    // before: spans 1+2+1+1+1 and the missing 商业企业 cell made 6 of 7 columns, and the merged 0 filled the gap: one column off
    expect(['naturalPerson', ...ORGS, 'total'].map((o) => r.cells[`table3.${o}.notProcessed.publication`]?.value ?? null)).toEqual(Array(7).fill(null));
    expect(r.warnings.some((w) => w.code === 'cell-count' && w.message.includes('要求提供公开出版物'))).toBe(true);
  });

  it('a year label before a row with a merged pair is no value (audit 128 H18: every value had moved one column)', async () => {
    const head = '<tr><td rowspan="3">年度</td><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>' +
      '<tr>' + ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((o) => `<td rowspan="2">${o}</td>`).join('') + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>' +
      '<tr>' + Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((o) => `<td>${o}</td>`).join('')).join('') + '</tr>';
    const data = '<tr><td>2023年度</td>' + ['1', '0', '0', '0', '1'].map((v) => `<td>${v}</td>`).join('') + '<td colspan="2">0</td>' + ['1', '0', '1', '0', '0', '0', '0', '0'].map((v) => `<td>${v}</td>`).join('') + '</tr>';
    const t4 = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('四、政府信息公开行政复议'));
    const r = await parse(SHANGHAI.slice(0, t4) + `<table border="1"><tbody>${head}${data}</tbody></table>` + SHANGHAI.slice(SHANGHAI.indexOf('<p>五、', t4)));
    expect(Object.entries(r.cells).filter(([k]) => k.startsWith('table4.')).map(([, c]) => c.value)).toEqual([1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('a Word layout span under a header cell of the same span is one column (table 2\'s 本年新公开数量 in Shanghai 2019)', async () => {
    const r = await parse(SHANGHAI);
    expect(SHANGHAI).toContain('<td colspan="2" nowrap="nowrap" style="width:101px;"><p align="center">13</p></td>');
    expect(r.warnings.filter((w) => /merged/.test(w.message))).toEqual([]);
    const table2 = Object.entries(r.cells).filter(([k]) => k.startsWith('table2.regulations.')).map(([, c]) => c.value);
    expect(table2).toEqual([13, 13, 524]);
  });

  it("a Word export's border-less empty cell ending every row is no column: a merged blank beside it leaves the row in its columns (audit 127 H38, 128 H12)", async () => {
    const from = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('<p>三、收到和处理'));
    const to = SHANGHAI.indexOf('</table>', from);
    const trailing = '<td style="border:none;padding:0cm" width="0"><p class="MsoNormal">&nbsp;</p></td></tr>';
    const table3 = SHANGHAI.slice(from, to).replaceAll('</tr>', trailing).replace(CARRIED, CARRIED.replace(`${blank(47)}${blank(47)}`, '<td colspan="2"><p>&nbsp;</p></td>'));
    const r = await parse(SHANGHAI.slice(0, from) + table3 + SHANGHAI.slice(to));
    // it had been 18 | the merged blank | three blanks | 18 | the layout cell: 其他 18 and 总计 blank, silently
    expect(r.cells['table3.naturalPerson.carriedOver']?.value).toBe(18);
    expect(ORGS.map((o) => r.cells[`table3.${o}.carriedOver`]?.kind)).toEqual(Array(5).fill('blank'));
    expect(r.cells['table3.total.carriedOver']?.value).toBe(18);
    expect(r.cells['table3.total.newReceived']?.value).toBe(859);
    expect(r.warnings.filter((w) => w.code === 'cell-count')).toEqual([]);
  });

  it('blank cells right of the text without that mark are kept: a table printed without its header keeps its blank values', async () => {
    const { isLayoutCell } = await import('../../../src/extract/grid');
    const el = (attrs: string) => parseHTML(`<table><tr><td ${attrs}>&nbsp;</td><td ${attrs}>3</td></tr></table>`).document.querySelectorAll('td');
    expect(isLayoutCell(el('style="border:none;padding:0cm"')[0]!, ' ')).toBe(true);
    expect(isLayoutCell(el('width="0"')[0]!, '')).toBe(true);
    expect(isLayoutCell(el('style="border:none"')[1]!, '3')).toBe(false);
    expect(isLayoutCell(el('style="width:40px;"')[0]!, '')).toBe(false);
    expect(isLayoutCell(el('style="border-top:none"')[0]!, '')).toBe(false);
    // Word draws a real cell's sides after clearing them all (audit 130 L04, L09: rows of tables without a header lost)
    expect(isLayoutCell(el('style="border:none;border-bottom:solid windowtext 1.0pt;padding:0cm"')[0]!, '')).toBe(false);
    expect(isLayoutCell(el('style="border:none;border-right:none"')[0]!, '')).toBe(true);
  });

  describe('a 0 merged over rows (rowspan) is a 0 in each row it spans', () => {
    const ROWS_FROM = SHANGHAI.indexOf('<tr><td nowrap="nowrap" style="width:137px;"><p>2.重复申请');
    const ROWS_TO = SHANGHAI.indexOf('<tr>', SHANGHAI.indexOf('3.要求提供公开出版物'));
    const td = (t: string, attrs = '') => `<td${attrs}><p>${t}</p></td>`;
    const withRows = (rows: string) => {
      expect(ROWS_FROM).toBeGreaterThan(0);
      return SHANGHAI.slice(0, ROWS_FROM) + rows + SHANGHAI.slice(ROWS_TO);
    };
    const v = (r: Awaited<ReturnType<typeof parse>>, row: string) => ['naturalPerson', ...ORGS, 'total'].map((c) => r.cells[`table3.${c}.notProcessed.${row}`]?.value);

    it('商业企业 merged over 重复申请 and 要求提供公开出版物: the second row in its columns (125 H19: 其他 and 总计 had taken each other\'s place)', async () => {
      const r = await parse(
        withRows(
          `<tr>${td('2.重复申请')}${td('5')}${td('0', ' rowspan="2"')}${[0, 0, 0, 0].map((x) => td(String(x))).join('')}${td('5')}</tr>` +
            `<tr>${td('3.要求提供公开出版物')}${['2', '0', '0', '0', '0', '2'].map((x) => td(x)).join('')}</tr>`,
        ),
      );
      expect(v(r, 'duplicate')).toEqual([5, 0, 0, 0, 0, 0, 5]);
      expect(v(r, 'publication')).toEqual([2, 0, 0, 0, 0, 0, 2]);
      expect(r.warnings.filter((w) => w.message.includes('出版物'))).toEqual([]);
    });

    it('another number merged over rows is not repeated: the row under it stays a cell short, unread with a note', async () => {
      const r = await parse(
        withRows(
          `<tr>${td('2.重复申请')}${td('5')}${td('3', ' rowspan="2"')}${[0, 0, 0, 0].map((x) => td(String(x))).join('')}${td('8')}</tr>` +
            `<tr>${td('3.要求提供公开出版物')}${['2', '0', '0', '0', '0', '2'].map((x) => td(x)).join('')}</tr>`,
        ),
      );
      expect(v(r, 'publication')).toEqual(Array(7).fill(null));
      expect(r.warnings.some((w) => w.code === 'cell-count' && w.message.includes('出版物'))).toBe(true);
    });

    it('a row printing an extra empty cell after its label beside a 0 reaching down, so past the header\'s columns (127 H16): unread with a note, not shifted', async () => {
      const r = await parse(
        withRows(
          `<tr>${td('2.重复申请')}${td('&nbsp;')}${td('1')}${td('0', ' rowspan="2"')}${[0, 0, 0, 0].map((x) => td(String(x))).join('')}${td('1')}</tr>` +
            `<tr>${td('3.要求提供公开出版物')}${td('&nbsp;')}${td('2')}${td('0', ' colspan="2"')}${td('1')}${td('0')}${td('3')}</tr>`,
        ),
      );
      // (read in its printed order, 自然人 had been blank and 商业企业 2)
      expect(v(r, 'publication')).toEqual(Array(7).fill(null));
      expect(r.warnings.some((w) => w.code === 'cell-count' && w.message.includes('出版物'))).toBe(true);
    });

    it('a row printing all its cells beside a 0 reaching down from the row above (malformed, audit 130 R10) is read as printed', async () => {
      const r = await parse(
        withRows(
          `<tr>${td('2.重复申请')}${td('5')}${td('0', ' rowspan="2"')}${[0, 0, 0, 0].map((x) => td(String(x))).join('')}${td('5')}</tr>` +
            `<tr>${td('3.要求提供公开出版物')}${['2', '0', '0', '0', '0', '0', '2'].map((x) => td(x)).join('')}</tr>`,
        ),
      );
      expect(v(r, 'publication')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    });

    // at the table's right edge, right after the row's own cells, under a header naming a value column: the row under it
    // had been lost with a note (audit 131 R04, R09) or, in a 统计表, had read its unit cell 件 as the value (131 S01)
    it('总计 merged over two rows at the right edge: the second row\'s 总计 is 0 (131 R04: lost with a note)', async () => {
      const r = await parse(
        withRows(
          `<tr>${td('2.重复申请')}${[0, 0, 0, 0, 0, 0].map((x) => td(String(x))).join('')}${td('0', ' rowspan="2"')}</tr>` +
            `<tr>${td('3.要求提供公开出版物')}${[0, 0, 0, 0, 0, 0].map((x) => td(String(x))).join('')}</tr>`,
        ),
      );
      expect(v(r, 'publication')).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(r.warnings.filter((w) => w.message.includes('出版物'))).toEqual([]);
    });

    it('a 0 merged over every value cell of two rows: each row reads 0 throughout (125 H30: such rows lost)', async () => {
      const r = await parse(
        withRows(
          `<tr>${td('2.重复申请')}${td('0', ' rowspan="2" colspan="7"')}</tr>` + `<tr>${td('3.要求提供公开出版物')}</tr>`,
        ),
      );
      expect(v(r, 'duplicate')).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(v(r, 'publication')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    });
  });

  describe('a 0 merged over rows at a 统计表\'s right edge', () => {
    const statTable = (header: string, rows: string) =>
      '<html><head><title>某县发展和改革局2016年政府信息公开工作年度报告</title></head><body><h1>某县发展和改革局2016年政府信息公开工作年度报告</h1>' +
      '<p>本报告所列数据统计期限为2016年1月1日至2016年12月31日。</p><p>政府信息公开情况统计表</p>' +
      `<table border="1"><tbody><tr>${header}</tr>${rows}</tbody></table></body></html>`;
    const td = (t: string, attrs = '') => `<td${attrs}>${t}</td>`;
    const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;

    it('under 统计数: the lower row is 0, not its unit 件 (131 S01: 件 stored as the value)', async () => {
      const r = await parse(
        statTable(
          td('统计指标') + td('单位') + td('统计数'),
          row(td('四、行政复议数量'), td('件'), td('3')) + row(td('（三）其他情形数'), td('件'), td('0', ' rowspan="2"')) + row(td('五、行政诉讼数量'), td('件')) + row(td('六、举报投诉数量'), td('件'), td('5')),
        ),
      );
      expect(r.cells['legacyStats.review.other']?.value).toBe(0);
      expect(r.cells['legacyStats.litigation.total']).toMatchObject({ value: 0, raw: '0', kind: 'number' });
      expect(r.cells['legacyStats.complaints']?.value).toBe(5);
    });

    it('under 统计数 with a section row of empty cells between: still the header\'s column (audit 133 W08: 件 read as the value)', async () => {
      const r = await parse(
        statTable(
          td('统计指标') + td('单位') + td('统计数'),
          row(td('四、行政复议数量'), td('件'), td('3')) + row(td('（三）其他情形数'), td('件'), td('0', ' rowspan="2"')) + row(td('五、行政诉讼数量'), td('件')),
        ).replace('<tr><td>四、', '<tr><td>一、主动公开情况</td><td></td><td></td></tr><tr><td>四、'),
      );
      expect(r.cells['legacyStats.litigation.total']).toMatchObject({ value: 0, raw: '0' });
    });

    it('under a section row of one cell spanning the table, and full-width: still 统计数\'s column (audit 134 W12, W01, W15)', async () => {
      const r = await parse(
        statTable(
          td('统计指标') + td('单位') + td('统计数'),
          row(td('四、行政复议数量'), td('件'), td('3')) + row(td('（三）其他情形数'), td('件'), td('０', ' rowspan="2"')) + row(td('五、行政诉讼数量'), td('件')),
        ).replace('<tr><td>四、', '<tr><td colspan="3">一、主动公开情况</td></tr><tr><td>四、'),
      );
      expect(r.cells['legacyStats.litigation.total']).toMatchObject({ value: 0 });
    });

    it('under 备注: a remark, not a value; the row keeps its own', async () => {
      const r = await parse(
        statTable(
          td('统计指标') + td('单位') + td('统计数') + td('备注'),
          row(td('四、行政复议数量'), td('件'), td('3'), td('无', ' rowspan="2"')) + row(td('五、行政诉讼数量'), td('件'), td('2')) + row(td('六、举报投诉数量'), td('件'), td('5'), td('')),
        ),
      );
      expect(r.cells['legacyStats.review.total']?.value).toBe(3);
      expect(r.cells['legacyStats.litigation.total']?.value).toBe(2);
      expect(r.cells['legacyStats.complaints']?.value).toBe(5);
    });
  });

  it('a label split over two cells, its second empty, before a row with a 0 merged over two columns (127 H05: every value one column right, silently)', async () => {
    const label = '<td colspan="3" nowrap="nowrap" style="width:217px;"><p>二、上年结转政府信息公开申请数量</p></td>';
    const r = await parse(
      carriedWith('0')
        .replace(label, '<td colspan="2"><p>二、上年结转政府信息公开申请数量</p></td><td><p>&nbsp;</p></td>')
        .replace('<td colspan="5"><p>0</p></td>', '<td>0</td><td colspan="2">0</td><td>0</td><td>0</td>'),
    );
    expect(r.cells['table3.naturalPerson.carriedOver']?.value).toBe(18);
    expect(ORGS.map((o) => r.cells[`table3.${o}.carriedOver`]?.value)).toEqual([0, 0, 0, 0, 0]);
    expect(r.cells['table3.total.carriedOver']?.value).toBe(18);
  });

  describe('a row whose merged cells cover more columns than it has (audit 130 H04, H08, L05, Y33: read in order, silently off)', () => {
    // 上年结转: 18 | 0 | 0 merged over two | 0 | 0 | 18, then `after`
    const total = '<td nowrap="nowrap" style="width:62px;"><p align="center">18</p></td></tr>';
    const rowWith = (after: string) => carriedWith('0').replace('<td colspan="5"><p>0</p></td>', '<td>0</td><td colspan="2">0</td><td>0</td><td>0</td>').replace(total, total.replace('</tr>', `${after}</tr>`));
    it('a note\'s words after the values are let go: the row in its columns', async () => {
      const r = await parse(rowWith('<td>本表数据统计期限为2019年1月1日至2019年12月31日</td>'));
      expect(r.cells['table3.naturalPerson.carriedOver']?.value).toBe(18);
      expect(ORGS.map((o) => r.cells[`table3.${o}.carriedOver`]?.value)).toEqual([0, 0, 0, 0, 0]);
      expect(r.cells['table3.total.carriedOver']?.value).toBe(18);
    });
    it('an empty 备注 cell and a 备注 placeholder are let go under a 备注 column; a last value merged over 总计 and 备注 stands in 总计', async () => {
      const withNote = (html: string) => html.replace('<p align="center">申请人情况</p></td>', '<p align="center">申请人情况</p></td><td rowspan="3">备注</td>');
      for (const after of ['<td>&nbsp;</td>', '<td>无</td>']) {
        const r = await parse(withNote(rowWith(after)));
        expect(['naturalPerson', ...ORGS, 'total'].map((c) => r.cells[`table3.${c}.carriedOver`]?.value), after).toEqual([18, 0, 0, 0, 0, 0, 18]);
      }
      // (audit 131 W12: the row had been unread)
      const merged = withNote(carriedWith('0').replace('<td colspan="5"><p>0</p></td>', '<td>0</td><td colspan="2">0</td><td>0</td><td>0</td>').replace('<td nowrap="nowrap" style="width:62px;"><p align="center">18</p></td></tr>', '<td colspan="2">18</td></tr>'));
      expect((await parse(merged)).cells['table3.total.carriedOver']?.value).toBe(18);
    });
    it.each([
      ['an empty cell with no 备注 column (it may be a blank 总计, the row too wide for another reason: audit 131 A16)', '<td>&nbsp;</td>'],
      ['a number', '<td>3</td>'],
    ])('%s cannot be let go: the row is unread, and the note says why', async (_, after) => {
      const r = await parse(rowWith(after));
      expect(['naturalPerson', ...ORGS, 'total'].map((c) => r.cells[`table3.${c}.carriedOver`]?.value ?? null)).toEqual(Array(7).fill(null));
      const w = r.warnings.find((x) => x.message.includes('with the merged ones cover'));
      expect(w?.message).toContain('cover 8 columns for the 7 of the row');
      expect(warningText(w!, 'zh')).toContain('共占8列');
    });
  });

  describe('after audit 131', () => {
    const T3_FROM = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('<p>三、收到和处理'));
    const T3_TO = SHANGHAI.indexOf('</table>', T3_FROM);
    const table3 = SHANGHAI.slice(T3_FROM, T3_TO);
    const withTable3 = (t: string) => SHANGHAI.slice(0, T3_FROM) + t + SHANGHAI.slice(T3_TO);
    const split = (t: string, label: string) => t.replace(`<td colspan="3" nowrap="nowrap" style="width:217px;"><p>${label}</p></td>`, `<td colspan="2"><p>${label}</p></td><td>&nbsp;</td>`);

    it('split labels on every row under the corner are told, not the first row\'s alone (A01, A02: rows 二 and 四 lost)', async () => {
      const t = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '四、结转下年度继续办理'].reduce(split, table3);
      expect(t).not.toBe(table3);
      const r = await parse(withTable3(t));
      expect(['newReceived', 'carriedOver', 'carriedForward'].map((row) => r.cells[`table3.naturalPerson.${row}`]?.value)).toEqual([821, 18, 72]);
      expect(['newReceived', 'carriedOver', 'carriedForward'].map((row) => r.cells[`table3.total.${row}`]?.value)).toEqual([859, 18, 72]);
    });

    it('under a group row spanning the table (三、本年度办理结果 as colspan 10) a blank first value stays in its column (A13, A14: dropped, every value one column left)', async () => {
      const group = '<tr><td colspan="10"><p>三、本年度办理结果</p></td></tr>';
      const t = table3
        .replace('<td nowrap="nowrap" rowspan="20" style="width:23px;"><p align="center">三、本年度办理结果</p></td>', '')
        .replace('<tr><td colspan="2" nowrap="nowrap" style="width:194px;"><p>（一）予以公开</p></td>', `${group}<tr><td colspan="3"><p>（一）予以公开</p></td>`)
        .replace('<p>（一）予以公开</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">258</p></td>', '<p>（一）予以公开</p></td><td><p>&nbsp;</p></td>');
      const r = await parse(withTable3(t));
      expect(r.cells['table3.naturalPerson.granted']?.kind).toBe('blank');
      expect(r.cells['table3.commercialEnterprise.granted']?.value).toBe(12);
    });

    it('a table drawn without borders keeps its blank cells (L10, L11: every empty cell had been taken for a layout cell)', async () => {
      const t = table3.replace(/<td /g, '<td style="border:none;padding:0cm" ');
      const r = await parse(withTable3(t));
      const base = await parse(SHANGHAI);
      const t3 = (rec: typeof r) => Object.fromEntries(Object.entries(rec.cells).filter(([k]) => k.startsWith('table3.')).map(([k, c]) => [k, c.value]));
      expect(t3(r)).toEqual(t3(base));
    });
  });

  describe('after audit 132', () => {
    const T3_FROM = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('<p>三、收到和处理'));
    const T3_TO = SHANGHAI.indexOf('</table>', T3_FROM);
    const table3 = SHANGHAI.slice(T3_FROM, T3_TO);
    const withTable3 = (t: string) => SHANGHAI.slice(0, T3_FROM) + t + SHANGHAI.slice(T3_TO);

    it('the split label of the row beside a group label spanning rows (三、本年度办理结果) is told too (A14)', async () => {
      const t = table3.replace('<td colspan="2" nowrap="nowrap" style="width:194px;"><p>（一）予以公开</p></td>', '<td><p>（一）予以公开</p></td><td><p>&nbsp;</p></td>');
      expect(t).not.toBe(table3);
      const r = await parse(withTable3(t));
      expect(['naturalPerson', 'commercialEnterprise', 'legalServiceOrg'].map((c) => r.cells[`table3.${c}.granted`]?.value)).toEqual([258, 12, 1]);
    });

    it('a 0 merged over rows is carried down into rows ending in an empty cell (R01, R08: read as printed, one column off)', async () => {
      const rows = (SHANGHAI.slice(0, T3_FROM) + table3.replaceAll('</tr>', '<td>&nbsp;</td></tr>') + SHANGHAI.slice(T3_TO))
        .replace('<p>2.重复申请</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">5</p></td><td nowrap="nowrap" style="width:47px;"><p align="center">4</p></td>', '<p>2.重复申请</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">5</p></td><td rowspan="2"><p>0</p></td>')
        .replace('<p>3.要求提供公开出版物</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">&nbsp;</p></td><td nowrap="nowrap" style="width:47px;"><p align="center">&nbsp;</p></td>', '<p>3.要求提供公开出版物</p></td><td><p>2</p></td>');
      const r = await parse(rows);
      expect(['naturalPerson', 'commercialEnterprise', 'otherOrg', 'total'].map((c) => r.cells[`table3.${c}.notProcessed.publication`]?.value ?? null)).toEqual([2, 0, null, null]);
    });

    it('a table drawn without borders, its header in another table, keeps its trailing blank cells (L02, L03: the row lost)', async () => {
      const T4_FROM = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('四、政府信息公开行政复议'));
      const T4_TO = SHANGHAI.indexOf('</table>', T4_FROM);
      const t4 = SHANGHAI.slice(T4_FROM, T4_TO).replace(/<td /g, '<td style="border:none;padding:0cm" ').replace('</tr><tr><td style="border:none;padding:0cm" style="width:28px;"><p>5</p>', '</tr></tbody></table><table><tbody><tr><td style="border:none;padding:0cm" style="width:28px;"><p>5</p>');
      const r = await parse(SHANGHAI.slice(0, T4_FROM) + t4 + SHANGHAI.slice(T4_TO));
      expect(['upheld', 'pending', 'total'].map((k) => r.cells[`table4.review.${k}`]?.value)).toEqual([5, 2, 7]);
      expect(['upheld', 'total'].map((k) => r.cells[`table4.litigationAfterReview.${k}`]?.kind)).toEqual(['blank', 'blank']);
    });
  });
});
