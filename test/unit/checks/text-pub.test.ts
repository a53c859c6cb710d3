// TEXT-*, SEC5/SEC6, PUB-*: pass, fail and not-assessable cases on synthetic records.
import { describe, expect, it } from 'vitest';
import { pubDateUnknown, pubEarly, pubLate } from '../../../src/checks/rules/pub';
import { sec5Empty, sec6Fee } from '../../../src/checks/rules/sections';
import { textForeignName, textPeriod, textYear } from '../../../src/checks/rules/text-meta';
import { textLegacy, textNone, textT2, textT4 } from '../../../src/checks/rules/text-other';
import { textT3 } from '../../../src/checks/rules/text-t3';
import { buildRecord, seedT3, seedT3Rev2021, zeroT4 } from './build-record';
import type { ReportRecord } from '../../../src/model/record';

describe('TEXT-T3', () => {
  it('accepts newReceived or newReceived + carriedOver for "收到申请"', () => {
    const t3 = seedT3();
    t3.carriedOver = [2, 0, 0, 0, 0, 0, 2];
    t3.carriedForward = [3, 0, 0, 0, 0, 0, 3];
    for (const value of [41, 43])
      expect(textT3.check({ record: buildRecord({ t3, narrative: [{ topic: 'applicationsReceived', value, phrase: `收到申请${value}件` }] }) }).outcome).toBe('pass');
  });
  it('a mismatch is a warning naming the cell that equals the narrative number', () => {
    const f = textT3.check({ record: buildRecord({ t3: seedT3(), narrative: [{ topic: 'granted', value: 17, phrase: '予以公开17件' }] }) }).findings;
    expect(f[0]).toMatchObject({ severity: 'warning', left: 17, right: 18, delta: -1 });
    expect(f[0]!.message.zh).toContain('恰等于自然人 （四）1.本机关不掌握相关政府信息');
    expect(f[0]!.cells[0]).toMatchObject({ source: 'text' }); // the narrative phrase is highlighted too
  });
  it('category topics compare with the category sum', () => {
    expect(textT3.check({ record: buildRecord({ t3: seedT3(), narrative: [{ topic: 'unavailable', value: 17, phrase: '无法提供17件' }] }) }).outcome).toBe('pass');
  });
  it('not assessable without narrative numbers; silent when table 3 is missing; n/a for pre2019', () => {
    expect(textT3.check({ record: buildRecord({ t3: seedT3() }) }).outcome).toBe('notAssessable');
    expect(textT3.check({ record: buildRecord({ format: 'rev2021', narrative: [{ topic: 'granted', value: 1 }] }) })).toMatchObject({ outcome: 'notAssessable', findings: [] });
    expect(textT3.check({ record: buildRecord({ format: 'pre2019', narrative: [{ topic: 'granted', value: 1 }] }) }).outcome).toBe('notApplicable');
  });
});

describe('TEXT-T4, TEXT-T2, TEXT-NONE, TEXT-LEGACY', () => {
  const t4 = () => {
    const t = zeroT4();
    t.review = [5, null, null, 2, 7];
    t.litigationDirect = [8, null, null, 1, 9];
    return t;
  };
  it('TEXT-T4: 复议7件 / 诉讼9件 pass; "均获维持" with pending cases warns', () => {
    const r = buildRecord({ t4: t4(), narrative: [{ topic: 'reviews', value: 7, phrase: '行政复议7件' }, { topic: 'lawsuits', value: 9, phrase: '行政诉讼9件' }], sections: { reviewLitigation: { text: '行政复议7件，诉讼9件，均获维持。' } } });
    const res = textT4.check({ record: r });
    expect(res.scopes.map((s) => s.outcome)).toEqual(['pass', 'pass', 'fail']);
    expect(res.findings[0]!.keys).toEqual(['table4.review.pending', 'table4.litigationDirect.pending']);
    expect(textT4.check({ record: buildRecord({ t4: zeroT4() }) }).outcome).toBe('notAssessable');
  });
  it('TEXT-T2: "规范性文件5件" against newlyMade 5 passes, against 4 warns', () => {
    const rec = (n: number) => buildRecord({ cells: { 'table2.normativeDocs.newlyMade': n, 'table2.normativeDocs.newlyPublished': n }, sections: { activeDisclosure: { text: '全年制发规范性文件5件。' } } });
    expect(textT2.check({ record: rec(5) }).outcome).toBe('pass');
    expect(textT2.check({ record: rec(4) }).findings[0]!.severity).toBe('warning');
    expect(textT2.check({ record: buildRecord({ cells: { 'table2.normativeDocs.newlyMade': 5 } }) }).outcome).toBe('notAssessable');
  });
  it('TEXT-T2 compares a count with the column its verb names: 废止 with repealed, 现行有效 with inForce; 清理/备案 counts are not in table 2', () => {
    const cells = { 'table2.regulations.issued': 0, 'table2.regulations.repealed': 1, 'table2.regulations.inForce': 9, 'table2.normativeDocs.issued': 3, 'table2.normativeDocs.repealed': 2, 'table2.normativeDocs.inForce': 50 };
    const check = (text: string) => textT2.check({ record: buildRecord({ format: 'rev2021', cells, sections: { activeDisclosure: { text } } }) });
    // before: 废止…2件, 现行有效…50件 and 清理…30件 were each compared with the 3 issued (false warnings)
    const ok = check('本年制发规范性文件3件，废止规章1件、规范性文件2件；现行有效规范性文件50件。开展规范性文件清理，清理规范性文件30件，备案规范性文件4件。');
    expect(ok.findings).toEqual([]);
    expect(ok.scopes.map((s) => s.scope)).toEqual(['规章1件', '规范性文件3件', '规范性文件2件', '规范性文件50件']);
    const bad = check('本年度废止规范性文件5件。');
    expect(bad.findings).toHaveLength(1);
    expect(bad.findings[0]).toMatchObject({ left: 5, right: 2, keys: ['table2.normativeDocs.repealed'] });
    expect(bad.findings[0]!.message.zh).toBe('正文“规范性文件5件”为5，表中表二规范性文件“本年废止件数” = 2');
  });
  it('TEXT-NONE: "未收到申请" with applications in table 3 warns; with 0 passes; table missing in a 2023 report not assessable', () => {
    const text = { overview: { text: '本年度未收到政府信息公开申请。' } };
    const t3 = seedT3();
    expect(textNone.check({ record: buildRecord({ t3, sections: text }) }).findings[0]).toMatchObject({ severity: 'warning', right: 41 });
    t3.newReceived = [0, 0, 0, 0, 0, 0, 0];
    expect(textNone.check({ record: buildRecord({ t3, sections: text }) }).outcome).toBe('pass');
    expect(textNone.check({ record: buildRecord({ year: 2023, format: 'rev2021', sections: text }) }).findings[0]!.outcome).toBe('notAssessable');
    // "未收到…行政复议申请" is about reviews, not applications
    expect(textNone.check({ record: buildRecord({ t3: seedT3(), sections: { overview: { text: '未收到有关政府信息公开行政复议申请。' } } }) }).outcome).toBe('notAssessable');
  });
  it('TEXT-LEGACY: narrative 主动公开 against the appendix', () => {
    const rec = (n: number) => buildRecord({ format: 'pre2019', year: 2018, cells: { 'legacyStats.proactive.total': 9920 }, narrative: [{ topic: 'proactiveTotal', value: n, phrase: `主动公开信息${n}条` }] });
    expect(textLegacy.check({ record: rec(9920) }).outcome).toBe('pass');
    expect(textLegacy.check({ record: rec(463) }).findings[0]).toMatchObject({ severity: 'warning', left: 463, right: 9920 });
    expect(textLegacy.check({ record: buildRecord({ format: 'pre2019' }) }).outcome).toBe('notApplicable');
  });
});

describe('TEXT-YEAR, TEXT-PERIOD, TEXT-FOREIGN-NAME', () => {
  it('TEXT-YEAR: a 2018 plan in a 2018 report warns; a 2019 plan passes; a summary with another year warns', () => {
    const rec = (text: string) => buildRecord({ year: 2018, format: 'pre2019', sections: { problems: { text } } });
    expect(textYear.check({ record: rec('2018年，我们将进一步推进政务公开。') }).findings[0]!.severity).toBe('warning');
    expect(textYear.check({ record: rec('2019年，我们将进一步推进政务公开。') }).outcome).toBe('pass');
    expect(textYear.check({ record: rec('2017年，我局共收到申请3件。') }).outcome).toBe('fail');
    expect(textYear.check({ record: rec('解读2019年医疗保险缴纳政策。') }).outcome).toBe('notAssessable');
    // a plan worded like a summary ("…我局将…主动公开"): next year's passes, this year's warns as a plan
    expect(textYear.check({ record: rec('2019年，我局将继续做好主动公开工作。') }).findings).toEqual([]);
    expect(textYear.check({ record: rec('2019年，本机关计划全面公开预决算。') }).findings).toEqual([]);
    expect(textYear.check({ record: rec('2018年，我局将继续做好主动公开工作。') }).findings.map((f) => f.message.zh)).toEqual(['工作计划“2018年，我局将继续”写的是2018年，应为2019年']);
  });
  it('TEXT-PERIOD: 截止 30 November warns; the calendar year passes; unparseable period not assessable', () => {
    const period = { raw: '2018年1月至2018年12月', start: '2018-01-01', end: '2018-12-31' };
    expect(textPeriod.check({ record: buildRecord({ year: 2018, statPeriod: period }) }).outcome).toBe('pass');
    const cut = { ...period, cutoff: { raw: '截止到2018年11月30日', date: '2018-11-30', ref: null } };
    expect(textPeriod.check({ record: buildRecord({ year: 2018, statPeriod: cut }) }).findings[0]).toMatchObject({ severity: 'warning', scope: '截止' });
    expect(textPeriod.check({ record: buildRecord({ year: 2018, statPeriod: { raw: '2018 11—2018 1231日', start: null, end: null } }) }).outcome).toBe('notAssessable');
    expect(textPeriod.check({ record: buildRecord({ year: 2018, statPeriod: { ...period, start: '2018-02-01' } }) }).outcome).toBe('fail');
  });
  it('TEXT-YEAR: a period over the turn of a year is the year it mostly falls in (reviewer 101 X1: 2016年12月1日至2017年11月30日 failed under a 2017 title)', () => {
    const period = { raw: '统计期限为2016年12月1日至2017年11月30日', start: '2016-12-01', end: '2017-11-30' };
    const outcome = (year: number) => textYear.check({ record: buildRecord({ year, statPeriod: period }) }).findings.filter((f) => f.scope === '统计期限').map((f) => f.message.en);
    expect(outcome(2017)).toEqual([]);
    expect(outcome(2016)).toEqual([`statistical period “${period.raw}” is 2017, title year 2016`]);
  });
  it('TEXT-FOREIGN-NAME: 拱坝镇 in 果耶镇’s report is info; own name and "我镇" pass', () => {
    const rec = (text: string) => buildRecord({ agencyName: '舟曲县果耶镇', agencyKind: 'township', sections: { activeDisclosure: { text } } });
    expect(textForeignName.check({ record: rec('通过县政府门户网站拱坝镇政府信息公开栏目公开') }).findings[0]).toMatchObject({ severity: 'info', scope: '拱坝镇' });
    expect(textForeignName.check({ record: rec('通过果耶镇政府信息公开栏目及我镇政务公开栏公开') }).outcome).toBe('pass');
    expect(textForeignName.check({ record: buildRecord({ agencyName: null, agencyKind: 'township' }) }).outcome).toBe('notAssessable');
    // another town's 政务公开栏 (left in notes 10-11); a verb before 镇 is no name (seed 003)
    expect(textForeignName.check({ record: rec('在城月镇政务公开栏张贴公开信息22条') }).findings[0]).toMatchObject({ scope: '城月镇' });
    expect(textForeignName.check({ record: rec('充分发挥镇政务公开栏作用，利用乡政府网站发布信息') }).findings).toEqual([]);
    // towns in general, not a town's name ("进乡镇", "站乡镇" were taken for names)
    expect(textForeignName.check({ record: rec('我镇积极推进乡镇政府信息公开标准化建设，并通过县政府门户网站乡镇政府信息公开专栏同步发布') }).findings).toEqual([]);
  });
});

describe('SEC5-EMPTY, SEC6-FEE', () => {
  it('SEC5-EMPTY: "暂无突出问题。" warns, a real paragraph passes, pre-2019 n/a', () => {
    expect(sec5Empty.check({ record: buildRecord({ sections: { problems: { text: '暂无突出问题。' } } }) }).findings[0]).toMatchObject({ severity: 'warning', left: 7 });
    expect(sec5Empty.check({ record: buildRecord({ sections: { problems: { text: '一是公开内容不够全面，二是解读形式单一。下一步将加强培训，丰富解读形式，提高公开质量和时效。' } } }) }).outcome).toBe('pass');
    expect(sec5Empty.check({ record: buildRecord() }).outcome).toBe('fail');
    expect(sec5Empty.check({ record: buildRecord({ year: 2018, format: 'pre2019' }) }).outcome).toBe('notApplicable');
  });
  it('SEC6-FEE: fee-unpaid cases against "no fee notice went out" is info; "none collected" agrees with them; missing 六 not assessable', () => {
    const t3 = seedT3Rev2021();
    t3['otherHandling.feeUnpaid'] = [1, 0, 0, 0, 0, 0, 1];
    const rec = (text: string) => buildRecord({ format: 'rev2021', year: 2022, t3, sections: { otherMatters: { text } } });
    expect(sec6Fee.check({ record: rec('本年度未发出收费通知。') }).findings[0]!.keys).toContain('table3.total.otherHandling.feeUnpaid');
    expect(sec6Fee.check({ record: rec('本年度不收取信息处理费。') }).findings).toHaveLength(1);
    // notices sent and left unpaid are fees not collected: no contradiction (helper-26's review)
    expect(sec6Fee.check({ record: rec('2022年，全区向1名申请人发出收费通知，申请人逾期未缴纳，未收取信息处理费。') }).findings).toEqual([]);
    expect(sec6Fee.check({ record: rec('本年度未收取信息处理费。') }).findings).toEqual([]);
    expect(sec6Fee.check({ record: buildRecord({ format: 'rev2021', sections: { otherMatters: { text: '本年度未收取信息处理费。' } } }) }).outcome).toBe('pass');
    expect(sec6Fee.check({ record: buildRecord({ format: 'rev2021', sections: { otherMatters: { text: '无。' } } }) }).findings[0]!.severity).toBe('info');
    expect(sec6Fee.check({ record: buildRecord({ format: 'rev2021' }) }).outcome).toBe('notAssessable');
  });
});

describe('PUB-*', () => {
  const pub = (publishedOn: string | null, year: number, agencyKind: 'department' | 'government' | 'township' | 'unknown' = 'department') =>
    buildRecord({ publishedOn, year, agencyKind, format: year <= 2018 ? 'pre2019' : 'trial2019' });
  it('PUB-LATE: deadlines by regime and agency kind', () => {
    expect(pubLate.check({ record: pub('2020-01-31', 2019) }).outcome).toBe('pass');
    expect(pubLate.check({ record: pub('2021-01-29', 2020, 'government') }).outcome).toBe('pass');
    expect(pubLate.check({ record: pub('2019-03-25', 2018, 'government') }).outcome).toBe('pass');
    expect(pubLate.check({ record: pub('2023-02-15', 2022) }).findings[0]).toMatchObject({ severity: 'warning', left: 15 });
    expect(pubLate.check({ record: pub('2023-02-15', 2022, 'township') }).outcome).toBe('notApplicable');
    expect(pubLate.check({ record: pub(null, 2022) }).outcome).toBe('notAssessable');
    expect(pubLate.check({ record: pub('2023-02-15', 2022, 'unknown') }).outcome).toBe('notAssessable');
  });
  it('PUB-LATE: says where the date was read, in Chinese', () => {
    const late = (source: ReportRecord['meta']['publishedOnSource']) => {
      const record = pub('2023-02-15', 2022);
      record.meta.publishedOnSource = source;
      return pubLate.check({ record }).findings[0]!.message.zh;
    };
    expect(late('url')).toBe('发布日期2023-02-15（网址中的日期）晚于期限2023-01-31（县级以上人民政府部门：1月31日前）15天');
    expect(late('发布时间')).toContain('（发布时间）');
    expect(late(null)).toContain('（页面日期）');
  });
  it('PUB-LATE: six months late says "possibly a re-post"', () => {
    expect(pubLate.check({ record: pub('2020-08-13', 2019, 'department') }).findings[0]!.note).toBe('possibly a re-post'); // 195 days
    expect(pubLate.check({ record: pub('2020-08-13', 2019, 'government') }).findings[0]!.note).toBeUndefined(); // 135 days
  });
  it('PUB-EARLY: posted 2022-12-22 for 2022 warns; appendix filled early is info', () => {
    expect(pubEarly.check({ record: pub('2022-12-22', 2022) }).findings[0]!.severity).toBe('warning');
    expect(pubEarly.check({ record: pub('2023-01-10', 2022) }).outcome).toBe('pass');
    const filled = buildRecord({ year: 2018, format: 'pre2019', publishedOn: '2019-02-11', cells: { 'legacyStats.filledOn': '2018.12.28' } });
    expect(pubEarly.check({ record: filled }).findings[0]).toMatchObject({ severity: 'info', scope: '填报日期' });
    expect(pubEarly.check({ record: pub(null, 2022) }).outcome).toBe('notAssessable');
  });
  // (a title kept from last year's report, its period this year's: TEXT-YEAR names it; the deadline had been judged on the
  // title's year, a false "352 days late" or "before the year ended", audit 152 D05, B09)
  it('PUB-LATE and PUB-EARLY are not assessed when the statistics period\'s year is not the title\'s', () => {
    const titled = (publishedOn: string, year: number, periodYear: number) => {
      const record = pub(publishedOn, year);
      record.meta.reportYearSource = 'title';
      record.meta.statPeriod = { raw: `${periodYear}年1月1日至${periodYear}年12月31日`, start: `${periodYear}-01-01`, end: `${periodYear}-12-31` };
      return record;
    };
    expect(pubLate.check({ record: titled('2023-01-18', 2021, 2022) })).toMatchObject({ outcome: 'notAssessable', findings: [] });
    expect(pubEarly.check({ record: titled('2022-01-25', 2022, 2021) })).toMatchObject({ outcome: 'notAssessable', findings: [] });
    // the period agreeing, judged as before
    expect(pubLate.check({ record: titled('2023-02-15', 2022, 2022) }).findings[0]).toMatchObject({ left: 15 });
  });
  it('PUB-DATE-UNKNOWN', () => {
    expect(pubDateUnknown.check({ record: pub(null, 2022) }).findings[0]!.severity).toBe('info');
    expect(pubDateUnknown.check({ record: pub('2023-01-10', 2022) }).outcome).toBe('pass');
  });
});

describe('narrative numbers about other kinds of cases', () => {
  it('"提案办结情况86件" is not compared with the applications answered (seed 004)', () => {
    const rec = buildRecord({ format: 'pre2019', year: 2018, cells: { 'legacyStats.requests.answered': 0 }, narrative: [{ topic: 'applicationsAnswered', value: 86, phrase: '提案办结情况86件' }] });
    expect(textLegacy.check({ record: rec }).findings).toEqual([]);
    rec.narrative[0]!.phrase = '办结申请86件';
    expect(textLegacy.check({ record: rec }).findings).toHaveLength(1);
  });
});
