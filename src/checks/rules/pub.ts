// PUB-*: publication date against the statutory deadlines (report-formats.md §1.3).
import type { ReportRecord } from '../../model/record';
import { yearsOfDates } from '../../model/period-years';
import { dayOf } from '../read';
import { makeFinding, result, type CatalogueRule } from '../rule';

/** ISO deadline, or a reason there is none */
export function deadlineFor(record: ReportRecord): { date: string; who: string } | { none: 'township' | 'unknownKind' | 'noYear' } {
  const y = record.meta.reportYear;
  if (y === null) return { none: 'noYear' };
  if (y <= 2018) return { date: `${y + 1}-03-31`, who: '2008年条例：3月31日前' };
  switch (record.meta.agencyKind) {
    case 'department':
      return { date: `${y + 1}-01-31`, who: '县级以上人民政府部门：1月31日前' };
    case 'government':
      return { date: `${y + 1}-03-31`, who: '县级以上地方人民政府：3月31日前' };
    case 'township':
      return { none: 'township' };
    default:
      return { none: 'unknownKind' };
  }
}

/**
 * The statistics period's year when it is not the report's year from the title (a title kept from last year's report:
 * TEXT-YEAR names it). Which year the report covers is then in doubt, and a deadline judged on the title's had given a
 * false PUB-LATE ("352 days late") or PUB-EARLY (audit 152 D05, B09).
 */
function periodYearAgainstTitle(record: ReportRecord): number | null {
  const p = record.meta.statPeriod;
  const y = record.meta.reportYear;
  if (!p?.start || y === null || record.meta.reportYearSource === 'statPeriod') return null;
  const py = yearsOfDates(p.start, p.end)[0]!;
  return py !== y ? py : null;
}
const inDoubt = (py: number, y: number) =>
  result([{ scope: '', outcome: 'notAssessable', note: `the statistics period's year (${py}) is not the title's (${y}): which year the report covers is in doubt (see TEXT-YEAR)` }]);

/** where the date was read, in the reader's words: the page's own label, or the date in its address */
const sourceZh = (source: ReportRecord['meta']['publishedOnSource']): string => (source === 'url' ? '网址中的日期' : (source ?? '页面日期'));

export const pubLate: CatalogueRule = {
  id: 'PUB-LATE',
  severity: 'warning',
  appliesTo: 'all',
  formula: 'meta.publishedOn > deadline (≤2018: 31 Mar Y+1; ≥2019: department 31 Jan, government 31 Mar, township none)',
  description: {
    zh: '发布日期晚于法定期限（2018年度及以前3月31日；2019年度起部门1月31日、政府3月31日）',
    en: 'Published after the deadline (≤2018: 31 Mar; 2019+: departments 31 Jan, governments 31 Mar)',
  },
  reads: ['meta.publishedOn', 'meta.reportYear', 'meta.agencyKind'],
  check({ record }) {
    const py = periodYearAgainstTitle(record);
    if (py !== null) return inDoubt(py, record.meta.reportYear!);
    const d = deadlineFor(record);
    if ('none' in d) {
      if (d.none === 'township') return result([{ scope: '', outcome: 'notApplicable', note: 'township deadlines are set locally' }]);
      return result([{ scope: '', outcome: 'notAssessable', note: d.none === 'noYear' ? 'report year unknown' : 'agency kind unknown' }]);
    }
    const pub = dayOf(record.meta.publishedOn);
    if (pub === null) return result([{ scope: '', outcome: 'notAssessable', note: 'no publication date (see PUB-DATE-UNKNOWN)' }]);
    const late = pub - dayOf(d.date)!;
    if (late <= 0) return result([{ scope: '', outcome: 'pass' }]);
    const repost = late >= 183;
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(pubLate, record, {
        zh: `发布日期${record.meta.publishedOn}（${sourceZh(record.meta.publishedOnSource)}）晚于期限${d.date}（${d.who}）${late}天${repost ? '；相差半年以上，可能是重新发布的页面' : ''}`,
        en: `published ${record.meta.publishedOn}, ${late} day(s) after the ${d.date} deadline${repost ? '; six months or more — possibly a re-post' : ''}`,
        left: late,
        right: 0,
        delta: late,
        keys: ['meta.publishedOn'],
        note: repost ? 'possibly a re-post' : undefined,
      }),
    ]);
  },
};

/** a date in a raw string like "2018.12.28" / "2018年12月28日" */
function dateIn(raw: string): string | null {
  const m = /((?:19|20)\d{2})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})/.exec(raw);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

export const pubEarly: CatalogueRule = {
  id: 'PUB-EARLY',
  severity: 'warning',
  appliesTo: 'all',
  formula: 'meta.publishedOn (or 统计表 填报日期) before 1 Jan of year+1',
  description: {
    zh: '报告在年度结束前发布（或统计表填报日期早于年底），数据不可能覆盖全年',
    en: 'Published (or the appendix filled in) before the report year ended, so the figures cannot cover the whole year',
  },
  reads: ['meta.publishedOn', 'meta.reportYear', 'legacyStats.filledOn'],
  check({ record }) {
    const y = record.meta.reportYear;
    if (y === null) return result([{ scope: '', outcome: 'notAssessable', note: 'report year unknown' }]);
    const py = periodYearAgainstTitle(record);
    if (py !== null) return inDoubt(py, y);
    const yearEnd = `${y + 1}-01-01`;
    const pub = record.meta.publishedOn;
    const filled = record.cells['legacyStats.filledOn'];
    const filledOn = filled ? dateIn(filled.raw) : null;
    if (pub && pub < yearEnd)
      return result([{ scope: '发布日期', outcome: 'fail' }], [
        makeFinding(pubEarly, record, {
          zh: `发布日期${pub}早于${y}年度结束`,
          en: `published ${pub}, before the ${y} year ended`,
          keys: ['meta.publishedOn'],
          scope: '发布日期',
        }),
      ]);
    if (filledOn && filledOn < yearEnd)
      return result([{ scope: '填报日期', outcome: 'fail' }], [
        makeFinding(pubEarly, record, {
          severity: 'info', // only the appendix is early: the report itself may be fine
          zh: `统计表填报日期${filledOn}早于${y}年度结束`,
          en: `the appendix was filled in on ${filledOn}, before the ${y} year ended`,
          keys: ['legacyStats.filledOn'],
          cells: filled?.ref ? [filled.ref] : [],
          scope: '填报日期',
        }),
      ]);
    if (!pub && !filledOn) return result([{ scope: '', outcome: 'notAssessable', note: 'no date' }]);
    return result([{ scope: '', outcome: 'pass' }]);
  },
};

export const pubDateUnknown: CatalogueRule = {
  id: 'PUB-DATE-UNKNOWN',
  severity: 'info',
  appliesTo: 'all',
  formula: 'no publication date found',
  description: { zh: '页面上没有找到发布日期，无法核对是否按时发布', en: 'No publication date on the page; timeliness cannot be checked' },
  reads: ['meta.publishedOn'],
  check({ record }) {
    if (record.meta.publishedOn) return result([{ scope: '', outcome: 'pass' }]);
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(pubDateUnknown, record, { outcome: 'info', zh: '未找到发布日期', en: 'no publication date found', keys: ['meta.publishedOn'] }),
    ]);
  },
};
