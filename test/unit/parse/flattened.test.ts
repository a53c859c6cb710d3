// Run-together digits: the row's own relation may choose a reading; it is then marked.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { readRowCells } from '../../../src/parse/row-cells';
import { join } from 'node:path';
import { FIXTURES, listCases, parseFile } from './fixture-loader';

const find = (name: string) => listCases().find((c) => c.name.startsWith(name))!;

describe('flattened tables', () => {
  it('012: 一、本年新收 "200 000121" resolved by T3-COLSUM; results rows never repaired', async () => {
    const { record } = await parseFile(find('012').source);
    expect(record.cells['table3.naturalPerson.newReceived']).toMatchObject({ value: 20, ambiguity: { resolvedBy: 'T3-COLSUM' } });
    expect(record.cells['table3.total.granted']?.value).toBe(7);
    expect(record.cells['table3.total.resultsTotal']?.value).toBe(21);
    expect(record.meta.textTransforms).toContain('digitRunsSplit');
  });

  it('009: six digits for seven cells → row unreadable, warned, no numbers invented', async () => {
    const { record } = await parseFile(find('009').source);
    expect(record.cells['table3.total.newReceived']?.value).toBeNull();
    expect(record.warnings.some((w) => w.code === 'cell-count' && w.keys?.includes('table3.total.newReceived'))).toBe(true);
  });

  it('002: ambiguous table-2 run keeps only cells every reading agrees on', async () => {
    const { record } = await parseFile(find('002').source);
    const cell = record.cells['table2.licensing.prevYearItems']!;
    expect(cell.value).toBeNull();
    expect(cell.ambiguity?.readings).toBeGreaterThan(1);
    expect(record.warnings.some((w) => w.code === 'ambiguous-split')).toBe(true);
  });

  it('HTML table refs resolve to the cell element', async () => {
    const { record, page } = await parseFile(find('001').source);
    const ref = record.cells['table3.total.newReceived']!.ref!;
    expect(ref.source).toBe('table');
    expect(page.resolveRef(ref)?.textContent?.trim()).toBe('859');
    expect(record.cells['table3.commercialEnterprise.carriedOver']).toMatchObject({ kind: 'blank', value: null });
    expect(record.cells['table2.centralProcurement.amountYuan']).toMatchObject({ value: 251000, unit: '元' });
    expect(record.cells['table2.licensing.prevYearItems']?.value).toBe(0);
  });

  it('text refs point at the block and the digits', async () => {
    const { document } = parseHTML('<html><body><p>三、收到和处理政府信息公开申请情况</p><p>一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5</p></body></html>');
    const { record, page } = await parseDocument(document as unknown as Document);
    const cell = record.cells['table3.total.newReceived']!;
    expect(cell.value).toBe(5);
    expect(cell.ref?.source).toBe('text');
    if (cell.ref?.source === 'text') expect(page.blocks[cell.ref.block]!.text.slice(cell.ref.start, cell.ref.end)).toBe('5');
    expect(page.resolveRef(cell.ref!)?.tagName.toLowerCase()).toBe('p');
  });
});

describe('table 4 on a one-line page (002 with one value set)', () => {
  const HEADING = '四、政府信息公开行政复议、行政诉讼情况';
  const base002 = readFileSync(find('002').source, 'utf8').replace('尚未审结总计000000000000000 五、', '尚未审结总计100011000110000 五、');
  const read = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
  const t4 = (r: { cells: Record<string, { value: number | null }> }) => Object.fromEntries(Object.entries(r.cells).filter(([k]) => k.startsWith('table4.')).map(([k, c]) => [k, c.value]));

  it.each([
    ['a small summary table', '行政复议 行政诉讼 合计 1 1 2 '],
    ['a sentence with 合计', '本年度行政复议和行政诉讼案件合计2件。'],
  ])('%s under the heading does not set the columns\' order (adv58 #9, #10)', async (_what, added) => {
    // its 合计 came first: 结果维持 1 was read as 总计 and 尚未审结, under a note saying the header placed them
    const base = await read(base002);
    expect(t4(base)).toMatchObject({ 'table4.review.upheld': 1, 'table4.review.pending': 0, 'table4.review.total': 1 });
    const r = await read(base002.replace(HEADING + '行政复议', HEADING + added + '行政复议'));
    expect(t4(r)).toEqual(t4(base));
    expect(r.warnings.filter((w) => w.code === 'column-order')).toEqual([]);
  });

  it.each([
    ['（注：行政复议、行政诉讼案件均已审结）五、'],
    ['备注：行政复议、行政诉讼案件均已审结。五、'],
    [' 注:行政复议、行政诉讼案件均已审结。 五、'],
    ['说明：行政复议案件1件，行政诉讼案件1件。五、'],
    // reviewer 63 #4: other openers
    ['附注：行政复议、行政诉讼案件均已审结。五、'],
    ['数据来源：本机关行政复议、行政诉讼台账。五、'],
    ['（截至2019年12月31日）行政复议、行政诉讼案件均已审结。五、'],
    ['。注：行政复议、行政诉讼案件均已审结。五、'],
    ['行政复议、行政诉讼案件均已审结。五、'],
  ])('the data row running on into a note (%s) is read (adv58 #8)', async (after) => {
    // the note's 行政诉讼 was taken for the header's last word: all 15 values blank, read as 0
    const base = await read(base002);
    const r = await read(base002.replace('尚未审结总计100011000110000 五、', `尚未审结总计100011000110000${after}`));
    expect(t4(r)).toEqual(t4(base));
  });

  it('a sentence naming the columns under the heading does not set their order (reviewer 63 #2)', async () => {
    const text = base002.replace('尚未审结总计100011000110000 五、', '尚未审结总计010010001100000 五、');
    const r = await read(text.replace(HEADING + '行政复议', HEADING + '本年度行政复议1件，结果纠正；行政诉讼1件，尚未审结。行政复议'));
    expect(t4(r)).toEqual(t4(await read(text)));
    expect(t4(r)).toMatchObject({ 'table4.review.corrected': 1, 'table4.review.pending': 0, 'table4.litigationDirect.pending': 1 });
  });

  it.each([
    ['ending in a colon', '本机关行政复议、行政诉讼案件均已审结，无尚未审结案件，全部为结果维持，具体如下：'],
    ['with a count after a column word', '本年度行政复议、行政诉讼案件无尚未审结，结果维持1件；行政诉讼2件'],
  ])('a sentence under the heading naming the columns in another order (%s) does not set their order (reviewer 64 #4)', async (_what, sentence) => {
    // its 尚未审结 came before the header's 结果维持: 结果维持 1 was read as 尚未审结 in all three groups, no finding
    const base = await read(base002);
    const r = await read(base002.replace(HEADING + '行政复议', HEADING + sentence + '行政复议'));
    expect(t4(r)).toEqual(t4(base));
    expect(r.warnings.filter((w) => w.code === 'column-order')).toEqual([]);
  });

  it('cell per line: a sentence naming the columns under the heading does not set their order (reviewer 64 #4)', async () => {
    const seed = readFileSync(join(FIXTURES, 'seeds/001_e60c3c3fc476d400.txt'), 'utf8');
    const heading = '四、政府信息公开行政复议、行政诉讼情况\n';
    const r0 = await read(seed);
    const r = await read(seed.replace(heading, heading + '\n本机关行政复议、行政诉讼案件无尚未审结，均为结果维持、结果纠正或其他结果，具体如下：\n'));
    expect(t4(r)).toEqual(t4(r0));
    expect(r.warnings.filter((w) => w.code === 'column-order')).toEqual([]);
  });

  it('a summary above the table with a note is not taken for its data row (reviewer 63 #5)', async () => {
    const text = base002.replace('尚未审结总计100011000110000 五、', '尚未审结总计100011000110000（注：行政复议、行政诉讼案件均已审结）五、');
    const r = await read(text.replace(HEADING + '行政复议', HEADING + '行政复议 行政诉讼 合计 1 1 2（注：详见下表）行政复议'));
    expect(t4(r)).toEqual(t4(await read(base002)));
  });

  it('a date in the note after the row is not taken for the data row (reviewer 64 #3)', async () => {
    for (const note of ['（注：行政复议2019.12.31前受理的案件均已审结）', '（注：行政复议2019-12-31前受理的案件均已审结）']) {
      const r = await read(base002.replace('尚未审结总计100011000110000 五、', `尚未审结总计100011000110000${note}五、`));
      expect(t4(r), note).toEqual(t4(await read(base002)));
    }
  });

  it.each([
    ['a count', '100011000110000 1件行政诉讼案件尚在审理中。五、'],
    ['a year', '100011000110000 2019年度，本机关行政复议案件均已办结。五、'],
    ['a count, the row spaced', '1 0 0 0 1 1 0 0 0 1 1 0 0 0 0 1件行政诉讼案件尚在审理中。五、'],
    ['the unit, then a note', '100011000110000件（注：行政诉讼案件均已审结）五、'],
  ])('text after the row opening with %s does not join the row (reviewer 64 #5)', async (_what, row) => {
    // the count's measure word refused the row, the sentence's 行政诉讼 was taken for the header's end: 15 blanks read as 0
    const r = await read(base002.replace('尚未审结总计100011000110000 五、', `尚未审结总计${row}`));
    expect(t4(r)).toEqual(t4(await read(base002)));
  });

  it('fifteen numbers apart before a measure word: the row with its unit when its groups add up, else unread (reviewer 67 #6, 69 N4)', async () => {
    const consistent = base002.replace('尚未审结总计100011000110000 五、', '尚未审结总计100011000110001 五、');
    const unit = await read(consistent.replace('尚未审结总计100011000110001 五、', '尚未审结总计1 0 0 0 1 1 0 0 0 1 1 0 0 0 1件（注：行政诉讼案件均已审结）五、'));
    expect(t4(unit)).toEqual(t4(await read(consistent)));
    // fourteen values (a blank left out) and the count opening the next sentence: 复议后起诉 总计 had been read as 1
    const count = await read(consistent.replace('尚未审结总计100011000110001 五、', '尚未审结总计1 0 0 0 1 1 0 0 0 1 1 0 0 0 2件行政复议案件尚在办理。五、'));
    for (const [k, v] of Object.entries(t4(count))) expect(v, k).toBeNull();
    expect(count.warnings).toContainEqual(expect.objectContaining({ code: 'unreadable-row' }));
  });

  it('a count glued to the row makes it unread with a note, not a 16-digit row (reviewer 67 #5)', async () => {
    // read as one run of 16 digits for 15 cells: 复议后起诉 总计 1 (printed 0), a false row-sum error
    const r = await read(base002.replace('尚未审结总计100011000110000 五、', '尚未审结总计1000110001100001件行政诉讼案件尚在审理中。五、'));
    for (const [k, c] of Object.entries(r.cells).filter(([k]) => k.startsWith('table4.'))) expect(c, k).toMatchObject({ value: null, kind: 'text' });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'unreadable-row' }));
  });

  it('a row that cannot be told from a count after it is unread with a note, not blank (reviewer 64 #5)', async () => {
    // 14 digits for 15 cells, then a count: no reading of the row; blank cells would be read as 0
    const r = await read(base002.replace('尚未审结总计100011000110000 五、', '尚未审结总计10001100011000 1件行政诉讼案件尚在审理中。五、'));
    for (const [k, c] of Object.entries(r.cells).filter(([k]) => k.startsWith('table4.'))) expect(c, k).toMatchObject({ value: null, kind: 'text' });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'unreadable-row', message: expect.stringContaining('"10001100011000 1"') }));
  });

  it('a 序号 column: its number printed apart is not a value; run together with them, no number is made up (reviewer 64 #8, 67 #4)', async () => {
    // each group adds up: which reading holds the 序号 is told by the sums
    const consistent = base002.replace('尚未审结总计100011000110000 五、', '尚未审结总计100011000110001 五、');
    const indexed = consistent.replace(HEADING + '行政复议', HEADING + '序号行政复议');
    const apart = await read(indexed.replace('尚未审结总计100011000110001 五、', '尚未审结总计1 1 0 0 0 1 1 0 0 0 1 1 0 0 0 1 五、'));
    expect(t4(apart)).toEqual(t4(await read(consistent)));
    // run together with them, one digit a cell: the first is the 序号 (the 16 digits had been split into 15 cells)
    const run = await read(indexed.replace('尚未审结总计100011000110001 五、', '尚未审结总计1100011000110001 五、'));
    expect(t4(run)).toEqual(t4(apart));
    // a row of fifteen under the 序号 header (the 序号 not printed) is read as printed
    expect(t4(await read(indexed))).toEqual(t4(await read(consistent)));
  });

  it.each([
    ['ending the section', ' '],
    ['and a year after it', ' 2018年度本机关无行政复议案件。'],
  ])('a second copy of the table (上年同期) %s is not read for the first (reviewer 67 #7)', async (_what, after) => {
    // the later copy was taken: its row a line of numbers alone up to 五、, or the last run-on row
    const twice = base002.replace('尚未审结总计100011000110000 五、', `尚未审结总计100011000110000 2018年同期情况：行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计201031001200000${after}五、`);
    expect(t4(await read(twice))).toEqual(t4(await read(base002)));
  });

  it('a blank one-line table 4 before a sentence stays blank', async () => {
    const r = await read(base002.replace('尚未审结总计100011000110000 五、', '尚未审结总计 本年度无行政复议、行政诉讼案件。五、'));
    for (const [k, c] of Object.entries(r.cells).filter(([k]) => k.startsWith('table4.'))) expect(c, k).toMatchObject({ value: null, kind: 'blank' });
    expect(r.warnings.filter((w) => w.message.includes('表四'))).toEqual([]);
  });

  it('a count in a sentence before the header is not taken for the data row', async () => {
    const r = await read(base002.replace(HEADING + '行政复议', HEADING + '本年度行政复议 2 例，行政诉讼 1 例。行政复议').replace('尚未审结总计100011000110000 五、', '尚未审结总计100011000110000（注：均已审结）五、'));
    expect(t4(r)).toEqual(t4(await read(base002)));
  });
});

describe('a page footer between rows, - 3 - (reviewer 111 W1: the row before it was left unread as a cell too many)', () => {
  const parseText = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, {})).record;
  const source = () => readFileSync(find('004').source, 'utf8');

  it('004, run together: 一、本年新收 713000074 - 3 - is read by its own relation', async () => {
    const r = await parseText(source().replace('713000074二、', '713000074 - 3 - 二、'));
    const before = await parseText(source());
    expect(r.cells['table3.total.newReceived']?.value).toBe(74);
    expect(Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value]))).toEqual(Object.fromEntries(Object.entries(before.cells).map(([k, c]) => [k, c.value])));
  });

  it.each([['- 3 -'], ['－3－'], ['— 12 —']])('004, rows one a line, the footer %s on a line of its own', async (footer) => {
    const text = source().replace('713000074二、', '7 1 3 0 0 0 74\n' + footer + '\n二、');
    const r = await parseText(text);
    expect(['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'].map((k) => r.cells[`table3.${k}.newReceived`]?.value)).toEqual([7, 1, 3, 0, 0, 0, 74]);
  });

  it.each([
    ['续表 and the header printed again', '续表\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n'],
    ['the header printed again', '申请人情况\n自然人 法人或其他组织 总计\n'],
    ['the running title with its year (audit 142 C04)', '平潭综合实验区2022年度政府信息公开工作年度报告\n申请人情况\n自然人 法人或其他组织 总计\n'],
    ['the running title cut by the next label (C14)', '平潭综合实验区2022年度政府'],
  ])('004, the footer on a line of its own, then %s (audit 139 S08: the footer\'s dashes and number had been read as values)', async (_, after) => {
    const text = source().replace('713000074二、', '7 1 3 0 0 0 74\n- 3 -\n' + after + '二、');
    const r = await parseText(text);
    expect(['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'].map((k) => r.cells[`table3.${k}.newReceived`]?.value)).toEqual([7, 1, 3, 0, 0, 0, 74]);
  });

  it('a row of fewer values than cells before the footer (12 - 3 - in three cells) is not split into digits: unread as before (reviewer 112 P1: 1, 2 and a blank)', () => {
    const s = ' 12 - 3 - ';
    const read = readRowCells(s, 0, s.length, 3);
    expect(read.cells.map((c) => c.value ?? null)).toEqual([null, null, null]);
    expect(read.problem).toBeDefined();
  });

  it('a row whose values are - 3 - (a dash, 3, a dash) is still read as printed', () => {
    const s = ' - 3 - ';
    const read = readRowCells(s, 0, s.length, 3);
    expect(read.cells.map((c) => c.raw)).toEqual(['-', '3', '-']);
    expect(read.problem).toBeUndefined();
  });
});

describe('a row out of order on a page printing a cell a line (reviewer 111 L1: its values were dropped, with no note)', () => {
  it('seed 001 with 二、上年结转 printed before 一、本年新收: both read, with a note', async () => {
    const seed = readFileSync(join(FIXTURES, 'seeds/001_e60c3c3fc476d400.txt'), 'utf8');
    const first = seed.slice(seed.indexOf('一、本年新收'), seed.indexOf('二、上年结转'));
    const second = seed.slice(seed.indexOf('二、上年结转'), seed.indexOf('(一)予以公开', seed.indexOf('二、上年结转')));
    const swapped = seed.replace(first + second, second.replace(/\n0\n/, '\n4\n') + first);
    const r = (await parseDocument(parseHTML(pageHtml(swapped, true)).document as unknown as Document, {})).record;
    expect(r.cells['table3.naturalPerson.newReceived']?.value).toBe(41);
    expect(r.cells['table3.naturalPerson.carriedOver']?.value).toBe(4);
    expect(r.warnings.find((w) => w.code === 'row-order')?.message).toMatch(/上年结转/);
  });
});

describe('a bare page number on a line of its own after a row (audit 140 T18, 142 R23, R25)', () => {
  const parseText = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, {})).record;
  const source = () => readFileSync(find('004').source, 'utf8');
  const cols = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];

  it('71 3 0 0 0 0 74 / 6: the row\'s relation holds for the seven before it, so 6 is the page\'s number, named', async () => {
    const r = await parseText(source().replace('713000074二、', '71\n3\n0\n0\n0\n0\n74\n6\n二、'));
    expect(cols.map((k) => r.cells[`table3.${k}.newReceived`]?.value)).toEqual([71, 3, 0, 0, 0, 0, 74]);
    expect(r.warnings.map((w) => w.message)).toContain('本年新收政府信息公开申请数量: "6" on a line of its own after the row\'s 7 cells is taken for a page number: not read');
  });

  it.each([
    ['its values on one line', '71 3 0 0 0 0 74\n6\n二、'],
    ['the running title after it (audit 142 R25)', '71\n3\n0\n0\n0\n0\n74\n6\n平潭综合实验区2022年度政府信息公开工作年度报告\n二、'],
  ])('the same with %s', async (_, row) => {
    const r = await parseText(source().replace('713000074二、', row));
    expect(cols.map((k) => r.cells[`table3.${k}.newReceived`]?.value)).toEqual([71, 3, 0, 0, 0, 0, 74]);
  });

  it('when the relation does not hold for the seven before it, the row stays unread', async () => {
    const r = await parseText(source().replace('713000074二、', '71\n3\n0\n0\n0\n0\n75\n6\n二、'));
    expect(cols.map((k) => r.cells[`table3.${k}.newReceived`]?.value ?? null)).toEqual([null, null, null, null, null, null, null]);
  });
});
