// Text printed around and inside the report's tables (notes under a table, narrative sentences in
// the table's own words, a table printed twice, extra cells) never moves a number into another
// cell: each case is Shanghai 2019 (HTML tables) with one edit, read as the base reading or
// left unread with a note.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { runChecks } from '../../../src/checks/index';
import { warningText } from '../../../src/model/parser-text';
import { FIXTURES } from './fixture-loader';

const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
const URL = 'https://x.gov.cn/a.html';

async function parse(html: string) {
  return (await parseDocument(parseHTML(pageHtml(html, false)).document as unknown as Document, { url: URL })).record;
}

/** Shanghai with `find` (printed once) replaced by `by`. */
function edited(find: string, by: string): string {
  expect(SHANGHAI.split(find).length, find).toBe(2);
  return SHANGHAI.replace(find, by);
}

const T4_END = '</tr></tbody></table><p>五、';
const values = (r: { cells: Record<string, { value: number | null }> }, prefix: string) =>
  Object.fromEntries(Object.entries(r.cells).filter(([k]) => k.startsWith(prefix)).map(([k, c]) => [k, c.value]));

describe('table 4', () => {
  it.each([
    ['a 说明 paragraph', '</tr></tbody></table><p>说明：行政复议、行政诉讼案件均已办结。</p><p>五、'],
    ['a note on 总计', '</tr></tbody></table><p>注：表中“总计”含上年结转案件。</p><p>五、'],
    ['a summary sentence with numbers', '</tr></tbody></table><p>2019年，市政府办公厅共收到行政复议申请7件，行政诉讼9件。</p><p>五、'],
    ['a note row inside the table', '</tr><tr><td colspan="15">注：行政复议案件均已审结，“总计”含上年结转。</td></tr></tbody></table><p>五、'],
  ])('%s after the data row does not move it', async (_what, by) => {
    const base = await parse(SHANGHAI);
    const r = await parse(edited(T4_END, by));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
    expect(values(r, 'table4.')['table4.litigationDirect.total']).toBe(9);
    expect(r.warnings.filter((w) => w.message.includes('表四'))).toEqual([]);
  });
});

describe('table 4\'s header order: the header\'s own cells, not words above them (reviewer 64 #4)', () => {
  const t4Html = () => SHANGHAI.slice(SHANGHAI.indexOf('四、政府信息公开行政复议'), SHANGHAI.indexOf('五、', SHANGHAI.indexOf('四、政府信息公开行政复议')));
  const inTable4 = (edit: (t4: string) => string) => SHANGHAI.replace(t4Html(), edit(t4Html()));
  const T4_TABLE = '<table align="center" border="1" cellspacing="1"><tbody>';

  it.each([
    ['a caption row naming 总计 first', '<tr><td colspan="15"><p>行政复议、行政诉讼案件总计情况（单位：件）</p></td></tr>'],
    ['a caption row naming 尚未审结 and 结果维持', '<tr><td colspan="15"><p>单位：件，行政复议尚未审结2件，其余结果维持</p></td></tr>'],
  ])('%s inside the table does not set the columns\' order', async (_what, caption) => {
    // its words came first: 总计 was read as the first column, 8 values moved, two false T4-ROWSUM errors
    const base = await parse(SHANGHAI);
    const r = await parse(inTable4((t) => t.replace(T4_TABLE, T4_TABLE + caption)));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
    expect(values(r, 'table4.')['table4.review.upheld']).toBe(5);
    expect(r.warnings.filter((w) => w.code === 'column-order')).toEqual([]);
  });

  it.each([
    // the last match of 尚未审结 was the gloss's, after 总计
    ['naming another column', '总计（含尚未审结）'],
    // the data row was looked for after 总计 and found the gloss: all 15 values unread
    ['giving the unit', '总计（件）'],
  ])('a gloss in a header cell %s moves nothing', async (_what, cell) => {
    const base = await parse(SHANGHAI);
    const r = await parse(inTable4((t) => t.replaceAll('<p>总计</p>', `<p>${cell}</p>`)));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
    expect(r.warnings.filter((w) => w.code === 'column-order')).toEqual([]);
  });

  it('a 备注 cell of text after the values does not hide the data row (adv63 #3)', async () => {
    // the row was no "row of numbers", the note's 行政诉讼 was taken for the header's end: all 15 lost
    const base = await parse(SHANGHAI);
    const r = await parse(inTable4((t) => t
      .replace('<p>行政诉讼</p></td></tr>', '<p>行政诉讼</p></td><td rowspan="3"><p>备注</p></td></tr>')
      .replace(/(<\/td>)(<\/tr><\/tbody><\/table>)/, '$1<td><p>尚未审结的2件行政复议已于2020年1月审结</p></td>$2')));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
    expect(r.warnings.filter((w) => w.message.includes('表四') || w.code === 'column-order')).toEqual([]);
  });

  it.each([
    // passed over only because the unit followed the word (a gloss skip took it, adv49 sz12)
    ['its unit after each word', '<table><tr><td>行政复议(件)</td><td>行政诉讼(件)</td></tr><tr><td>7</td><td>9</td></tr></table>'],
    // taken for table 4: its row unread, the real table called a second printing (adv63 #3 hs7x)
    ['a 合计 column', '<table><tr><td>行政复议</td><td>行政诉讼</td><td>合计</td></tr><tr><td>7</td><td>9</td><td>16</td></tr></table>'],
  ])('a summary table above table 4 with %s is not taken for it', async (_what, summary) => {
    const base = await parse(SHANGHAI);
    const heading = '四、政府信息公开行政复议、行政诉讼情况</p>';
    const r = await parse(edited(heading, heading + summary));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
    expect(r.warnings.filter((w) => w.message.includes('表四') || w.message.includes('table 4'))).toEqual([]);
  });

  describe('a 序号 column before the values (reviewer 64 #8)', () => {
    const withIndex = (cell: string, note = false) => inTable4((t) => {
      t = t.replace('<tr><td colspan="5"', '<tr><td rowspan="3"><p>序号</p></td><td colspan="5"');
      if (note) t = t.replace('<p>行政诉讼</p></td></tr>', '<p>行政诉讼</p></td><td rowspan="3"><p>备注</p></td></tr>').replace(/(<\/td>)(<\/tr><\/tbody><\/table>)/, '$1<td>&nbsp;</td>$2');
      return cell === 'none' ? t : t.replace(/(<\/tr>)(<tr>(?:(?!<tr>).)*<\/tr><\/tbody><\/table>)/s, (_m, a, row) => a + row.replace('<tr>', `<tr><td>${cell}</td>`));
    });
    it.each([
      ['its number', '<p>1</p>', false],
      ['its number, and a 备注 column', '<p>1</p>', true],
      ['an empty 序号 cell', '&nbsp;', false],
    ])('%s: read as printed', async (_what, cell, note) => {
      // 序号 1 was read as 结果维持 and every value moved one column right, no note (the trailing blanks were trimmed)
      const base = await parse(SHANGHAI);
      const r = await parse(withIndex(cell, note));
      expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
      expect(r.warnings.filter((w) => w.message.includes('表四') || w.code === 'column-order')).toEqual([]);
    });
    it('a row that prints no 序号 cell is read as printed: its groups add up, the 序号-less reading\'s do not', async () => {
      const r = await parse(withIndex('none'));
      expect(values(r, 'table4.')).toEqual(values(await parse(SHANGHAI), 'table4.'));
    });
    it('a 序号 cell spanning the data row, with a Word trailing cell to spare, is not taken from the values (reviewer 67 #4)', async () => {
      // the first value was dropped as the 序号 and every value moved one column left, silently
      const r = await parse(withIndex('none').replace(/(<\/td>)(<\/tr><\/tbody><\/table>)/, '$1<td>&nbsp;</td>$2'));
      expect(values(r, 'table4.')).toEqual(values(await parse(SHANGHAI), 'table4.'));
    });
  });

  it('a last group printing its columns in another order moves only that group (reviewer 67)', async () => {
    // one order for all three groups, the last group's: the other two groups' 尚未审结 and 总计 were swapped
    const base = await parse(SHANGHAI);
    const r = await parse(inTable4((t) => {
      const last = t.lastIndexOf('<p>尚未审结</p>');
      const swapped = t.slice(0, last) + t.slice(last).replace('<p>尚未审结</p>', '<p>@</p>').replace('<p>总计</p>', '<p>尚未审结</p>').replace('<p>@</p>', '<p>总计</p>');
      // the last group's values: 结果维持 1, 总计 1 (printed before 尚未审结, left blank)
      return swapped.replace(/(<td[^>]*>&nbsp;<\/td>){5}(<\/tr><\/tbody>)/, '<td>1</td><td>&nbsp;</td><td>&nbsp;</td><td>1</td><td>&nbsp;</td>$2');
    }));
    const got = values(r, 'table4.');
    for (const k of Object.keys(got).filter((k) => !k.startsWith('table4.litigationAfterReview'))) expect(got[k], k).toBe(values(base, 'table4.')[k]);
    expect(got).toMatchObject({ 'table4.litigationAfterReview.upheld': 1, 'table4.litigationAfterReview.total': 1, 'table4.litigationAfterReview.pending': null });
  });

  it.each([
    // reviewer 67 #1: the last match of 其他结果 was the second group's, and every value was read rotated
    ['a last group writing 其它结果', (t: string) => { const i = t.lastIndexOf('<p>其他结果</p>'); return t.slice(0, i) + '<p>其它结果</p>' + t.slice(i + '<p>其他结果</p>'.length); }],
    // reviewer 67 #2: a caption row between the header and the row naming 总计 before 尚未审结
    ['a caption row under the header', (t: string) => t.replace(/(<\/tr>)(<tr>(?:(?!<tr>).)*<\/tr><\/tbody><\/table>)/s, '$1<tr><td colspan="15"><p>（总计含尚未审结案件）单位：件，总计、尚未审结</p></td></tr>$2')],
    // reviewer 68 #1: a header printing none of 结果维持/尚未审结, with a note after the table naming 行政复议
    ['a header in other words, a note after it', (t: string) => t.replaceAll('<p>结果维持</p>', '<p>维持</p>').replaceAll('<p>结果纠正</p>', '<p>纠正</p>').replaceAll('<p>其他结果</p>', '<p>其他</p>').replaceAll('<p>尚未审结</p>', '<p>未审结</p>').replace('</tbody></table>', '</tbody></table><p>注：行政复议、行政诉讼案件均为本机关作为被申请人、被告的案件。</p>')],
    // reviewer 67 #3: a summary table with 总计（件） under a sentence naming 结果维持
    ['a summary table under a sentence naming 结果维持', (t: string) => t.replace('<table', '<p>本年度行政复议案件结果维持5件。</p><table><tr><td>行政复议</td><td>行政诉讼</td><td>总计（件）</td></tr><tr><td>7</td><td>9</td><td>16</td></tr></table><table')],
  ])('%s: read as printed', async (_what, edit) => {
    const base = await parse(SHANGHAI);
    const r = await parse(inTable4(edit));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
  });

  it.each([
    // reviewer 69 N1: this year's header has no whole group, a later copy's has: the later copy's row was read
    ['a header in other words with a later standard copy', (t: string) => {
      const copy = t.slice(t.indexOf('<table'), t.indexOf('</table>') + 8).replace(/<p>5<\/p>/, '<p>3</p>');
      return t.replaceAll('<p>其他结果</p>', '<p>其它结果</p>').replace('</tbody></table>', '</tbody></table><p>上年度情况：</p>' + copy);
    }],
    // N2: a note listing the five columns with 、 made a group after the table: all 15 blank
    ['a header in other words with a note listing the columns', (t: string) => t.replaceAll('<p>其他结果</p>', '<p>其它结果</p>').replace('</tbody></table>', '</tbody></table><p>注：结果维持、结果纠正、其他结果、尚未审结、总计均为件数。</p>')],
    // L1: a gloss in every cell broke every group, and the last one's hid the row
    ['a gloss in every header cell', (t: string) => t.replace(/<p>(结果维持|结果纠正|其他结果|尚未审结|总计)<\/p>/g, '<p>$1（件）</p>')],
  ])('%s: read as printed (reviewer 69)', async (_what, edit) => {
    const base = await parse(SHANGHAI);
    const r = await parse(inTable4(edit));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
  });

  it('a short row of this year\'s table is not given up for a later copy\'s (reviewer 70)', async () => {
    // a row of fewer than 15 cells (trailing blanks left out) before a 上年度 copy: the copy's numbers were read, silently
    const r = await parse(inTable4((t) => {
      const copy = t.slice(t.indexOf('<table'), t.indexOf('</table>') + 8).replace(/<p>5<\/p>/, '<p>3</p>');
      return t.replace(/(<td[^>]*>&nbsp;<\/td>){5}(<\/tr><\/tbody><\/table>)/, '$2').replace('</tbody></table>', '</tbody></table><p>上年度情况：</p>' + copy);
    }));
    const printed = values(await parse(SHANGHAI), 'table4.');
    for (const [k, v] of Object.entries(values(r, 'table4.'))) expect([printed[k], null], k).toContain(v);
  });

  it('a glossed summary of the five columns above the table: no number from it (unread, with a note)', async () => {
    const r = await parse(inTable4((t) => t.replace('<table', '<p>本年度案件办理结果汇总如下：</p><table><tr><td>项目</td><td>结果维持(件)</td><td>结果纠正(件)</td><td>其他结果(件)</td><td>尚未审结(件)</td><td>总计(件)</td></tr><tr><td>数量</td><td>13</td><td></td><td>1</td><td>2</td><td>16</td></tr></table><table')));
    const printed = values(await parse(SHANGHAI), 'table4.');
    for (const [k, v] of Object.entries(values(r, 'table4.'))) expect([printed[k], null], k).toContain(v);
  });

  it('a header printing 总计 first is still read by its order', async () => {
    // the header's own order still counts: 总计 moved before 结果维持 in every group
    const r = await parse(inTable4((t) => t.replaceAll('<p>结果维持</p>', '<p>@</p>').replaceAll('<p>总计</p>', '<p>结果维持</p>').replaceAll('<p>@</p>', '<p>总计</p>')));
    expect(values(r, 'table4.')).toMatchObject({ 'table4.review.total': 5, 'table4.review.upheld': 7, 'table4.litigationDirect.total': 8, 'table4.litigationDirect.upheld': 9 });
    expect(r.warnings.filter((w) => w.code === 'column-order')).toHaveLength(1);
  });
});

describe('table 3 with a 行次 column (adv58 #2)', () => {
  /** Shanghai with a number cell in each of table 3's rows from the fourth on, `where` its label cells ('after' or 'before' them) */
  function numbered(where: 'after' | 'before'): string {
    const start = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('<table') + 1);
    const end = SHANGHAI.indexOf('</table>', start);
    let i = 0;
    const table = SHANGHAI.slice(start, end).replace(/<tr[^>]*>.*?<\/tr>/gs, (row) => {
      const cells = row.match(/<td.*?<\/td>/gs)!;
      const open = row.match(/^<tr[^>]*>/)![0];
      if (i === 0) cells.splice(where === 'after' ? 1 : 0, 0, '<td rowspan="3"><p>行次</p></td>');
      else if (i >= 3) {
        const firstValue = cells.findIndex((c) => !/[\u4e00-\u9fff]/.test(c.replace(/<[^>]+>|&nbsp;|\s/g, '')));
        cells.splice(where === 'after' ? firstValue : 0, 0, `<td><p>${i - 2}</p></td>`);
      }
      i++;
      return i - 1 === 0 || i - 1 >= 3 ? open + cells.join('') + '</tr>' : row;
    });
    return SHANGHAI.slice(0, start) + table + SHANGHAI.slice(end);
  }

  it('between the labels and the values: rows with a blank 总计 are read as printed, not one column right', async () => {
    // the 行次 was read as 自然人 in every row whose last cell is blank (49 values), silently
    const base = await parse(SHANGHAI);
    const r = await parse(numbered('after'));
    expect(values(r, 'table3.')).toEqual(values(base, 'table3.'));
    expect(r.warnings.filter((w) => w.code === 'cell-count')).toEqual([]);
  });

  it('a row printed without its 行次 but with a cell to spare is read as printed (reviewer 68 #2)', async () => {
    // its first value was dropped as the 行次 and every value moved one column left, silently
    const html = numbered('after');
    const at = html.indexOf('<td><p>3</p></td>');
    const rowEnd = html.indexOf('</tr>', at);
    const edited = html.slice(0, at) + html.slice(at + '<td><p>3</p></td>'.length, rowEnd) + '<td>&nbsp;</td>' + html.slice(rowEnd);
    const base = await parse(SHANGHAI);
    expect(values(await parse(edited), 'table3.')).toEqual(values(base, 'table3.'));
  });

  it('a header with no 勾稽 corner note still names the 行次 column', async () => {
    const html = numbered('after').replace(/[（(]本列数据的勾稽关系[^<]*/, '项目');
    const r = await parse(html);
    const printed = values(await parse(SHANGHAI), 'table3.');
    for (const [k, v] of Object.entries(values(r, 'table3.'))) expect([printed[k], null], k).toContain(v);
    expect(r.cells['table3.naturalPerson.granted']?.value).toBe(258);
  });

  it('before the labels: the values are read as printed', async () => {
    const base = await parse(SHANGHAI);
    const r = await parse(numbered('before'));
    // never a wrong number: each value as printed, or unread
    const printed = values(base, 'table3.');
    for (const [k, v] of Object.entries(values(r, 'table3.'))) expect([printed[k], null], k).toContain(v);
    expect(r.cells['table3.naturalPerson.granted']?.value).toBe(258);
  });
});

describe('a row with a cell too many', () => {
  it('table 4 with an empty cell before its values is unread with a note, not shifted (the trailing blanks are not trimmed to fit)', async () => {
    const r = await parse(edited('<p>总计</p></td></tr><tr><td style="width:28px;">', '<p>总计</p></td></tr><tr><td>&nbsp;</td><td style="width:28px;">'));
    for (const [k, v] of Object.entries(values(r, 'table4.'))) expect(v, k).toBeNull();
    expect(r.cells['table4.review.upheld']).toMatchObject({ kind: 'text' });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'cell-count', message: expect.stringContaining('表四: expected 15 cells, found 16') }));
  });

  it('a split label cell in table 3: its empty half, under the corner cell over the label, is no value (audit 127 H05)', async () => {
    // the grid shows it: before, the row did not say which cell was extra and was left unread with a note
    const r = await parse(edited('<tr><td colspan="3" nowrap="nowrap" style="width:217px;"><p>一、本年新收政府信息公开申请数量</p></td>', '<tr><td colspan="2" nowrap="nowrap"><p>一、本年新收政府信息公开申请数量</p></td><td>&nbsp;</td>'));
    expect(r.cells['table3.naturalPerson.newReceived']).toMatchObject({ value: 821 });
    expect(r.cells['table3.commercialEnterprise.newReceived']).toMatchObject({ value: 35 });
    expect(r.cells['table3.total.newReceived']).toMatchObject({ value: 859 });
    expect(r.cells['table3.naturalPerson.carriedOver']).toMatchObject({ value: 18 });
    expect(r.warnings.filter((w) => w.code === 'cell-count')).toEqual([]);
  });

  it.each([
    ['a sentence with 合计 under the heading', '<p>本年度因政府信息公开被申请行政复议和提起行政诉讼的案件合计16件，均已依法处理。</p>'],
    ['a sentence with 总计 and no number', '<p>行政复议、行政诉讼案件总计情况如下。</p>'],
    // reviewer 63 #2: a sentence naming the columns, one ending in a colon, a count in words
    ['a sentence naming the columns', '<p>本年度行政复议7件，其中结果维持5件，尚未审结2件：</p>'],
    ['a count in words', '<p>本年度行政复议和行政诉讼案件合计十六件</p>'],
  ])('%s does not set the columns\' order (adv58 #10)', async (_what, sentence) => {
    // its 合计 came before the header's 结果维持: 总计 was taken for the first column, 15 values moved
    const base = await parse(SHANGHAI);
    const heading = '四、政府信息公开行政复议、行政诉讼情况</p>';
    const r = await parse(edited(heading, heading + sentence));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
    expect(r.warnings.filter((w) => w.code === 'column-order')).toEqual([]);
  });

  it('a header cell with a date keeps the header whole', async () => {
    const base = await parse(SHANGHAI);
    const r = await parse(SHANGHAI.replace('尚未审结', '尚未审结（截至2019年12月31日）'));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
    expect(r.warnings.filter((w) => w.code === 'column-order')).toEqual([]);
  });

  it('a 备注 column after the values is not read and shifts nothing', async () => {
    const html = SHANGHAI
      .replace('<p align="center">申请人情况</p></td>', '<p align="center">申请人情况</p></td><td rowspan="3">备注</td>')
      .replace('<p align="center">859</p></td></tr>', '<p align="center">859</p></td><td>12</td></tr>');
    const r = await parse(html);
    expect(r.cells['table3.naturalPerson.newReceived']).toMatchObject({ value: 821 });
    expect(r.cells['table3.total.newReceived']).toMatchObject({ value: 859 });
  });
});

describe('a 备注 column with a row that opens with an empty cell (its label split in two cells)', () => {
  // Which cell is extra is not said by the row's text: a blank at the front (the split label) and the
  // 备注 cell at the end. Keeping the first seven had read 自然人 blank, 商业企业 821, …, 总计 1. The grid says it:
  // the empty cell stands under the corner cell that stands over the label.
  const ROW1 = '<td colspan="3" nowrap="nowrap" style="width:217px;"><p>一、本年新收政府信息公开申请数量</p></td>';
  const withNotes = (lastCell: string) =>
    SHANGHAI
      .replace('<p align="center">申请人情况</p></td>', '<p align="center">申请人情况</p></td><td rowspan="3">备注</td>')
      .replace(ROW1, '<td colspan="2"><p>一、本年新收政府信息公开申请数量</p></td><td></td>')
      .replace('<p align="center">859</p></td></tr>', `<p align="center">859</p></td>${lastCell}</tr>`);

  it.each([
    ['an empty 备注 cell', '<td></td>'],
    ['a 备注 cell with a number', '<td>12</td>'],
    // reviewer 64 #1: the 备注 body one merged cell, so the row prints none; read as a blank first value
    // and its 备注 cell, 自然人 was read blank and 商业企业 821
    ['no 备注 cell of its own', ''],
  ])('%s: the label\'s empty half is no value (the grid puts it under the corner cell over the label), nothing shifted', async (_, lastCell) => {
    // (before audit 127 H05 the row did not say which cell was extra, and was left unread with a note)
    const r = await parse(withNotes(lastCell));
    expect(['naturalPerson', 'commercialEnterprise', 'total'].map((col) => r.cells[`table3.${col}.newReceived`]?.value ?? null)).toEqual([821, 35, 859]);
    expect(r.cells['table3.naturalPerson.carriedOver']).toMatchObject({ value: 18 });
    expect(r.warnings.filter((w) => w.message.includes('a cell is extra'))).toEqual([]);
  });

  it('a row whose first value is blank, with its 备注 cell, is unread with a note, the other rows read (reviewer 63 #1, 64 #1)', async () => {
    // n + 1 cells opening with a blank: a blank first value and the 备注 cell, or a split label and no
    // 备注 cell (merged); the row does not say which
    // every row of table 3 prints an empty 备注 cell; 6.属于四类过程性信息 prints 自然人 blank and 商业企业 1
    const t3 = tableAfter('三、收到和处理政府信息公开申请情况');
    const edited3 = t3
      .replace('<p align="center">申请人情况</p></td>', '<p align="center">申请人情况</p></td><td rowspan="3">备注</td>')
      .replace(/<\/tr>/g, (end, at: number) => (at > t3.indexOf('本年新收') ? '<td>&nbsp;</td></tr>' : end))
      .replace('<p>6.属于四类过程性信息</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">3</p>', '<p>6.属于四类过程性信息</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">&nbsp;</p>');
    expect(edited3).not.toBe(t3);
    const base = await parse(SHANGHAI);
    const r = await parse(SHANGHAI.replace(t3, edited3));
    expect(r.cells['table3.naturalPerson.denied.processInfo']?.value ?? null).toBeNull();
    expect(r.cells['table3.commercialEnterprise.denied.processInfo']?.value ?? null).toBeNull();
    const others = (rec: typeof r) => Object.fromEntries(Object.entries(values(rec, 'table3.')).filter(([k]) => !k.includes('processInfo') && !k.endsWith('.denied.subtotal')));
    expect(others(r)).toEqual(others(base));
    expect(r.warnings.filter((w) => w.code === 'cell-count').map((w) => w.message)).toEqual([expect.stringMatching(/^属于四类过程性信息: expected 7 cells, found 8 .*a cell is extra and the row does not say which, not read$/)]);
  });

  it('a row that opens with its value still reads, the 备注 cell left out', async () => {
    const r = await parse(withNotes('<td>12</td>').replace('<td colspan="2"><p>一、本年新收政府信息公开申请数量</p></td><td></td>', ROW1));
    expect(r.cells['table3.naturalPerson.newReceived']).toMatchObject({ value: 821 });
    expect(r.cells['table3.total.newReceived']).toMatchObject({ value: 859 });
  });
});

describe('a narrative sentence in table 3\'s own words', () => {
  it('is not taken for the table: the base reading is kept', async () => {
    const base = await parse(SHANGHAI);
    const r = await parse(edited('市政府办公厅代表市政府共受理政府信息公开申请859件', '市政府办公厅代表市政府本年新收政府信息公开申请859件，上年结转18件；共受理政府信息公开申请859件'));
    expect(values(r, 'table3.')).toEqual(values(base, 'table3.'));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
    expect(r.warnings).toEqual(base.warnings);
  });
});

/** The <table> right after the paragraph `heading` in Shanghai. */
function tableAfter(heading: string): string {
  const at = SHANGHAI.indexOf(heading);
  const start = SHANGHAI.indexOf('<table', at);
  return SHANGHAI.slice(start, SHANGHAI.indexOf('</table>', start) + '</table>'.length);
}

describe('a table printed twice in its section', () => {
  it.each([
    ['table 2', '二、主动公开政府信息情况', '<p align="center">524</p>', '<p align="center">999</p>', 'table2.regulations.totalPublished', 524],
    ['table 3', '三、收到和处理政府信息公开申请情况', '<p align="center">821</p>', '<p align="center">999</p>', 'table3.naturalPerson.newReceived', 821],
    ['table 4', '四、政府信息公开行政复议、行政诉讼情况', '<td style="width:28px;"><p>5</p></td>', '<td style="width:28px;"><p>6</p></td>', 'table4.review.upheld', 5],
  ])('%s: the first copy is read and the second, with other numbers, noted', async (table, heading, cell, other, key, value) => {
    const t = tableAfter(heading);
    const copy = t.replace(cell, other);
    expect(copy).not.toBe(t);
    const r = await parse(SHANGHAI.replace(t, `${t}<p>附：本级情况</p>${copy}`));
    expect(r.cells[key]?.value).toBe(value);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'repeated-table', message: `${table} is printed twice in its section with other numbers: only the first is read` }));
    // the copy first: its numbers are read, and noted all the same
    const swapped = await parse(SHANGHAI.replace(t, `${copy}<p>附：本级情况</p>${t}`));
    expect(swapped.warnings).toContainEqual(expect.objectContaining({ code: 'repeated-table', message: expect.stringContaining(table) }));
  });

  it('the same copy twice is read without a note', async () => {
    const t = tableAfter('三、收到和处理政府信息公开申请情况');
    const r = await parse(SHANGHAI.replace(t, `${t}${t}`));
    expect(r.cells['table3.naturalPerson.newReceived']?.value).toBe(821);
    expect(r.warnings).toEqual([]);
  });
});

describe('a note under table 2 naming a row', () => {
  it('is not a second printing of the row', async () => {
    const t = tableAfter('二、主动公开政府信息情况');
    // 政府集中采购 is the table's last row: the note lies inside its stretch
    const r = await parse(SHANGHAI.replace(t, `${t}<p>注：政府集中采购为全年数。</p>`));
    expect(r.cells['table2.centralProcurement.projects']).toMatchObject({ value: 6, kind: 'number' });
    expect(r.cells['table2.centralProcurement.amountYuan']).toMatchObject({ value: 251000, kind: 'number' });
    expect(r.warnings).toEqual([]);
  });
});

describe('table 3 with 总计 printed before 自然人', () => {
  /** Table 3 with its 总计 column moved to the front: in the header's second row and in every row. */
  function totalFirst(table: string): string {
    return table.replace(/<tr>(.*?)<\/tr>/gs, (_tr, inner: string) => {
      const tds = inner.match(/<td[^>]*>.*?<\/td>/gs)!;
      if (tds.length === 3) return `<tr>${[tds[2], tds[0], tds[1]].join('')}</tr>`; // 自然人 | 法人或其他组织 | 总计
      if (tds.length < 8) return `<tr>${inner}</tr>`;
      const values = tds.length - 7;
      return `<tr>${[...tds.slice(0, values), tds[tds.length - 1], ...tds.slice(values, -1)].join('')}</tr>`;
    });
  }

  it('is read by the header\'s order, with a note', async () => {
    const base = await parse(SHANGHAI);
    const t = tableAfter('三、收到和处理政府信息公开申请情况');
    const moved = totalFirst(t);
    expect(moved).toContain('<p align="center">总计</p></td><td nowrap="nowrap" rowspan="2" style="width:38px;"><p align="center">自然人');
    const r = await parse(SHANGHAI.replace(t, moved));
    expect(values(r, 'table3.')).toEqual(values(base, 'table3.'));
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'column-order', message: 'table 3 prints its applicant columns in the order 总计、自然人、法人或其他组织: values read by the header' })]);
  });
});

describe('table 2 with a column the template has not', () => {
  it('reads 现行有效件数 from the column its header names, the extra column not at all', async () => {
    const rows = [
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '上年现行有效件数', '现行有效件数'],
      ['规章', '0', '0', '7', '0'],
      ['行政规范性文件', '5', '1', '21', '25'],
    ];
    const table = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td${r.length === 1 ? ' colspan="5"' : ''}>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const html = `<html><head><title>某某局2022年政府信息公开工作年度报告</title></head><body><p>二、主动公开政府信息情况</p>${table}<p>三、收到和处理政府信息公开申请情况</p></body></html>`;
    const r = await parse(html);
    expect(values(r, 'table2.')).toEqual({
      'table2.regulations.issued': 0, 'table2.regulations.repealed': 0, 'table2.regulations.inForce': 0,
      'table2.normativeDocs.issued': 5, 'table2.normativeDocs.repealed': 1, 'table2.normativeDocs.inForce': 25,
    });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'column-order', message: '表二 行政规范性文件: the header prints columns the template has not (上年现行有效件数): those are not read, the others by the header' }));
  });

  const page = (rows: string[][]) => {
    const table = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td${r.length === 1 ? ' colspan="4"' : ''}>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    return `<html><head><title>某某局2022年政府信息公开工作年度报告</title></head><body><p>二、主动公开政府信息情况</p>${table}<p>三、收到和处理政府信息公开申请情况</p></body></html>`;
  };
  const T1 = [['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '7']];

  it.each(['', '/'])('(五)(六)(八) under one header: each row by its column, the other cells passed over (cell %j; reviewer 72 #7)', async (other) => {
    const r = await parse(page([...T1, ['第二十条第（五）（六）（八）项'], ['信息内容', '本年处理决定数量', '本年收费金额（单位：万元）'],
      ['行政许可', '1520', other], ['行政处罚', '37', other], ['行政强制', '4', other], ['行政事业性收费', other, '12.5']]));
    // before: the fee (and with "/" every decision count) left unread, "a cell is extra and the row does not say which"
    expect(values(r, 'table2.')).toMatchObject({ 'table2.licensing.decisions': 1520, 'table2.penalty.decisions': 37, 'table2.coercion.decisions': 4, 'table2.adminFees.amountWanYuan': 12.5 });
  });

  it('(五)(六)(八) under one header: the note names the other rows\' columns as the template\'s, not this row\'s (it said "the template has not")', async () => {
    const r = await parse(page([...T1, ['第二十条第（五）（六）（八）项'], ['信息内容', '本年处理决定数量', '本年收费金额（单位：万元）'], ['行政许可', '1520', ''], ['行政事业性收费', '', '12.5']]));
    const notes = r.warnings.filter((w) => w.code === 'column-order' && w.message.includes('行政许可'));
    expect(notes.map((w) => warningText(w, 'zh'))).toEqual(['表二 行政许可：表头印有模板中不属于本行的列（本年收费金额(单位:万元)），这些列未读，本行的列按表头读取']);
  });

  it.each(['制发单位数', '制发单位（个）', '制发单位'])('a column counting units (%s) is a column the template has not, not a unit (reviewers 81 U2, 83 U1)', async (count) => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年制发件数', count, '本年废止件数', '现行有效件数'], ['规章', '2', '1', '0', '7']]));
    expect(values(r, 'table2.regulations.')).toEqual({ 'table2.regulations.issued': 2, 'table2.regulations.repealed': 0, 'table2.regulations.inForce': 7 });
  });

  it.each(['单位', '计量单位', '金额单位', '计价单位', '单位/币种'])('a %s column after the amount gives its unit, and is not passed over as a column the template has not', async (unit) => {
    const r = await parse(page([...T1, ['第二十条第（八）项'], ['信息内容', '本年收费金额', unit], ['行政事业性收费', '125000', '元']]));
    // reviewer 80 F2b: under 计量单位, 125000 元 was stored as 125000 万元
    expect(r.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: 12.5 });
  });

  it.each([
    ['after the amount, beside a 备注 column (reviewer 82 U5)', ['本年收费金额', '金额单位', '备注'], ['125000', '元', '无']],
    ['before the amount', ['金额单位', '本年收费金额'], ['元', '125000']],
    ['before the amount, beside a 备注 column', ['单位', '本年收费金额', '备注'], ['元', '125000', '无']],
    // reviewer 85 P3, W2: the cell in brackets or as 单位：元, a column headed 币种单位
    ['in brackets', ['本年收费金额', '单位'], ['125000', '（元）']],
    ['as 单位：元, beside a 备注 column', ['本年收费金额', '单位', '备注'], ['125000', '单位：元', '无']],
    ['headed 币种单位', ['本年收费金额', '币种单位', '备注'], ['125000', '人民币元', '无']],
    ['as 人民币（元）', ['本年收费金额', '单位'], ['125000', '人民币（元）']],
    ['as 元/人民币', ['本年收费金额', '单位'], ['125000', '元/人民币']],
    ['as RMB元', ['本年收费金额', '单位'], ['125000', 'RMB元']],
  ])('a unit column\'s cell gives the amount\'s unit, %s', async (_, header, cells) => {
    const r = await parse(page([...T1, ['第二十条第（八）项'], ['信息内容', ...header], ['行政事业性收费', ...cells]]));
    // before: 125000 元 stored as 125000 万元, silently (the unit cell was taken for a passed-over column, or for the amount's own)
    expect(r.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: 12.5, unit: '元', raw: '125000' });
    expect(r.warnings.filter((w) => w.code === 'column-order').map((w) => w.message)).toEqual(
      header.includes('备注') ? ['表二 行政事业性收费: the header prints columns the template has not (备注): those are not read, the others by the header'] : [],
    );
  });

  it.each([
    // reviewer 85 W1: read by the template, as "the 备注 column is not read", 125000 元 was stored as 125000 万元
    ['上年收费金额, a unit column and 备注', '第二十条第（八）项', '行政事业性收费', ['本年收费金额', '金额单位', '上年收费金额', '备注'], ['125000', '元', '98000', '无'], 'table2.adminFees.amountWanYuan', 12.5, '上年收费金额、备注'],
    // last year's column first: both were unread, "a cell is extra" (the stream reads （） as ())
    ['上年收费金额 first', '第二十条第（八）项', '行政事业性收费', ['上年收费金额（单位：万元）', '本年收费金额（单位：万元）'], ['8000.5', '9116.36'], 'table2.adminFees.amountWanYuan', 9116.36, '上年收费金额(单位:万元)'],
    ['上一年度处理决定数量 first', '第二十条第（五）项', '行政许可', ['上一年度处理决定数量', '本年处理决定数量'], ['900', '1069'], 'table2.licensing.decisions', 1069, '上一年度处理决定数量'],
    // reviewer 88: 去年同期…, …（上年）
    ['去年同期收费金额 first', '第二十条第（八）项', '行政事业性收费', ['去年同期收费金额', '本年收费金额', '金额单位'], ['98000', '125000', '元'], 'table2.adminFees.amountWanYuan', 12.5, '去年同期收费金额'],
    ['收费金额（上年） after', '第二十条第（八）项', '行政事业性收费', ['本年收费金额（单位：万元）', '收费金额（上年）'], ['9116.36', '8000.5'], 'table2.adminFees.amountWanYuan', 9116.36, '收费金额(上年)'],
  ])('a column of last year\'s (%s) is a column the template has not, not the row\'s own', async (_, title, label, header, cells, key, value, extra) => {
    const r = await parse(page([...T1, [title], ['信息内容', ...header], [label, ...cells]]));
    expect(r.cells[key]).toMatchObject({ value });
    expect(r.warnings.filter((w) => w.code === 'column-order').map((w) => w.message)).toEqual([`表二 ${label}: the header prints columns the template has not (${extra}): those are not read, the others by the header`]);
  });

  it('a bracketed remark line above a row, naming it with a number, is no printing of it (reviewer 86)', async () => {
    const text = ['XX区人民政府办公室2022年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（一）项 |', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '规章 | 1 | 2 | 3 |',
      '第二十条第（五）项 |', '信息内容 | 本年处理决定数量 |', '（行政许可含原其他对外管理服务事项 500 件）', '行政许可 | 1069 |', '第二十条第（六）项 |', '信息内容 | 本年处理决定数量 |', '行政处罚 | 2113 |', '三、收到和处理政府信息公开申请情况'].join('\n');
    const r = await parse(pageHtml(text, true));
    // before: the remark was taken for the row, and the row for a second printing: "printed twice with other numbers", neither read
    expect(values(r, 'table2.licensing.')).toEqual({ 'table2.licensing.decisions': 1069 });
    expect(r.warnings.filter((w) => w.code === 'repeated-row')).toEqual([]);
  });

  it('a unit column\'s cell in 千元 leaves the amount unread, with a note', async () => {
    const r = await parse(page([...T1, ['第二十条第（八）项'], ['信息内容', '本年收费金额', '金额单位', '备注'], ['行政事业性收费', '125', '千元', '无']]));
    expect(r.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: null, kind: 'text', raw: '125' });
    expect(r.warnings.map((w) => w.message)).toContain('表二 行政事业性收费: the amount is printed in 千元, which is not converted: not read');
  });

  it('a 2021 page keeping the 2019 row 其他对外管理服务事项 reads it by its sub-table\'s header, with a note (reviewer 84 L1)', async () => {
    const r = await parse(page([...T1, ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '1069'], ['其他对外管理服务事项', '500'],
      ['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '2113']]));
    // before: the 500 was dropped, silently
    expect(values(r, 'table2.')).toMatchObject({ 'table2.licensing.decisions': 1069, 'table2.otherServices.decisions': 500, 'table2.penalty.decisions': 2113 });
    const notes = r.warnings.filter((w) => w.message.includes('其他对外管理服务事项'));
    expect(notes.map((w) => warningText(w, 'zh'))).toEqual(['表二 其他对外管理服务事项：该行是2019年模板的行，2021年模板没有：按所在分表的表头读取']);
    expect(runChecks(r).filter((f) => f.rule === 'STRUCT-TABLE-SHAPE').map((f) => f.message.en.replace(/^.*; /, ''))).toEqual(['1 unexpected (table2.otherServices.decisions)']);
  });

  const rows = [['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '1', '2', '3'], ['行政规范性文件', '11', '12', '13'],
    ['其中：部门行政规范性文件', '5', '6', '7'], ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '9']];
  const textPage = (sep: string) => pageHtml(['某某局2022年政府信息公开工作年度报告', '二、主动公开政府信息情况', ...rows.map((r) => r.join(' ')), '三、收到和处理政府信息公开申请情况'].join(sep), true);
  it.each([
    ['in cells', page(rows)],
    ['a row a line', textPage('\n')],
    ['on one line', textPage(' ')],
  ])('a 其中 row under a table-2 row is no second printing of it, and is noted (reviewer 84, %s)', async (_, html) => {
    const r = await parse(html);
    // before: "printed twice with other numbers: neither is read"
    expect(values(r, 'table2.normativeDocs.')).toEqual({ 'table2.normativeDocs.issued': 11, 'table2.normativeDocs.repealed': 12, 'table2.normativeDocs.inForce': 13 });
    const note = r.warnings.find((w) => w.code === 'sub-row')!;
    expect(warningText(note, 'zh')).toMatch(/^表二 行政规范性文件：其下的“其中”行（“其中:部门行政规范性文件 (\| )?5 (\| )?6 (\| )?7.*”）不是模板的行，未读$/);
  });

  it.each([
    ['a bracketed note', '（说明：原其他对外管理服务事项 500 件已并入行政许可。）'],
    ['a bracketed remark', '（其他对外管理服务事项 500 件已并入行政许可统计）'],
  ])('%s naming a row is no row, nor a second printing of one (reviewer 85 P7)', async (_, remark) => {
    // as a page copied from a table prints it: cells between bars, the remark a line of its own
    const lines = ['某某局2022年政府信息公开工作年度报告', '二、主动公开政府信息情况', ...[...T1, ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '1069']].map((r) => r.join(' | ') + ' |'),
      remark, ...[['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '2113']].map((r) => r.join(' | ') + ' |'), '（说明：行政强制 5 件为查封扣押，已计入行政处罚。）', '三、收到和处理政府信息公开申请情况'];
    const r = await parse(pageHtml(lines.join('\n'), true));
    // before: otherServices.decisions 500 under a note vouching for it, coercion.decisions 5
    expect(values(r, 'table2.')).toMatchObject({ 'table2.licensing.decisions': 1069, 'table2.penalty.decisions': 2113 });
    expect(r.cells['table2.otherServices.decisions']).toBeUndefined();
    expect(r.cells['table2.coercion.decisions']).toBeUndefined();
  });

  it('a kept 2019 (九) sub-table does not take the unit (八)\'s header says (reviewer 85 P6)', async () => {
    const r = await parse(page([...T1, ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '12.5'],
      ['第二十条第（九）项'], ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购', '6', '120.5']]));
    // before: 120.5 read in 万元 and stored as 1,205,000 元, silently
    expect(values(r, 'table2.')).toMatchObject({ 'table2.adminFees.amountWanYuan': 12.5, 'table2.centralProcurement.projects': 6, 'table2.centralProcurement.amountYuan': 120.5 });
  });

  it.each([['（单位：元）'], ['单位：件、元']])('a unit line %s above (八)\'s title is (八)\'s, while (八)\'s header unit is not (九)\'s (reviewer 86 P1)', async (line) => {
    const r = await parse(page([...T1, [line], ['第二十条第（八）项'], ['信息内容', '本年收费金额'], ['行政事业性收费', '125000']]));
    // 9568023 had skipped every line between the first sub-table and the row's own: 125000 元 was stored as 万元
    expect(r.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: 12.5, unit: '元' });
  });

  it.each(['（原）其他对外管理服务事项', '（其他对外管理服务事项）'])('a kept 2019 row labelled %s with its cells is a row, not a remark (reviewer 86 L1)', async (label) => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '二、主动公开政府信息情况', ...[...T1, ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '1069'], [label, '500'],
      ['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '2113']].map((r) => r.join(' | ') + ' |'), '三、收到和处理政府信息公开申请情况'];
    const r = await parse(pageHtml(lines.join('\n'), true));
    expect(values(r, 'table2.')).toMatchObject({ 'table2.licensing.decisions': 1069, 'table2.otherServices.decisions': 500, 'table2.penalty.decisions': 2113 });
  });

  it('a 2019 row under a 2021 header that names none of its columns is noted as not read (reviewer 85 L1)', async () => {
    const r = await parse(page([...T1, ['第二十条第（八）项'], ['信息内容', '本年收费金额（万元）'], ['行政事业性收费', '12.5'], ['政府集中采购', '6']]));
    expect(r.cells['table2.centralProcurement.projects']).toBeUndefined();
    const note = r.warnings.find((w) => w.code === 'template-row')!;
    expect(warningText(note, 'zh')).toBe('表二 政府集中采购：该行是2019年模板的行，2021年模板没有，所在分表的表头也没有它的列：未读');
  });

  it('rows printing only their own cell under a merged header are read (reviewer 80 #6)', async () => {
    const r = await parse(page([...T1, ['第二十条第（五）（六）（八）项'], ['信息内容', '本年处理决定数量', '本年收费金额（万元）'],
      ['行政许可', '5'], ['行政处罚', '3'], ['行政强制', '1'], ['行政事业性收费', '2.5']]));
    expect(values(r, 'table2.')).toMatchObject({ 'table2.licensing.decisions': 5, 'table2.penalty.decisions': 3, 'table2.coercion.decisions': 1, 'table2.adminFees.amountWanYuan': 2.5 });
  });
});

describe('a table 2 sub-table printing the other template\'s columns (reviewer 72 #2)', () => {
  const page = (rows: string[][]) => {
    const table = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td${r.length === 1 ? ' colspan="4"' : ''}>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    return `<html><head><title>某某局2022年政府信息公开工作年度报告</title></head><body><p>二、主动公开政府信息情况</p>${table}<p>三、收到和处理政府信息公开申请情况</p></body></html>`;
  };
  const rest2021 = [['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '1520'], ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '12.5']];

  it('a 2021 page whose (一) prints 本年新制作数量 | 本年新公开数量 | 对外公开总数量 is read into those columns, with a note', async () => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '2', '1', '9'], ['行政规范性文件', '5', '3', '25'], ...rest2021]));
    // before: 本年新公开数量 stored as 本年废止件数 and 对外公开总数量 as 现行有效件数, with no note
    expect(values(r, 'table2.')).toEqual({
      'table2.regulations.newlyMade': 2, 'table2.regulations.newlyPublished': 1, 'table2.regulations.totalPublished': 9,
      'table2.normativeDocs.newlyMade': 5, 'table2.normativeDocs.newlyPublished': 3, 'table2.normativeDocs.totalPublished': 25,
      'table2.licensing.decisions': 1520, 'table2.adminFees.amountWanYuan': 12.5,
    });
    const note = r.warnings.find((w) => w.message === "表二 行政规范性文件: its sub-table prints the 2019 template's columns: values read by them")!;
    expect(note.code).toBe('column-order');
    expect(warningText(note, 'zh')).toBe('表二 行政规范性文件：所在分表印的是2019年模板的列，按这些列读取');
  });

  it('a 2019 page whose (一) title says 对外公开 keeps its columns in the header\'s order (reviewer 81 T3)', async () => {
    const r = await parse(page([['第二十条第（一）项 对外公开的规章和规范性文件'], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '1', '2', '30'],
      ['第二十条第（五）项'], ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '10', '1', '7']]).replace('2022年', '2019年'));
    expect(values(r, 'table2.regulations.')).toEqual({ 'table2.regulations.newlyMade': 1, 'table2.regulations.newlyPublished': 2, 'table2.regulations.totalPublished': 30 });
    expect(r.warnings.filter((w) => w.code === 'column-order')).toEqual([]);
  });

  it('a (一) header split over two rows (本年新公开 | 对外公开 over 数量 | 总数量) is the 2019 one too (reviewer 79 V5)', async () => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年新制作', '本年新公开', '对外公开'], ['', '数量', '数量', '总数量'], ['规章', '2', '1', '9'], ...rest2021]));
    expect(values(r, 'table2.regulations.')).toEqual({ 'table2.regulations.newlyMade': 2, 'table2.regulations.newlyPublished': 1, 'table2.regulations.totalPublished': 9 });
  });

  it.each([
    ['a title line naming 本年新公开 and 对外公开 above the header', [['第二十条第（一）项'], ['本年新公开及对外公开情况'], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '0', '0', '7']], [0, 0, 7]],
    ['the title and the header on one line, in another order', [['第二十条第（一）项', '信息内容', '本年新公开数量', '本年新制作数量', '对外公开总数量'], ['规章', '1', '2', '9']], [2, 1, 9]],
  ])('a 2019 (一) with %s is read by its header cells (reviewer 83 T5, T2)', async (_, rows, made) => {
    const r = await parse(page(rows as string[][]).replace('2022年', '2019年'));
    expect(values(r, 'table2.regulations.')).toEqual({ 'table2.regulations.newlyMade': made[0], 'table2.regulations.newlyPublished': made[1], 'table2.regulations.totalPublished': made[2] });
  });

  it('a 2019 (一) header split over two rows, in another order, is read by it (reviewer 82 G2)', async () => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年新公开', '本年新制作', '对外公开'], ['', '数量', '数量', '总数量'], ['规章', '1', '2', '9'], ...rest2021]).replace('2022年', '2019年'));
    expect(values(r, 'table2.regulations.')).toEqual({ 'table2.regulations.newlyMade': 2, 'table2.regulations.newlyPublished': 1, 'table2.regulations.totalPublished': 9 });
  });

  it('a 2021 page whose (八) prints 上一年项目数量 | 本年增/减 reads them, not one extra cell', async () => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '7'], ...rest2021.slice(0, 3), ['第二十条第（八）项'], ['信息内容', '上一年项目数量', '本年增/减'], ['行政事业性收费', '7', '-1']]));
    expect(values(r, 'table2.adminFees.')).toEqual({ 'table2.adminFees.prevYearItems': 7, 'table2.adminFees.yearChange': -1 });
    expect(values(r, 'table2.regulations.')).toEqual({ 'table2.regulations.issued': 0, 'table2.regulations.repealed': 0, 'table2.regulations.inForce': 7 });
  });

  // a sub-table titled otherwise after one in the 2019 columns: the 2019 header was taken for its
  // rows too, 123 read as 1 | 2 | 3 (reviewer 78 #1, #2)
  it.each(['第20条第（六）项', '（六）行政处罚和行政强制'])('a sub-table titled %s keeps its own columns after one in the 2019 columns', async (title) => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '7'],
      ['第二十条第（五）项'], ['信息内容', '上一年项目数量', '本年增/减', '本年处理决定数量'], ['行政许可', '1500', '20', '1520'],
      [title], ['信息内容', '本年处理决定数量'], ['行政处罚', '123'], ['行政强制', '45'],
      [title.replace('六', '八').replace('行政处罚和行政强制', '行政事业性收费')], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '12']]));
    expect(values(r, 'table2.licensing.')).toEqual({ 'table2.licensing.prevYearItems': 1500, 'table2.licensing.yearChange': 20, 'table2.licensing.decisions': 1520 });
    expect(values(r, 'table2.penalty.')).toEqual({ 'table2.penalty.decisions': 123 });
    expect(values(r, 'table2.coercion.')).toEqual({ 'table2.coercion.decisions': 45 });
    expect(values(r, 'table2.adminFees.')).toEqual({ 'table2.adminFees.amountWanYuan': 12 });
  });

  it('a sub-table with a title and no header line after one in the 2019 columns keeps the page\'s (reviewer 79 V1)', async () => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '7'],
      ['第二十条第（五）项'], ['信息内容', '上一年项目数量', '本年增/减', '本年处理决定数量'], ['行政许可', '1500', '20', '1520'],
      ['第二十条第（六）项'], ['行政处罚', '37'], ['行政强制', '4']]));
    expect(values(r, 'table2.penalty.')).toEqual({ 'table2.penalty.decisions': 37 });
    expect(values(r, 'table2.coercion.')).toEqual({ 'table2.coercion.decisions': 4 });
  });
});

describe('table 2 rows printed out of the template\'s order (reviewer 72 #6)', () => {
  const page = (rows: string[][]) => {
    const table = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td${r.length === 1 ? ' colspan="4"' : ''}>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    return `<html><head><title>某某局2022年政府信息公开工作年度报告</title></head><body><p>二、主动公开政府信息情况</p>${table}<p>三、收到和处理政府信息公开申请情况</p></body></html>`;
  };
  it('are read by their labels, with a note (before: dropped as missing)', async () => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['行政规范性文件', '5', '3', '25'], ['规章', '0', '0', '7'],
      ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '12.5'],
      ['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政强制', '4'], ['行政处罚', '37']]));
    expect(values(r, 'table2.')).toEqual({
      'table2.regulations.issued': 0, 'table2.regulations.repealed': 0, 'table2.regulations.inForce': 7,
      'table2.normativeDocs.issued': 5, 'table2.normativeDocs.repealed': 3, 'table2.normativeDocs.inForce': 25,
      'table2.penalty.decisions': 37, 'table2.coercion.decisions': 4, 'table2.adminFees.amountWanYuan': 12.5,
    });
    const note = r.warnings.find((w) => w.code === 'row-order')!;
    expect(warningText(note, 'zh')).toMatch(/^表二有行的印刷顺序与模板不同（.*）：按行名读取$/);
  });

  it('a note line naming a missing row is not that row (reviewer 80 O9)', async () => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '7'],
      ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '1520'], ['NOTE'],
      ['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '37']]).replace('<tr><td colspan="4">NOTE</td></tr>', '</table><p>注:行政强制 2 项职能已划转至区城管局</p><table>'));
    expect(r.cells['table2.coercion.decisions']).toBeUndefined();
    expect(r.cells['table2.penalty.decisions']?.value).toBe(37);
  });

  it('a note line after the table naming a missing row is not that row (reviewer 80 O1)', async () => {
    const r = await parse(page([['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '7'],
      ['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '37'], ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '0'], ['NOTE']])
      .replace('<tr><td colspan="4">NOTE</td></tr>', '</table><p>注:行政强制 2 件已计入行政处罚</p><table>'));
    // before: 行政强制 = 2 from the note, and the fee row found out of order
    expect(r.cells['table2.coercion.decisions']).toBeUndefined();
    expect(r.cells['table2.adminFees.amountWanYuan']?.value).toBe(0);
  });
});

describe('table 3 rows printed out of the template\'s order', () => {
  const t = () => tableAfter('三、收到和处理政府信息公开申请情况');
  const rowWith = (table: string, label: string) => table.match(new RegExp(`<tr><td[^>]*><p>${label}.*?</tr>`, 's'))![0];

  it.each([
    ['rows 一 and 二 swapped', (table: string) => {
      const one = rowWith(table, '一、本年新收');
      const two = rowWith(table, '二、上年结转');
      return table.replace(one + two, two + one);
    }, '上年结转政府信息公开申请数量'],
    ['总计 and 结转下年度 in a <tfoot> written before the <tbody>', (table: string) => {
      const total = rowWith(table, '（七）总计');
      const carry = rowWith(table, '四、结转下年度');
      const rest = table.replace(total + carry, '');
      // the three header rows in a <thead>, then the <tfoot>, then the rows (as HTML4 ordered them)
      const headerEnd = rest.split('</tr>', 3).join('</tr>').length + '</tr>'.length;
      return `${rest.slice(0, headerEnd).replace('<tbody>', '<thead>')}</thead><tfoot>${total}${carry}</tfoot><tbody>${rest.slice(headerEnd)}`;
    }, '总计、结转下年度继续办理'],
  ])('%s: read by their labels, with a note', async (_what, edit, labels) => {
    const base = await parse(SHANGHAI);
    const moved = edit(t());
    expect(moved).not.toBe(t());
    const r = await parse(SHANGHAI.replace(t(), moved));
    expect(values(r, 'table3.')).toEqual(values(base, 'table3.'));
    // a <tfoot> the extractor puts last, where it is shown (main 6a0a053), reads in order: no note
    const note = { code: 'row-order', message: `table 3 prints rows out of the template's order (${labels}): read by their labels` };
    expect(r.warnings.map((w) => ({ code: w.code, message: w.message }))).toEqual(labels.startsWith('总计') && r.warnings.length === 0 ? [] : [note]);
  });
});

describe('layouts that are no extra column and no second copy', () => {
  const page = (body: string) => `<html><head><title>某某局2022年政府信息公开工作年度报告</title></head><body>${body}</body></html>`;
  const table = (rows: string[][]) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

  it('a 序号 column before 信息内容 in table 2 is before the label: the row reads as printed', async () => {
    const t2 = table([['第二十条第（一）项'], ['序号', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['1', '规章', '0', '0', '7'], ['2', '行政规范性文件', '5', '1', '25']]);
    const r = await parse(page(`<p>二、主动公开政府信息情况</p>${t2}<p>三、收到和处理政府信息公开申请情况</p>`));
    expect(values(r, 'table2.')).toMatchObject({ 'table2.regulations.inForce': 7, 'table2.normativeDocs.issued': 5, 'table2.normativeDocs.inForce': 25 });
    expect(r.warnings).toEqual([]);
  });

  it('table 4 printed one group a row is not a table printed twice', async () => {
    const t4 = table([['', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ['行政复议', '1', '0', '0', '0', '1'], ['行政诉讼 未经复议直接起诉', '2', '0', '0', '0', '2'], ['复议后起诉', '0', '0', '0', '0', '0']]);
    const r = await parse(page(`<p>四、政府信息公开行政复议、行政诉讼情况</p>${t4}<p>五、存在的主要问题及改进情况</p>`));
    expect(r.warnings.filter((w) => w.code === 'repeated-table')).toEqual([]);
  });
});

describe('printed category subtotal rows in table 3 (spec §3.3)', () => {
  const NOT_HELD = '<tr><td nowrap="nowrap" rowspan="3" style="width:57px;"><p>（四）无法提供</p>';
  /** a 小计 row after 8.属于行政查询事项, the last row of （三）不予公开 (its rowspan grown by one) */
  const withSubtotal = (label: string, values: string[]) =>
    edited(NOT_HELD, `<tr><td><p>${label}</p></td>${values.map((v) => `<td><p align="center">${v}</p></td>`).join('')}</tr>${NOT_HELD}`).replace(
      'rowspan="8" style="width:57px;"><p>（三）不予公开',
      'rowspan="9" style="width:57px;"><p>（三）不予公开',
    );

  it('is read under the category\'s subtotal key, marked printed, and checked by T3-SUBTOTAL', async () => {
    const { runChecks } = await import('../../../src/checks/index');
    // 自然人 14 + 5 + 3 + 10 = 32; 商业企业 1 + 2 = 3
    const right = await parse(withSubtotal('小计', ['32', '3', '', '', '', '', '35']));
    expect(right.cells['table3.naturalPerson.denied.subtotal']).toMatchObject({ value: 32, raw: '32' });
    expect(right.cells['table3.naturalPerson.denied.subtotal']?.derived).toBeFalsy();
    expect(runChecks(right).filter((f) => f.rule === 'T3-SUBTOTAL' && f.outcome === 'fail')).toEqual([]);
    // a printed 33: the sum is 32
    const wrong = await parse(withSubtotal('（三）不予公开小计', ['33', '3', '', '', '', '', '36']));
    expect(wrong.cells['table3.naturalPerson.denied.subtotal']?.value).toBe(33);
    const failing = runChecks(wrong).filter((f) => f.rule === 'T3-SUBTOTAL' && f.outcome === 'fail');
    expect(failing.map((f) => f.scope)).toContain('自然人 （三）不予公开小计');
    // the rows around it read as before
    const base = await parse(SHANGHAI);
    for (const k of ['table3.naturalPerson.denied.adminQuery', 'table3.naturalPerson.unavailable.notHeld']) expect(right.cells[k]?.value).toBe(base.cells[k]?.value);
  });
});

describe('a table 3 category printed as a row of its own with values (reviewer 72 #9)', () => {
  const ITEMS = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'];
  const page = (category: string[]) => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '申请人情况 | 自然人 | 法人或其他组织 | 总计', '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他',
      '一、本年新收政府信息公开申请数量 | 10 | 0 | 0 | 0 | 0 | 0 | 10', '二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0', '三、本年度办理结果',
      '（一）予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5', '（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 2 | 0 | 0 | 0 | 0 | 0 | 2',
      ...category, ...ITEMS.slice(1).map((l, i) => `${l} | ${i === 0 ? 2 : 0} | 0 | 0 | 0 | 0 | 0 | ${i === 0 ? 2 : 0}`), '四、政府信息公开行政复议、行政诉讼情况'];
    return `<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
  };
  const first = `${ITEMS[0]} | 1 | 0 | 0 | 0 | 0 | 0 | 1`;

  it.each([['4', 'fail'], ['3', undefined]])('its printed subtotal (%s for items adding up to 3) is stored and checked', async (printed, outcome) => {
    const { runChecks } = await import('../../../src/checks/index');
    const r = await parse(page([`（三）不予公开 | ${printed} | 0 | 0 | 0 | 0 | 0 | ${printed}`, first]));
    // before: passed over without a note, the subtotal derived (3) and never compared
    expect(r.cells['table3.naturalPerson.denied.subtotal']).toMatchObject({ value: Number(printed), raw: printed });
    expect(r.cells['table3.naturalPerson.denied.subtotal']?.derived).toBeFalsy();
    expect(r.cells['table3.naturalPerson.denied.stateSecret']?.value).toBe(1);
    expect(runChecks(r).find((f) => f.rule === 'T3-SUBTOTAL' && f.outcome === 'fail')?.outcome).toBe(outcome);
  });

  it('a category printed alone, its items left out, is no subtotal of the next category (reviewer 81 C10)', async () => {
    const r = await parse(page([`（三）不予公开 | ${first}`]).replace('<p>四、政府信息公开行政复议', '<p>（四）无法提供 | 6 | 0 | 0 | 0 | 1 | 0 | 7</p><p>（五）不予处理 | 1.信访举报投诉类申请 | 3 | 0 | 0 | 0 | 0 | 0 | 3</p><p>四、政府信息公开行政复议'));
    expect(r.cells['table3.naturalPerson.notProcessed.petition']?.value).toBe(3);
    expect(r.cells['table3.naturalPerson.notProcessed.subtotal']).toMatchObject({ value: 3, derived: true });
  });

  it('a category row and a 小计 row that disagree: neither is read, with a note (81 C3b: the 小计 was kept, silently)', async () => {
    const r = await parse(page([`（三）不予公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4`, first]).replace('<p>四、政府信息公开行政复议', '<p>小计 | 3 | 0 | 0 | 0 | 0 | 0 | 3</p><p>四、政府信息公开行政复议'));
    expect(r.cells['table3.naturalPerson.denied.subtotal']).toMatchObject({ value: null });
    expect(r.cells['table3.commercialEnterprise.denied.subtotal']).toMatchObject({ value: 0 });
    const w = r.warnings.find((x) => x.message.includes('subtotals are printed twice'))!;
    expect(warningText(w, 'zh')).toBe('(三)不予公开：该类别的小计印了两次，数值不同（3与4, 3与4），均未读');
  });

  it('a category row and a 小计 row that agree: read', async () => {
    const r = await parse(page([`（三）不予公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3`, first]).replace('<p>四、政府信息公开行政复议', '<p>小计 | 3 | 0 | 0 | 0 | 0 | 0 | 3</p><p>四、政府信息公开行政复议'));
    expect(r.cells['table3.naturalPerson.denied.subtotal']).toMatchObject({ value: 3 });
    expect(r.warnings.filter((x) => x.code === 'repeated-row')).toEqual([]);
  });

  it('a category cell on the line of its first item is no subtotal row', async () => {
    const r = await parse(page([`（三）不予公开 | ${first}`]));
    expect(r.cells['table3.naturalPerson.denied.stateSecret']?.value).toBe(1);
    expect(r.cells['table3.naturalPerson.denied.subtotal']).toMatchObject({ value: 3, derived: true });
  });
});

describe('table 3 header with 总计 as a tall cell of the first header row (helper-49 review)', () => {
  it('is not taken for 总计 printed before 自然人: the values keep their columns', async () => {
    const base = await parse(SHANGHAI);
    const relaid = edited('<td colspan="7" nowrap="nowrap" style="width:355px;"><p align="center">申请人情况</p></td></tr>', '<td colspan="6" nowrap="nowrap" style="width:355px;"><p align="center">申请人情况</p></td><td rowspan="3"><p>总计</p></td></tr>')
      .replace('<td nowrap="nowrap" rowspan="2" style="width:62px;"><p align="center">总计</p></td>', '');
    const r = await parse(relaid);
    expect(values(r, 'table3.')).toEqual(values(base, 'table3.'));
    expect(r.warnings.filter((w) => w.code === 'column-order')).toEqual([]);
  });
});

describe('table 2 with a 备注 column its header places (pipe text, 029 Longgang)', () => {
  const LONGGANG = readFileSync(join(FIXTURES, 'real/029-shenzhen-longgang-dept-2024/source.txt'), 'utf8');
  const readText = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: URL })).record;
  const withNotes = (row: string) =>
    LONGGANG.replace('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 备注 |').replace('行政规范性文件 | 5 | 1 | 25 |', row);

  it('a row opening with an empty cell (its label split in two) is unread with a note, not read one column off', async () => {
    // kept as the first four cells, it read 制发 blank, 废止 5, 现行有效 1 (printed 5, 1, 25)
    const r = await readText(withNotes('行政规范性文件 |  | 5 | 1 | 25 |  |'));
    for (const k of ['issued', 'repealed', 'inForce']) expect(r.cells[`table2.normativeDocs.${k}`]?.value ?? null, k).toBeNull();
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'cell-count', message: expect.stringContaining('a cell is extra and the row does not say which, not read') }));
  });

  it('a row with its values and the 备注 cell is read by the header', async () => {
    const r = await readText(withNotes('行政规范性文件 | 5 | 1 | 25 | 已清理 |'));
    expect([5, 1, 25]).toEqual(['issued', 'repealed', 'inForce'].map((k) => r.cells[`table2.normativeDocs.${k}`]?.value));
  });
});

describe('row names in titles and glosses after labels (reviewer 72 #0, #5)', () => {
  const tablesOf = (r: { cells: Record<string, { value: number | null }> }) => ({ ...values(r, 'table2.'), ...values(r, 'table3.') });
  it.each([
    ['a sub-table title naming its rows', '<p align="center">第二十条第（一）项</p>', '<p align="center">第二十条第（一）项（规章、规范性文件）</p>'],
    ['a title naming its row after 项', '<p align="center">第二十条第（一）项</p>', '<p align="center">第二十条第（一）项 规章</p>'],
    // a year or a footnote mark in the title is no row's values (reviewer 77 A)
    ['a title naming its rows and a year', '<p align="center">第二十条第（一）项</p>', '<p align="center">第二十条第（一）项（规章、规范性文件，2019年度）注1</p>'],
    ['a table-3 label glossed with its group', '<p>1.本机关不掌握相关政府信息</p>', '<p>1.本机关不掌握相关政府信息（无法提供）</p>'],
    ['a table-2 label glossed with 信息', '<p>行政事业性收费</p>', '<p>行政事业性收费（含信息处理费）</p>'],
    // numbered or worded row labels are rows, not mentions in a title (reviewer 76 A)
    ['a row label numbered 1、', '<p>规章</p>', '<p>1、规章</p>'],
    ['a row label followed by 情况', '<p>行政事业性收费</p>', '<p>行政事业性收费情况</p>'],
    // 其它 for 其他 (reviewer 72 #4: the row was dropped as missing)
    ['a table-3 label printed with 其它', '<p>2.其他法律行政法规禁止公开</p>', '<p>2.其它法律行政法规禁止公开</p>'],
  ])('%s: the rows read as printed', async (_what, find, by) => {
    // the title's names were taken for the rows (blank, read as 0, or dropped); a group's name or 信息
    // in a gloss ended the row before its cells: 252 | 12 | 1 blank, silently
    const base = await parse(SHANGHAI);
    const r = await parse(edited(find, by));
    expect(tablesOf(r)).toEqual(tablesOf(base));
  });
});

describe('table 3\'s last row numbered 五、 by mistake (audit 148 H17)', () => {
  it('is read, and table 4 after it too', async () => {
    const base = await parse(SHANGHAI);
    const r = await parse(edited('四、结转下年度继续办理', '五、结转下年度继续办理'));
    expect(values(r, 'table3.')).toEqual(values(base, 'table3.'));
    expect(Object.keys(values(r, 'table4.'))).toHaveLength(15);
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
  });
});

describe('table 4\'s data row broken over two table rows by a PDF-to-HTML copy (audit 148 X11, Y05)', () => {
  const at5 = SHANGHAI.indexOf('<p>5</p></td><td style="width:40px;">&nbsp;');
  const row = SHANGHAI.slice(SHANGHAI.lastIndexOf('<tr>', at5), SHANGHAI.indexOf('</tr>', at5) + 5);
  // Shanghai's row (5 _ _ 2 7 | 8 _ _ 1 9 | _ _ _ _ _), its third group given values too
  const cells = [...row.match(/<td[^>]*>.*?<\/td>/g)!.slice(0, 10), ...[1, 0, 0, 0, 1].map((v) => `<td>${v}</td>`)];
  const empty = '<td>&nbsp;</td>';
  const split = (at: number) => `<tr>${cells.slice(0, at).join('')}${empty.repeat(15 - at)}</tr><tr>${empty.repeat(at)}${cells.slice(at).join('')}</tr>`;

  it.each([5, 10])('split after column %i: read as one row', async (at) => {
    const whole = await parse(edited(row, `<tr>${cells.join('')}</tr>`));
    expect(values(whole, 'table4.')).toMatchObject({ 'table4.review.total': 7, 'table4.litigationDirect.total': 9, 'table4.litigationAfterReview.total': 1 });
    const r = await parse(edited(row, split(at)));
    expect(values(r, 'table4.')).toEqual(values(whole, 'table4.'));
  });

  it('not a second line whose values would break the row\'s sums', async () => {
    const r = await parse(edited(row, `<tr>${cells.slice(0, 5).join('')}${empty.repeat(10)}</tr><tr>${empty.repeat(5)}<td>1</td><td>0</td><td>1</td><td>0</td><td>3</td>${empty.repeat(5)}</tr>`));
    expect(values(r, 'table4.')['table4.litigationDirect.total']).toBeNull();
  });
});
