// Flattened-text pages (the Pingtan source.txt: the whole body one line without cell bars), edited:
// a table or row printed twice, a note after a table. The one-line body holds the template's own
// commas ("(区分处理的,只计这一情形,…)"), which made every real table line read as "prose" (adv49).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { inProseLine } from '../../../src/parse/tables';
import { FIXTURES } from './fixture-loader';

const source = (name: string) => readFileSync(join(FIXTURES, 'real', name, 'source.txt'), 'utf8');
const PT2019 = source('002-pingtan-zone-2019');

async function read(text: string) {
  const { document } = parseHTML(pageHtml(text, true));
  return (await parseDocument(document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
}

/** `text` with `from` replaced once, failing when it is not there (the fixture changed). */
function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('flattened text: copies of tables and rows (adv49 #4)', () => {
  it('a second report after the first: table 3 printed again is said', async () => {
    const second = source('019-pingtan-haitanpianqu-2020').split('\n').slice(9).join('\n');
    const record = await read(`${PT2019}\n${second}`);
    expect(record.warnings.map((w) => w.message)).toContain('table 3 is printed again further on (a second report on this page?): only the first is read');
  });

  it('a row printed twice with other numbers: neither is read, and it is said', async () => {
    const record = await read(edit(PT2019, '（一）予以公开7000007', '（一）予以公开7000007（一）予以公开6000006'));
    expect(record.cells['table3.total.granted']?.value).toBeNull();
    expect(record.warnings.some((w) => w.code === 'repeated-row' && w.message.startsWith('予以公开'))).toBe(true);
  });

  it('without the corner note, a sentence naming 本年新收 is not table 3: the row is read from the table (adv49 #12)', async () => {
    let text = edit(PT2019, '一、总体情况2019年', '一、总体情况 2019年，我区本年新收政府信息公开申请23件。2019年');
    text = edit(text, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '');
    const record = await read(text);
    expect(record.cells['table3.naturalPerson.newReceived']?.value).toBe(23);
    expect(record.cells['table3.total.newReceived']?.value).toBe(23);
  });

  it('a sentence "…申请23件（其中…），上年结转…" is not table 3 either', async () => {
    let text = edit(PT2019, '一、总体情况2019年', '一、总体情况 我区本年新收政府信息公开申请23件（其中网上申请20件），上年结转0件。2019年');
    text = edit(text, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '');
    const record = await read(text);
    expect(record.cells['table3.total.newReceived']?.value).toBe(23);
    expect(record.cells['table3.total.carriedOver']?.value).toBe(0);
  });

  it("a flattened header's column 其他 is no row 3.其他 printed out of order", async () => {
    const record = await read(edit(source('004-pingtan-zone-2022'), '3.其他 0200002', ''));
    expect(record.warnings.filter((w) => w.code === 'row-order')).toEqual([]);
    expect(record.cells['table3.total.otherHandling.other']).toBeUndefined();
  });
});

describe('flattened text: the data row after table 4\'s header (adv49 #5)', () => {
  const T4 = ['table4.review.upheld', 'table4.review.total', 'table4.litigationDirect.upheld', 'table4.litigationAfterReview.upheld'];

  it('a note after the table naming 行政复议、行政诉讼 does not move the row past the table', async () => {
    const record = await read(edit(PT2019, '审结总计000000000000000 五、', '审结总计100011000110000 注:行政复议、行政诉讼案件均已审结。 五、'));
    expect(T4.map((k) => record.cells[k]?.value)).toEqual([1, 1, 1, 1]);
  });

  it('a heading printed "五." and section 六 naming 行政复议、行政诉讼: the row is still the one after the header', async () => {
    let text = edit(PT2019, '审结总计000000000000000 五、', '审结总计100010000000000 五.');
    text = edit(text, '规定。六、其他需要报告的事项 ', '规定。六.其他需要报告的事项本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。 ');
    const record = await read(text);
    expect(T4.map((k) => record.cells[k]?.value)).toEqual([1, 1, 0, 0]);
  });

  it('the row directly followed by a heading "五." (no space) is still read', async () => {
    const text = edit(PT2019, '审结总计000000000000000 五、', '审结总计100010000000000五.');
    const record = await read(edit(text, '规定。六、其他需要报告的事项 ', '规定。六.其他需要报告的事项本年度未发生行政复议、行政诉讼案件。 '));
    expect(record.cells['table4.review.total']?.value).toBe(1);
  });
});

describe('inProseLine on one long line', () => {
  const after = (text: string) => inProseLine(`新收政府信息公开申请${text}`, '新收政府信息公开申请'.length);
  it('a row of the table, whatever the next rows print', () => {
    expect(after('数量230 000023二、上年结转政府信息公开申请数量0000000三、本年度办理结果(一)予以公开7000007(二)部分公开(区分处理的,只计这一情形,不计其他情形)')).toBe(false);
    expect(after('数量 0 1 1 0 2 1 0 (二)部分公开(区分处理的,只计这一情形)')).toBe(false);
  });
  it('a sentence: punctuation before or right after its number, or a count, date or share', () => {
    expect(after('859件，上年结转18件')).toBe(true);
    expect(after('859件（其中网上申请600件），上年结转18件')).toBe(true);
    expect(after('数量为23，其中自然人20')).toBe(true);
    expect(after('2019年度较上年增加')).toBe(true);
    expect(after('同比增长20%，主要是')).toBe(true);
    expect(after('800余件')).toBe(true);
    expect(after('数量较上年有所增长，主要是')).toBe(true);
  });
});
