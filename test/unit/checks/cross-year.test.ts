// X-* rules as pure functions over (record, previous).
import { describe, expect, it } from 'vitest';
import { x2019Items, xCarry, xDuplicateText, xFormatRegression, xInforce, xJump } from '../../../src/checks/rules/cross-year';
import { buildRecord, seedT3, seedT3Rev2021 } from './build-record';

const t3With = (over: number[], fwd: number[], base = seedT3Rev2021()) => ({ ...base, carriedOver: over, carriedForward: fwd });

describe('X-CARRY', () => {
  const prev = buildRecord({ year: 2019, t3: t3With([18, 0, 0, 0, 0, 0, 18], [72, 0, 0, 0, 0, 0, 72], seedT3()) });
  it('passes when this year’s 上年结转 equals last year’s 结转下年度 in every column', () => {
    const cur = buildRecord({ year: 2020, t3: t3With([72, 0, 0, 0, 0, 0, 72], [0, 0, 0, 0, 0, 0, 0], seedT3()) });
    expect(xCarry.check({ record: cur, previous: prev }).outcome).toBe('pass');
  });
  it('warns per column with both sides, highlighting only this page’s cells', () => {
    const cur = buildRecord({ year: 2020, t3: t3With([70, 0, 0, 0, 0, 0, 70], [0, 0, 0, 0, 0, 0, 0], seedT3()) });
    const f = xCarry.check({ record: cur, previous: prev }).findings;
    expect(f.map((x) => [x.scope, x.severity, x.left, x.right, x.delta])).toEqual([
      ['自然人', 'warning', 70, 72, -2],
      ['总计', 'warning', 70, 72, -2],
    ]);
    expect(f[0]!.keys).toEqual(['table3.naturalPerson.carriedOver', 'previous:table3.naturalPerson.carriedForward']);
    expect(f[0]!.cells).toHaveLength(1);
  });
  it('not applicable for non-consecutive years or an old-format previous year; not assessable (no finding) on unreadable cells', () => {
    const cur = buildRecord({ year: 2021, format: 'rev2021', t3: t3With([1, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0]) });
    expect(xCarry.check({ record: cur, previous: prev }).outcome).toBe('notApplicable');
    const old = buildRecord({ year: 2018, format: 'pre2019' });
    expect(xCarry.check({ record: buildRecord({ year: 2019, t3: seedT3() }), previous: old }).outcome).toBe('notApplicable');
    const text = buildRecord({ year: 2020, t3: t3With(['略' as never, 0, 0, 0, 0, 0, 72], [0, 0, 0, 0, 0, 0, 0], seedT3()) });
    const r = xCarry.check({ record: text, previous: prev });
    expect(r.outcome).toBe('notAssessable');
    expect(r.findings).toEqual([]);
  });
});

describe('X-INFORCE', () => {
  const t2 = (year: number, issued: number, repealed: number, inForce: number) =>
    buildRecord({ year, format: 'rev2021', cells: { 'table2.normativeDocs.issued': issued, 'table2.normativeDocs.repealed': repealed, 'table2.normativeDocs.inForce': inForce } });
  it('Longgang 2024: 5 issued, 1 repealed, 25 in force ⇔ 21 in force in 2023', () => {
    expect(xInforce.check({ record: t2(2024, 5, 1, 25), previous: t2(2023, 0, 0, 21) }).outcome).toBe('pass');
    const f = xInforce.check({ record: t2(2024, 5, 1, 25), previous: t2(2023, 0, 0, 20) }).findings;
    expect(f[0]).toMatchObject({ severity: 'warning', scope: '行政规范性文件', delta: 1 });
  });
  it('not applicable for 2019-format pairs', () => {
    expect(xInforce.check({ record: buildRecord({ year: 2020 }), previous: buildRecord({ year: 2019 }) }).outcome).toBe('notApplicable');
  });
});

describe('X-2019-ITEMS', () => {
  const t2 = (year: number, prev: number, change: number) => buildRecord({ year, cells: { 'table2.licensing.prevYearItems': prev, 'table2.licensing.yearChange': change } });
  it('2020 items = 2019 items + 2019 change', () => {
    expect(x2019Items.check({ record: t2(2020, 4353, 0), previous: t2(2019, 2471, 1882) }).outcome).toBe('pass');
    expect(x2019Items.check({ record: t2(2020, 5297, 0), previous: t2(2019, 2471, 1882) }).findings[0]).toMatchObject({ severity: 'warning', delta: 944 });
  });
});

describe('X-FORMAT-REGRESSION, X-DUPLICATE-TEXT, X-JUMP', () => {
  it('a 2022 report in trial2019 after a 2021 rev2021 report is info', () => {
    const regression = xFormatRegression.check({ record: buildRecord({ year: 2022, format: 'trial2019' }), previous: buildRecord({ year: 2021, format: 'rev2021' }) }).findings[0]!;
    expect(regression.severity).toBe('info');
    // the templates by their Chinese names, not the record's codes
    expect(regression.message.zh).toBe('本年（2022）使用2019年试行统一格式（国办公开办函〔2019〕60号），上年（2021）已用2021年修订格式（国办公开办函〔2021〕30号）');
    expect(regression.message.zh).not.toMatch(/trial2019|rev2021/);
    expect(xFormatRegression.check({ record: buildRecord({ year: 2021, format: 'rev2021' }), previous: buildRecord({ year: 2020, format: 'trial2019' }) }).outcome).toBe('pass');
    expect(xFormatRegression.check({ record: buildRecord({ year: 2021, format: 'unknown' }), previous: buildRecord({ year: 2020 }) }).outcome).toBe('notAssessable');
  });
  it('copied overview text warns; different text passes; short text not assessable', () => {
    const text = '本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例，围绕中心工作，深化重点领域信息公开，加强政策解读和回应关切，公开质量进一步提高。';
    const rec = (year: number, t: string) => buildRecord({ year, sections: { overview: { text: t } } });
    expect(xDuplicateText.check({ record: rec(2020, text), previous: rec(2019, text) }).findings[0]).toMatchObject({ severity: 'warning', scope: '总体情况' });
    const other = '本年度全面推进决策、执行、管理、服务、结果公开，政务新媒体矩阵建设取得进展，依申请公开办理规范化水平提升，全年没有发生因公开引发的复议诉讼。';
    const r = xDuplicateText.check({ record: rec(2020, text), previous: rec(2019, other) });
    expect(r.scopes[0]!.outcome).toBe('pass');
    expect(xDuplicateText.check({ record: rec(2020, '无'), previous: rec(2019, '无') }).outcome).toBe('notAssessable');
  });
  it('X-JUMP: 10 → 80 received is info; 10 → 40 passes; below 10 not applicable', () => {
    const rec = (year: number, n: number) => buildRecord({ year, cells: { 'table3.total.newReceived': n } });
    expect(xJump.check({ record: rec(2020, 80), previous: rec(2019, 10) }).findings[0]).toMatchObject({ severity: 'info', left: 80, right: 10 });
    expect(xJump.check({ record: rec(2020, 40), previous: rec(2019, 10) }).outcome).toBe('pass');
    expect(xJump.check({ record: rec(2020, 80), previous: rec(2019, 2) }).outcome).toBe('notApplicable');
  });
  it('X-JUMP: a 2018 统计表 count is compared with 2019\'s table 3, as the agency view does (adv39 #5: 12 → 900 was never seen)', () => {
    const y2018 = buildRecord({ year: 2018, format: 'pre2019', cells: { 'legacyStats.requests.received': 12, 'legacyStats.review.total': 30 } });
    const y2019 = buildRecord({ year: 2019, cells: { 'table3.total.newReceived': 900, 'table4.review.total': 40 } });
    const f = xJump.check({ record: y2019, previous: y2018 }).findings;
    expect(f).toMatchObject([{ left: 900, right: 12, keys: ['table3.total.newReceived', 'previous:legacyStats.requests.received'] }]);
  });
  it('X-JUMP: a big drop keeps its size in the text (not "0.00倍"); a value beyond any count (a digit-run slip) is not a jump (adv39 #8)', () => {
    const rec = (year: number, n: number) => buildRecord({ year, cells: { 'table3.total.newReceived': n } });
    const drop = xJump.check({ record: rec(2020, 10), previous: rec(2019, 5000) }).findings[0]!;
    expect(drop.message.zh).not.toMatch(/0\.00倍/);
    expect(drop.message.zh).toMatch(/约1\/500/);
    expect(drop.message.en).toMatch(/about 1\/500/);
    expect(xJump.check({ record: rec(2020, 11), previous: rec(2019, 100) }).findings[0]!.message.zh).toMatch(/0\.11倍/);
    const slip = xJump.check({ record: rec(2020, 1e21), previous: rec(2019, 50) });
    expect(slip.findings).toEqual([]);
    expect(slip.outcome).toBe('notAssessable');
  });
});
