import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding';
import { collapseNotAssessable } from '../../../src/checks/collapse';

const na = (scope: string, reason: string): Finding => ({
  rule: 'T3-RESULTS-SUM',
  severity: 'info',
  outcome: 'notAssessable',
  message: { zh: `${scope}：无法核对“（七）总计 = 各结果之和”（${reason}）`, en: `${scope}: not assessable (${reason})` },
  keys: [`table3.${scope}.resultsTotal`],
  cells: [],
  scope,
  note: reason,
  formatVersion: 'rev2021',
});

describe('collapseNotAssessable', () => {
  it('names the reason that ends the message, not a parenthesis inside the rule or scope name', () => {
    const out = collapseNotAssessable([na('自然人', '缺少所需单元格'), na('商业企业', '缺少所需单元格'), na('（七）总计', '缺少所需单元格')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.message.zh).toBe('3处无法核对（自然人、商业企业、（七）总计）：缺少所需单元格');
    expect(out[0]!.keys).toEqual(['table3.自然人.resultsTotal', 'table3.商业企业.resultsTotal', 'table3.（七）总计.resultsTotal']);
  });
  it('gives no reason rather than a wrong one when the message does not end with it', () => {
    const odd = (scope: string): Finding => ({ ...na(scope, 'x'), message: { zh: `${scope}：统计表缺少其组成项，无法核对`, en: '' } });
    const out = collapseNotAssessable([odd('行政复议数量（本年）'), odd('行政诉讼数量（本年）'), odd('行政复议数量（历年累计）')]);
    expect(out[0]!.message.zh).toBe('3处无法核对（行政复议数量（本年）、行政诉讼数量（本年）、行政复议数量（历年累计））');
  });
  it('leaves two or fewer alone', () => {
    const two = [na('自然人', 'a'), na('其他', 'a')];
    expect(collapseNotAssessable(two)).toBe(two);
  });
});
