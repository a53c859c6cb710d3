// The five seeds, with the values the spec's examples give for them.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index';
import { flatValues } from '../../../src/model/record';
import { FIXTURES, parseFile } from './fixture-loader';

const seed = (n: string) => `${FIXTURES}/seeds/${n}`;

describe('seed pages', () => {
  it('001: 2019-format tables flattened one cell per line, label variants, appendix', async () => {
    const { record } = await parseFile(seed('001_e60c3c3fc476d400.txt'));
    const v = flatValues(record);
    expect(record.meta.formatVersion).toBe('trial2019');
    expect(record.meta.reportYear).toBe(2020);
    expect(record.meta.publishedOn).toBe('2021-01-29');
    const np = ['newReceived', 'carriedOver', 'granted', 'partiallyGranted'].map((r) => v[`table3.naturalPerson.${r}`]);
    expect(np).toEqual([41, 0, 18, 4]);
    expect(v['table3.naturalPerson.resultsTotal']).toBe(40);
    expect(v['table3.naturalPerson.carriedForward']).toBe(1);
    expect([v['table2.licensing.prevYearItems'], v['table2.licensing.yearChange'], v['table2.licensing.decisions']]).toEqual([2471, 1882, 5297]);
    expect(v['table2.otherServices.yearChange']).toBe(-58);
    // printed "2290.54万元" in the 采购总金额 column, whose unit is 元: the value is in 元, the printed unit kept
    expect(record.cells['table2.centralProcurement.amountYuan']).toMatchObject({ value: 22905400, unit: '万元', raw: '2290.54万元' });
    expect(record.cells['table3.naturalPerson.denied.enforcementFile']?.labelVariant).toEqual({ printed: '属于行政执法案件', canonical: '属于行政执法案卷' });
    expect(record.cells['table3.naturalPerson.denied.subtotal']).toMatchObject({ value: 1, derived: true });
    expect(Object.keys(v).filter((k) => k.startsWith('table4.'))).toHaveLength(15);
    expect(v['legacyStats.proactive.total']).toBe(9920);
    expect(v['legacyStats.channels.website']).toBe(8817);
    expect(record.narrative.find((n) => n.topic === 'applicationsReceived')?.value).toBe(41);
  });

  it('004: pre-2019 appendix with blank cells and unit-only rows', async () => {
    const { record } = await parseFile(seed('004_d1d7de2a8028c392.txt'));
    expect(record.meta.formatVersion).toBe('pre2019');
    expect(record.cells['legacyStats.proactive.total']?.value).toBe(463);
    expect(record.cells['legacyStats.channels.website']?.value).toBe(282);
    expect(record.cells['legacyStats.channels.gazette']).toMatchObject({ value: null, kind: 'blank' });
    expect(record.cells['legacyStats.org.staffPartTime']?.value).toBe(2);
    expect(record.cells['legacyStats.requestFeesWanYuan']).toMatchObject({ value: null, kind: 'blank', unit: '万元' });
    // the appendix's 填报日期 (checks.md's own PUB-EARLY example): before, it was never read and the rule could not fire
    expect(record.cells['legacyStats.filledOn']).toMatchObject({ value: null, raw: '2018.12.28' });
    const findings = runChecks(record);
    expect(findings.filter((f) => f.rule === 'PUB-EARLY').map((f) => [f.severity, f.message.zh])).toEqual([['info', '统计表填报日期2018-12-28早于2018年度结束']]);
    expect(findings.filter((f) => f.rule === 'CELL-NONNUMERIC' && f.keys.includes('legacyStats.filledOn'))).toEqual([]);
  });

  it('003: Traditional + pinyin converted, headings without tables', async () => {
    const { record } = await parseFile(seed('003_d08ad58329de4230.txt'));
    expect(record.meta.textTransforms).toEqual(expect.arrayContaining(['traditionalToSimplified', 'pinyinStripped']));
    expect(record.meta.title).toContain('舟曲县果耶镇2023年政府信息公开工作年度报告');
    expect(record.meta.reportYear).toBe(2023);
    expect(record.meta.agencyKind).toBe('township');
    expect(Object.keys(record.cells)).toHaveLength(0);
    for (const k of ['activeDisclosure', 'applications', 'reviewLitigation'] as const) expect(record.sections[k]?.hasTable).toBe(false);
  });

  it('000: period cut-off recorded', async () => {
    const { record } = await parseFile(seed('000_896d689a11a8982b.txt'));
    expect(record.meta.statPeriod?.cutoff?.date).toBe('2018-11-30');
    expect(record.meta.reportYear).toBe(2018);
  });
});
