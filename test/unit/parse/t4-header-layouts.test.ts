// Table 4's header in other words (其它结果 for 其他结果, 审理中 for 尚未审结) and with a 备注 column.
// Shanghai 2019 with its table 4 replaced by one built here, read by its header or left unread
// with a note, and never from a later 上年度 copy of the table (reviewer 70 F2, reviewer 69 h2).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { warningText } from '../../../src/model/parser-text';
import { FIXTURES } from './fixture-loader';

const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
// cells one per line, table 4's header words each on its own line
const SEED_001 = readFileSync(join(FIXTURES, 'seeds/001_e60c3c3fc476d400.txt'), 'utf8');
const T4_FROM = SHANGHAI.indexOf('<table', SHANGHAI.indexOf('四、政府信息公开行政复议'));
const T4_TO = SHANGHAI.indexOf('<p>五、', T4_FROM);

async function parse(source: string, asText = false) {
  return (await parseDocument(parseHTML(pageHtml(source, asText)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
}

/** Shanghai with table 4 replaced by `tables` */
const withTable4 = (tables: string) => SHANGHAI.slice(0, T4_FROM) + tables + SHANGHAI.slice(T4_TO);

const td = (text: string, span = '') => `<td${span}><p>${text}</p></td>`;
/** a table-4 header whose groups print `outcomes` (the 行政复议 group's cells span two rows), and `last` cells after them */
function header(outcomes: string[], last: string[] = [], groups = ['未经复议直接起诉', '复议后起诉']): string {
  return `<tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>` +
    `<tr>${outcomes.map((o) => td(o, ' rowspan="2"')).join('')}${td(groups[0]!, ' colspan="5"')}${td(groups[1]!, ' colspan="5"')}</tr>` +
    `<tr>${[...outcomes, ...outcomes, ...last].map((o) => td(o)).join('')}</tr>`;
}
const row = (cells: string[]) => `<tr>${cells.map((c) => (c.startsWith('<td') ? c : td(c))).join('')}</tr>`;
const table = (rows: string) => `<table border="1"><tbody>${rows}</tbody></table>`;

const TEMPLATE = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
// this year: 5 upheld, 2 pending of 7; 8 upheld and 1 pending of 9 directly; none after review
const THIS_YEAR = { review: [5, 0, 0, 2, 7], litigationDirect: [8, 0, 0, 1, 9], litigationAfterReview: [0, 0, 0, 0, 0] };
const LAST_YEAR_COPY = `<p>上年度情况：</p>${table(header(TEMPLATE) + row(['3', '1', '', '', '4', '6', '', '1', '', '7', '1', '', '', '', '1']))}`;

const table4 = (r: { cells: Record<string, { value: number | null }> }) =>
  Object.fromEntries(Object.entries(r.cells).filter(([k]) => k.startsWith('table4.')).map(([k, c]) => [k, c.value]));
const codes = (r: { warnings: Array<{ code: string; message: string }> }) => r.warnings.filter((w) => /表四|table 4/.test(w.message)).map((w) => w.code).sort();

describe('table 4 printed in other words', () => {
  it('其它结果 for 其他结果, 总计 before 尚未审结: read by the header\'s groups, with notes', async () => {
    // with 其它 no group was whole, the template's order placed 总计 as 尚未审结: 7 and 2 swapped, silently
    const outcomes = ['结果维持', '结果纠正', '其它结果', '总计', '尚未审结'];
    const printed = (v: number[]) => [v[0], v[1], v[2], v[4], v[3]].map(String);
    const r = await parse(withTable4(table(header(outcomes) + row([...printed(THIS_YEAR.review), ...printed(THIS_YEAR.litigationDirect), ...printed(THIS_YEAR.litigationAfterReview)]))));
    for (const [group, values] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(values);
    expect(codes(r)).toEqual(['column-order', 'label-variant']);
    expect(r.warnings.find((w) => w.code === 'label-variant' && w.message.includes('其它结果'))?.message).toBe('表四 prints "其它结果" for "其他结果"');
  });

  it.each([
    ['one merged 无 cell', ['其它结果', '结果纠正'], row([td('无', ' colspan="15"')])],
    ['one merged 无 cell, under 审理中', ['审理中', '结果纠正'], row([td('无', ' colspan="15"')])],
    ['three merged 0 cells, under 审理中', ['审理中', '结果纠正'], row([td('0', ' colspan="5"'), td('0', ' colspan="5"'), td('0', ' colspan="5"')])],
  ])('this year\'s row of %s is not taken from a later 上年度 copy', async (what, [pending, corrected], ownRow) => {
    const outcomes = ['结果维持', corrected!, pending === '其它结果' ? '其它结果' : '其他结果', pending === '审理中' ? '审理中' : '尚未审结', '总计'];
    const r = await parse(withTable4(table(header(outcomes) + ownRow) + LAST_YEAR_COPY));
    // the copy's 3 | 1 | … | 1 were read as this year's, silently; the merged row itself is read since reviewer
    // 120 R02 (a 无 or 0 over several columns stands in each; it had been unread as "a cell is missing")
    expect(Object.values(table4(r))).toEqual(Array(15).fill(what.includes('无') ? null : 0));
    if (what.includes('无')) expect(Object.entries(r.cells).filter(([k, c]) => k.startsWith('table4.') && c.kind === 'placeholder')).toHaveLength(15);
    expect(codes(r)).toEqual(expect.arrayContaining(['repeated-table']));
  });
});

describe('table 4 with a 备注 column', () => {
  it('a 备注 cell ending the header\'s last line does not hide the row (reviewer 67 #9)', async () => {
    // the note's own 尚未审结 and 行政复议 were taken for the header's end: all 15 values lost
    const values = [...THIS_YEAR.review, ...THIS_YEAR.litigationDirect, ...THIS_YEAR.litigationAfterReview].map(String);
    const r = await parse(withTable4(table(header(TEMPLATE, ['备注']) + row([...values, '尚未审结的2件行政复议已于2020年1月审结']))));
    for (const [group, v] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(v);
    expect(codes(r)).toEqual([]);
  });

  // a tall 备注 cell between the groups: its empty cell in the row had moved every later value one
  // column (未经复议直接起诉's 8 read as 结果纠正), silently (reviewer 71 d6)
  const values = [...THIS_YEAR.review, ...THIS_YEAR.litigationDirect, ...THIS_YEAR.litigationAfterReview].map(String);
  const note = td('备注', ' rowspan="3"');
  it.each([
    ['after the 行政复议 group\'s cells', `<tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>` +
      `<tr>${TEMPLATE.map((o) => td(o, ' rowspan="2"')).join('')}${td('备注', ' rowspan="2"')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>` +
      `<tr>${[...TEMPLATE, ...TEMPLATE].map((o) => td(o)).join('')}</tr>`],
    ['between 行政复议 and 行政诉讼', `<tr>${td('行政复议', ' colspan="5"')}${note}${td('行政诉讼', ' colspan="10"')}</tr>` +
      `<tr>${TEMPLATE.map((o) => td(o, ' rowspan="2"')).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>` +
      `<tr>${[...TEMPLATE, ...TEMPLATE].map((o) => td(o)).join('')}</tr>`],
  ])('a 备注 column %s is passed over in the row', async (_, head) => {
    for (const remark of ['', '无']) {
      const r = await parse(withTable4(table(head + row([...values.slice(0, 5), remark, ...values.slice(5)]))));
      for (const [group, v] of Object.entries(THIS_YEAR))
        expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(v);
      expect(codes(r)).toEqual([]);
    }
    // a row of 15 cells prints no 备注 cell (a tall 备注 cell over it too, an empty cell left out), and
    // a row of 16 may put its note last (15 values, then 无: reviewer 79 X4): read as printed
    // (reviewer 80 K9: 无 in the 备注's place with a group that does not add up was left unread)
    const unequal = [...values.slice(0, 5), '1', '0', '0', '0', '2', ...values.slice(10)];
    const r = await parse(withTable4(table(head + row([...unequal.slice(0, 5), '无', ...unequal.slice(5)]))));
    expect(Object.values(table4(r))).toEqual(unequal.map(Number));
    // a dash in the 备注 cell and a number last, in a report whose last group does not add up: the
    // number is no note (reviewer 82 K1)
    const odd = [...values.slice(0, 14), '1'];
    const dash = await parse(withTable4(table(head + row([...odd.slice(0, 5), '—', ...odd.slice(5)]))));
    expect(Object.values(table4(dash))).toEqual(odd.map(Number));
    // an empty 备注 cell, and 无 printed for the last group's 总计 (reviewer 81 K4a)
    const none = await parse(withTable4(table(head + row([...values.slice(0, 5), '', ...values.slice(5, 14), '无']))));
    expect(Object.values(table4(none))).toEqual([...values.slice(0, 14).map(Number), null]);
    for (const cells of [values, [...values, '无'], [...values, '/']]) {
      const r = await parse(withTable4(table(head + row(cells))));
      for (const [group, v] of Object.entries(THIS_YEAR))
        expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(v);
    }
  });
});

describe('what stands above or around table 4 (reviewer 71)', () => {
  const values = [...THIS_YEAR.review, ...THIS_YEAR.litigationDirect, ...THIS_YEAR.litigationAfterReview].map(String);
  const official = table(header(TEMPLATE) + row(values));
  const readRight = (r: Awaited<ReturnType<typeof parse>>) => {
    for (const [group, v] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(v);
  };

  it.each([
    ['a summary of three outcome columns', table(row(['结果维持', '结果纠正', '总计']) + row(['5', '2', '7']))],
    ['a 行政复议 | 行政诉讼 | 合计 summary under lines naming outcomes and counts', '<p>结果维持 5件</p><p>尚未审结 2件</p><p>总计 7件</p>' + table(row(['行政复议', '行政诉讼', '合计']) + row(['7', '9', '16']))],
  ])('%s above the table is not taken for its header', async (_what, above) => {
    // three outcome words as cells had made a table-4 header of it: its short row was taken, all 15 lost
    const r = await parse(withTable4(above + official));
    readRight(r);
    expect(codes(r)).toEqual([]);
  });

  it('其它结果 in a sentence above the table is no label of it', async () => {
    const r = await parse(withTable4('<p>本年度无其它结果的案件。</p>' + official));
    readRight(r);
    expect(codes(r)).toEqual([]);
  });

  it('this year\'s row left blank is read blank, not from a later 上年度 copy', async () => {
    // the blank row was skipped with the header's rest and the copy's 3 | 1 | … read, silently
    const r = await parse(withTable4(table(header(TEMPLATE) + row(Array(15).fill(''))) + LAST_YEAR_COPY));
    expect(Object.values(table4(r))).toEqual(Array(15).fill(null));
    expect(Object.keys(table4(r))).toHaveLength(15);
    expect(codes(r)).toEqual(['repeated-table']);
  });
});

describe('a header cell printed as a dash, cells one per line (reviewer 71 F2)', () => {
  it.each([
    ['five dashes under a merged cell', '\n\n—\n\n—\n\n—\n\n—\n\n—'],
    ['one slash in a corner', '\n\n/'],
  ])('%s is not the data row', async (_what, dashes) => {
    const at = '复议后起诉\n';
    expect(SEED_001.split(at).length).toBe(2);
    const base = await parse(SEED_001, true);
    const r = await parse(SEED_001.replace(at, `复议后起诉${dashes}\n`), true);
    expect(Object.keys(table4(base))).toHaveLength(15);
    expect(table4(r)).toEqual(table4(base));
    expect(codes(r)).toEqual(codes(base));
  });
});

describe('rows between the header and the data row (reviewer 73)', () => {
  const values = [...THIS_YEAR.review, ...THIS_YEAR.litigationDirect, ...THIS_YEAR.litigationAfterReview].map(String);
  const readRight = (r: Awaited<ReturnType<typeof parse>>) => {
    for (const [group, v] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(v);
  };

  it.each([
    ['an empty spacer row of 15 cells', row(Array(15).fill(''))],
    ['an empty spacer row of 15 &nbsp; cells', row(Array(15).fill('&nbsp;'))],
  ])('%s above the numbers is no blank data row (N1)', async (_what, spacer) => {
    // the spacer was read as this year's row: all 15 blank, read as 0 by the checks, silently
    const r = await parse(withTable4(table(header(TEMPLATE) + spacer + row(values))));
    readRight(r);
    expect(codes(r)).toEqual([]);
  });

  it.each([
    ['directly', ''],
    ['under a caption starting 行政复议', '<p>行政复议、行政诉讼情况（上年度）</p>'],
  ])('this year\'s 无 row followed by a 上年度 copy %s is not taken for a header cell (N2)', async (_what, caption) => {
    const copy = LAST_YEAR_COPY.replace('<p>上年度情况：</p>', caption);
    const r = await parse(withTable4(table(header(TEMPLATE) + row([td('无', ' colspan="15"')])) + copy));
    // (the 无 stands in each of the 15 columns it spans: reviewer 120 R02)
    expect(Object.entries(r.cells).filter(([k, c]) => k.startsWith('table4.') && c.kind === 'placeholder')).toHaveLength(15);
    expect(codes(r)).toEqual(expect.arrayContaining(['repeated-table']));
  });

  it('a header of three outcome cells (维持 | 纠正 | 其他结果 | 尚未审结 | 总计) over a 无 row is not passed over for a later copy (N5)', async () => {
    const outcomes = ['维持', '纠正', '其他结果', '尚未审结', '总计'];
    const r = await parse(withTable4(table(header(outcomes) + row([td('无', ' colspan="15"')])) + LAST_YEAR_COPY));
    expect(Object.values(table4(r)).filter((v) => v !== null)).toEqual([]);
    expect(codes(r)).toEqual(expect.arrayContaining(['repeated-table']));
  });
});

describe('a 备注 header cell on a line of its own, cells one per line (reviewer 73 N4)', () => {
  it('with a note after the row naming 行政复议: the row is read', async () => {
    // the header's end was looked for past the 备注 line, at the note's 行政复议: all 15 blank, silently
    const last = '其他结果\n\n尚未审结\n\n总计\n\n0\n';
    expect(SEED_001.split(last).length).toBe(2);
    const end = SEED_001.indexOf('五、', SEED_001.indexOf('四、政府信息公开行政复议'));
    const withNote = SEED_001.slice(0, end) + '注：本年度行政复议案件均已审结。\n\n' + SEED_001.slice(end);
    const base = await parse(SEED_001, true);
    const r = await parse(withNote.replace(last, '其他结果\n\n尚未审结\n\n总计\n\n备注\n\n0\n'), true);
    expect(Object.values(table4(base))).toEqual(Array(15).fill(0));
    expect(table4(r)).toEqual(table4(base));
  });
});

describe('a row between two headers (reviewer 74)', () => {
  const values = [...THIS_YEAR.review, ...THIS_YEAR.litigationDirect, ...THIS_YEAR.litigationAfterReview].map(String);
  // last year's table printed without its 行政复议 | 行政诉讼 line
  const TOPLESS_COPY = table(`<tr>${[...TEMPLATE, '未经复议直接起诉', '复议后起诉'].map((o) => td(o)).join('')}</tr><tr>${[...TEMPLATE, ...TEMPLATE].map((o) => td(o)).join('')}</tr>` + row(['3', '1', '', '', '4', '6', '', '1', '', '7', '1', '', '', '', '1']));

  it.each([
    ['a blank row, then a copy without its top line (R1)', row(Array(15).fill('')), TOPLESS_COPY],
    ['a 无 row, then a copy without its top line (P1)', row([td('无', ' colspan="15"')]), TOPLESS_COPY],
    ['three merged blank cells, then a 上年度 copy (P2)', row([td('', ' colspan="5"'), td('', ' colspan="5"'), td('', ' colspan="5"')]), LAST_YEAR_COPY],
  ])('%s: the copy\'s row is not read as this year\'s', async (_what, ownRow, copy) => {
    // the copy's 3 | 1 | … was read as this year's, silently
    const r = await parse(withTable4(table(header(TEMPLATE) + ownRow) + copy));
    expect(Object.values(table4(r)).filter((v) => v !== null)).toEqual([]);
    expect(codes(r).length).toBeGreaterThan(0);
  });

  it('a blank row over a row labelled 上年度 is this year\'s (b4)', async () => {
    const r = await parse(withTable4(table(header(TEMPLATE) + row(Array(15).fill('')) + row(['上年度', '3', '1', '', '', '4', '6', '', '1', '', '7', '1', '', '', '', '1']))));
    expect(Object.values(table4(r))).toEqual(Array(15).fill(null));
  });

  it('a blank row over a page footer (- 5 -) is this year\'s, read blank (R3)', async () => {
    const r = await parse(withTable4(table(header(TEMPLATE) + row(Array(15).fill(''))) + '<p>- 5 -</p>'));
    expect(Object.values(table4(r))).toEqual(Array(15).fill(null));
    expect(codes(r)).toEqual([]);
  });

  it('a sentence naming 未经复议直接起诉 over a three-column summary makes no header of it (R2)', async () => {
    const above = '<p>本年度未经复议直接起诉的行政诉讼9件。</p>' + table(row(['结果维持', '结果纠正', '总计']) + row(['5', '2', '7']));
    const r = await parse(withTable4(above + table(header(TEMPLATE) + row(values))));
    for (const [group, v] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(v);
    expect(codes(r)).toEqual([]);
  });
});

describe('reviewer 75', () => {
  it.each([
    [['1.未经复议直接起诉', '2.复议后起诉']],
    [['未经复议直接起诉案件', '复议后起诉案件']],
    [['（一）未经复议直接起诉', '（二）经复议后起诉']],
  ])('a header in other words whose groups are named %j, over a short row, is not passed over for a copy (A)', async (groups) => {
    const outcomes = ['结果维持', '结果纠正', '其他结果', '审理中', '总计'];
    const r = await parse(withTable4(table(header(outcomes, [], groups) + row([td('0', ' colspan="5"'), td('0', ' colspan="5"'), td('0', ' colspan="5"')])) + LAST_YEAR_COPY));
    // the copy's 3 | 1 | … was read as this year's, silently (the merged zeros are this year's: reviewer 120 R02)
    expect(Object.values(table4(r))).toEqual(Array(15).fill(0));
    expect(codes(r)).toEqual(expect.arrayContaining(['repeated-table']));
  });

  it.each(['上一年度', '前一年度', '（上一年度）'])('a blank row over a row labelled %s is this year\'s (E)', async (label) => {
    const r = await parse(withTable4(table(header(TEMPLATE) + row(Array(15).fill('')) + row([label, '3', '1', '', '', '4', '6', '', '1', '', '7', '1', '', '', '', '1']))));
    expect(Object.values(table4(r))).toEqual(Array(15).fill(null));
  });

  // last year's row printed above this year's under one header: last year's was read, silently (F, y12)
  const LAST_YEAR_ROW = ['3', '1', '', '', '4', '6', '', '1', '', '7', '1', '', '', '', '1'];
  const values = [...THIS_YEAR.review, ...THIS_YEAR.litigationDirect, ...THIS_YEAR.litigationAfterReview].map(String);
  it.each([['上年度', '本年度'], ['上年同期', '2020年'], ['去年', '今年'], ['2018年（上年度）', '2019年（本年度）'],
    // rows labelled by year alone: the first, last year's, was read, silently (reviewer 84 P1)
    ['2018年', '2019年'], ['2018年度', '2019年度'], ['2018年', '本年度'], ['2018年数据', '2019年数据'],
    // the year in brackets after the word (reviewer 85 P1)
    ['上年度（2018年）', '本年度（2019年）'], ['去年（2018）', '今年（2019）'], ['上年（2018年度）', '2019年'],
    // years in Chinese numerals (reviewer 85 P2), the zero typed as O, Ｏ or 0, without 年, or with a word after it (reviewer 87 P1–P3)
    ['二〇一八年', '二〇一九年'], ['二○一八年度', '二○一九年度'], ['上年度（二〇一八年）', '二〇一九年（本年度）'],
    ['二O一八年', '二O一九年'], ['二Ｏ一八年度', '本年度'], ['二0一八年', '二0一九年'], ['二〇一八', '二〇一九'], ['2018年统计', '2019年统计'], ['二〇一八年全年', '二〇一九年全年']])('a row labelled %s over one labelled %s: this year\'s is read (F)', async (last, now) => {
    const r = await parse(withTable4(table(header(TEMPLATE) + row([last, ...LAST_YEAR_ROW]) + row([now, ...values]))));
    for (const [group, v] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(v);
    expect(codes(r)).toEqual([]);
  });

  it('rows labelled by year, this year\'s first, are read from the first (reviewer 84 P1)', async () => {
    const r = await parse(withTable4(table(header(TEMPLATE) + row(['2019年', ...values]) + row(['2018年', ...LAST_YEAR_ROW]))));
    for (const [group, v] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(v);
  });

  it.each(['2018年', '二〇一八年', '二O一八年度'])('one row labelled %s on the 2019 report is last year\'s: not read, with a note (reviewer 87 P4)', async (label) => {
    const r = await parse(withTable4(table(header(TEMPLATE) + row([label, ...LAST_YEAR_ROW]))));
    // before: last year's numbers were stored as this year's, silently
    expect(Object.values(table4(r))).toEqual(Array(15).fill(null));
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('is labelled as another year\'s, and no row of this year\'s follows it: not read'));
  });

  it('one row labelled as the report\'s own year is read', async () => {
    const r = await parse(withTable4(table(header(TEMPLATE) + row(['2019年', ...values]))));
    expect(table4(r)['table4.review.total']).toBe(THIS_YEAR.review[4]);
    expect(codes(r)).toEqual([]);
  });

  it('rows labelled by years none of which is the report\'s are read from the latest, with a note (reviewer 87 P5)', async () => {
    const r = await parse(withTable4(table(header(TEMPLATE) + row(['2016年', ...LAST_YEAR_ROW]) + row(['2017年', ...values]))));
    expect(table4(r)['table4.review.total']).toBe(THIS_YEAR.review[4]);
    const w = r.warnings.find((x) => x.code === 'year-rows')!;
    expect(warningText(w, 'zh')).toBe('表四各行按年度标注（2016, 2017），其中没有报告年度（2019年）的行：读取最近年度的一行');
  });

  // a text page (no <title>), table 4 alone under its section
  const textPage = (head: string[], rows: string[]) => parse([...head, '四、政府信息公开行政复议、行政诉讼情况', '行政复议 | 行政诉讼 |',
    '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |',
    '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', ...rows, '五、存在的主要问题及改进情况', '一是公开质量有待提高。'].join('\n'), true);
  const ROW_2021 = '2021年 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
  const ROW_2022 = '2022年 | 2 | 1 | 0 | 1 | 4 | 1 | 0 | 1 | 0 | 2 | 0 | 1 | 0 | 0 | 1 |';

  it('a year read from the text alone, or a title\'s the statistics period contradicts, does not choose the row (reviewer 88 P1, L2)', async () => {
    // the title found in a sentence naming last year's report (2021), the period 2022: the latest row
    const contradicted = await textPage(['XX区人民政府办公室政府信息公开工作年度报告', '本报告所列数据统计期限为2022年1月1日至2022年12月31日。', '（一）2021年度政府信息公开工作年度报告所提问题已整改。'], [ROW_2021, ROW_2022]);
    expect(contradicted.cells['table4.review.total']?.value).toBe(4);
    // no year but the text's (2023年政务公开…): one row labelled 2022年 is read, not left unread as an earlier year's
    const bodyOnly = await textPage(['XX区人民政府办公室政府信息公开工作年度报告', '一、总体情况', '本机关认真贯彻落实《条例》。', '下一步，本机关将按照2023年政务公开工作要点推进工作。'], [ROW_2022]);
    expect(bodyOnly.cells['table4.review.total']?.value).toBe(4);
    expect(bodyOnly.warnings.filter((w) => w.code === 'unreadable-row')).toEqual([]);
  });

  it('a PDF copy printing no bars: rows 2021年 and 2022年 over a 合计 row, this year\'s is read, not the sum (audit 133 Y06)', async () => {
    const bare = (r: string) => r.replace(/ \|/g, '');
    const sum = '合计 | 3 | 1 | 0 | 1 | 5 | 1 | 0 | 1 | 0 | 2 | 0 | 1 | 0 | 0 | 1 |';
    const r = await textPage(['XX区人民政府办公室2022年政府信息公开工作年度报告', '本报告所列数据统计期限为2022年1月1日至2022年12月31日。'], [bare(ROW_2021), bare(ROW_2022), bare(sum)]);
    expect(r.cells['table4.review.total']?.value).toBe(4);
    expect(r.cells['table4.review.upheld']?.value).toBe(2);
  });

  it('a PDF copy printing each label on a line of its own over its numbers: this year\'s row, not the 合计 (audit 134 Y20, Y31)', async () => {
    const numbers = (r: string) => r.replace(/^\S+ \| /, '').replace(/ \|/g, '').trim();
    const sum = '合计 | 3 | 1 | 0 | 1 | 5 | 1 | 0 | 1 | 0 | 2 | 0 | 1 | 0 | 0 | 1 |';
    const head = ['XX区人民政府办公室2022年政府信息公开工作年度报告', '本报告所列数据统计期限为2022年1月1日至2022年12月31日。'];
    const lineEach = await textPage(head, ['2021年', numbers(ROW_2021), '2022年', numbers(ROW_2022), '合计', numbers(sum)]);
    expect(lineEach.cells['table4.review.total']?.value).toBe(4);
    const cellEach = await textPage(head, ['2021年', ...numbers(ROW_2021).split(' '), '2022年', ...numbers(ROW_2022).split(' '), '合计', ...numbers(sum).split(' ')]);
    expect(cellEach.cells['table4.review.total']?.value).toBe(4);
    expect(cellEach.cells['table4.review.upheld']?.value).toBe(2);
  });

  it('a year\'s cell merged over its halves\' labels, then a 合计: the 合计, not the first half (audit 135 Y11: the first half, silently)', async () => {
    const head = ['XX区人民政府办公室2022年政府信息公开工作年度报告', '本报告所列数据统计期限为2022年1月1日至2022年12月31日。'];
    const r = await textPage(head, [
      '2022年 | 上半年 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      '下半年 | 1 | 1 | 0 | 1 | 3 | 1 | 0 | 1 | 0 | 2 | 0 | 1 | 0 | 0 | 1 |',
      ROW_2022.replace('2022年', '合计'),
    ]);
    expect(r.cells['table4.review.total']?.value).toBe(4);
    expect(r.cells['table4.review.upheld']?.value).toBe(2);
  });

  it('a PDF copy printing no bars: 上半年, 下半年 and 全年 before their numbers, the 全年 row (audit 136 Y25: lost)', async () => {
    const head = ['XX区人民政府办公室2022年政府信息公开工作年度报告', '本报告所列数据统计期限为2022年1月1日至2022年12月31日。'];
    const bare = (r: string) => r.replace(/ \|/g, '');
    const r = await textPage(head, [bare(ROW_2021.replace('2021年', '上半年')), bare(ROW_2021.replace('2021年', '下半年')), bare(ROW_2022.replace('2022年', '全年'))]);
    expect(r.cells['table4.review.total']?.value).toBe(4);
  });

  it('a row labelled 上年度 with no row of this year\'s under it is not read as this year\'s (F)', async () => {
    const r = await parse(withTable4(table(header(TEMPLATE) + row(['上年度', ...LAST_YEAR_ROW]))));
    expect(Object.values(table4(r))).toEqual(Array(15).fill(null));
    const w = r.warnings.find((x) => x.message.includes('labelled as another year'))!;
    expect(warningText(w, 'zh')).toMatch(/^表四：该行（“上年度 \| 3 \| 1 .*”）标为其他年度的数据，其后没有本年度的行，未读$/);
  });
});

describe('行政诉讼 printed before 行政复议 (reviewer 109 P1)', () => {
  // the header's top row 行政诉讼 | 行政复议: the 行政复议 group is the last five columns; taken for the first,
  // twelve of the fifteen values went under other groups, silently (each group still added up)
  const litigationFirst = (groups = ['未经复议直接起诉', '复议后起诉']) =>
    `<tr>${td('行政诉讼', ' colspan="10"')}${td('行政复议', ' colspan="5"')}</tr>` +
    `<tr>${td(groups[0]!, ' colspan="5"')}${td(groups[1]!, ' colspan="5"')}${TEMPLATE.map((o) => td(o, ' rowspan="2"')).join('')}</tr>` +
    `<tr>${[...TEMPLATE, ...TEMPLATE].map((o) => td(o)).join('')}</tr>`;
  const printed = [...THIS_YEAR.litigationDirect, ...THIS_YEAR.litigationAfterReview, ...THIS_YEAR.review].map(String);

  it('HTML: each group read from its own columns, with a note', async () => {
    const r = await parse(withTable4(table(litigationFirst() + row(printed))));
    for (const [group, values] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(values);
    expect(codes(r)).toEqual(['column-order']);
  });

  it('HTML, 复议后起诉 first too: read by the header', async () => {
    const swapped = [...THIS_YEAR.litigationAfterReview, ...THIS_YEAR.litigationDirect, ...THIS_YEAR.review].map(String);
    const r = await parse(withTable4(table(litigationFirst(['复议后起诉', '未经复议直接起诉']) + row(swapped))));
    for (const [group, values] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(values);
  });

  it('text with bars', async () => {
    const text = SEED_001.slice(0, SEED_001.indexOf('四、政府信息公开行政复议')) + [
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政诉讼 | 行政复议 |',
      '未经复议直接起诉 | 复议后起诉 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      [...TEMPLATE, ...TEMPLATE].join(' | ') + ' |',
      printed.join(' | ') + ' |',
      '五、政府信息公开工作存在的主要问题及改进情况',
    ].join('\n');
    const r = await parse(text, true);
    for (const [group, values] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(values);
  });

  const withTextTable4 = (header: string[]) => SEED_001.slice(0, SEED_001.indexOf('四、政府信息公开行政复议')) + [
    '四、政府信息公开行政复议、行政诉讼情况', ...header, printed.join(' | ') + ' |', '五、政府信息公开工作存在的主要问题及改进情况'].join('\n');
  const OUTCOME_ROWS = ['未经复议直接起诉 | 复议后起诉 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', [...TEMPLATE, ...TEMPLATE].join(' | ') + ' |'];
  it.each([
    ['in other words (行政诉讼情况 | 行政复议情况)', ['行政诉讼情况 | 行政复议情况 |']],
    ['numbered (二、行政诉讼 | 一、行政复议)', ['二、行政诉讼 | 一、行政复议 |']],
    ['numbered in digits (1、行政诉讼 | 2、行政复议: reviewer 112 T16, the header was cut after its 2)', ['1、行政诉讼 | 2、行政复议 |']],
    ['counted (行政诉讼数量 | 行政复议数量: reviewer 112 P3)', ['行政诉讼数量 | 行政复议数量 |']],
    ['counted (行政诉讼案件数 | 行政复议案件数)', ['行政诉讼案件数 | 行政复议案件数 |']],
    ['in other words (行政诉讼情况统计 | 行政复议情况统计)', ['行政诉讼情况统计 | 行政复议情况统计 |']],
    ['each on a line of its own', ['行政诉讼 |', '行政复议 |']],
    ['in Traditional characters (行政訴訟 | 行政復議: reviewer 112 T15)', ['行政訴訟 | 行政復議 |']],
  ])('text, the groups %s: read by the header (reviewer 110 P3)', async (_, groups) => {
    const r = await parse(withTextTable4([...groups, ...OUTCOME_ROWS]), true);
    for (const [group, values] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(values);
  });

  it('text printing a row a line with spaces, no bars (行政诉讼 行政复议: reviewer 112 T14, the usual text copy): read by the header', async () => {
    const text = withTextTable4(['行政诉讼 行政复议', OUTCOME_ROWS[0]!.replaceAll(' |', ''), OUTCOME_ROWS[1]!.replaceAll(' |', '')]).replace(printed.join(' | ') + ' |', printed.join(' '));
    expect(text).not.toMatch(/行政诉讼.*\|/);
    const r = await parse(text, true);
    for (const [group, values] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(values);
  });

  it.each([
    ['the header printed again after it', true],
    ['no header after it', false],
  ])('a page footer (- 5 -) under the header, %s: the row under them is read, by the header (reviewer 116 M35: the footer had been read as the row)', async (_, repeated) => {
    const header = ['行政诉讼 | 行政复议 |', ...OUTCOME_ROWS];
    const r = await parse(withTextTable4([...header, '- 5 -', ...(repeated ? header : [])]), true);
    for (const [group, values] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(values);
    expect(r.warnings.filter((w) => w.code === 'cell-count' || w.code === 'repeated-table')).toEqual([]);
  });

  it('a page footer under the header, then a caption opening last year\'s copy: that copy\'s row is not read as this year\'s (reviewer 118 P1)', async () => {
    const header = ['行政诉讼 | 行政复议 |', ...OUTCOME_ROWS];
    const text = withTextTable4([...header, '- 5 -', '上年度情况：', ...header]).replace(printed.join(' | ') + ' |', '1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 2 |');
    const r = await parse(text, true);
    expect(table4(r)['table4.review.total'] ?? null).toBeNull();
    expect(r.warnings.some((w) => /表四|table 4/.test(w.message))).toBe(true);
  });

  it.each([
    ['a caption row naming 行政诉讼 over the header (单位：件 | 行政诉讼 |)', ['单位：件 | 行政诉讼 |', '行政复议 | 行政诉讼 |']],
    ['行政复议 named again after them (| 行政复议 | 行政诉讼 | 行政复议 |)', ['| 行政复议 | 行政诉讼 | 行政复议 |']],
  ])('text, %s: a group named twice orders nothing, the template\'s order (reviewer 110 P1: twelve values under other groups)', async (_, groups) => {
    const values = [...THIS_YEAR.review, ...THIS_YEAR.litigationDirect, ...THIS_YEAR.litigationAfterReview].map(String);
    const text = withTextTable4([...groups, '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |', [...TEMPLATE, ...TEMPLATE].join(' | ') + ' |']).replace(printed.join(' | '), values.join(' | '));
    const r = await parse(text, true);
    for (const [group, v] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(v);
  });

  it('a heading or a corner cell naming both (行政复议、行政诉讼) orders nothing: the template\'s order, no note', async () => {
    const corner = `<tr>${td('行政复议、行政诉讼', ' rowspan="3"')}${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>` +
      `<tr>${TEMPLATE.map((o) => td(o, ' rowspan="2"')).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>` +
      `<tr>${[...TEMPLATE, ...TEMPLATE].map((o) => td(o)).join('')}</tr>`;
    const r = await parse(withTable4(table(corner + row(['本年', ...[...THIS_YEAR.review, ...THIS_YEAR.litigationDirect, ...THIS_YEAR.litigationAfterReview].map(String)]))));
    expect(codes(r)).not.toContain('column-order');
  });
});

describe('copies of table 4 captioned by year (reviewer 109)', () => {
  const copy = (values: number[][]) => table(header(TEMPLATE) + row(values.flat().map(String)));
  const LAST = [[4, 0, 0, 2, 6], [3, 0, 0, 1, 4], [0, 0, 0, 0, 0]];
  const THIS = [THIS_YEAR.review, THIS_YEAR.litigationDirect, THIS_YEAR.litigationAfterReview];

  it('last year\'s copy first (2018年度情况：), the report year\'s under it: the report year\'s is read, with a note', async () => {
    const r = await parse(withTable4(`<p>2018年度情况：</p>${copy(LAST)}<p>2019年度情况：</p>${copy(THIS)}`));
    for (const [group, values] of Object.entries(THIS_YEAR))
      expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => table4(r)[`table4.${group}.${o}`])).toEqual(values);
    const w = r.warnings.find((x) => x.message.startsWith('table 4 is printed for'))!;
    expect(w.message).toBe("table 4 is printed for 2018, 2019: the report's year's (2019) is read");
    expect(warningText(w, 'zh')).toBe('表四按年度印有多份（2018, 2019）：读取报告年度（2019年）的一份');
  });

  it.each([['（2018年度）', '（2019年度）'], ['2018年度情况（供对比）：', '2019年度情况：']])('captions %s and %s: the report year\'s is read (reviewer 110 G05, G12)', async (last, own) => {
    const r = await parse(withTable4(`<p>${last}</p>${copy(LAST)}<p>${own}</p>${copy(THIS)}`));
    expect(table4(r)['table4.review.total']).toBe(7);
  });

  it('no table under the report year\'s caption (its cases told in words): neither copy is read, with a note (reviewer 110 G07: last year\'s had been read)', async () => {
    const r = await parse(withTable4(`<p>2018年度情况：</p>${copy(LAST)}<p>2019年度情况：</p><p>本年度未发生政府信息公开行政复议、行政诉讼案件。</p>`));
    expect(table4(r)['table4.review.total'] ?? null).toBeNull();
    const w = r.warnings.find((x) => x.message.startsWith('table 4 is printed for'))!;
    expect(w.message).toBe("table 4 is printed for 2018, 2019, with no table under the report's year's (2019) caption: not read");
    expect(warningText(w, 'zh')).toBe('表四按年度印有多份（2018, 2019），报告年度（2019年）的标题下没有表格：未读');
  });

  // the header printed for this year with no row, then a caption and the other year's copy (reviewer 118 T35)
  it.each([
    ['2018年度情况', (c: string) => `<p>${c}</p>${copy(LAST)}`],
    ['上年度情况：', (c: string) => `<p>${c}</p>${copy(LAST)}`],
  ])('this year\'s header with no row, then a caption %s and that year\'s copy: not read as the report year\'s, with a note', async (caption, after) => {
    const r = await parse(withTable4(table(header(TEMPLATE)) + after(caption)));
    expect(table4(r)['table4.review.total'] ?? null).toBeNull();
    const w = r.warnings.find((x) => x.message.includes('caption naming another year'))!;
    expect(w.message).toBe(`表四: table 4's row is under a caption naming another year ("${caption.replace('：', ':')}"), and no row of the report's year (2019) is printed: not read`);
    expect(warningText(w, 'zh')).toBe(`表四：数据行位于标明其他年度的标题（“${caption.replace('：', ':')}”）之下，没有报告年度（2019年）的行，未读`);
  });

  it('the only table captioned with another year (2018年度情况：): not read as the report year\'s', async () => {
    const r = await parse(withTable4(`<p>2018年度情况：</p>${copy(LAST)}`));
    expect(table4(r)['table4.review.total'] ?? null).toBeNull();
  });

  it('a caption naming another year over a sentence, then the report year\'s over the table: read (reviewer 110 G09)', async () => {
    const r = await parse(withTable4(`<p>2018年度：</p><p>上年度本机关行政复议4件。</p><p>2019年度：</p>${copy(THIS)}`));
    expect(table4(r)['table4.review.total']).toBe(7);
  });

  it('the report year\'s copy first: read, as before', async () => {
    const r = await parse(withTable4(`<p>2019年度情况：</p>${copy(THIS)}<p>2018年度情况：</p>${copy(LAST)}`));
    expect(table4(r)['table4.review.total']).toBe(7);
    expect(r.warnings.some((x) => x.message.startsWith('table 4 is printed for'))).toBe(false);
  });
});

describe('a text copy printing table 4\'s header words broken over lines (audit 140 T04, T08)', () => {
  const page = (headerLines: string[]) =>
    ['某县某局2023年政府信息公开工作年度报告', '四、政府信息公开行政复议、行政诉讼情况', '行政复议 行政诉讼', ...headerLines, '2 1 0 0 3 0 0 0 1 1 1 0 0 0 1', '五、政府信息公开工作存在的主要问题及改进情况', '无。'].join('\n');
  const values = (r: Awaited<ReturnType<typeof parse>>) => ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => r.cells[`table4.${g}.${c}`]?.value ?? null));
  it.each([
    ['a PDF copy: two characters a line', ['结果 结果 其他 尚未 总计 未经复议直接起诉 复议后起诉', '维持 纠正 结果 审结 结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计', '维持 纠正 结果 审结 维持 纠正 结果 审结']],
    ['a flipbook: one character a token', ['结 结 其 尚 总 未经复议直接起诉 复议后起诉', '果 果 他 未 计 结 结 其 尚 总 结 结 其 尚 总', '维 纠 结 审 果 果 他 未 计 果 果 他 未 计', '持 正 果 结 维 纠 结 审 维 纠 结 审', '持 正 果 结 持 正 果 结']],
  ])('%s: the rest of the header is passed over and the row read (all 15 values had been lost with a note)', async (_, lines) => {
    const r = await parse(page(lines), true);
    expect(values(r)).toEqual([2, 1, 0, 0, 3, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1]);
  });

  const PIECES = ['结果 结果 其他 尚未 总计 未经复议直接起诉 复议后起诉', '维持 纠正 结果 审结 结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计', '维持 纠正 结果 审结 维持 纠正 结果 审结'];
  it.each([
    ['a bare page number', '6'],
    ['a page\'s footer', '- 6 -'],
    ['the table\'s unit', '（单位：件）'],
    ['`第 6 页 共 9 页`', '第 6 页 共 9 页'],
    ['a footer and the running title with its year', '— 7 —\n嘉兴市秀洲区自然资源和规划局2022年政府信息公开工作年度报告'],
  ])('%s between the pieces and the row is passed over too (audit 142 R02, R12, 144 F01, F02: all 15 values had been lost with a note)', async (_, line) => {
    const r = await parse(page([...PIECES, line]), true);
    expect(values(r)).toEqual([2, 1, 0, 0, 3, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1]);
  });

  it('a row printed a value a line after the pieces: its first value is no page number', async () => {
    const text = page(PIECES).replace('2 1 0 0 3 0 0 0 1 1 1 0 0 0 1', '2 1 0 0 3 0 0 0 1 1 1 0 0 0 1'.split(' ').join('\n'));
    expect(values(await parse(text, true))).toEqual([2, 1, 0, 0, 3, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1]);
  });
});
