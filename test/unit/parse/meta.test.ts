// Report metadata (agency, kind, publication date) on small pages and on every fixture.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { agencyFromTitle, agencyKind, agencyKindFromUrl } from '../../../src/parse/meta';
import { parseDocument } from '../../../src/parse/index';
import { loadConverter } from '../../../src/text/traditional';
import { listCases, parseFile } from './fixture-loader';

async function meta(lines: string[], url?: string) {
  const html = `<!doctype html><html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
  const { document } = parseHTML(html);
  return (await parseDocument(document as unknown as Document, url ? { url } : {})).record.meta;
}

/** a title naming no year (the report's year from its statistics period or text) */
const NO_YEAR = '某市某区市场监督管理局政府信息公开工作年度报告';
const BODY = ['一、总体情况', '2018年，本机关认真贯彻落实《条例》。本报告统计期限为2018年1月1日至2018年12月31日。'];

describe('agencyFromTitle', () => {
  it.each([
    ['2019年上海市人民政府办公厅政府信息公开工作年度报告', '上海市人民政府办公厅'],
    ['2018年建新镇政府信息公开工作年度报告', '建新镇'],
    ['2009年度下管镇政府信息公开年度报告', '下管镇'],
    ['平潭综合实验区2019年度政府信息公开工作年度报告', '平潭综合实验区'],
    ['二〇一九年度某某县人民政府政府信息公开工作年度报告', '某某县人民政府'],
    ['关于2020年某某市财政局政府信息公开工作年度报告', '某某市财政局'],
    ['平潭综合实验区公安局2019年政务公开工作年度报告', '平潭综合实验区公安局'],
    ['某县2022年度政务公开年报', '某县'],
    ['关于印发《某县交通运输局2022年度政府信息公开工作年度报告》的通知', '某县交通运输局'],
    // reviewer 119: the issuer before 关于 (M55), a column's tag (M59; an agency's tag is the agency), a plan joined by 及 (M33)
    ['某县交通运输局关于印发《某县交通运输局2022年度政府信息公开工作年度报告》的通知', '某县交通运输局'],
    ['【年度报告】某县交通运输局2022年度政府信息公开工作年度报告', '某县交通运输局'],
    ['【某县交通运输局】2022年度政府信息公开工作年度报告', '某县交通运输局'],
    ['某县人民政府2022年政府信息公开工作总结及年度报告', '某县人民政府'], // a 工作总结及… is the report itself (audit 124 A17)
    ['某县交通运输局2023年政务公开工作要点及2022年度政府信息公开工作年度报告', '某县交通运输局'],
    ['关于转发“某镇2022年政府信息公开工作年度报告”的通知', '某镇'],
    // adv39 #6: a leading correction marker was taken into the name ("更正）某县人民政府"), so a re-issue was never paired
    ['（更正）某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['【更正】某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['更正：某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['[更正]某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['更正版 某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['（修订）某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['某县人民政府2021年政府信息公开工作年度报告（更正）', '某县人民政府'],
    // a year range is one year phrase, not "某县人民政府2020-"
    ['某县人民政府2020-2021年政府信息公开工作年度报告', '某县人民政府'],
    ['某县人民政府2020年至2021年政府信息公开工作年度报告', '某县人民政府'],
    // adv50 #5, adv47 #7: a mark after the name, a worded or other re-issue mark, a mark inside a notice
    ['某县司法局（已更正）2021年政府信息公开工作年度报告', '某县司法局'],
    ['某县（更正）2021年政府信息公开工作年度报告', '某县'],
    ['某县人民政府【更正】2021年政府信息公开工作年度报告', '某县人民政府'],
    ['某局（修订版）2021年政府信息公开工作年度报告', '某局'],
    ['（根据审计意见已更正）某局2021年政府信息公开工作年度报告', '某局'],
    ['（更正）“某县人民政府”2021年政府信息公开工作年度报告', '某县人民政府'],
    ['（更正）（某县）人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['更正后 某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['更正后的某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['修订后的2021年度某县人民政府信息公开工作年度报告', '某县人民政府'],
    ['关于印发《（更正）某县人民政府2021年政府信息公开工作年度报告》的通知', '某县人民政府'],
    ['关于印发《更正：某县人民政府2021年政府信息公开工作年度报告》的通知', '某县人民政府'],
    ['（更正）关于印发某县人民政府2021年政府信息公开工作年度报告的通知', '某县人民政府'],
    ['（勘误）某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['（修改）某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    ['【重新发布】某县人民政府2021年政府信息公开工作年度报告', '某县人民政府'],
    // adv57 #8: a date and its punctuation inside the mark's brackets, a mark after the name set apart by a
    // space or comma, brackets the year was cut out of ("月1日某市交通运输局", "某局 更正", "某局（）" before)
    ['（已更正，2024年2月1日）某市交通运输局2023年政府信息公开工作年度报告', '某市交通运输局'],
    ['（2024.2.1更正）某局2023年政府信息公开工作年度报告', '某局'],
    ['某市交通运输局 更正 2023年政府信息公开工作年度报告', '某市交通运输局'],
    ['某市交通运输局，修订版 2023年政府信息公开工作年度报告', '某市交通运输局'],
    ['某市交通运输局（2023年度）政府信息公开工作年度报告', '某市交通运输局'],
    // reviewer 68 #6: a name part in the mark's bracket before a comma stays
    ['某市司法局（市行政复议局，2024年3月修订）2023年政府信息公开工作年度报告', '某市司法局（市行政复议局）'],
    ['某区教育局（含区属学校，已更正）2023年政府信息公开工作年度报告', '某区教育局（含区属学校）'],
    // names that hold such a word or a bracket pair of their own are kept
    ['修正区人民政府2021年政府信息公开工作年度报告', '修正区人民政府'],
    ['法规修订处：2021年政府信息公开工作年度报告', '法规修订处'],
    ['中国（上海）自由贸易试验区管理委员会2021年政府信息公开工作年度报告', '中国（上海）自由贸易试验区管理委员会'],
    ['某某管委会（筹）2021年政府信息公开工作年度报告', '某某管委会（筹）'],
  ])('%s → %s', (title, name) => {
    expect(agencyFromTitle(title)).toBe(name);
  });
});

describe('a title year in full-width digits or Chinese numerals', () => {
  it.each([
    ['２０１９年上海市人民政府办公厅政府信息公开工作年度报告', 2019],
    ['二〇一九年上海市人民政府办公厅政府信息公开工作年度报告', 2019],
    ['二○二一年度某某县人民政府政府信息公开工作年度报告', 2021],
    // the zero typed as a Latin or full-width O (reviewer 88 P1: a subheading naming 2021's report was taken instead)
    ['二O二一年度某某县人民政府政府信息公开工作年度报告', 2021],
    ['二Ｏ二一年度某某县人民政府政府信息公开工作年度报告', 2021],
  ])('%s: title, year and agency are read', async (title, year) => {
    // before: the title was not found, so the agency and its kind (which sets PUB-LATE's deadline) were lost
    const m = await meta([title, ...BODY]);
    expect(m.title).toBe(title);
    expect(m.reportYear).toBe(year);
    expect(m.reportYearSource).toBe('title');
    expect(m.agencyName).toBe(title.includes('上海') ? '上海市人民政府办公厅' : '某某县人民政府');
  });
});

describe('the title is no sentence or subheading naming another year\'s report (reviewer 88 P1)', () => {
  const LAST_YEARS = '（一）2017年度政府信息公开工作年度报告所提问题的整改情况';
  it('a numbered subheading naming last year\'s report is not the title', async () => {
    const m = await meta(['某某县人民政府政府信息公开工作年度报告', ...BODY, '五、存在的主要问题及改进情况', LAST_YEARS]);
    expect(m.title).toBe('某某县人民政府政府信息公开工作年度报告');
    // the year from the statistics period, not 2017
    expect([m.reportYear, m.reportYearSource]).toEqual([2018, 'statPeriod']);
  });
  it.each(['政府信息公开年度报告', '首页 > 政府信息公开 > 政府信息公开年度报告'])('a column\'s or breadcrumb\'s name (%s) is no year-less title: the search goes on to the title', async (crumb) => {
    const m = await meta([crumb, '2018年某某县人民政府政府信息公开工作年度报告', ...BODY]);
    expect([m.title, m.reportYear]).toEqual(['2018年某某县人民政府政府信息公开工作年度报告', 2018]);
  });
  it('a column\'s line naming the agency above the title does not hide the title (reviewer 89 R1)', async () => {
    const m = await meta(['某某县市场监督管理局政府信息公开年报', '某某县市场监督管理局2018年政府信息公开工作年度报告', ...BODY]);
    expect([m.title, m.reportYear]).toEqual(['某某县市场监督管理局2018年政府信息公开工作年度报告', 2018]);
  });
  it.each(['上 一 篇：某某县市场监督管理局2017年政府信息公开工作年度报告', '【下一篇】某某县市场监督管理局2019年政府信息公开工作年度报告', '（一）2017年度政府信息公开工作年度报告'])('after a year-less title, %s is not taken (reviewer 90 T1, T4)', async (line) => {
    const m = await meta(['某某县市场监督管理局政府信息公开工作年度报告', line, ...BODY]);
    expect([m.title, m.reportYear]).toEqual(['某某县市场监督管理局政府信息公开工作年度报告', 2018]);
  });
  it.each(['某某县市场监管局2018年政府信息公开工作年度报告', '关于公布某某县市场监督管理局2018年政府信息公开工作年度报告'])('after a column\'s line, a title naming the agency otherwise (%s) is the title (reviewer 91)', async (title) => {
    const m = await meta(['某某县市场监督管理局政府信息公开年报', title, ...BODY]);
    expect([m.title, m.reportYear]).toEqual([title, 2018]);
  });
  it('a title printed as a numbered heading, the whole line, is the title (reviewer 89 R3)', async () => {
    const m = await meta(['一、某某县人民政府2018年政府信息公开工作年度报告', ...BODY]);
    expect(m.title).toBe('一、某某县人民政府2018年政府信息公开工作年度报告');
  });
  // reviewer 91: the agency's other reports listed under a year-less title (相关阅读, 往年年报): the 2020
  // report's title and year were taken (false TEXT-YEAR, TEXT-PERIOD, PUB-LATE, FMT-TEMPLATE-MISMATCH)
  const TITLE = '某某县市场监督管理局政府信息公开工作年度报告';
  const OTHER = '某某县市场监督管理局2017年度政府信息公开工作年度报告';
  const NO_PERIOD = ['一、总体情况', '截至2018年12月31日，主动公开政府信息394条。'];
  it.each([
    ['a 相关阅读 list under the body', [TITLE, ...BODY, '相关阅读', OTHER]],
    ['a 往年年报 list before the body', [TITLE, '往年年报', OTHER, ...BODY]],
    ['a line naming a year the statistics period contradicts', [TITLE, OTHER, ...BODY]],
  ])('after a year-less title, %s is not the title', async (_, lines) => {
    const m = await meta(lines);
    expect([m.title, m.reportYear, m.reportYearSource]).toEqual([TITLE, 2018, 'statPeriod']);
  });
  it.each([
    ['a 相关阅读 list under the body', [TITLE, ...NO_PERIOD, '相关阅读', OTHER]],
    ['a 往年年报 list before the body', [TITLE, '往年年报', OTHER, ...NO_PERIOD]],
  ])('no statistics period, %s: the year is not the listed report\'s but the one the figures run to (截至2018年12月31日)', async (_, lines) => {
    const m = await meta(lines);
    expect([m.title, m.reportYear, m.reportYearSource]).toEqual([TITLE, 2018, 'body']);
  });
  it('a statistics period over two years (October to September) contradicts neither year of the title after a year-less line (reviewer 93)', async () => {
    const m = await meta([TITLE, '某某县市场监督管理局2018年政府信息公开工作年度报告', '一、总体情况', '本报告统计期限为2017年10月1日至2018年9月30日。']);
    expect([m.title, m.reportYear]).toEqual(['某某县市场监督管理局2018年政府信息公开工作年度报告', 2018]);
  });
  it('a statistics period printed as a year alone (统计期限为2018年度) contradicts a title line naming 2017 (reviewer 94)', async () => {
    const m = await meta([TITLE, OTHER, '一、总体情况', '本报告统计期限为2018年度。']);
    expect([m.title, m.reportYear]).toEqual([TITLE, 2018]);
  });
  it('a period sentence naming two years, one said to be the period\'s after a comma (统计期限与2017年度报告一致，为2018年度), gives that one (reviewer 95 P7: the first had been taken; then none)', async () => {
    const m = await meta([TITLE, '一、总体情况', '本报告统计期限与2017年度报告一致，为2018年度。']);
    expect([m.reportYear, m.reportYearSource]).toEqual([2018, 'statPeriod']);
  });
  it.each([['统计期限为2016年度至2017年度。'], ['统计期限与2016年度、2017年度报告一致。']])('a period sentence naming two years, neither said to be the period\'s (%s), gives no year', async (line) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.reportYear, m.reportYearSource]).toEqual([null, null]);
  });
  it.each([
    ['统计期限为2017年1月1日, 至2017年12月31日。'],
    ['统计期限为2017年1月1日， —2017年12月31日。'],
    ['统计期限为2017年1月1日，结束于2017年12月31日。'],
    ['统计期限自2017年1月1日起，2017年12月31日止。'],
    ['统计期限：根据2008年施行的《条例》，为2017年1月1日至2017年12月31日。'],
  ])('%s: the period runs on past the comma (reviewer 97 L6, L7: the end, or the year, was lost)', async (line) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.reportYear, m.statPeriod?.start, m.statPeriod?.end]).toEqual([2017, '2017-01-01', '2017-12-31']);
  });
  it.each([['统计期限：2017年1月1日，2017年12月31日。'], ['统计期限：2017年1月1日， 2017年12月31日止。']])('%s: an end date alone after the comma is the period\'s end (reviewer 98 L1)', async (line) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.statPeriod?.start, m.statPeriod?.end]).toEqual(['2017-01-01', '2017-12-31']);
  });
  it.each([['统计期限自2017年1月1日起，数据截至2017年12月31日。', 2017], ['统计期限同2016年，2017年1月1日至12月31日。', 2017]])('%s: the clause after the comma is the period\'s (reviewer 99 L1, L2)', async (line, year) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.reportYear, m.statPeriod?.start, m.statPeriod?.end]).toEqual([year, '2017-01-01', '2017-12-31']);
  });
  it('统计期限自2017年1月1日起，2018年3月发布: a later clause with a date and more is no end', async () => {
    const m = await meta([TITLE, '一、总体情况', '统计期限自2017年1月1日起，2018年3月发布。']);
    expect([m.statPeriod?.start, m.statPeriod?.end, m.reportYear]).toEqual(['2017-01-01', null, 2017]);
  });
  it.each([['统计期限为2017年度，截至2018年1月15日。'], ['统计期限为2017年，2018年1月发布。']])('%s: a year-only period has no start for a later clause to run on from: the year is 2017 (reviewer 97 S4: 2018)', async (line) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.reportYear, m.reportYearSource]).toEqual([2017, 'statPeriod']);
  });
  it('统计期限同2016年，为2017年1月至12月: the period\'s dates are the clause after the comma\'s', async () => {
    const m = await meta([TITLE, '一、总体情况', '统计期限同2016年，为2017年1月至12月。']);
    expect([m.reportYear, m.statPeriod?.start, m.statPeriod?.end]).toEqual([2017, '2017-01-01', '2017-12-31']);
  });
  it('a period opening with its year (统计期限为2018年度，与2017年度相比…) gives that year, and the 2017 title line after a year-less title is not taken (reviewer 96)', async () => {
    const m = await meta([TITLE, OTHER, '一、总体情况', '本报告统计期限为2018年度，与2017年度相比有所增加。']);
    expect([m.title, m.reportYear, m.reportYearSource]).toEqual([TITLE, 2018, 'statPeriod']);
  });
  it.each([
    ['本报告统计期限为2017年度，本报告于2018年3月发布。', '2017-01-01', '2017-12-31'],
    ['统计时间：2017年，报告于2018年1月编制。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年1月1日，至2017年12月31日止。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年1月1日，截至2017年12月31日。', '2017-01-01', '2017-12-31'],
  ])('%s: the period\'s dates are those of its own clauses, not of a later statement in the sentence (reviewer 96: the year was 2018)', async (line, start, end) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.reportYear, m.reportYearSource, m.statPeriod?.start, m.statPeriod?.end]).toEqual([2017, 'statPeriod', start, end]);
  });
  it.each([
    '本报告中所列数据的期限自2017年1月1日起至2017年12月31日止。',
    '本报告所列数据时间范围为2017年1月1日至2017年12月31日。',
    '本报告中所列数据统计时段为2017年1月1日至12月31日。',
    '本报告所列数据的统计期间为2017年1月1日至2017年12月31日。',
    '本报告统计数据的期限为2017年1月1日至2017年12月31日。', // (audit 140 P05)
    '本报告中统计数据时限为2017年1月1日至2017年12月31日。',
  ])('%s: a period worded without 统计期限 is read (reviewer 119 M24, M25, M37, M49: it was lost, and the year\'s cross-check with it)', async (line) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.statPeriod?.start, m.statPeriod?.end]).toEqual(['2017-01-01', '2017-12-31']);
  });
  it.each(['本报告统计数据期间为2022年度。', '本报告所列数据的统计期间为2022年。', '所列数据的时间范围为2022年度，与上年相比有所增加。'])('%s: a year alone in a period worded without 统计期限 is that calendar year (audit 141 D13: no dates)', async (line) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.statPeriod?.start, m.statPeriod?.end, m.reportYear]).toEqual(['2022-01-01', '2022-12-31', 2022]);
  });
  it('a period sentence naming the site\'s 浏览（下载） is the report\'s, no visitor counter (audit 124 A19)', async () => {
    const m = await meta([TITLE, '一、总体情况', '本报告电子版可在本网站浏览（下载），本报告所列数据的统计期限为2017年1月1日至2017年12月31日。']);
    expect([m.statPeriod?.start, m.statPeriod?.end]).toEqual(['2017-01-01', '2017-12-31']);
  });
  it('another count\'s 统计时段 (12345热线相关数据的统计时段为…) is no period of the report\'s (audit 122 P15)', async () => {
    const m = await meta([TITLE, '一、总体情况', '其中12345热线相关数据的统计时段为2017年10月1日至12月31日。']);
    expect(m.statPeriod).toBeNull();
  });
  it('a site\'s visitor counter (网站访问量：3862145（统计时间：2015年6月1日至今）) is no period (reviewer 119 M56: the year became 2015)', async () => {
    const m = await meta(['网站访问量：3862145（统计时间：2015年6月1日至今）', TITLE, '一、总体情况', '本报告所列数据时间范围为2017年1月1日至2017年12月31日。']);
    expect([m.statPeriod?.start, m.statPeriod?.end]).toEqual(['2017-01-01', '2017-12-31']);
  });
  it.each([
    ['统计期限为2016年12月1日至2017年11月30日。', 2017],
    ['统计期限为2016年12月26日至2017年12月25日。', 2017],
    ['统计期限为2017年1月1日至2018年1月31日。', 2017],
    ['统计期限为2016年7月1日至2017年6月30日。', 2016],
  ])('%s with no year in the title: the year the period mostly falls in (reviewer 100 P6: 2016, the start\'s)', async (line, year) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.reportYear, m.reportYearSource]).toEqual([year, 'statPeriod']);
  });
  it.each([
    ['统计期限为2017年度。', '2017-01-01', '2017-12-31'],
    ['统计时限为2017年全年。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年度，与2016年度相比有所增加。', '2017-01-01', '2017-12-31'],
    ['统计期限与2016年度报告一致，为2017年度。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年起。', null, null],
    ['统计期限为2017年，截至6月30日。', null, null], // reviewer 102 M1: read as the whole year
    ['统计期限为2017年，截至2017年6月30日。', null, null],
    ['统计时限为2017年，至今。', null, null],
    ['统计期限为2017年，截至2017年12月31日。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年度，截至2017年12月31号。', '2017-01-01', '2017-12-31'], // reviewer 103 M1: no dates
    ['统计期限为2017年全年，即1月至12月。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年度，到12月。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年度，《条例》施行以来累计数据另列。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年度（截至2017年12月31日）。', '2017-01-01', '2017-12-31'], // reviewer 103 M2: 2017-12-31 was the start
    ['统计期限为2017年度（截至2017年12月末）。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年度（截至12月末）。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年度（1月至12月）。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年度（数据截至2018年1月10日）。', '2017-01-01', '2017-12-31'], // reviewer 105 P2: the year became 2018
    ['统计期限为2017年（1-6月）。', '2017-01-01', '2017-06-30'], // reviewer 106 M1: 2017-06-01 was the start; a month range is read
    ['统计期限为2017年度（截至2017年6月30日）。', null, '2017-06-30'],
    ['统计期限为2017年度，截至12月中旬。', null, null], // reviewer 104 M1: read as the whole year
    ['统计期限为2017年度，截至12月初。', null, null],
    ['统计期限为2016年度至2017年度。', null, null],
  ])('%s: a period printed as a year alone is that calendar year (it had no dates: TEXT-PERIOD said it could not be read)', async (line, start, end) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.statPeriod?.start, m.statPeriod?.end]).toEqual([start, end]);
  });
  it.each([
    ['统计期限为2017年度（即1月1日至12月31日）。', '2017-01-01', '2017-12-31'], // reviewer 107: no dates
    ['统计期限为2017年度（自1月1日起至12月31日止）。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年全年（1-12月）。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年1-6月。', '2017-01-01', '2017-06-30'],
    ['统计期限为2017年1至11月。', '2017-01-01', '2017-11-30'],
    ['统计期限为2017年度（上年12月1日至本年11月30日）。', '2016-12-01', '2017-11-30'], // reviewer 106: no dates
    ['统计期限为2016年12月1日至次年11月30日。', '2016-12-01', '2017-11-30'],
    ['统计期限为2017年度（含2016年12月）。', '2016-12-01', '2017-12-31'], // reviewer 106: the period was December 2016
    ['统计期限为2017年度（12月1日至次年11月30日）。', null, null], // reviewer 107: 2017-12-01..2017-11-30; which year its December is, it says not
    ['统计期限为2017年12月1日至2017年11月30日。', null, null], // an end before its start
    ['统计期限为2017年12月1日至11月30日。', null, null],
    // reviewer 108: 本年, 当年 after a date printing its year (R1, R2: no dates); days, not months (R3, F1: 2017-01-31);
    // 上年/本年 outside a bracket (S4: the whole of 2017); included months (S5, F2, F3: the year became 2016 or 2018)
    ['统计期限为2017年1月1日至本年12月31日。', '2017-01-01', '2017-12-31'],
    ['统计期限自2017年1月1日起至当年12月31日止。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年6月1—12月31日。', '2017-06-01', '2017-12-31'],
    ['统计期限为2017年1月1-12月31日。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年01月01-12月31日。', '2017-01-01', '2017-12-31'],
    ['统计期限为2017年度，即上年12月至本年11月。', '2016-12-01', '2017-11-30'],
    ['统计期限为2017年度（上一年12月1日至当年11月30日）。', '2016-12-01', '2017-11-30'],
    ['统计期限为2017年度（包括2016年12月份数据）。', '2016-12-01', '2017-12-31'],
    ['统计期限为2017年度（含2016年11-12月）。', '2016-11-01', '2017-12-31'],
    ['统计期限为2017年度（含2018年1-2月）。', '2017-01-01', '2018-02-28'],
    ['统计期限为2017年度，即前年12月至本年11月。', null, null], // 前年 is two years back: no 2017-11-01 start
    ['统计期限为2016年12月1日至本年11月30日。', '2016-12-01', '2017-11-30'], // reviewer 110 E01: 本年 is the year it ends in
  ])('%s: month ranges, years named from the period\'s, an included month; no period ending before it starts', async (line, start, end) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.statPeriod?.start, m.statPeriod?.end]).toEqual([start, end]);
  });
  it.each(['统计期限为2017年度（含2016年12月）。', '统计期限为2017年度（包括2016年12月份数据）。', '统计期限为2017年度（含2016年11-12月）。', '统计期限为2017年度（含2018年1-2月）。'])('%s is 2017\'s period, not another year\'s (reviewers 106, 108: the report\'s year was 2016 or 2018)', async (line) => {
    const m = await meta([TITLE, '一、总体情况', line]);
    expect([m.reportYear, m.reportYearSource]).toEqual([2017, 'statPeriod']);
  });
  it('a page printed as one line is no title, whatever it opens with: its opening may be a link to another year\'s report before the page\'s own title (reviewers 103 P1, 104 P2, P3: that year was taken, and its values read)', async () => {
    const rest = ' 本报告根据《中华人民共和国政府信息公开条例》要求编制，' + '全年主动公开政府信息463条，'.repeat(20) + '所列数据统计期限为2017年1月1日至2017年12月31日。';
    const linked = await meta(['某县2016年政府信息公开工作年度报告 某县人民政府2017年政府信息公开工作年度报告' + rest]);
    expect([linked.title, linked.reportYear, linked.reportYearSource]).toEqual([null, 2017, 'statPeriod']);
    const twice = await meta(['某县2016年政府信息公开工作年度报告 某县2016年政府信息公开工作年度报告解读 某县人民政府2017年政府信息公开工作年度报告' + rest]);
    expect([twice.title, twice.reportYear]).toEqual([null, 2017]);
  });
  it('an HTML list of links to other years\' reports under a year-less title: no title, no year taken from it', async () => {
    const m = await meta([TITLE, ...NO_PERIOD.slice(0, 1), '<ul><li><a href="/a.htm">某某县市场监督管理局2017年度政府信息公开工作年度报告</a></li></ul>', NO_PERIOD[1]!]);
    expect([m.title, m.reportYear]).toEqual([TITLE, 2018]);
  });

  it('a title without its year ends the search: a sentence naming last year\'s report is not taken', async () => {
    const m = await meta(['某某县人民政府政府信息公开工作年度报告', '一、总体情况', '对照2017年度政府信息公开工作年度报告社会评议意见，2018年，本机关认真贯彻落实《条例》。']);
    expect(m.title).toBe('某某县人民政府政府信息公开工作年度报告');
  });
});

describe('agencyKind', () => {
  it('names decide first; the URL section only when the name is missing or says nothing', () => {
    expect(agencyKind('上海市人民政府办公厅')).toBe('department');
    expect(agencyKind('细河区')).toBe('government');
    expect(agencyKind('六街镇')).toBe('township');
    expect(agencyKind(null, 'https://www.lg.gov.cn/xxgk/xxgknb/qzfgzbm/content/post_1.html')).toBe('department');
    expect(agencyKindFromUrl('https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqpq/ptzhsyqhtp/zfxxgknb/x.htm')).toBe('township');
    expect(agencyKindFromUrl('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202001/t.htm')).toBe('unknown');
    expect(agencyKindFromUrl('not a url')).toBe('unknown');
  });
});

describe('pages around the report', () => {
  it('a 上一篇 link to last year\'s report is not the title', async () => {
    const html = `<!doctype html><html><head><title>某某市人民政府</title></head><body><div>上一篇：<a href="/a">某某市某某局2021年政府信息公开工作年度报告</a></div><p>某某市某某局2022年政府信息公开工作年度报告</p>${BODY.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const m = (await parseDocument(parseHTML(html).document as unknown as Document)).record.meta;
    // before: title "上一篇：…2021年…", year 2021, agency "上一篇：某某市某某局"
    expect([m.title, m.reportYear, m.agencyName]).toEqual(['某某市某某局2022年政府信息公开工作年度报告', 2022, '某某市某某局']);
  });

  it('a 发布日期 of another page in a list of links is not this page\'s date', async () => {
    const html = `<!doctype html><html><head><title>某某局2018年政府信息公开工作年度报告</title></head><body><p>某某局2018年政府信息公开工作年度报告</p>${BODY.map((l) => `<p>${l}</p>`).join('')}<p>某某局</p><p>2019年1月20日</p><ul><li><a href="/b">关于开展统计工作的通知</a><span>发布日期：2019-06-15</span></li></ul></body></html>`;
    const m = (await parseDocument(parseHTML(html).document as unknown as Document)).record.meta;
    // before: 2019-06-15 (发布日期), and PUB-LATE warned of a report 135 days late
    expect(m.publishedOn).toBe('2019-01-20');
    // the page's own 发布日期, in an item with no link, still counts
    const own = html.replace('<p>某某局2018年', '<ul><li>发布日期：2019-01-25</li></ul><p>某某局2018年');
    expect((await parseDocument(parseHTML(own).document as unknown as Document)).record.meta.publishedOn).toBe('2019-01-25');
  });
});

describe('publishedOn', () => {
  it.each([['２０１９年１月２０日'], ['二O一九年一月二十日']])('a signature dated %s is read', async (date) => {
    // before: no date (PUB-DATE-UNKNOWN): full-width digits and the Latin O were not read
    const m = await meta(['2018年某镇政府信息公开工作年度报告', ...BODY, '二、主动公开政府信息情况', '本年主动公开信息12条。', '三、其他需要报告的事项', '无。', '某县某镇人民政府', date]);
    expect([m.publishedOn, m.publishedOnSource]).toEqual(['2019-01-20', '落款日期']);
  });

  it('a bare 时间 label in the header beats the signature date', async () => {
    const m = await meta(['2018年某镇政府信息公开工作年度报告', '作者:本站原创 | 来源:本站原创 | 时间:2019-01-18 点击数:-', ...BODY, '某县某镇人民政府', '2018年12月31日']);
    expect(m).toMatchObject({ publishedOn: '2019-01-18', publishedOnSource: '发布时间' });
  });
  it('a bare 日期 label', async () => {
    const m = await meta(['细河区2018年政府信息公开工作年度报告', '日期: 2019-03-25 浏览量:266 来源:区政府办', ...BODY]);
    expect(m).toMatchObject({ publishedOn: '2019-03-25', publishedOnSource: '发布日期' });
  });
  it('a portal clock in the header, 日期 with its weekday, is not the page date (reviewer 119 M35)', async () => {
    const m = await meta(['日期：2024年03月05日 星期二', '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY, '发布时间：2024-01-18 16:32 来源：平潭县教育局']);
    // before: 2024-03-05, today's date on the clock, and a false PUB-LATE of 34 days
    expect(m).toMatchObject({ publishedOn: '2024-01-18', publishedOnSource: '发布时间' });
    const clockOnly = await meta(['日期：2024年3月5日星期二', '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY]);
    expect(clockOnly.publishedOn).toBeNull();
  });
  it.each([
    ['时间：2024-03-05 14:23:08 星期二　欢迎访问本网站'],
    ['日期：2024年03月05日（星期二）'],
    ['日期：2024年3月5日 农历正月廿五 星期二'],
    ['日期：2024-03-05 周二'],
  ])('a clock above the title, %s, with a time, a bracket or the lunar date before its weekday (audit 125 D05–D07)', async (clock) => {
    const m = await meta([clock, '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY, '发布时间：2024-01-18 16:32']);
    expect(m).toMatchObject({ publishedOn: '2024-01-18', publishedOnSource: '发布时间' });
  });
  it.each([
    [['日期：2024年03月05日', '星期二']],
    [['日期：2024-03-05', '（星期二）']],
    [['时间：2024年3月5日', '周二']],
  ])('a clock printed in two elements, the date over its weekday (%j), above the title is a clock (audit 127 M05: its date taken, a false PUB-LATE)', async (clock) => {
    const m = await meta([...clock, '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY, '发布时间：2024-01-18 16:32']);
    expect(m).toMatchObject({ publishedOn: '2024-01-18', publishedOnSource: '发布时间' });
  });
  it.each([
    [['2024年3月5日', '星期二 多云 8~15℃']],
    [['星期二', '2024年03月05日']],
    [['2024年03月05日', '星期二']],
  ])('a bare clock %j above the title on a short page with no date of its own is no signature: no date (audit 134 M04, M09, M16: a false PUB-LATE)', async (clock) => {
    const m = await meta([...clock, '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY, '二、主动公开政府信息情况', '本年主动公开信息12条。']);
    expect(m.publishedOn).toBeNull();
  });
  it.each([['第一部分 总体情况'], ['（一）总体情况'], ['一　总体情况']])('the same when the first heading is %s (audit 135 M03, M05, M12)', async (heading) => {
    const m = await meta(['2024年3月5日', '星期二', '平潭县教育局2023年度政府信息公开工作年度报告', heading, '2023年，本机关认真贯彻落实《条例》。']);
    expect(m.publishedOn).toBeNull();
  });
  it('a bare date over its weekday right under the article\'s own title is its date (audit 136 M01: refused, the signature\'s taken)', async () => {
    const m = await meta(['平潭县教育局2023年度政府信息公开工作年度报告', '2024年01月22日', '星期一', ...BODY, '平潭县教育局', '2024年1月19日']);
    expect(m.publishedOn).toBe('2024-01-22');
  });
  it('a bare date over its weekday under the title is the page\'s date, also when the body opens with the title again, in a paragraph or a heading (a Word paste, audits 137 M01–M04, 138 D01–D16)', async () => {
    const paste = await meta(['平潭县教育局2023年度政府信息公开工作年度报告', '2024年01月22日', '星期一', '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY]);
    expect(paste.publishedOn).toBe('2024-01-22');
    const html = `<!doctype html><html><body><h1>平潭县教育局2023年度政府信息公开工作年度报告</h1><div>2024年01月22日</div><div>星期一</div><h2>平潭县教育局2023年度政府信息公开工作年度报告</h2>${BODY.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    expect((await parseDocument(parseHTML(html).document as unknown as Document)).record.meta.publishedOn).toBe('2024-01-22');
  });
  it.each([['当前位置：首页 → 政务公开 → '], ['您所在的位置：首页 - 政务公开 - '], ['首页 / 政务公开 / ']])('a clock under a breadcrumb (%s…) ending in the title is no date (audit 137 M08–M10)', async (crumb) => {
    const m = await meta([`${crumb}平潭县教育局2023年度政府信息公开工作年度报告`, '2024年03月05日 星期二', '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY]);
    expect(m.publishedOn).toBeNull();
  });
  it('a clock under a breadcrumb ending in the title is no date under the title (audit 136 M12)', async () => {
    const m = await meta(['当前位置：首页 > 政务公开 > 平潭县教育局2023年度政府信息公开工作年度报告', '2024年03月05日 星期二', '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY]);
    expect(m.publishedOn).toBeNull();
  });
  it('a cover note\'s signature between the title and 一、 is read; a clock above a sidebar\'s 一、 is not (audit 136 M04, M06)', async () => {
    const cover = await meta(['平潭县教育局2023年度政府信息公开工作年度报告', '现将本机关2023年度政府信息公开工作年度报告公布如下。', '平潭县教育局', '2024年1月20日', ...BODY]);
    expect(cover.publishedOn).toBe('2024-01-20');
    const sidebar = await meta(['一、政府信息公开指南', '二、政府信息公开制度', '2024年03月05日', '星期二', '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY]);
    expect(sidebar.publishedOn).toBeNull();
  });
  it('a signature date under the body is still read', async () => {
    const m = await meta(['2024年03月05日', '星期二', '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY, '平潭县教育局', '2024年1月20日']);
    expect(m.publishedOn).toBe('2024-01-20');
  });
  it('a date over a line that is more than a weekday is still read', async () => {
    const m = await meta(['日期：2024年01月18日', '星期四 发布单位：平潭县教育局', '平潭县教育局2023年度政府信息公开工作年度报告', ...BODY]);
    expect(m.publishedOn).toBe('2024-01-18');
  });
  it('a clock under a breadcrumb naming the title is still a clock; its line prints nothing of the article (audit 127 M01, M09)', async () => {
    for (const clock of ['日期：2024年03月05日 星期二', '日期:2024年3月5日 农历甲辰年正月廿五 福州市 小雨转多云 12℃~18℃ 东北风3级 星期二']) {
      const m = await meta(['当前位置：首页 > 政务公开 > 平潭县教育局2023年度政府信息公开工作年度报告', clock, '平潭县教育局2023年度政府信息公开工作年度报告', '发布时间：2024-01-22 来源：平潭县教育局', ...BODY]);
      expect(m.publishedOn).toBe('2024-01-22');
    }
  });
  it.each([
    ['日期：2024年01月18日 星期四　发布单位：福州市长乐区教育局'],
    ['日期：2024年01月18日 星期四　【大】【中】【小】　【关闭】'],
    ['日期：2024年01月18日 星期四　视力保护色：　扫一扫在手机打开当前页'],
    ['日期：2024年01月18日 星期四'],
    ['日期：2024-01-18　责任人 周一鸣　审核 陈晓东'],
  ])('under the title, %s is the article\'s own date, whatever else its line prints (audit 128 M01–M11, M20, M23)', async (bar) => {
    const m = await meta(['福州市长乐区教育局2023年政府信息公开工作年度报告', bar, '来源：福州市长乐区教育局', ...BODY, '福州市长乐区教育局', '2024年1月16日']);
    expect(m.publishedOn).toBe('2024-01-18');
  });
  it.each([
    ['日期：2024年03月05日 星期二 无障碍阅读 长者模式'],
    ['时间：2024年3月5日 星期二 网站总访问量：12863592'],
    ['日期：2024年03月05日 星期二 字体：【大】【中】【小】'],
  ])('above the title, %s is a clock, whatever else its line prints (audit 128 M12–M16, M22)', async (clock) => {
    const m = await meta([clock, '福州市长乐区教育局2023年政府信息公开工作年度报告', ...BODY, '发布时间：2024-01-22']);
    expect(m.publishedOn).toBe('2024-01-22');
  });
  it('the title repeated under the info bar (the content area, an 附件 link) leaves the info bar\'s date the article\'s (audit 129 M01, M07)', async () => {
    const m = await meta(['福州市仓山区民政局2023年政府信息公开工作年度报告', '日期：2024年01月19日 星期五', '福州市仓山区民政局2023年政府信息公开工作年度报告', ...BODY, '2024年1月17日']);
    expect(m.publishedOn).toBe('2024-01-19');
  });
  it.each([['【年度报告】'], ['年度报告：'], ['[年报] ']])('a clock above a title tagged %s is a clock (audit 129 M18, M24, M25)', async (tag) => {
    const m = await meta(['日期：2024年03月05日 星期二', `${tag}福州市仓山区民政局2023年政府信息公开工作年度报告`, ...BODY, '发布时间：2024-01-22']);
    expect(m.publishedOn).toBe('2024-01-22');
  });
  it('a clock\'s 天气来源 is no article field (audit 129 M05)', async () => {
    const m = await meta(['日期：2024年03月05日 星期二 多云 天气来源：中国天气网', '福州市仓山区民政局2023年政府信息公开工作年度报告', ...BODY, '发布时间：2024-01-22']);
    expect(m.publishedOn).toBe('2024-01-22');
  });
  it('a notice ticker naming the title above the clock is neither the title nor where the title stands (audit 127 M06)', async () => {
    const m = await meta(['通知公告：福州市长乐区教育局2023年政府信息公开工作年度报告已发布，欢迎查阅', '日期：2024年03月05日 星期二　福州 多云 12~19℃', '福州市长乐区教育局2023年政府信息公开工作年度报告', ...BODY, '发布时间：2024-01-22']);
    expect([m.title, m.agencyName, m.publishedOn]).toEqual(['福州市长乐区教育局2023年政府信息公开工作年度报告', '福州市长乐区教育局', '2024-01-22']);
  });
  it('a weekday-dated 日期 beside the article\'s 来源 is its own date, wherever the title is found (audit 127 M02, M11)', async () => {
    const m = await meta(['日期：2024年01月18日 星期四 来源：福州市长乐区教育局 浏览次数：86', '福州市长乐区教育局2023年度政府信息公开工作年度报告', ...BODY]);
    expect(m.publishedOn).toBe('2024-01-18');
  });
  it.each([['日期：2024年01月18日 星期四'], ['日期：2024-01-18 周四']])('under the title, %s is the article\'s own date (audit 125 D01, D02, D12)', async (bar) => {
    const m = await meta(['平潭县教育局2023年度政府信息公开工作年度报告', `${bar} 来源：平潭县教育局`, ...BODY, '平潭县教育局', '2024年1月16日']);
    // before: skipped as a clock, and the signature's 2024-01-16 (or nothing) stored
    expect(m).toMatchObject({ publishedOn: '2024-01-18', publishedOnSource: '发布日期' });
  });
  it('a date line right under the title', async () => {
    const m = await meta(['某镇2023年政府信息公开工作年度报告', '|', '2024-01-22 作者:佚名 点击数: | ||||', ...BODY]);
    expect(m).toMatchObject({ publishedOn: '2024-01-22', publishedOnSource: '发布日期' });
  });
  it('never the statistical period, a 填报日期 or a narrative date', async () => {
    const m = await meta(['某县2018年政府信息公开工作年度报告', '统计时间:2018年1月1日至2018年12月31日', '一、概述', '时间:2018-05-06 召开专题会议。', '填报日期:2018.12.28']);
    expect(m.publishedOn).toBeNull();
  });
  it('发文日期 is used when no page date is printed, and 成文日期 with no date does not capture it', async () => {
    const m = await meta(['标 题: 玛曲县2018年政府信息公开工作年度报告', '成文日期:  发文日期: 2019-02-11', ...BODY]);
    expect(m).toMatchObject({ publishedOn: '2019-02-11', publishedOnSource: '发文日期' });
  });
  it('a label flattened into a pipe row still reads', async () => {
    const m = await meta(['文号: | 公开日期: | 2015-07-27 16:32 | |', '2009年度下管镇政府信息公开年度报告', ...BODY]);
    expect(m).toMatchObject({ publishedOn: '2015-07-27', publishedOnSource: '公开日期' });
  });
  it.each([
    ['公开时间', '公开方式： | 主动公开 | 公开时间： | 2023-01-18 |'],
    ['生成日期', '索引号：11341002003151234X/202201-00012 发布机构：某县司法局 生成日期：2023-01-18 公开方式：主动公开'],
    ['发稿时间', '发稿时间：2023-01-18 来源：某县司法局 点击数：128'],
    ['录入时间', '录入时间：2023-01-18 10:21'],
    ['上传时间', '上传时间：2023年1月18日'],
  ])('%s, another label portals print for the page\'s date, is read (audit 140 M15, T10: the date was lost, or the signature\'s taken)', async (label, line) => {
    const m = await meta(['某县2022年政府信息公开工作年度报告', line, ...BODY, '某县司法局', '2023年1月10日']);
    expect(m).toMatchObject({ publishedOn: '2023-01-18', publishedOnSource: label });
  });
  it.each([
    ['a 上一篇 line', ['上一篇：某县司法局2022年法治政府建设情况报告 发布日期：2023-01-12']],
    ['a 相关链接 list', ['相关链接', '某县司法局2021年政府信息公开工作年度报告 发布日期：2022-01-16', '某县司法局关于开展普法活动的通知 发布日期：2023-01-10']],
  ])('生成日期 in the info bar is the page\'s when 发布日期 dates only %s below the report (audit 141 D06, D07: the date was lost)', async (_, below) => {
    const m = await meta(['某县司法局2022年政府信息公开工作年度报告', '索引号：11341002003151234X/202201-00012 发布机构：某县司法局 生成日期：2023-01-20 公开方式：主动公开', ...BODY, ...below]);
    expect(m).toMatchObject({ publishedOn: '2023-01-20', publishedOnSource: '生成日期' });
  });
  it('the page\'s own 发布日期 at its foot (发布日期：… 浏览次数) still wins over 生成日期 in the info bar (audit 143 D03, D09)', async () => {
    const m = await meta(['某县司法局2022年政府信息公开工作年度报告', '索引号：11341002003151234X/202201-00012 发布机构：某县司法局 生成日期：2023-01-18 公开方式：主动公开', ...BODY, '发布日期：2023-01-20 浏览次数： 【打印本页】【关闭窗口】']);
    expect(m).toMatchObject({ publishedOn: '2023-01-20', publishedOnSource: '发布日期' });
  });
  it.each([
    ['an attachment\'s 上传时间', ['某县教育局2022年政府信息公开工作年度报告', '附件：某县教育局2022年政府信息公开工作年度报告.pdf（上传时间：2023-02-08）', ...BODY, '某县教育局', '2023年1月16日', '上一篇：某县教育局2021年政府信息公开工作年度报告 发布日期：2023-01-09']],
    ['a 发稿时间 of a list above the title', ['首页 > 政务公开 > 政府信息公开年报', '最新信息', '关于2024年消费券发放活动的公告 发稿时间：2024-03-01', '某县商务局2024年工作要点 发稿时间：2024-02-26', '某县商务局2022年政府信息公开工作年度报告', ...BODY, '某县商务局', '2023年1月16日', '上一篇：某县商务局2021年政府信息公开工作年度报告 发布日期：2023-01-09']],
  ])('%s dates no page: the signature\'s date is kept when 发布日期 dates only the 上一篇 line (audit 143 D04, D06: 2024-03-01, 2023-02-08)', async (_, lines) => {
    const m = await meta(lines);
    expect(m.publishedOn).toBe('2023-01-16');
  });
  it.each([
    ['an attachment\'s 上传时间 on a line of its own under the title', ['某县司法局2023年政府信息公开工作年度报告', '附件下载', '某县司法局2023年政府信息公开工作年度报告（文字版）', '上传时间：2024-01-25']],
    ['a sidebar\'s 发稿时间 above the title, with no list heading', ['首页 > 信息公开 > 政府信息公开年报', '关于2023年春节期间烟花爆竹禁放的通告 发稿时间：2023-01-28', '某县城市管理局2023年工作要点 发稿时间：2023-02-15', '某县司法局2023年政府信息公开工作年度报告']],
    ['a 解读 link\'s 发稿时间 under the title', ['某县司法局2023年政府信息公开工作年度报告', '政策解读：一图读懂某县司法局2023年政府信息公开工作年度报告 发稿时间：2024-02-03']],
    ['a 图解 card\'s 发布时间 under the title', ['某县司法局2023年政府信息公开工作年度报告', '图解：一图读懂某县司法局2023年政府信息公开工作年度报告', '发布时间：2024-02-07']],
    ['a sidebar\'s entries printing 来源 beside 发稿时间', ['首页 > 信息公开 > 政府信息公开年报', '某县交通运输局2024年春运工作方案 来源：某县交通运输局 发稿时间：2024-01-29', '关于农村公路养护的公示 来源：某县交通运输局 发稿时间：2024-02-05', '某县司法局2023年政府信息公开工作年度报告']],
    ['an attachment\'s 上传时间 line under the info bar', ['某县司法局2023年政府信息公开工作年度报告', '索引号：11340803003149876J/202301-00005  发布机构：某县司法局', '上传时间：2024-02-09  下载次数：23']],
    ['a sidebar\'s entry printing 来源 and 浏览次数 beside 发稿时间', ['关于2024年春耕备耕工作的通知 来源：某县农水局 浏览次数：58 发稿时间：2024-02-01', '某县司法局2023年政府信息公开工作年度报告']],
    ['a 图解 card right under the title printing 来源', ['某县司法局2023年政府信息公开工作年度报告', '图解：一图读懂某县司法局2023年政府信息公开工作年度报告 来源：某县司法局 发布时间：2024-02-06']],
  ])('%s is no date of the page when 发布日期 dates only a 上一篇 line (audit 144 D03, D07, D09; 145 D03, D07, D12; 146 P03, P04)', async (_, top) => {
    const m = await meta([...top, ...BODY, '某县司法局', '2024年1月22日', '上一篇：某县司法局2022年政府信息公开工作年度报告 发布日期：2024-01-12']);
    expect(m.publishedOn).toBe('2024-01-22');
  });
  it('the page\'s own 发布日期 at its foot after a 上一篇 line wins over 生成日期 (audit 144 D05; 附件：无 in the foot bar is no link, D04)', async () => {
    const m = await meta(['某县医疗保障局2022年政府信息公开工作年度报告', '索引号：11341002003151234X/202201-00012 发布机构：某县医疗保障局 生成日期：2023-01-13 公开方式：主动公开', ...BODY, '上一篇：某县医保局2022年工作总结 发布日期：2023-01-06', '下一篇：无', '发布日期：2023-01-17 浏览次数：219 附件：无 【打印本页】']);
    expect(m).toMatchObject({ publishedOn: '2023-01-17', publishedOnSource: '发布日期' });
  });
  it.each([
    ['a 相关链接 entry', ['相关链接', '某县城管局2022年政府信息公开工作年度报告 发布日期：2023-01-17 浏览次数：96']],
    ['a 解读 card', ['相关解读：一图读懂某县城管局2023年政府信息公开工作年度报告 发布日期：2024-02-08 浏览次数：35']],
  ])('%s printing 发布日期 and 浏览次数 is not the page\'s own 发布日期 printed again (audit 146 P01, P11)', async (_, below) => {
    const m = await meta(['某县城管局2023年政府信息公开工作年度报告', ...BODY, '某县城管局', '2024年1月19日', '上一篇：某县城管局2023年工作总结 发布日期：2024-01-08', ...below]);
    expect(m.publishedOn).toBe('2024-01-19');
  });
  it('the page\'s foot bar after a 热门文章 entry with its 点击量 is the one read (audit 146 P17)', async () => {
    const m = await meta(['某区人社局2022年政府信息公开工作年度报告', ...BODY, '上一篇：某区人社局2022年工作总结 发布日期：2023-01-06', '热门文章', '某区2023年春风行动启动 发布日期：2023-02-10 点击量：512', '来源：某区人社局  发布日期：2023-01-18  浏览次数：203']);
    expect(m).toMatchObject({ publishedOn: '2023-01-18', publishedOnSource: '发布日期' });
  });
  it('发稿时间 beside 来源 and the font buttons right under the title is the page\'s (audit 144 N17)', async () => {
    const m = await meta(['某区经济和信息化局2023年政府信息公开工作年度报告', '发稿时间：2024-01-22  来源：区经信局  【字体：大 中 小】', ...BODY, '上一条：某区经信局2023年度部门整体支出绩效自评报告 发布日期：2024-01-15']);
    expect(m).toMatchObject({ publishedOn: '2024-01-22', publishedOnSource: '发稿时间' });
  });
  it('发布时间 opening its line under the title is the page\'s, over 生成日期 in the bar above (audit 143 D08)', async () => {
    const m = await meta(['索引号：11341002003151234X/202201-00012 发布机构：某县农业农村局 生成日期：2023-01-16', '某县农业农村局2022年政府信息公开工作年度报告', '发布时间：2023-01-18 09:30', ...BODY, '上一篇：某县农业农村局2022年工作总结 发布日期：2023-01-03']);
    expect(m).toMatchObject({ publishedOn: '2023-01-18', publishedOnSource: '发布时间' });
  });
  it('发布日期 printed too wins over them', async () => {
    const m = await meta(['某县2022年政府信息公开工作年度报告', '录入时间：2023-01-17 发布日期：2023-01-18', ...BODY]);
    expect(m).toMatchObject({ publishedOn: '2023-01-18', publishedOnSource: '发布日期' });
  });
  it('Chinese-numeral signature dates are the last resort', async () => {
    const m = await meta(['某县2011年政府信息公开工作年度报告', ...BODY, '某县人民政府', '二○一二年元月二十日']);
    expect(m).toMatchObject({ publishedOn: '2012-01-20', publishedOnSource: '落款日期' });
    const n = await meta(['某县2018年政府信息公开工作年度报告', ...BODY, '二〇一九年三月二十五日']);
    expect(n.publishedOn).toBe('2019-03-25');
  });
  it('a URL date beats the signature date', async () => {
    const m = await meta(['某县2018年政府信息公开工作年度报告', ...BODY, '二〇一九年三月二十五日'], 'https://www.x.gov.cn/a/201903/t20190320_1.htm');
    expect(m).toMatchObject({ publishedOn: '2019-03-20', publishedOnSource: 'url' });
  });
});

describe('fixtures: metadata agrees with meta.json', async () => {
  const toSimplified = await loadConverter();
  const dateForms = (iso: string): string[] => {
    const [y, m, d] = iso.split('-');
    return [iso, `${y}年${Number(m)}月${Number(d)}日`, `${y}年${m}月${d}日`, `${y}.${m}.${d}`];
  };
  const KIND: Record<string, string> = { province: 'government', city: 'government', county: 'government', department: 'department', township: 'township' };
  for (const c of listCases().filter((x) => x.meta)) {
    it(c.name, async () => {
      const want = c.meta!;
      const { record } = await parseFile(c.source, want.provenance?.url);
      const m = record.meta;
      const page = toSimplified(readFileSync(c.source, 'utf8'));
      // the date must come out whenever the page prints it
      if (want.published && dateForms(want.published).some((f) => page.includes(f))) expect(m.publishedOn).toBe(want.published);
      const agency = toSimplified(String(want.agency));
      if (/not in the excerpt/.test(agency)) expect(m.agencyName).toBeNull();
      else {
        expect(m.agencyName).not.toBeNull();
        expect(agency.includes(m.agencyName!) || m.agencyName!.includes(agency), `${m.agencyName} vs ${agency}`).toBe(true);
      }
      const kind = want.level !== 'township' && /办公厅|办公室|局$|委员会$/.test(m.agencyName ?? '') ? 'department' : KIND[want.level];
      expect(m.agencyKind).toBe(kind);
    });
  }
});

describe('a statistics period whose sentence a PDF copy hard-wrapped (audit 126 M07, M10)', () => {
  it.each([
    [['本报告中所列数据统', '计期限为2022年1月1日至2022年12月31日。']],
    [['本报告中所列数据统计期限为2022年1月', '1日至2022年12月31日。']],
  ])('%j is read', async (lines) => {
    const m = await meta(['某县2022年政府信息公开工作年度报告', ...lines, '一、总体情况', '2022年，本机关认真贯彻落实《条例》。']);
    // before: no period, and nothing said
    expect([m.statPeriod?.start, m.statPeriod?.end]).toEqual(['2022-01-01', '2022-12-31']);
  });
});

describe('a title a PDF copy broke over two lines elsewhere than after its year (audit 126 M07, M08)', () => {
  it.each([
    [['闽侯县水利局2022年政府信息公开', '工作年度报告']],
    [['闽侯县水利局2022年政府信息', '公开工作年度报告']],
    [['闽侯县水利局2022年政府信息公开工作', '年度报告']],
  ])('%j is one title, not the preamble\'s sentence naming the report', async (lines) => {
    const m = await meta([...lines, '根据《中华人民共和国政府信息公开条例》规定，现公布本局2022年政府信息公开工作年度报告。', ...BODY]);
    // before: the preamble's words, with 根据中华人民共和国 as the agency
    expect([m.title, m.agencyName]).toEqual(['闽侯县水利局2022年政府信息公开工作年度报告', '闽侯县水利局']);
  });
  it('not a site\'s header over a title of its own (audit 123 T28)', async () => {
    const m = await meta(['平潭县人民政府', '2023年度政府信息公开年报', ...BODY]);
    expect(m.title).toBe('2023年度政府信息公开年报');
  });
  it('not a sentence over a line of the report\'s words', async () => {
    const m = await meta(['现公布闽侯县水利局2022年政府信息公开', '工作年度报告，请查阅。', ...BODY]);
    expect(m.agencyName).not.toBe('现公布闽侯县水利局');
  });
});

describe('an info table\'s field label before the title (audit 126 M02, M06)', () => {
  it.each([['名称：'], ['信息名称：'], ['标题: '], ['文件名称：']])('%s is no part of the title or the agency', async (label) => {
    const m = await meta([`${label}福州市仓山区教育局2022年度政府信息公开工作年度报告`, ...BODY]);
    // before: 名称：福州市仓山区教育局 stored as the agency
    expect([m.title, m.agencyName]).toEqual(['福州市仓山区教育局2022年度政府信息公开工作年度报告', '福州市仓山区教育局']);
  });
});

describe('a title naming 政务公开 without 信息公开 (audit 129 M11, M21; 122 G07, G20; 123 T13, T26)', () => {
  it.each([['福州市仓山区民政局2023年政务公开工作年报'], ['平潭县教育局2023年政务公开工作年度报告']])('%s is the title, its agency the agency', async (title) => {
    // before: no title (the <title>'s site name, or none), and the portal clock's date taken for the page's
    const m = await meta(['日期：2024年03月05日 星期二', title, '2023年，本机关认真贯彻落实《条例》。', ...BODY.slice(1), '一、总体情况', '某某', '2024年1月17日']);
    expect(m.title).toBe(title);
    expect(m.agencyName).toBe(title.slice(0, title.indexOf('2023')));
    expect(m.publishedOn).not.toBe('2024-03-05');
  });
  it('not a work plan: 2023年政务公开工作要点 names no report', async () => {
    expect((await meta(['某县2023年政务公开工作要点', ...BODY])).title).toBeNull();
  });
});

describe('two dated title lines side by side in text (reviewer 124 T11)', () => {
  it('the one the statistics period does not contradict is the title, not the sidebar\'s line above it', async () => {
    const m = await meta([
      '张掖市甘州区教育局2022年度政府信息公开工作年度报告 2023-01-19',
      '张掖市甘州区民政局2023年度政府信息公开工作年度报告 2024-01-18',
      '一、总体情况',
      '2023年，本机关认真贯彻落实《条例》。本报告统计期限为2023年1月1日至2023年12月31日。',
    ]);
    // before: the first line, with 2022 (flagged by TEXT-YEAR) and the education bureau as the agency (silent)
    expect([m.title, m.reportYear, m.agencyName]).toEqual(['张掖市甘州区民政局2023年度政府信息公开工作年度报告', 2023, '张掖市甘州区民政局']);
  });
  const OWN = '张掖市甘州区民政局2023年度政府信息公开工作年度报告 2024-01-18';
  const BODY_NAMING = ['一、总体情况', '2023年，张掖市甘州区民政局认真贯彻落实《条例》。'];
  it.each([
    ['another office\'s line of the same year above it, no period', ['张掖市甘州区教育局2023年度政府信息公开工作年度报告 2024-01-17', OWN]],
    ['between two other offices\' lines', ['张掖市甘州区教育局2023年度政府信息公开工作年度报告 2024-01-17', OWN, '张掖市甘州区卫生健康局2023年度政府信息公开工作年度报告 2024-01-19']],
    ['under a 一图读懂 line of its own report', ['一图读懂张掖市甘州区民政局2023年度政府信息公开工作年度报告 2024-01-18', OWN]],
  ])('the one whose agency the body names, %s (audit 125 T01, T08, T10, T15)', async (_what, lines) => {
    const m = await meta([...lines, ...BODY_NAMING]);
    expect([m.title, m.agencyName]).toEqual(['张掖市甘州区民政局2023年度政府信息公开工作年度报告', '张掖市甘州区民政局']);
  });
  it('with no 来源 naming one of them, the choice is warned of (audit 128: every weaker cue was fooled by some page)', async () => {
    const { parseHTML: parse } = await import('linkedom');
    const lines = ['张掖市甘州区教育局2023年度政府信息公开工作年度报告 2024-01-17', OWN, ...BODY_NAMING];
    const html = `<!doctype html><html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const { record } = await parseDocument(parse(html).document as unknown as Document);
    const w = record.warnings.find((x) => x.code === 'title-uncertain');
    expect(w?.message).toContain('the page prints 2 report titles side by side');
    const { warningText } = await import('../../../src/model/parser-text');
    expect(warningText(w!, 'zh')).toMatch(/^页面并列印有2个报告标题（“.+”、“.+”），未说明哪个是本页的：标题、年度和机关取自“张掖市甘州区民政局2023年度政府信息公开工作年度报告”$/);
    const sourced = `<!doctype html><html><body>${[...lines.slice(0, 2), '来源：张掖市甘州区民政局', ...lines.slice(2)].map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    expect((await parseDocument(parse(sourced).document as unknown as Document)).record.warnings.some((x) => x.code === 'title-uncertain')).toBe(false);
  });
  it('the info bar\'s 来源 decides, not an office the body cites (audit 127 T02)', async () => {
    const m = await meta([
      '福州市长乐区教育局2023年政府信息公开工作年度报告 2024-01-22',
      '福州市长乐区人民政府办公室2023年政府信息公开工作年度报告 2024-01-19',
      '来源：福州市长乐区教育局　浏览次数：86',
      '一、总体情况',
      '2023年，我局按照福州市长乐区人民政府办公室《关于做好2023年度政府信息公开工作的通知》要求，认真贯彻落实《条例》。',
    ]);
    expect(m.agencyName).toBe('福州市长乐区教育局');
  });
  it('the article\'s own line above another office\'s stays the title though the period sentence is last year\'s (audit 125 T07)', async () => {
    const m = await meta([OWN, '张掖市甘州区教育局2022年度政府信息公开工作年度报告 2023-01-17', '本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。', ...BODY_NAMING]);
    expect(m.agencyName).toBe('张掖市甘州区民政局');
  });
});

describe('the page date over a related-link list at the foot', () => {
  it('a 发布日期 after the first section heading gives way to the header\'s own 日期', async () => {
    const { join } = await import('node:path');
    const { FIXTURES } = await import('./fixture-loader');
    const { runChecks } = await import('../../../src/checks/index');
    const shanghai = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
    expect(shanghai).toContain('发布日期：2020-01-31');
    const related = '<div class="xgxx"><p>相关信息</p><p><a href="/nw2/2021.html">2020年上海市人民政府办公厅政府信息公开工作年度报告</a>　发布日期：2021-01-29</p></div>';
    const html = shanghai.replace('发布日期：2020-01-31', '日期：2020-01-31') + related; // the page has no </body>
    const { pageHtml } = await import('../../../src/extract/page-source');
    const { record } = await parseDocument(parseHTML(pageHtml(html, false)).document as unknown as Document, { url: 'https://www.shanghai.gov.cn/nw12344/20200131/x.html' });
    // before: 2021-01-29 from the link below, and a false PUB-LATE of 364 days
    expect(record.meta.publishedOn).toBe('2020-01-31');
    expect(runChecks(record).filter((f) => f.rule === 'PUB-LATE')).toEqual([]);
  });
});

describe('a labelled page date in Chinese numerals', () => {
  it('发布日期：二〇二三年一月二十日 and 发布时间：二O二三年一月二十日 are read (they were not)', async () => {
    for (const [line, source] of [['发布日期：二〇二三年一月二十日', '发布日期'], ['发布时间：二O二三年一月二十日', '发布时间']]) {
      const lines = ['某某局2022年政府信息公开工作年度报告', line, '一、总体情况', '本年度主动公开政府信息12条。'];
      const html = `<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
      const { record } = await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://www.example.gov.cn/a/b.htm' });
      expect([record.meta.publishedOn, record.meta.publishedOnSource]).toEqual(['2023-01-20', source]);
    }
  });
});

describe('lists of other reports around the title (reviewer 119)', () => {
  const TITLE = '某市某区市场监督管理局2021年度政府信息公开工作年度报告';
  const OTHER = '某市某区财政局2021年度政府信息公开工作年度报告';
  const EARLIER = '某市某区市场监督管理局2020年度政府信息公开工作年度报告';
  const BODY = ['一、总体情况', '本机关认真贯彻落实《条例》，主动公开政府信息。'];
  const page = async (body: string) =>
    (await parseDocument(parseHTML(`<!doctype html><html><head><title>某市某区人民政府</title></head><body>${body}<p>${TITLE}</p>${BODY.map((l) => `<p>${l}</p>`).join('')}</body></html>`).document as unknown as Document)).record.meta;

  it.each([
    ['<div><a href="/x">TITLE</a><span>2022-01-19</span></div> (M40)', `<div class="item"><a href="/x">${OTHER}</a><span>2022-01-19</span></div>`],
    ['<li onclick> items with no link (M08)', `<ul><li onclick="go()"><span>${OTHER}</span><span>2022-01-19</span></li><li onclick="go()"><span>${OTHER.replace('财政局', '民政局')}</span></li></ul>`],
    ['a 部门年报 list in text (T02)', `<p>部门年报</p><p>${OTHER}</p>`],
    ['text entries with their dates under 部门年报 (T01)', `<p>部门年报</p><p>${OTHER}　2022-01-19</p><p>${OTHER.replace('财政局', '民政局')}　2022-01-18</p>`],
  ])('another office\'s report above the article, %s: not the title (its agency had been taken)', async (_, list) => {
    const m = await page(list);
    expect([m.title, m.agencyName]).toEqual([TITLE, '某市某区市场监督管理局']);
  });

  const withTitle = async (title: string, body: string) =>
    (await parseDocument(parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}${BODY.map((l) => `<p>${l}</p>`).join('')}</body></html>`).document as unknown as Document)).record.meta;
  it.each([
    ['平潭县人民政府门户网站-政府信息公开-年报', '<h1>T</h1>'],
    ['平潭县政府信息公开年度报告', '<p>T</p>'],
    ['某市某区人民政府-年度报告', '<p>T</p>'],
    ['某市某区人民政府_某市某区市场监督管理局2021年度政府信息公开工作年度报告', '<p>T</p>'],
    ['某市某区人民政府 - 某市某区市场监督管理局2021年度政府信息公开工作年度报告', '<p>T</p>'],
  ])('<title>%s (a site\'s or column\'s name, or before the title): the article\'s title and agency (M02, M31, M32, M03)', async (title, body) => {
    const m = await withTitle(title, body.replace('T', TITLE));
    expect([m.title, m.agencyName]).toEqual([TITLE, '某市某区市场监督管理局']);
  });

  it('a stale <title> naming a year the statistics period contradicts: the article\'s (M16: the year became 2020)', async () => {
    const m = await withTitle(EARLIER, `<h1>${TITLE}</h1><p>本报告所列数据的统计期限为2021年1月1日至2021年12月31日。</p>`);
    expect([m.title, m.reportYear]).toEqual([TITLE, 2021]);
  });

  it.each([
    ['a search form\'s 标题： label (M05: 全文 became the agency)', '<form><label>标题：</label><input> <label>全文：</label><input></form>'],
    ['an info table\'s 标题 row, its bars left out (M06)', `<table><tr><td>标　　题：</td><td>${TITLE}</td></tr></table>`],
  ])('%s', async (_, header) => {
    const m = await withTitle('某市某区人民政府', `${header}<p>${TITLE}</p>`);
    expect([m.title, m.agencyName]).toEqual([TITLE, '某市某区市场监督管理局']);
  });

  it('a <title> naming no report (平潭县人民政府) gives no agency (M53: the site became the agency)', async () => {
    const m = await withTitle('某市某区人民政府', '<p>某市某区市场监督管理局</p>');
    expect(m.agencyName).not.toBe('某市某区人民政府');
  });

  it.each([
    ['the agency and year over the report\'s words (M47: the year came from a link)', '<p>某市某区市场监督管理局2021年度</p><p>政府信息公开工作年度报告</p>'],
    ['the title in a layout table\'s cell (M42, M43)', `<table class="article-head"><tr><td>${TITLE}</td></tr><tr><td>发布时间：2022-01-18</td></tr></table>`],
  ])('a sidebar\'s links, then %s: the article\'s year and agency', async (_, article) => {
    const sidebar = `<div>往年年报</div><ul><li><a href="/e">${EARLIER}</a></li></ul><ul><li><a href="/o">${OTHER}</a></li></ul>`;
    const html = `<!doctype html><html><head><title>某市某区人民政府</title></head><body>${sidebar}${article}<p>本报告所列数据的统计期限为2021年1月1日至2021年12月31日。</p>${BODY.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const m = (await parseDocument(parseHTML(html).document as unknown as Document)).record.meta;
    expect([m.title?.endsWith('2021年度政府信息公开工作年度报告'), m.reportYear, m.agencyName]).toEqual([true, 2021, '某市某区市场监督管理局']);
  });

  it.each([
    ['通知公告 entries dated above the title (reviewer 119 T10, M21)', ['通知公告', '关于做好寒假安全工作的通知', '发布日期：2022-01-10', TITLE, '发布时间：2022-01-18'], '2022-01-18'],
    ['the period\'s first day on the line under the title (T06)', [TITLE, '2021年1月1日—2021年12月31日', ...BODY, '某市某区市场监督管理局', '2022年1月16日'], '2022-01-16'],
  ])('%s: the page\'s own date', async (_, lines, date) => {
    const m = (await parseDocument(parseHTML(`<!doctype html><html><body>${(lines as string[]).map((l) => `<p>${l}</p>`).join('')}</body></html>`).document as unknown as Document)).record.meta;
    expect(m.publishedOn).toBe(date);
  });

  it('a site\'s header over a title naming no agency: the signature\'s agency, not the header\'s (audit 123 T03)', async () => {
    const html = `<!doctype html><html><head><title>某市某区人民政府</title></head><body><p>某市某区人民政府</p><p>2021年度政府信息公开工作年度报告</p>${BODY.map((l) => `<p>${l}</p>`).join('')}<p>某市某区市场监督管理局</p><p>2022年1月20日</p></body></html>`;
    const m = (await parseDocument(parseHTML(html).document as unknown as Document)).record.meta;
    expect(m.agencyName).toBe('某市某区市场监督管理局');
  });

  it('a link to another page, a sentence, then the plain title: the title (audit 123 H08: the link\'s 2020 was stored)', async () => {
    const m = await page(`<div class="ticker"><a href="/e">${EARLIER}</a></div><p>如对本网站有意见建议，请联系网站管理员。</p><p>${TITLE}</p><p>本报告所列数据的统计期限为2021年1月1日至2021年12月31日。</p>`);
    expect([m.title, m.reportYear]).toEqual([TITLE, 2021]);
  });

  it.each([
    ['中国（福建）自由贸易试验区-福州片区管委会2021年度政府信息公开工作年度报告', '中国（福建）自由贸易试验区-福州片区管委会'],
    ['国家税务总局 福州市税务局2021年度政府信息公开工作年度报告', '国家税务总局 福州市税务局'],
    ['某市某区人民政府丨某市某区市场监督管理局2021年度政府信息公开工作年度报告', '某市某区市场监督管理局'], // 丨 (audit 124 A30)
  ])('<title>%s: an agency\'s own - or space is not a site\'s separator, 丨 is one (audit 123 H01, H07)', async (title, agency) => {
    const m = await withTitle(title, '<p>x</p>');
    expect(m.agencyName).toBe(agency);
  });

  it('a text sidebar of dated report lines: entries, not the title (audit 123 T21)', async () => {
    const m = await page(`<p>${OTHER}　2022-01-19</p><p>${OTHER.replace('财政局', '民政局')}　2022-01-18</p>`);
    expect(m.agencyName).toBe('某市某区市场监督管理局');
  });

  it.each([
    ['某市某区人民政府 某市某区市场监督管理局2021年度政府信息公开工作年度报告', '<p>x</p>'],
    ['某市某区人民政府-某市某区市场监督管理局2021年度政府信息公开工作年度报告', '<p>x</p>'],
    ['某市某区人民政府 - 政务公开 - 某市某区市场监督管理局2021年度政府信息公开工作年度报告', '<p>x</p>'],
    ['2021年度报告_某市某区市场监督管理局', `<p>${TITLE}</p>`],
    ['某市某区人民政府', `<h1>2021年度报告</h1><p>${TITLE}</p>`],
  ])('<title>%s (audit 122 G01, G02, G22, G12, G14: the site\'s or column\'s words had stayed in the agency)', async (title, body) => {
    const m = await withTitle(title, body);
    expect(m.agencyName).toBe('某市某区市场监督管理局');
  });

  it.each([
    ['某市某区市场监督管理局2021年度政府信息公开工作年度报告_某市某区人民政府', '某市某区市场监督管理局2021年度政府信息公开工作年度报告'],
    ['某市某区市场监督管理局2021年度政府信息公开工作年度报告 - 某市某区人民政府门户网站', '某市某区市场监督管理局2021年度政府信息公开工作年度报告'],
    ['某市某区市场监督管理局2021年度政府信息公开工作年度报告-通知-某市某区政府', '某市某区市场监督管理局2021年度政府信息公开工作年度报告'],
    ['某市某区市场监督管理局政府信息公开工作年度报告（2021年度）_某市人民政府', '某市某区市场监督管理局政府信息公开工作年度报告（2021年度）'],
    ['政府信息公开年报 - 2021年度报告 - 某市某区市场监督管理局', '政府信息公开年报 - 2021年度报告 - 某市某区市场监督管理局'], // (the year is after the separator: kept)
    ['某市某区市场监督管理局2021年度政府信息公开工作年度报告_政府信息公开年报_某市某区人民政府', '某市某区市场监督管理局2021年度政府信息公开工作年度报告'], // (a column's and a site's: audit 141 D01)
    ['2021年度政府信息公开工作年度报告——某市某区市场监督管理局', '2021年度政府信息公开工作年度报告——某市某区市场监督管理局'], // (—— before the agency: the report's own, D03)
  ])('<title>%s: a site\'s name after the title is cut off (audit 140 M16: it had stayed in the stored title)', async (title, stored) => {
    const m = await withTitle(title, '<p>x</p>');
    expect(m.title).toBe(stored);
  });

  it('<title> 标题_站点 over an <h1> of the title and an unlabelled date line: the date is read (audit 140 M16: no block equalled the suffixed title)', async () => {
    const m = await withTitle(`${TITLE}_某市某区人民政府`, `<h1>${TITLE}</h1><div class="info">2022-01-18 15:32 &nbsp; 来源：某市某区市场监督管理局 &nbsp; 浏览量：57</div>`);
    expect([m.title, m.publishedOn]).toEqual([TITLE, '2022-01-18']);
  });

  it.each([
    ['来源：某市某区市场监督管理局 &nbsp;&nbsp; 2022-01-18 &nbsp;&nbsp; 【字号：大 中 小】', '2022-01-18', '发布日期'],
    ['作者：办公室 2022年1月18日 浏览量：57', '2022-01-18', '发布日期'],
    ['来源：某市某区市场监督管理局 成文日期： 2021-12-30', '2021-12-30', '成文日期'], // (a date after its own label is that label's)
    ['信息来源：某市某区市场监督管理局 成文日期 2021-12-30 浏览量：88', '2021-12-30', '成文日期'], // (also printed without its colon, not the page's own date: audit 141 D10)
  ])('an info bar under the title with a date among its fields and no label for it, %s (audit 140 M14: the date had been lost)', async (bar, date, source) => {
    const m = await withTitle(TITLE, `<h1>${TITLE}</h1><div class="info">${bar}</div>`);
    expect([m.publishedOn, m.publishedOnSource]).toEqual([date, source]);
  });

  it('<title> of a year-only title and the agency after it, the agency on the line over the title: that agency (audit 140 M17)', async () => {
    const m = await withTitle('2021年度政府信息公开工作年度报告_某市某区市场监督管理局', '<div class="art-title"><p>某市某区市场监督管理局</p><p>2021年度政府信息公开工作年度报告</p></div>');
    expect([m.title, m.agencyName]).toEqual(['2021年度政府信息公开工作年度报告', '某市某区市场监督管理局']);
  });

  it('<title> with its year in brackets after the report\'s words, the site first (audit 122 G03)', async () => {
    const m = await withTitle('某市某区人民政府_某市某区市场监督管理局政府信息公开工作年度报告（2021年度）', '<p>x</p>');
    expect([m.agencyName, m.reportYear]).toEqual(['某市某区市场监督管理局', 2021]);
  });

  it.each([
    ['a text title with its date on its line', `<p>${TITLE} 2022-01-18</p>`],
    ['a self-link with its date', `<div><a href="./self">${TITLE}</a><span>2022-01-18</span></div>`],
  ])('%s, then the preamble 现发布《…》。 and a 相关阅读 list: the title, not the sentence nor the list (audit 122 T04, T11, L15)', async (_, head) => {
    const body = `${head}<p>根据《中华人民共和国政府信息公开条例》要求，现发布《${TITLE}》。</p>${BODY.map((l) => `<p>${l}</p>`).join('')}<p>相关阅读</p><p>${EARLIER}</p>`;
    const m = (await parseDocument(parseHTML(`<!doctype html><html><head><title>某市某区人民政府</title></head><body>${body}</body></html>`).document as unknown as Document)).record.meta;
    expect([m.title, m.reportYear, m.agencyName]).toEqual([TITLE, 2021, '某市某区市场监督管理局']);
  });

  it('the article\'s title in an <li> among its date and source, after a sidebar\'s links: the article\'s (audit 122 L03)', async () => {
    const m = await page(`<div><h3>最新信息</h3><ul><li><a href="/o">${OTHER}</a><span>2022-01-17</span></li></ul></div><ul class="article-info"><li class="title">${TITLE.replace('报告', '报告 ')}</li><li>发布日期：2022-01-18</li></ul>`);
    expect(m.agencyName).toBe('某市某区市场监督管理局');
  });

  it('【上一篇】 with a link to last year\'s report is no title (reviewer 119 M45: 2022 and 上一篇… had been stored)', async () => {
    const m = await page(`<table class="article-head"><tr><td>${TITLE}</td></tr></table><p>本报告所列数据的统计期限为2021年1月1日至2021年12月31日。</p><p>【上一篇】<a href="/p">${EARLIER}</a></p>`);
    expect([m.title, m.reportYear, m.agencyName]).toEqual([TITLE, 2021, '某市某区市场监督管理局']);
  });

  it('the column\'s own earlier reports under 本栏目信息 (L01: the year became 2020, with no period to contradict it)', async () => {
    const m = await page(`<div>本栏目信息</div><div><a href="/e">${EARLIER}</a><span>2021-03-20</span></div>`);
    expect([m.title, m.reportYear]).toEqual([TITLE, 2021]);
  });
});

describe('what a portal prints around the title (reviewer 114)', () => {
  const TITLE = '某市某区市场监督管理局2021年度政府信息公开工作年度报告';
  const BODY_2021 = ['本报告所列数据的统计期限为2021年1月1日至2021年12月31日。', '一、总体情况', '2021年，本机关认真贯彻落实《条例》，主动公开政府信息。'];
  const page = async (html: string) => (await parseDocument(parseHTML(html).document as unknown as Document)).record.meta;

  it('a sidebar list of links above the article is not the title (P1: another office became the agency)', async () => {
    const html = `<!doctype html><html><head><title>某市某区人民政府门户网站</title></head><body><div><h3>最新信息</h3><ul><li><a href="/x">某市某区财政局2022年度政府信息公开工作年度报告</a></li></ul></div><p>${TITLE}</p>${BODY_2021.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const m = await page(html);
    expect([m.title, m.reportYear, m.agencyName]).toEqual([TITLE, 2021, '某市某区市场监督管理局']);
    // a title that is itself a link, with none other, is still read
    const linked = html.replace(/<div>.*?<\/div>/, '').replace(`<p>${TITLE}</p>`, `<p><a href="/self">${TITLE}</a></p>`);
    expect((await page(linked)).title).toBe(TITLE);
  });

  // (no statistics period but in the last: the title's year is the report's)
  it.each([
    ['a 最新动态 list in text (P2: the year was 2022, the agency the district government)', ['最新动态', '某市某区人民政府2022年度政府信息公开工作年度报告', TITLE]],
    ['a breadcrumb naming another year (N01)', ['当前位置：首页 > 政务公开 > 2022年度政府信息公开工作年度报告专栏', TITLE]],
    ['a 最新动态 list over a title without its year (N04)', ['最新动态', '某市某区人民政府2022年度政府信息公开工作年度报告', '某市某区市场监督管理局政府信息公开工作年度报告', BODY_2021[0]!]],
  ])('%s: the article\'s own title is read', async (_, head) => {
    const m = await meta([...head, ...BODY_2021.slice(1)]);
    expect([m.reportYear, m.agencyName, m.agencyKind]).toEqual([2021, '某市某区市场监督管理局', 'department']);
  });

  it('a work plan joined to the report by 暨: the report\'s year and the agency (Y04: 2022, …政务公开工作要点暨)', async () => {
    const m = await meta(['某市某区市场监督管理局2022年政务公开工作要点暨2021年度政府信息公开工作年度报告', ...BODY_2021]);
    expect([m.reportYear, m.agencyName]).toEqual([2021, '某市某区市场监督管理局']);
  });

  it('a 相关文章 entry\'s 发布日期 under the signature is not the page\'s date (P3)', async () => {
    const body = [...BODY_2021, '二、主动公开政府信息情况', '本年主动公开信息12条。', '三、其他需要报告的事项', '本机关未收取信息处理费。', '无。'];
    const m = await meta([TITLE, ...body, '某市某区市场监督管理局', '2022年1月20日', '相关文章', '某市某区召开2022年政务公开工作推进会 发布日期:2022-01-10']);
    expect([m.publishedOn, m.publishedOnSource]).toEqual(['2022-01-20', '落款日期']);
  });

  it.each([
    ['a sentence comparing with last year (Y12)', '与2020年度政府信息公开工作相比，2021年本机关主动公开信息增加。'],
    ['a subheading on last year\'s report\'s problems (Y13)', '（一）2020年度政府信息公开工作年度报告所提问题的整改情况'],
  ])('a title without a year and no period: %s gives no year, not 2020', async (_, line) => {
    const m = await meta(['某市某区市场监督管理局政府信息公开工作年度报告', '一、总体情况', line]);
    expect(m.reportYear).toBeNull();
    // the year the text names for itself is still read
    expect((await meta(['某市某区市场监督管理局政府信息公开工作年度报告', '一、总体情况', line, '2021年度政府信息公开工作情况如下。'])).reportYear).toBe(2021);
  });

  it('a statistics period in Chinese numerals is read, and gives the year (Y11)', async () => {
    const m = await meta(['某市某区市场监督管理局政府信息公开工作年度报告', '本报告所列数据的统计期限为二〇二一年一月一日至二〇二一年十二月三十一日。', '一、总体情况']);
    expect([m.statPeriod?.start, m.statPeriod?.end, m.reportYear]).toEqual(['2021-01-01', '2021-12-31', 2021]);
  });

  it('an agency named only in the signature is read from it (G01)', async () => {
    const m = await meta(['2021年度政府信息公开工作年度报告', ...BODY_2021, '某市某区市场监督管理局', '2022年1月20日']);
    expect([m.agencyName, m.agencyKind]).toEqual(['某市某区市场监督管理局', 'department']);
    // a closing sentence over the date is no agency
    expect((await meta(['2021年度政府信息公开工作年度报告', ...BODY_2021, '特此报告', '2022年1月20日'])).agencyName).toBeNull();
  });
});

describe('the audit of those rules (reviewer 115)', () => {
  it.each([
    ['同比 later in its sentence (R1)', '2021年度政务公开工作中，主动公开信息同比增长12%。下一步，落实2022年政务公开工作要点。'],
    ['整改 later in its sentence (R3)', '2021年度政务公开工作中，本机关抓整改、促落实。2022年政务公开工作将继续推进。'],
    ['与上年相比 after it (R4)', '2021年度政务公开工作与上年相比有所进步。'],
    ['会同 before it (R5)', '本机关会同2021年度政务公开工作领导小组开展工作。'],
  ])('the text\'s own year with %s is the report\'s (it had been skipped)', async (_, line) => {
    expect((await meta([NO_YEAR, '一、总体情况', line])).reportYear).toBe(2021);
  });

  it('a title printed as a link, then an 附件 line or a title the period contradicts: the link is the title (R6, R7)', async () => {
    const TITLE = '某市某区市场监督管理局2021年度政府信息公开工作年度报告';
    for (const after of ['附件：某市某区人民政府2021年度政府信息公开工作年度报告', '某市某区市场监督管理局2020年度政府信息公开工作年度报告']) {
      const html = `<!doctype html><html><head><title>某市某区人民政府门户网站</title></head><body><div><a href="#">${TITLE}</a></div><div>${after}</div><p>本报告所列数据的统计期限为2021年1月1日至2021年12月31日。</p><p>一、总体情况</p></body></html>`;
      const m = (await parseDocument(parseHTML(html).document as unknown as Document)).record.meta;
      expect([m.title, m.reportYear, m.agencyName]).toEqual([TITLE, 2021, '某市某区市场监督管理局']);
    }
  });

  it('sidebar links, then the title as a link in a heading: the heading\'s (U5)', async () => {
    const html = `<!doctype html><html><head><title>某市某区人民政府门户网站</title></head><body><div>最新信息</div><ul><li><a href="/a">某市某区财政局2021年度政府信息公开工作年度报告</a></li></ul><h2><a href="#">某市某区市场监督管理局2021年度政府信息公开工作年度报告</a></h2><p>本报告所列数据的统计期限为2021年1月1日至2021年12月31日。</p><p>一、总体情况</p></body></html>`;
    expect((await parseDocument(parseHTML(html).document as unknown as Document)).record.meta.agencyName).toBe('某市某区市场监督管理局');
  });

  it('a body subheading 最新进展 is no list\'s heading: the 发布日期 under it stays the page\'s (R9)', async () => {
    const m = await meta(['某市某区市场监督管理局2021年度政府信息公开工作年度报告', '本报告所列数据的统计期限为2021年1月1日至2021年12月31日。', '一、总体情况', '二、主动公开政府信息情况', '本年主动公开信息12条。', '三、其他需要报告的事项', '最新进展', '发布日期：2022-01-25', '某市某区市场监督管理局', '2022年1月20日']);
    expect(m.publishedOn).toBe('2022-01-25');
  });

  it.each([
    ['a sentence ending in a name (S1)', ['如有疑问请联系区政务服务中心', '2022年1月20日'], null],
    ['a sentence ending in a name (S3)', ['主动公开信息由局办公室统一审核后交信息中心', '2022年1月20日'], null],
    ['two name lines: the upper (E03)', ['某市某区市场监督管理局', '某市某区市场监督管理局办公室', '2022年1月20日'], '某市某区市场监督管理局'],
  ])('the signature\'s agency: %s', async (_, signature, agency) => {
    const m = await meta(['2021年度政府信息公开工作年度报告', '本报告所列数据的统计期限为2021年1月1日至2021年12月31日。', '一、总体情况', ...signature]);
    expect(m.agencyName).toBe(agency);
  });

  it('a work plan with its year in numerals joined by 暨: the agency before it (U1)', async () => {
    const m = await meta(['某市某区市场监督管理局二〇二二年政务公开工作要点暨二〇二一年度政府信息公开工作年度报告', '一、总体情况']);
    expect([m.reportYear, m.agencyName]).toEqual([2021, '某市某区市场监督管理局']);
  });
});

describe('the audit of the audit (reviewer 117)', () => {
  it.each([
    ['同…相比', '同2023年度政府信息公开工作相比，本年度主动公开信息增加。'],
    ['和…相比', '和2023年政务公开工作相比，本年度主动公开信息增加。'],
    ['problems an evaluation found', '针对2023年政务公开工作第三方评估指出的问题，本机关逐项整改。'],
    ['problems an assessment fed back', '根据2023年度政务公开考核反馈的问题，本机关逐项整改。'],
  ])('last year named in a sentence looking back (%s) is not the report\'s (R1: 2023 had been stored)', async (_, line) => {
    expect((await meta([NO_YEAR, '一、总体情况', line, '2024年度政府信息公开工作情况如下。'])).reportYear).toBe(2024);
  });

  it.each(['某市某区交通运输局', '某市公安局交通警察局', '某市公共资源交易中心', '中国（福建）自由贸易试验区平潭片区管委会'])('a signature %s is an agency (R2: 交 and 由 had made it a sentence)', async (name) => {
    const m = await meta(['2024年度政府信息公开工作年度报告', '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。', '一、总体情况', name, '2025年1月20日']);
    expect(m.agencyName).toBe(name);
  });
});

