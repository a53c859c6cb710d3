// TEXT-YEAR, TEXT-PERIOD, TEXT-FOREIGN-NAME: dates and names in the text against the report.
import type { Finding } from '../../model/finding';
import type { ReportRecord, SectionKey } from '../../model/record';
import { yearsOfDates } from '../../model/period-years';
import { matchesOf } from '../read';
import { makeFinding, result, type CatalogueRule, type ScopeOutcome } from '../rule';

const sectionTexts = (r: ReportRecord) =>
  (Object.entries(r.sections) as [SectionKey, { text: string; label: string; ref: import('../../model/record').CellRef | null } | undefined][])
    .filter(([, s]) => s)
    .map(([key, s]) => ({ key, text: s!.text, ref: s!.ref }));

// "2018年，我局共收到…" — a summary of the agency's own year; "2018年，我们将…" — a plan.
const SUMMARY = /((?:19|20)\d{2})\s*年(?:度)?[，,]?\s*(?:我|本)(?:局|委|办|厅|镇|乡|街道|区|县|市|机关|单位|部门|中心|院|署|站)[^，。；]{0,10}?(?:共|收到|受理|主动公开|办理|发布|公开)/g;
const PLAN = /((?:19|20)\d{2})\s*年[，,]?\s*(?:我们|我(?:局|委|办|厅|镇|乡|区|县|市)|本机关)?(?:将|要|计划|拟)(?:继续|进一步|着力|重点|加强|围绕|不断|全面|持续|坚持|深化|推动|推进|做好|强化|加大|采取|聚焦|切实|认真|积极|着眼|立足)/g;
/** a word that makes a would-be summary sentence a plan */
const COMPARED = /比|较|与|同|对|自|上/;
const PLAN_WORD = /将|计划|拟/; // not 要: 主要, 重要 stand in summaries

export const textYear: CatalogueRule = {
  id: 'TEXT-YEAR',
  severity: 'warning',
  appliesTo: 'all',
  formula: 'work-summary sentences name a year ≠ meta.reportYear (plans name a year ≤ it); statistical-period year ≠ title year',
  description: {
    zh: '工作总结句所写年份与报告年度不符（或工作计划仍写本年度），或统计期限年份与标题年份不符',
    en: 'Work-summary sentences name another year than the report year (or plans name the report year), or the statistical period’s year differs from the title’s',
  },
  reads: ['meta.reportYear', 'meta.statPeriod', 'sections.*.text'],
  check({ record }) {
    const year = record.meta.reportYear;
    if (year === null) return result([{ scope: '', outcome: 'notAssessable', note: 'report year unknown' }]);
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    const flag = (scope: string, zh: string, en: string, ref: import('../../model/record').CellRef | null) => {
      scopes.push({ scope, outcome: 'fail' });
      findings.push(makeFinding(textYear, record, { zh, en, cells: ref ? [ref] : [], scope }));
    };
    for (const s of sectionTexts(record)) {
      for (const m of matchesOf(SUMMARY, s.text)) {
        // "2023年，我局将继续做好主动公开" is a plan worded like a summary: PLAN judges it, if it is one
        if (PLAN_WORD.test(m[0])) continue;
        // "比2021年我区受理的80件减少5件": last year named as the base of a comparison
        if (COMPARED.test(s.text.slice(Math.max(0, m.index - 2), m.index))) continue;
        const y = Number(m[1]);
        if (y === year) scopes.push({ scope: m[0], outcome: 'pass' });
        else flag(m[0], `总结句“${m[0]}”写的是${y}年，报告年度为${year}年`, `summary sentence “${m[0]}” names ${y}, report year ${year}`, s.ref);
      }
      for (const m of matchesOf(PLAN, s.text)) {
        const y = Number(m[1]);
        if (y > year) scopes.push({ scope: m[0], outcome: 'pass' });
        else flag(m[0], `工作计划“${m[0]}”写的是${y}年，应为${year + 1}年`, `plan “${m[0]}” names ${y}; should be ${year + 1}`, s.ref);
      }
    }
    const p = record.meta.statPeriod;
    // (the year it mostly falls in: 2016年12月至2017年11月 is 2017's, as the parser reads it)
    const py = p?.start ? yearsOfDates(p.start, p.end)[0]! : null;
    if (py !== null && record.meta.reportYearSource !== 'statPeriod') {
      if (py === year) scopes.push({ scope: '统计期限', outcome: 'pass' });
      else flag('统计期限', `统计期限“${p!.raw}”为${py}年，标题年度为${year}年`, `statistical period “${p!.raw}” is ${py}, title year ${year}`, p!.cutoff?.ref ?? null);
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'no dated summary sentence found' }]);
    return result(scopes, findings);
  },
};

export const textPeriod: CatalogueRule = {
  id: 'TEXT-PERIOD',
  severity: 'warning',
  appliesTo: 'all',
  formula: 'statistical period ≠ 1 Jan–31 Dec of the report year, or data “截止” earlier',
  description: {
    zh: '统计期限不是报告年度的1月1日至12月31日，或数据“截止”日期早于年底',
    en: 'The statistical period is not 1 Jan – 31 Dec of the report year, or the data stop (截止) before year end',
  },
  reads: ['meta.statPeriod', 'meta.reportYear'],
  check({ record }) {
    const year = record.meta.reportYear;
    const p = record.meta.statPeriod;
    if (!p) return result([{ scope: '', outcome: 'notAssessable', note: 'no statistical period stated' }]);
    if (year === null) return result([{ scope: '', outcome: 'notAssessable', note: 'report year unknown' }]);
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    if (p.start === null || p.end === null) {
      scopes.push({ scope: '统计期限', outcome: 'notAssessable', note: 'unparseable' });
      findings.push(makeFinding(textPeriod, record, { outcome: 'notAssessable', zh: `统计期限“${p.raw}”无法读出日期`, en: `statistical period “${p.raw}” could not be read`, scope: '统计期限' }));
    } else if (p.start !== `${year}-01-01` || p.end !== `${year}-12-31`) {
      scopes.push({ scope: '统计期限', outcome: 'fail' });
      findings.push(makeFinding(textPeriod, record, { zh: `统计期限为${p.start}至${p.end}，不是${year}年全年`, en: `statistical period ${p.start}–${p.end} is not the calendar year ${year}`, scope: '统计期限' }));
    } else scopes.push({ scope: '统计期限', outcome: 'pass' });
    if (p.cutoff) {
      const d = p.cutoff.date;
      if (d === null) scopes.push({ scope: '截止', outcome: 'notAssessable', note: 'cut-off date unreadable' });
      else if (d < `${year}-12-31`) {
        scopes.push({ scope: '截止', outcome: 'fail' });
        findings.push(
          makeFinding(textPeriod, record, {
            zh: `数据“${p.cutoff.raw}”截止于${d}，早于${year}年12月31日（统计期限为全年）`,
            en: `figures stop at ${d} (“${p.cutoff.raw}”), before 31 Dec ${year}`,
            cells: p.cutoff.ref ? [p.cutoff.ref] : [],
            scope: '截止',
          }),
        );
      } else scopes.push({ scope: '截止', outcome: 'pass' });
    }
    return result(scopes, findings);
  },
};

const PRONOUN = /[我本该全各此为前在对其每]/;
// "城月镇政务公开栏" names a town as "拱坝镇政府信息公开栏目" does; "发挥镇政务公开栏作用" (seed 003)
// reads the same, its two characters a verb (VERB_NOT_NAME)
const NAME = /([\u4e00-\u9fa5]{2}(?:镇|乡))(?:人民政府|政府)?(?:信息公开|政务公开|门户|网站|公开栏|公示栏)/g;
/** words for towns in general, not a town's name: "推进乡镇政府信息公开" (read as 进乡镇) */
const GENERIC_PLACE = /(?:乡镇|城乡|村镇|城镇|集镇|小镇|重镇|名镇)$/;
/** what stands before 镇/乡 in "发挥镇政务公开栏作用", "利用乡政府网站": a verb, not a town's name */
const VERB_NOT_NAME = /^(?:发挥|利用|通过|依托|借助|加强|完善|建立|设立|更新|设置|规范|推进|健全|深化|结合|运用|用好|管好|建好|办好|打造|提升|强化|丰富|拓展|拓宽|畅通|优化|维护|做好|抓好|依靠|经由|在于|包括)/;

export const textForeignName: CatalogueRule = {
  id: 'TEXT-FOREIGN-NAME',
  severity: 'info',
  appliesTo: 'all',
  formula: 'narrative names another agency of the same kind as if it were the author',
  description: {
    zh: '正文把另一个同级单位（乡镇）的名称当作本单位使用（疑似照抄）',
    en: 'The narrative names another township as if it were the author (copy-paste trace)',
  },
  reads: ['meta.agencyName', 'sections.*.text'],
  check({ record }) {
    const own = record.meta.agencyName;
    if (record.meta.agencyKind !== 'township') return result([{ scope: '', outcome: 'notApplicable', note: 'checked for townships only' }]);
    if (!own) return result([{ scope: '', outcome: 'notAssessable', note: 'agency name unknown' }]);
    const foreign = new Map<string, import('../../model/record').CellRef | null>();
    for (const s of sectionTexts(record))
      for (const m of matchesOf(NAME, s.text)) {
        const name = m[1]!;
        // "我镇", "为本乡", "全镇": pronouns and quantifiers, not names
        if (PRONOUN.test(name.slice(0, 2)) || GENERIC_PLACE.test(name) || VERB_NOT_NAME.test(name) || own.includes(name) || foreign.has(name)) continue;
        foreign.set(name, s.ref);
      }
    if (foreign.size === 0) return result([{ scope: '', outcome: 'pass' }]);
    return result([{ scope: '', outcome: 'fail' }], [...foreign].map(([name, ref]) =>
      makeFinding(textForeignName, record, {
        outcome: 'info',
        zh: `正文把“${name}”当作本单位栏目/网站提及，而报告单位是${own}`,
        en: `the text mentions ${name} as its own column/website; the author is ${own}`,
        cells: ref ? [ref] : [],
        scope: name,
      })));
  },
};
