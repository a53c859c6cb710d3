// The format version comes from the tables' own words: a sentence of the narrative that uses one
// or two words of another format does not outvote them.
import { describe, expect, it } from 'vitest';
import { decideVersion } from '../../../src/parse/version';

const TABLE2_2019 = '第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 0 0 0 第二十条第（五）项 信息内容 上一年项目数量 本年增/减 处理决定数量 其他对外管理服务事项 第二十条第（九）项 采购项目数量 采购总金额';
const TABLE2_2021 = '第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 第二十条第（五）项 本年处理决定数量 第二十条第（八）项 本年收费金额（单位：万元）';
const LEGACY = '政府信息公开情况统计表 指标名称 单位 数量 收费及减免情况';

describe('decideVersion', () => {
  it.each([
    ['本年收费金额为0元，未收取信息处理费。'],
    ['其中申请人逾期不补正的申请4件，按规定不再处理。'],
    ['全年本年处理决定数量为120件，现行有效件数为20件。'],
  ])('a 2019-format report whose narrative says "%s" stays trial2019', (sentence) => {
    // before: rev2021, and FMT-TEMPLATE-MISMATCH, STRUCT-TABLE-SHAPE ×2 and T3-OTHER-SPLIT followed
    const v = decideVersion(`一、总体情况 ${sentence} 二、主动公开政府信息情况 ${TABLE2_2019}`, 2020, null);
    expect(v.version).toBe('trial2019');
  });

  it('a 2021-format report stays rev2021 whatever its narrative quotes from 2019', () => {
    expect(decideVersion(`本年新制作数量和本年新公开数量均为0。 ${TABLE2_2021}`, 2022, true).version).toBe('rev2021');
  });

  it('a pre-2019 report with its 统计表 stays pre2019 when its text quotes a newer format', () => {
    expect(decideVersion(`没有收费及减免，本年收费金额为0。 ${LEGACY}`, 2016, null)).toEqual({ version: 'pre2019', evidence: ['政府信息公开情况统计表', '指标名称', '收费及减免情况'] });
    // was 'unknown': "结转下年度继续办理" is a unified table 3 word
    expect(decideVersion(`无结转下年度继续办理的申请。 ${LEGACY}`, 2016, null).version).toBe('pre2019');
  });

  it('few 2021 words with nothing else still read as rev2021', () => {
    expect(decideVersion('本年收费金额 0', 2022, null)).toEqual({ version: 'rev2021', evidence: ['本年收费金额'] });
  });
});
