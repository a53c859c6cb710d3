// A PDF copy printing a two-line label cell beside its one-line values: the values on the label's first
// line (`一、本年新收政府信息公开 23 2 0 0 0 1 26` / `申请数量`) or on a line of their own between its lines. The
// row was not found and its cells were lost, named only by STRUCT-TABLE-SHAPE (audit 142 R14, R16–R18, R20).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';

const URL = 'https://www.example.gov.cn/zfxxgknb/2024/a.htm';

/** rows of a 2021 table 3 as a text copy, by their printed label; `edit` replaces one row's line(s) */
const T3_ROWS = [
  '一、本年新收政府信息公开申请数量 23 2 0 0 0 1 26',
  '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2',
  '三、本年度办理结果',
  '（一）予以公开 8 1 0 0 0 0 9',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 0',
  '（三）不予公开',
  '1.属于国家秘密 0 0 0 0 0 0 0',
  '2.其他法律行政法规禁止公开 0 0 0 0 0 0 0',
  '3.危及“三安全一稳定” 0 0 0 0 0 0 0',
  '4.保护第三方合法权益 0 0 0 0 0 0 0',
  '5.属于三类内部事务信息 0 0 0 0 0 0 0',
  '6.属于四类过程性信息 0 0 0 0 0 0 0',
  '7.属于行政执法案卷 0 0 0 0 0 0 0',
  '8.属于行政查询事项 0 0 0 0 0 0 0',
  '（四）无法提供',
  '1.本机关不掌握相关政府信息 10 1 0 0 0 1 12',
  '2.没有现成信息需要另行制作 0 0 0 0 0 0 0',
  '3.补正后申请内容仍不明确 0 0 0 0 0 0 0',
  '（五）不予处理',
  '1.信访举报投诉类申请 0 0 0 0 0 0 0',
  '2.重复申请 2 0 0 0 0 0 2',
  '3.要求提供公开出版物 0 0 0 0 0 0 0',
  '4.无正当理由大量反复申请 0 0 0 0 0 0 0',
  '5.要求行政机关确认或重新出具已获取信息 1 0 0 0 0 0 1',
  '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0',
  '3.其他 0 0 0 0 0 0 0',
  '（七）总计 22 2 0 0 0 1 25',
  '四、结转下年度继续办理 3 0 0 0 0 0 3',
];

function page(edit: Record<string, string> = {}): string {
  const rows = T3_ROWS.map((r) => edit[r] ?? r);
  return [
    '某某县某某局2023年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '申请人情况',
    '自然人 法人或其他组织 总计',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
    ...rows,
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');
}

async function cells(text: string, prefix: string) {
  const { record } = await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: URL });
  return { values: Object.entries(record.cells).filter(([k]) => k.startsWith(prefix)).map(([, c]) => c.value), record };
}

describe('a row label printed around its values', () => {
  it.each([
    ['the values on the first of two lines', '一、本年新收政府信息公开申请数量 23 2 0 0 0 1 26', '一、本年新收政府信息公开 23 2 0 0 0 1 26\n申请数量', 'newReceived', [23, 2, 0, 0, 0, 1, 26]],
    ['the values on the first of three lines', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1', '1.申请人无正当理由逾期 1 0 0 0 0 0 1\n不补正、行政机关不再处理\n其政府信息公开申请', 'otherHandling.noCorrection', [1, 0, 0, 0, 0, 0, 1]],
    ['the values on a line of their own', '1.本机关不掌握相关政府信息 10 1 0 0 0 1 12', '1.本机关不掌握相关政府\n10 1 0 0 0 1 12\n信息', 'unavailable.notHeld', [10, 1, 0, 0, 0, 1, 12]],
    ['a page number between the label\'s lines, the values after its last words (audit 143 L08: 5 had been taken for them)', '1.本机关不掌握相关政府信息 10 1 0 0 0 1 12', '1.本机关不掌握相关政府\n5\n信息 10 1 0 0 0 1 12', 'unavailable.notHeld', [10, 1, 0, 0, 0, 1, 12]],
    ['the values on the first line, a page number after them (audit 144 L02)', '一、本年新收政府信息公开申请数量 23 2 0 0 0 1 26', '一、本年新收政府信息公开 23 2 0 0 0 1 26\n6\n申请数量', 'newReceived', [23, 2, 0, 0, 0, 1, 26]],
    ['the values on the first line, a footer after them (audit 145 L11)', '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2', '二、上年结转政府信息 2 0 0 0 0 0 2\n— 3 —\n公开申请数量', 'carriedOver', [2, 0, 0, 0, 0, 0, 2]],
    ['a row after which the next row is numbered', '5.要求行政机关确认或重新出具已获取信息 1 0 0 0 0 0 1', '5.要求行政机关确认或重新 1 0 0 0 0 0 1\n出具已获取信息', 'notProcessed.confirmOrReissue', [1, 0, 0, 0, 0, 0, 1]],
  ])('%s: read (the row had been lost)', async (_, row, printed, key, expected) => {
    const { values, record } = await cells(page({ [row]: printed }), 'table3.');
    expect(values.length).toBe((await cells(page(), 'table3.')).values.length);
    expect(Object.entries(record.cells).filter(([k]) => k.endsWith(`.${key}`) && !k.startsWith('table3.orgSubtotal')).map(([, c]) => c.value)).toEqual(expected);
    // the row before keeps its own values (a swallowed `5.` had left 无正当理由大量反复申请 unread)
    expect(record.warnings.map((w) => w.code)).toEqual([]);
  });

  it('table 2: `其他对外管理服务 12 -2 140` / `事项` is read', async () => {
    const text = [
      '某某县某某局2019年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容 本年新制作数量 本年新公开数量 对外公开总数量',
      '规章 0 0 0',
      '规范性文件 3 3 41',
      '第二十条第（五）项',
      '信息内容 上一年项目数量 本年增/减 处理决定数量',
      '行政许可 46 2 1280',
      '其他对外管理服务 12 -2 140',
      '事项',
      '第二十条第（六）项',
      '信息内容 上一年项目数量 本年增/减 处理决定数量',
      '行政处罚 118 -3 94',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    expect((await cells(text, 'table2.otherServices.')).values).toEqual([12, -2, 140]);
  });

  it.each([
    ['a line that is not the label\'s end under the values', '二、上年结转政府信息公开 2 0 0 0 0 0 2\n情况说明'],
    ['a row left out', ''],
  ])('%s: the row stays missing, and the rows around it keep their values', async (_, printed) => {
    const { record } = await cells(page({ '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2': printed }), 'table3.');
    expect(record.cells['table3.total.carriedOver']).toBeUndefined();
    expect(record.cells['table3.total.newReceived']?.value).toBe(26);
    expect(record.cells['table3.total.granted']?.value).toBe(9);
  });
});
