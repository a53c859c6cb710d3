// Table 3 printed as a spreadsheet exports it: each row repeats its group labels (三、本年度办理结果 |
// （六）其他处理 | 3.其他 | …). The 其他 of （六）其他处理 had been read as the 3.其他 row, blank, and the row
// then lost as printed twice with other numbers (reviewer 113 K28).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';

const HEAD = ['某市某区某局2024年政府信息公开工作年度报告', '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。', '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |', '自然人 | 法人或其他组织 | 总计 |', '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |'];
const row = (label: string, v: number[]) => `${label} | ${v.join(' | ')} |`;
const zero = [0, 0, 0, 0, 0, 0, 0];

async function table3(otherLabel: string) {
  const R = '三、本年度办理结果 | ';
  const lines = [...HEAD,
    row('一、本年新收政府信息公开申请数量', [5, 0, 0, 1, 0, 0, 6]), row('二、上年结转政府信息公开申请数量', zero),
    row(`${R}（一）予以公开`, [4, 0, 0, 0, 0, 0, 4]), row(`${R}（二）部分公开（区分处理的，只计这一情形，不计其他情形）`, zero),
    ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => row(`${R}（三）不予公开 | ${l}`, zero)),
    ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((l) => row(`${R}（四）无法提供 | ${l}`, zero)),
    ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l) => row(`${R}（五）不予处理 | ${l}`, zero)),
    row(`${R}（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请`, zero),
    row(`${R}（六）其他处理 | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`, zero),
    row(`${R}（六）其他处理 | ${otherLabel}`, [1, 0, 0, 1, 0, 0, 2]),
    row(`${R}（七）总计`, [5, 0, 0, 1, 0, 0, 6]), row('四、结转下年度继续办理', zero), '四、政府信息公开行政复议、行政诉讼情况'];
  const { record } = await parseDocument(parseHTML(pageHtml(lines.join('\n'), true)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' });
  return record;
}

describe('table 3 repeating its group labels on every row (reviewer 113 K28)', () => {
  it.each(['3.其他', '3.其他处理'])('the row %s under （六）其他处理 is read', async (label) => {
    const r = await table3(label);
    expect(['naturalPerson', 'publicInterestOrg', 'total'].map((c) => r.cells[`table3.${c}.otherHandling.other`]?.value)).toEqual([1, 1, 2]);
    expect(r.warnings.filter((w) => w.code === 'repeated-row')).toEqual([]);
  });
});

// A PDF copy printing the group label between a row's label lines (`4.无正当理由大量` / `（五）不予处理` / `反复申请 …`):
// that row's label is not found, and the row before it had read its numbering as an eighth value, unread with a note
// blaming a row printed right (audit 144 L06, 145 L05).
describe('a numbered label the reader does not find ends the row before it', () => {
  const zeros = '0 0 0 0 0 0 0';
  const page = (excessive: string[]) => ['某县某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人 法人或其他组织 总计', '商业企业 科研机构 社会公益组织 法律服务机构 其他',
    '一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4', `二、上年结转政府信息公开申请数量 ${zeros}`, '三、本年度办理结果', '（一）予以公开 3 0 0 0 0 0 3',
    `（二）部分公开（区分处理的，只计这一情形，不计其他情形） ${zeros}`, '（三）不予公开',
    ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => `${l} ${zeros}`),
    '（四）无法提供', ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((l) => `${l} ${zeros}`),
    '（五）不予处理', `1.信访举报投诉类申请 ${zeros}`, `2.重复申请 ${zeros}`, `3.要求提供公开出版物 ${zeros}`, ...excessive,
    `5.要求行政机关确认或重新出具已获取信息 ${zeros}`, '（六）其他处理', `1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 ${zeros}`,
    `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ${zeros}`, `3.其他 ${zeros}`, '（七）总计 4 0 0 0 0 0 4', `四、结转下年度继续办理 ${zeros}`,
    '四、政府信息公开行政复议、行政诉讼情况'].join('\n');
  const read = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
  const cols = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];

  it('the row printed right before it is read, with no note blaming it', async () => {
    const r = await read(page(['4.无正当理由大量', '（五）不予处理', '反复申请 1 0 0 0 0 0 1']));
    expect(cols.map((c) => r.cells[`table3.${c}.notProcessed.publication`]?.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.warnings.filter((w) => w.message.includes('要求提供公开出版物'))).toEqual([]);
    // the broken row itself is not read with another row's values: read right, or left out (named by STRUCT-TABLE-SHAPE)
    const excessive = cols.map((c) => r.cells[`table3.${c}.notProcessed.excessive`]?.value);
    expect([JSON.stringify([1, 0, 0, 0, 0, 0, 1]), JSON.stringify(cols.map(() => undefined))]).toContain(JSON.stringify(excessive));
  });

  it('a row printed whole after it is read as before', async () => {
    const r = await read(page([`4.无正当理由大量反复申请 1 0 0 0 0 0 1`]));
    expect(cols.map((c) => r.cells[`table3.${c}.notProcessed.excessive`]?.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(cols.map((c) => r.cells[`table3.${c}.notProcessed.publication`]?.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

// A PDF-to-HTML copy breaking a label cell over two table rows: the label's first words over empty cells, its last
// words over the values. The values had been stored blank, read as 0, and T3-RESULTS-SUM blamed the filer (audit 148 Y02).
describe('a table-3 label broken over two table rows', () => {
  const tr = (cells: Array<string | number>) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const zero = [0, 0, 0, 0, 0, 0, 0];
  const page = (brokenRow: string[]) => `<!doctype html><html><head><title>某区某局2023年政府信息公开工作年度报告</title></head><body>
    <h1>某区某局2023年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p><table>
    ${tr(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'])}${tr(['自然人', '法人或其他组织', '总计'])}
    ${tr(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])}
    ${tr(['一、本年新收政府信息公开申请数量', 3, 1, 0, 0, 0, 0, 4])}${tr(['二、上年结转政府信息公开申请数量', ...zero])}
    ${tr(['三、本年度办理结果', '（一）予以公开', 2, 0, 0, 0, 0, 0, 2])}${tr(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...zero])}
    ${['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l, i) => tr([...(i ? [] : ['（三）不予公开']), l, ...zero])).join('')}
    ${['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((l, i) => tr([...(i ? [] : ['（四）无法提供']), l, ...zero])).join('')}
    ${['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l, i) => tr([...(i ? [] : ['（五）不予处理']), l, ...zero])).join('')}
    ${brokenRow.join('')}
    ${tr(['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...zero])}${tr(['3.其他', ...zero])}
    ${tr(['（七）总计', 3, 1, 0, 0, 0, 0, 4])}${tr(['四、结转下年度继续办理', ...zero])}</table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`;
  const read = async (html: string) => (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
  const noCorrection = (r: Awaited<ReturnType<typeof read>>) => ['naturalPerson', 'commercialEnterprise', 'total'].map((c) => r.cells[`table3.${c}.otherHandling.noCorrection`]?.value);

  it('reads the values beside the label\'s last words', async () => {
    const r = await read(page([tr(['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理', '', '', '', '', '', '', '']), tr(['其政府信息公开申请', 1, 1, 0, 0, 0, 0, 2])]));
    expect(noCorrection(r)).toEqual([1, 1, 2]);
  });

  it('not a 其中 row\'s values under a row printed blank', async () => {
    const r = await read(page([tr(['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '', '', '', '', '', '', '']), tr(['其中：逾期不补正', 1, 1, 0, 0, 0, 0, 2])]));
    expect(noCorrection(r)).toEqual([null, null, null]);
  });
});

// One row printed after the rows that follow it in the template: the note names that row, not every row after its
// place, which the in-order search passed over (audit 148 B19).
describe('the row-order note names the row moved', () => {
  it('one row moved down', async () => {
    const R = '三、本年度办理结果 | ';
    const labels = ['1.信访举报投诉类申请', '2.重复申请', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'];
    const lines = [...HEAD, row('一、本年新收政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]), row('二、上年结转政府信息公开申请数量', zero),
      row(`${R}（一）予以公开`, [1, 0, 0, 0, 0, 0, 1]), row(`${R}（二）部分公开（区分处理的，只计这一情形，不计其他情形）`, zero),
      ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => row(`${R}（三）不予公开 | ${l}`, zero)),
      ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((l) => row(`${R}（四）无法提供 | ${l}`, zero)),
      ...labels.map((l) => row(`${R}（五）不予处理 | ${l}`, zero)),
      row(`${R}（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请`, zero),
      row(`${R}（六）其他处理 | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`, zero), row(`${R}（六）其他处理 | 3.其他`, zero),
      row(`${R}（五）不予处理 | 3.要求提供公开出版物`, [0, 0, 0, 0, 0, 0, 0]),
      row(`${R}（七）总计`, [1, 0, 0, 0, 0, 0, 1]), row('四、结转下年度继续办理', zero), '四、政府信息公开行政复议、行政诉讼情况'];
    const { record } = await parseDocument(parseHTML(pageHtml(lines.join('\n'), true)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' });
    expect(record.warnings.filter((w) => w.code === 'row-order').map((w) => w.message)).toEqual(["table 3 prints rows out of the template's order (要求提供公开出版物): read by their labels"]);
  });
});
