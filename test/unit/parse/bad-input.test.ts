// Bad input loses nothing: broken spans, odd value spellings and half a report are parsed or
// explained, never a crash and never a silent wrong number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { runChecks } from '../../../src/checks/index';
import { warningText } from '../../../src/model/parser-text';
import { parseDocument } from '../../../src/parse/index';
import { renderPage, reportPage, type Table } from '../../fuzz/report-model';
import { stripPinyin } from '../../../src/text/traditional';
import { FIXTURES } from './fixture-loader';

const URL = 'https://www.example.gov.cn/zfxxgknb/2022/a.htm';

async function parse(html: string) {
  return (await parseDocument(parseHTML(html).document as unknown as Document, { url: URL })).record;
}

/** A 2021-format page whose printed numbers are 1, 2, 3, … in document order. */
function page() {
  const p = reportPage(2022, '某某市某某局', Array.from({ length: 400 }, (_, i) => i + 1));
  const t3 = p.blocks.find((b): b is Table => typeof b !== 'string' && b.rows.length > 20)!;
  return { p, t3 };
}

describe('bad input', () => {
  it('reads table 3 the same when header and group spans are broken', async () => {
    const good = await parse(renderPage(page().p));
    const { p, t3 } = page();
    t3.rows[0]![0]!.colspan = 'abc'; // corner note
    t3.rows[0]![0]!.rowspan = '0';
    t3.rows[1]![1]!.colspan = '-1'; // 法人或其他组织
    t3.rows[5]![0]!.rowspan = '9999'; // 三、本年度办理结果
    const broken = await parse(renderPage(p));
    for (const key of ['table3.total.newReceived', 'table3.naturalPerson.granted', 'table3.otherOrg.notProcessed.petition', 'table3.total.carriedForward']) {
      expect(good.cells[key]?.value, key).toEqual(expect.any(Number));
      expect(broken.cells[key]?.value, key).toBe(good.cells[key]?.value);
    }
  });

  it('reads odd spellings in value cells and says what it could not read', async () => {
    const { p, t3 } = page();
    const row = t3.rows[3]!; // 一、本年新收: label + 7 values
    const printed = ['１２', '1,234', '—', '/', '无', '', '+1882'];
    printed.forEach((text, i) => (row[1 + i]!.text = text));
    t3.rows[4]![1]!.text = '详见附件';
    const r = await parse(renderPage(p));
    const col = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
    expect(col.map((c) => r.cells[`table3.${c}.newReceived`]?.value)).toEqual([12, 1234, null, null, null, null, 1882]);
    expect(col.map((c) => r.cells[`table3.${c}.newReceived`]?.kind)).toEqual(['number', 'number', 'placeholder', 'placeholder', 'placeholder', 'blank', 'number']);
    expect(r.cells['table3.naturalPerson.carriedOver']).toMatchObject({ value: null, kind: 'text', raw: '详见附件' });
  });

  it('a flattened row with a note before its digits is unread and said so, not blank (checks would read blanks as 0)', async () => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量（件）5000005', '二、上年结转政府信息公开申请数量0000000'];
    const html = `<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const r = await parse(html);
    expect(r.cells['table3.total.newReceived']).toMatchObject({ value: null, kind: 'text', raw: '（件）5000005' });
    expect(r.cells['table3.total.carriedOver']).toMatchObject({ value: 0, kind: 'number' });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'unreadable-row', message: '本年新收政府信息公开申请数量: "(件)5000005" does not start with the row\'s values: not read' }));
  });

  it('a unit printed after a flattened row\'s values is not read as a cell', async () => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 5000005 件', '二、上年结转政府信息公开申请数量1000001件', '三、本年度办理结果'];
    const html = `<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const r = await parse(html);
    const col = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
    // before: "件" took the last cell and the run split as 50,0,0,0,0,5 with no warning
    expect(col.map((c) => r.cells[`table3.${c}.newReceived`]?.value)).toEqual([5, 0, 0, 0, 0, 0, 5]);
    expect(col.map((c) => r.cells[`table3.${c}.carriedOver`]?.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(r.warnings.filter((w) => /本年新收|上年结转/.test(w.message))).toEqual([]);
  });

  it('a count printed with a money unit is unread; an amount is read in its column\'s unit', async () => {
    const { p, t3 } = page();
    const row = t3.rows[3]!; // 一、本年新收: label + 7 values
    row[1]!.text = '1.2万'; // a rounded 12000, not 1.2
    row[2]!.text = '12元';
    const r = await parse(renderPage(p));
    expect(r.cells['table3.naturalPerson.newReceived']).toMatchObject({ value: null, kind: 'text', raw: '1.2万' });
    expect(r.cells['table3.naturalPerson.newReceived']?.unit).toBeUndefined();
    expect(r.cells['table3.commercialEnterprise.newReceived']).toMatchObject({ value: null, kind: 'text', raw: '12元' });
    // Shanghai 2019 prints 采购总金额 "251000元"; printed as 25.1万 it is still an amount: 251000 元, unit as printed
    const shanghai = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
    expect(shanghai).toContain('251000元');
    const a = await parse(pageHtml(shanghai.replace('251000元', '25.1万'), false));
    expect(a.cells['table2.centralProcurement.amountYuan']).toMatchObject({ value: 251000, kind: 'number', unit: '万元', raw: '25.1万' });
    // Pingtan 2021 prints 行政事业性收费 0 under 本年收费金额（单位：万元）; printed as 3000元 it is 0.3 万元
    const pingtan = readFileSync(join(FIXTURES, 'real/010-pingtan-scj-2021/source.txt'), 'utf8');
    expect(pingtan).toContain('行政事业性收费0三、');
    const f = await parse(pageHtml(pingtan.replace('行政事业性收费0三、', '行政事业性收费3000元三、'), true));
    expect(f.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: 0.3, kind: 'number', unit: '元', raw: '3000元' });
  });

  it('a magnitude or approximation after a flattened value stays with it, so the cell is unread', async () => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 1万 0 0 0 0 0 1万', '二、上年结转政府信息公开申请数量 12余 0 0 0 0 3 15多', '三、本年度办理结果', '（一）予以公开 50000051%'];
    const html = `<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const r = await parse(html);
    const col = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
    // before: 1, 12, 15 and 5,0,0,0,0,0,51 — the 万, 余, 多 and % were dropped
    expect(col.map((c) => r.cells[`table3.${c}.newReceived`]?.value)).toEqual([null, 0, 0, 0, 0, 0, null]);
    expect(r.cells['table3.total.newReceived']).toMatchObject({ kind: 'text', raw: '1万' });
    expect(col.map((c) => r.cells[`table3.${c}.carriedOver`]?.value)).toEqual([null, 0, 0, 0, 0, 3, null]);
    expect(col.map((c) => r.cells[`table3.${c}.granted`]?.value ?? null)).toEqual([null, null, null, null, null, null, null]);
    expect(r.warnings).toContainEqual(expect.objectContaining({ message: '予以公开: "50000051%" is not 7 numbers: it holds more than digits' }));
  });

  it('whole values printed apart, fewer than the cells, are not split into digits (blank cells were left out)', async () => {
    const col = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
    const read = async (rows: string[]) => {
      const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 0000000', '二、上年结转政府信息公开申请数量 0000000', ...rows, '（二）部分公开 0000000'];
      const r = await parse(`<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
      return { r, granted: col.map((c) => r.cells[`table3.${c}.granted`]?.value ?? null) };
    };
    // before: 2,5,8,1,2,1,1 — seven numbers the page does not print
    const spaced = await read(['三、本年度办理结果', '（一）予以公开 258 12 1 1']);
    expect(spaced.granted).toEqual([null, null, null, null, null, null, null]);
    expect(spaced.r.warnings).toContainEqual(expect.objectContaining({ message: '予以公开: "258 12 1 1" holds 4 values for the 7 cells of the row: blank cells were left out and the text does not say which' }));
    const perLine = await read(['三、本年度办理结果', '（一）予以公开', '258', '12', '1', '1']);
    expect(perLine.granted).toEqual([null, null, null, null, null, null, null]);
    // a run broken anywhere, as Pingtan's pages print them, is still split: "30 0 0 0 03"
    expect((await read(['三、本年度办理结果', '（一）予以公开 30 0 0 0 03'])).granted).toEqual([3, 0, 0, 0, 0, 0, 3]);
    // whole values whose one split satisfies the row's own sum are kept, marked as read by it
    const summed = await read(['三、本年度办理结果', '（一）予以公开 15 0 0 0 0 6']);
    expect(summed.granted).toEqual([1, 5, 0, 0, 0, 0, 6]);
    expect(summed.r.cells['table3.total.granted']?.ambiguity?.resolvedBy).toEqual(expect.any(String));
  });

  it('a row label quoted in the narrative before table 3 does not take the table\'s row', async () => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '一、总体情况', '本年新收政府信息公开申请数量12件，（一）予以公开9件，均已在规定时限内答复。', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 5000005', '二、上年结转政府信息公开申请数量 0000000', '三、本年度办理结果', '（一）予以公开 3000003'];
    const r = await parse(`<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    const col = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
    // before: the first row read the sentence ("expected 7 cells, found 1") and all seven were lost
    expect(col.map((c) => r.cells[`table3.${c}.newReceived`]?.value)).toEqual([5, 0, 0, 0, 0, 0, 5]);
    expect(col.map((c) => r.cells[`table3.${c}.granted`]?.value)).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(r.warnings.filter((w) => w.message.includes('本年新收'))).toEqual([]);
  });

  it('an amount is read in the unit its own header prints, over the template\'s', async () => {
    // Pingtan 2021's header says （单位：万元）; printed as （单位：元） over 3000, it is 0.3 万元 (was stored as 3000 万元)
    const pingtan = readFileSync(join(FIXTURES, 'real/010-pingtan-scj-2021/source.txt'), 'utf8');
    const fee = await parse(pageHtml(pingtan.replace('（单位：万元）行政事业性收费0三、', '（单位：元）行政事业性收费3000三、'), true));
    expect(fee.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: 0.3, unit: '元', raw: '3000' });
    const findings = runChecks(fee).filter((f) => f.rule === 'NUM-UNIT');
    expect(findings.map((f) => f.message.zh)).toEqual(['表格印的单位为元（表头、标题、“单位”说明或单位栏），统一格式为万元：“3000”按元读取并换算']);
    // Shanghai 2019's 采购总金额 with a header unit （万元） over 25.1: 251000 元
    const shanghai = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
    const html = shanghai.replace('<p align="center">采购总金额</p>', '<p align="center">采购总金额（万元）</p>').replace('251000元', '25.1');
    const proc = await parse(pageHtml(html, false));
    expect(proc.cells['table2.centralProcurement.amountYuan']).toMatchObject({ value: 251000, unit: '万元', raw: '25.1' });
    expect(proc.cells['table2.centralProcurement.projects']).toMatchObject({ value: 6 });
    expect(proc.cells['table2.centralProcurement.projects']?.unit).toBeUndefined();
  });

  it.each([
    ['a 单位 line above the table', ['二、主动公开政府信息情况第二十条', '二、主动公开政府信息情况单位：件、元第二十条'], ['（单位：万元）行政事业性收费0三、', '行政事业性收费125000三、']],
    ['the sub-table\'s title', ['第二十条第（八）项信息内容', '第二十条第（八）项（单位：元）信息内容'], ['（单位：万元）行政事业性收费0三、', '行政事业性收费125000三、']],
    // (reviewer 76 C: a unit line naming 金额 or 人民币 was missed after 3683aa3's narrower rule)
    ['a 单位 line naming the amount', ['二、主动公开政府信息情况第二十条', '二、主动公开政府信息情况单位：件，金额：元第二十条'], ['（单位：万元）行政事业性收费0三、', '行政事业性收费125000三、']],
    ['a 单位 line in 人民币', ['二、主动公开政府信息情况第二十条', '二、主动公开政府信息情况单位：人民币元第二十条'], ['（单位：万元）行政事业性收费0三、', '行政事业性收费125000三、']],
    // reviewer 93 P4: on a page printed as one line, 元 then the agency's name (…实验区) is still 元
    ['a 单位 line run into the agency\'s name', ['二、主动公开政府信息情况第二十条', '二、主动公开政府信息情况单位：元平潭综合实验区市场监督管理局第二十条'], ['（单位：万元）行政事业性收费0三、', '行政事业性收费125000三、']],
    ['a 单位 line run into a county\'s name (reviewer 94 S5)', ['二、主动公开政府信息情况第二十条', '二、主动公开政府信息情况单位：元平潭县市场监督管理局第二十条'], ['（单位：万元）行政事业性收费0三、', '行政事业性收费125000三、']],
  ])('an amount\'s unit printed in %s is read, not the template\'s (reviewer 72 #1)', async (_where, [a, b], [c, d]) => {
    // 125000 元 was stored as 125000 万元, silently: only a unit in the 金额 header cell was read
    const pingtan = readFileSync(join(FIXTURES, 'real/010-pingtan-scj-2021/source.txt'), 'utf8');
    const text = pingtan.replace(a!, b!).replace(c!, d!);
    expect(text.split('125000').length).toBe(2);
    const r = await parse(pageHtml(text, true));
    expect(r.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: 12.5, unit: '元', raw: '125000' });
    expect(runChecks(r).filter((f) => f.rule === 'NUM-UNIT').map((f) => f.outcome)).toEqual(['fail']);
  });

  it('an amount\'s unit after the row\'s label is read (reviewer 72 #1)', async () => {
    const shanghai = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
    const html = shanghai.replace('<p>政府集中采购</p>', '<p>政府集中采购（万元）</p>').replace('251000元', '25.1');
    expect(html).not.toBe(shanghai);
    const proc = await parse(pageHtml(html, false));
    expect(proc.cells['table2.centralProcurement.amountYuan']).toMatchObject({ value: 251000, unit: '万元', raw: '25.1' });
    expect(proc.cells['table2.centralProcurement.projects']).toMatchObject({ value: 6 });
  });

  it.each([
    ['another table\'s unit line before table 2\'s heading (reviewer 77 B)', '表1 政务服务办理情况（单位：件，金额：元）办件量 30二、主动公开政府信息情况第二十条'],
    ['a 填报单位 line naming a place with 元 (reviewer 75 C)', '二、主动公开政府信息情况填报单位：广元市某局第二十条'],
    // as the 统计表's unit statements read them (the twin regex had neither guard)
    ['a 制表单位 line naming a place starting with 元', '二、主动公开政府信息情况制表单位：元氏县某局第二十条'],
    ['a 单位 line naming a long place starting with 元', '二、主动公开政府信息情况单位：元江哈尼族彝族傣族自治县某局第二十条'],
  ])('%s sets no unit for table 2\'s amounts', async (_what, before) => {
    const pingtan = readFileSync(join(FIXTURES, 'real/010-pingtan-scj-2021/source.txt'), 'utf8');
    const text = pingtan.replace('二、主动公开政府信息情况第二十条', before).replace('（单位：万元）行政事业性收费0三、', '行政事业性收费12.5三、');
    const r = await parse(pageHtml(text, true));
    expect(r.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: 12.5, raw: '12.5' });
    expect(r.cells['table2.adminFees.amountWanYuan']?.unit).not.toBe('元');
  });

  it('a cell printing its own unit under a 千元 title is read in it (reviewer 75 D)', async () => {
    const pingtan = readFileSync(join(FIXTURES, 'real/010-pingtan-scj-2021/source.txt'), 'utf8');
    const r = await parse(pageHtml(pingtan.replace('（单位：万元）行政事业性收费0三、', '（单位：千元）行政事业性收费12.5万元三、'), true));
    expect(r.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: 12.5, unit: '万元' });
  });

  it.each([['千元', '125'], ['亿元', '0.5']])('an amount printed in %s is not read as 万元, and says why', async (unit, value) => {
    const pingtan = readFileSync(join(FIXTURES, 'real/010-pingtan-scj-2021/source.txt'), 'utf8');
    const r = await parse(pageHtml(pingtan.replace('（单位：万元）行政事业性收费0三、', `（单位：${unit}）行政事业性收费${value}三、`), true));
    expect(r.cells['table2.adminFees.amountWanYuan']).toMatchObject({ value: null, kind: 'text', raw: value });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'unit', message: `表二 行政事业性收费: the amount is printed in ${unit}, which is not converted: not read` }));
  });

  it('a printed 法人或其他组织小计 column is read as orgSubtotal, not as 总计, and checked', async () => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 小计',
      '一、本年新收政府信息公开申请数量 50 3 0 0 1 0 4 54', '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 0 2', '三、本年度办理结果', '（一）予以公开 20 1 0 0 0 0 2 21'];
    const r = await parse(`<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    // before: 8 cells for 7, "extra cells ignored": the 小计 (4) was read as 总计 and T3-COLSUM raised false errors
    expect(r.cells['table3.total.newReceived']?.value).toBe(54);
    expect(r.cells['table3.orgSubtotal.newReceived']?.value).toBe(4);
    expect(r.cells['table3.total.carriedOver']?.value).toBe(2);
    const findings = runChecks(r);
    expect(findings.filter((f) => f.rule === 'T3-COLSUM' && f.outcome === 'fail')).toEqual([]);
    // the printed 小计 2 of 予以公开 is not the sum of its five columns (1): T3-SUBTOTAL says so
    expect(findings.filter((f) => f.rule === 'T3-SUBTOTAL' && f.outcome === 'fail').map((f) => f.keys[0])).toEqual(['table3.orgSubtotal.granted']);
  });

  describe('a 法人或其他组织小计 column printed as a tall cell of the group row (reviewer 72 #3)', () => {
    const rows = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'];
    // the values as the grid stands: 自然人, the five, the 小计, 总计 (or the 小计 before the five)
    const after = [[11, 1, 2, 3, 4, 5, 15, 26], [6, 0, 1, 0, 0, 1, 2, 8]];
    const before = after.map((v) => [v[0], v[6], ...v.slice(1, 6), v[7]]);
    const title = '某某局2022年政府信息公开工作年度报告';
    const expectRead = (r: Awaited<ReturnType<typeof parse>>) => {
      const v = (k: string) => r.cells[`table3.${k}.newReceived`]?.value;
      // before: 商业企业 read 15's neighbour, every column after it one place on, under a note saying the header was followed
      expect([v('naturalPerson'), v('commercialEnterprise'), v('researchInstitution'), v('legalServiceOrg'), v('otherOrg'), v('orgSubtotal'), v('total')]).toEqual([11, 1, 2, 4, 5, 15, 26]);
      expect(runChecks(r).filter((f) => f.outcome === 'fail' && /^T3-(COLSUM|SUBTOTAL)$/.test(f.rule))).toEqual([]);
    };
    it.each([
      ['after the group cell', '法人或其他组织 | 法人或其他组织小计', after],
      ['before the group cell', '法人或其他组织小计 | 法人或其他组织', before],
    ])('in an HTML table, %s', async (_, groupCells, values) => {
      const [g1, g2] = groupCells.split(' | ');
      const cell = (t: string) => (t === '法人或其他组织' ? `<td colspan="5">${t}</td>` : `<td rowspan="2">${t}</td>`);
      const html = `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>三、收到和处理政府信息公开申请情况</p><table>
        <tr><td colspan="2" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="8">申请人情况</td></tr>
        <tr><td rowspan="2">自然人</td>${cell(g1!)}${cell(g2!)}<td rowspan="2">总计</td></tr>
        <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
        ${rows.map((label, i) => `<tr><td colspan="2">${label}</td>${values[i]!.map((n) => `<td>${n}</td>`).join('')}</tr>`).join('')}
        </table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`;
      expectRead(await parse(html));
    });
    it.each([
      ['after the group name, before 总计', '自然人 法人或其他组织 法人或其他组织小计 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他', after],
      ['before the group name', '自然人 法人或其他组织小计 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他', before],
      ['after the group name and a space', '自然人 法人或其他组织 小计 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他', after],
      // reviewer 78 #3: a gloss naming 小计 in the group's cell, the 小计 column first among the five
      ['in a gloss, 小计 first among the five', '自然人 法人或其他组织（含小计） 总计\n小计 商业企业 科研机构 社会公益组织 法律服务机构 其他', before],
      ['in a gloss, 小计 last among the five', '自然人 法人或其他组织（含小计） 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他 小计', after],
      // （小计） alone is the 小计 column's own name, not a gloss (reviewer 79 W1, W2)
      ['as 法人或其他组织（小计）, after the group cell', '自然人 | 法人或其他组织 | 法人或其他组织（小计） | 总计\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他', after],
      ['as 法人或其他组织（小计）, before the group cell', '自然人 | 法人或其他组织（小计） | 法人或其他组织 | 总计\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他', before],
      // a cell （小计） of its own names the column too (reviewer 80 S4)
      ['as a cell （小计） after the five', '自然人 | 法人或其他组织 | 总计\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | （小计）', after],
      ['a header cell a line', ['自然人', '法人或其他组织', '小计', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].join('\n'), after],
    ])('on a text header, %s', async (_, header, values) => {
      const lines = [title, '三、收到和处理政府信息公开申请情况', `申请人情况 ${header.split('\n')[0]}`, ...header.split('\n').slice(1), ...rows.map((label, i) => `${label} ${values[i]!.join(' ')}`), '四、政府信息公开行政复议、行政诉讼情况'];
      expectRead(await parse(`<!doctype html><html><head><title>${title}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`));
    });
  });

  describe('a tall 法人或其他组织小计 cell printed after 总计 (reviewer 78)', () => {
    const rows = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'];
    // 自然人, the five, 总计, 小计
    const values = [[11, 1, 2, 3, 4, 5, 26, 15], [6, 0, 1, 0, 0, 1, 8, 2]];
    const title = '某某局2022年政府信息公开工作年度报告';
    const expectRead = (r: Awaited<ReturnType<typeof parse>>) => {
      const v = (k: string) => r.cells[`table3.${k}.newReceived`]?.value;
      // before: 小计 and 总计 swapped (HTML), or every column moved one place (one line)
      expect([v('naturalPerson'), v('commercialEnterprise'), v('otherOrg'), v('orgSubtotal'), v('total')]).toEqual([11, 1, 5, 15, 26]);
      expect(r.cells['table3.total.carriedOver']?.value).toBe(8);
      expect(runChecks(r).filter((f) => f.outcome === 'fail' && /^T3-(COLSUM|SUBTOTAL)$/.test(f.rule))).toEqual([]);
      expect(r.warnings.find((w) => w.code === 'column-order')?.message).toBe(
        'table 3 prints its 法人或其他组织 columns in the order 商业企业、科研机构、社会公益组织、法律服务机构、其他、总计、小计: values read by the header',
      );
    };
    it('in an HTML table', async () => {
      const html = `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>三、收到和处理政府信息公开申请情况</p><table>
        <tr><td colspan="2" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="8">申请人情况</td></tr>
        <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td><td rowspan="2">法人或其他组织小计</td></tr>
        <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
        ${rows.map((label, i) => `<tr><td colspan="2">${label}</td>${values[i]!.map((n) => `<td>${n}</td>`).join('')}</tr>`).join('')}
        </table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`;
      expectRead(await parse(html));
    });
    const textPage = (header: string, vals: number[][]) => {
      const lines = [title, '三、收到和处理政府信息公开申请情况', `申请人情况 ${header.split('\n')[0]}`, ...header.split('\n').slice(1), ...rows.map((label, i) => `${label} ${vals[i]!.join(' ')}`), '四、政府信息公开行政复议、行政诉讼情况'];
      return `<!doctype html><html><head><title>${title}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    };
    it.each([
      ['on one line', '自然人 法人或其他组织 总计 法人或其他组织小计 商业企业 科研机构 社会公益组织 法律服务机构 其他'],
      ['a header cell a line', ['自然人', '法人或其他组织', '总计', '小计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].join('\n')],
      ['on two lines', '自然人 | 法人或其他组织 | 总计 | 小计\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他'],
    ])('on a text header, %s', async (_, header) => {
      expectRead(await parse(textPage(header, values)));
    });
    it('on one line, a 小计 first among the five still reads so when the rows add up that way', async () => {
      // the same words could be the five's row starting with 小计: the rows' sums tell the two apart
      const first = values.map((v) => [v[0]!, v[7]!, ...v.slice(1, 6), v[6]!]);
      const r = await parse(textPage('自然人 法人或其他组织 总计 小计 商业企业 科研机构 社会公益组织 法律服务机构 其他', first));
      const v = (k: string) => r.cells[`table3.${k}.newReceived`]?.value;
      expect([v('naturalPerson'), v('commercialEnterprise'), v('otherOrg'), v('orgSubtotal'), v('total')]).toEqual([11, 1, 5, 15, 26]);
    });
  });

  it('a group cell 法人或其他组织（小计） over the five, with no 小计 column, is only a gloss (reviewer 80 S1)', async () => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '申请人情况 | 自然人 | 法人或其他组织（小计） | 总计',
      '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他', '一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66', '四、政府信息公开行政复议、行政诉讼情况'];
    const r = await parse(`<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    expect(['naturalPerson', 'commercialEnterprise', 'legalServiceOrg', 'total'].map((k) => r.cells[`table3.${k}.newReceived`]?.value)).toEqual([58, 7, 1, 66]);
    expect(r.cells['table3.orgSubtotal.newReceived']).toBeUndefined();
  });

  it('table 4 columns printed in another order are read by the header, with a note', async () => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 0000000', '二、上年结转政府信息公开申请数量 0000000',
      '四、政府信息公开行政复议、行政诉讼情况', '行政复议 行政诉讼', '总计 结果维持 结果纠正 其他结果 尚未审结 复议后起诉 未经复议直接起诉',
      '总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结', '3 2 1 0 0 0 0 0 0 0 2 1 0 0 1', '五、存在的主要问题及改进情况'];
    const r = await parse(`<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    const v = (k: string) => r.cells[`table4.${k}`]?.value;
    // before: by the template's order review.total read 0, and T4-ROWSUM raised false errors
    expect([v('review.total'), v('review.upheld'), v('review.corrected')]).toEqual([3, 2, 1]);
    expect([v('litigationAfterReview.total'), v('litigationDirect.total'), v('litigationDirect.upheld'), v('litigationDirect.pending')]).toEqual([0, 2, 1, 1]);
    expect(runChecks(r).filter((f) => f.rule === 'T4-ROWSUM' && f.outcome === 'fail')).toEqual([]);
    const w = r.warnings.find((x) => x.code === 'column-order')!;
    expect(warningText(w, 'zh')).toBe('表四各列的印刷顺序与模板不同：按表头读取');
  });

  it('a Traditional page that spells 复议 as 覆議 keeps its table 4', async () => {
    const pingtan = readFileSync(join(FIXTURES, 'real/010-pingtan-scj-2021/source.txt'), 'utf8');
    const simplified = await parse(pageHtml(pingtan, true));
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const traditional = tw(pingtan).replace(/[復複]議/g, '覆議');
    expect(traditional).toContain('覆議');
    const r = await parse(pageHtml(traditional, true));
    // before: 覆议 after conversion matched no label; all 15 table-4 values and section 四 were lost
    const t4 = (rec: typeof r) => Object.entries(rec.cells).filter(([k]) => k.startsWith('table4.')).map(([k, c]) => [k, c.value]);
    expect(t4(r)).toEqual(t4(simplified));
    expect(t4(r)).toHaveLength(15);
    expect(r.meta.sectionsFound).toContain('reviewLitigation');
  });

  it('a page in Taiwan phrasing (資訊, 規範性檔案, 釋出日期) reads as its simplified original', async () => {
    // 046 and 015 (the 统计表: 檔案數, 其他型別答覆數) and 012 (table 2's 上一年專案數量) since helper-38's review
    for (const [file, isText] of [['real/010-pingtan-scj-2021/source.txt', true], ['real/001-shanghai-bgt-2019/source.html', false], ['real/046-pingtan-scj-2016/source.txt', true], ['real/015-pingtan-zone-2017/source.txt', true], ['real/012-pingtan-zone-2020/source.txt', true]] as const) {
      const source = readFileSync(join(FIXTURES, file), 'utf8');
      const simplified = await parse(pageHtml(source, isText));
      const twp = OpenCC.Converter({ from: 'cn', to: 'twp' })(source);
      expect(twp).toContain('資訊');
      const r = await parse(pageHtml(twp, isText));
      // before: tables 2 and 3 (labels with 信息 / 规范性文件) and sections 二 and 三 were lost
      const values = (rec: typeof r) => Object.entries(rec.cells).map(([k, c]) => [k, c.value]);
      expect(values(r)).toEqual(values(simplified));
      expect(r.meta.sectionsFound).toEqual(simplified.meta.sectionsFound);
      expect(r.meta.publishedOn).toBe(simplified.meta.publishedOn);
      expect(runChecks(r).map((f) => f.rule)).toEqual(runChecks(simplified).map((f) => f.rule));
    }
  });

  it('table 2 columns printed in another order are read by the header, with a note', async () => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容 现行有效件数 本年制发件数 本年废止件数', '规章 0 0 0', '行政规范性文件 20 5 1',
      '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 7', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 0000000'];
    const r = await parse(`<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    // before: issued 20, repealed 5, inForce 1 (the template's order), and a false T2-INFORCE-FLOOR
    const v = (k: string) => r.cells[`table2.normativeDocs.${k}`]?.value;
    expect([v('issued'), v('repealed'), v('inForce')]).toEqual([5, 1, 20]);
    expect(r.cells['table2.licensing.decisions']?.value).toBe(7);
    const w = r.warnings.find((x) => x.code === 'column-order' && x.message.includes('行政规范性文件'))!;
    expect(warningText(w, 'zh')).toBe('表二 行政规范性文件：各列的印刷顺序与模板不同，按表头读取');
    expect(runChecks(r).filter((f) => f.rule === 'T2-INFORCE-FLOOR' && f.outcome === 'fail')).toEqual([]);
  });

  it('a second table 3 on the page (a second report) is not read, and a warning says so', async () => {
    const report = (n: number) => ['三、收到和处理政府信息公开申请情况', `一、本年新收政府信息公开申请数量 ${n}00000${n}`, '二、上年结转政府信息公开申请数量 0000000', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'];
    const lines = ['某某局2022年政府信息公开工作年度报告', ...report(5), '某某局2021年政府信息公开工作年度报告', ...report(3)];
    const r = await parse(`<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    expect(r.cells['table3.total.newReceived']?.value).toBe(5);
    const w = r.warnings.find((x) => x.code === 'repeated-table');
    expect(w?.message).toBe('table 3 is printed again further on (a second report on this page?): only the first is read');
    expect(warningText(w!, 'zh')).toBe('表三在页面后面又出现一次（页面上可能有第二份报告），只读取了第一个');
    // one report whose closing narrative quotes the row is not a second table
    const quoted = await parse(`<!doctype html><html><head><title>${lines[0]}</title></head><body>${[...lines.slice(0, 6), '本年新收政府信息公开申请数量5件。'].map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    expect(quoted.warnings.filter((x) => x.code === 'repeated-table')).toEqual([]);
  });

  it('keeps what half a report prints and invents nothing for the rest', async () => {
    const html = renderPage(page().p);
    const cut = html.slice(0, html.indexOf('（三）不予公开')); // page ends inside table 3
    const r = await parse(cut);
    expect(r.meta.reportYear).toBe(2022);
    expect(r.cells['table3.total.newReceived']?.value).toEqual(expect.any(Number));
    expect(r.cells['table3.total.resultsTotal']?.value ?? null).toBeNull();
    expect(r.cells['table4.review.total']?.value ?? null).toBeNull();
  });

  it('reads a U+2212 minus like a hyphen minus (本年增/减 printed from an equation editor)', async () => {
    const shanghai = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
    const licensingRow = '<p>行政许可</p></td><td colspan="2" nowrap="nowrap" style="width:150px;"><p align="center">0</p></td><td nowrap="nowrap" style="width:101px;"><p align="center">0</p>';
    expect(shanghai).toContain(licensingRow);
    const minus = licensingRow.replace(/0<\/p><\/td><td nowrap="nowrap" style="width:101px;"><p align="center">0<\/p>$/, '5</p></td><td nowrap="nowrap" style="width:101px;"><p align="center">\u22122</p>');
    const r = await parse(pageHtml(shanghai.replace(licensingRow, minus), false));
    expect(r.cells['table2.licensing.prevYearItems']).toMatchObject({ value: 5, kind: 'number' });
    expect(r.cells['table2.licensing.yearChange']).toMatchObject({ value: -2, kind: 'number', raw: '\u22122' });
    // a flattened row: the minus stays with its digits
    const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 \u22121 0 0 0 0 0 \u22121'];
    const f = await parse(`<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    expect(f.cells['table3.naturalPerson.newReceived']?.value).toBe(-1);
  });

  it('reads table 4 by its own header when table 3 is not found, and says table 3 is missing', async () => {
    const good = await parse(renderPage(page().p));
    const t4Keys = Object.keys(good.cells).filter((k) => k.startsWith('table4.'));
    expect(t4Keys).toHaveLength(15);
    // table 3's labels in words the parser does not know (资讯 for 信息): table 3 is not read …
    const { p, t3 } = page();
    for (const row of t3.rows) for (const c of row) c.text = c.text.replace(/信息/g, '资讯').replace('本列数据', '本列资料');
    const unknown = await parse(renderPage(p));
    // … or table 3 is an image
    const { p: p2, t3: t3b } = page();
    p2.blocks[p2.blocks.indexOf(t3b)] = '（表三见下图）';
    const image = await parse(renderPage(p2));
    for (const r of [unknown, image]) {
      expect(Object.keys(r.cells).filter((k) => k.startsWith('table3.'))).toEqual([]);
      // table 4's values are its own, not shifted by table 3's "(七)总计" read as its first column
      for (const k of t4Keys) expect(r.cells[k]?.value, k).toBe(good.cells[k]?.value);
      expect(r.warnings.map((w) => w.code)).not.toContain('column-order');
      const rules = runChecks(r).map((f) => f.rule);
      expect(rules).toContain('STRUCT-TABLE-MISSING');
      // the page's numbers are 1, 2, 3 …: T4-ROWSUM fails as it does on the whole page, no more
      // (and SEC5-EMPTY says 11 characters, as on the whole page: sections 五 and 六 are not table text)
      const same = (f: { rule: string }) => f.rule.startsWith('T4-') || f.rule.startsWith('SEC5');
      expect(runChecks(r).filter(same).map((f) => f.message)).toEqual(runChecks(good).filter(same).map((f) => f.message));
      expect(r.sections.problems?.text).toBe('一是公开质量有待提高。');
      expect(r.sections.applications?.hasTable).toBe(false);
    }
  });

  it('zhuyin glosses after characters, 申(ㄕㄣ)请(ㄑㄧㄥˇ), are taken out like pinyin ones, so the sentence still reads', async () => {
    const shanghai = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
    const sentence = '受理政府信息公开申请859件';
    expect(shanghai).toContain(sentence);
    const glossed = shanghai.replace(sentence, '受(ㄕㄡˋ)理政府信息公开申(ㄕㄣ)请(ㄑㄧㄥˇ)859件');
    const plain = await parse(pageHtml(shanghai, false));
    const r = await parse(pageHtml(glossed, false));
    const topics = (rec: typeof r) => rec.narrative.map((n) => [n.topic, n.value]);
    // before: the sentence matched no phrase and 受理…859件 was silently not read
    expect(topics(r)).toEqual(topics(plain));
    expect(r.narrative.find((n) => n.topic === 'applicationsReceived')?.value).toBe(859);
    expect(r.meta.textTransforms).toContain('pinyinStripped');
    // a tone mark alone, or zhuyin mixed with letters, is not a gloss
    expect(stripPinyin('鎮(ˊ)鎮(aㄕ)申(ㄕㄣ)').text).toBe('鎮(ˊ)鎮(aㄕ)申');
  });

  it('a row printed twice with other numbers is read from neither copy, and said so; the same numbers twice read once', async () => {
    // a table-3 row pasted again under itself, in an HTML table (label + 7 values)
    const { p, t3 } = page();
    const at = t3.rows.findIndex((r) => r.some((c) => c.text.startsWith('（二）部分公开')));
    const copy = t3.rows[at]!.map((c) => ({ ...c, text: /^\d+$/.test(c.text) ? String(Number(c.text) + 1000) : c.text }));
    t3.rows.splice(at + 1, 0, copy);
    const r = await parse(renderPage(p));
    // before: the first copy's numbers were kept, silently
    for (const col of ['naturalPerson', 'total']) expect(r.cells[`table3.${col}.partiallyGranted`]).toMatchObject({ value: null, kind: 'text' });
    const w = r.warnings.find((x) => x.code === 'repeated-row')!;
    expect(w.message).toMatch(/^部分公开: printed twice with other numbers \(\[\d+(, \d+){6}\] and \[1\d{3}(, 1\d{3}){6}\]\): neither is read$/);
    expect(warningText(w, 'zh')).toMatch(/^部分公开：该行印了两次，数值不同（.* 与 .*），两行均未读$/);
    expect(runChecks(r).filter((f) => f.rule === 'CELL-NONNUMERIC').map((f) => f.keys.length)).toEqual([7]);
    // flattened, in table 2: the same row twice with the same numbers is simply read
    const lines = (second: string) => ['某某局2022年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 0 0 0', '行政规范性文件 5 1 20', `行政规范性文件 ${second}`, '第二十条第（五）项'];
    const html = (second: string) => `<!doctype html><html><head><title>x</title></head><body>${lines(second).map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const same = await parse(html('5 1 20'));
    expect([same.cells['table2.normativeDocs.issued']?.value, same.cells['table2.normativeDocs.inForce']?.value]).toEqual([5, 20]);
    expect(same.warnings.map((x) => x.code)).not.toContain('repeated-row');
    const other = await parse(html('6 1 21'));
    expect(other.cells['table2.normativeDocs.issued']).toMatchObject({ value: null, kind: 'text', raw: '5' });
    expect(other.warnings.map((x) => x.code)).toContain('repeated-row');
  });
});
