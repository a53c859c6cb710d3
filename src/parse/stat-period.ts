// The statistics period a report states (统计期限为…): its dates, the years it names, and a data
// cut-off date the text gives (截至…). Read from the page's stream, clause by clause.
import { yearsOfDates } from '../model/period-years';
import type { StatPeriod } from '../model/record';
import type { ReportDocument } from '../extract';
import { daysInMonth, digitDates, isoDate } from '../text/dates';

const CUTOFF = /截[止至]\s*(?:(?:到|至)\s*)?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** what a sentence must count for its 截至 date to be the data's: the report's own figures */
const REPORT_FIGURES = /主动公开|政府信息|申请|数据|统计/;

/**
 * The first "截至YYYY年M月D日" whose sentence counts the report's own figures ("截止到2018年11月30日,
 * …主动公开政府信息412条"). Any dated item was taken before: a consultation closing on 20 May
 * ("截至2022年5月20日共收到意见12条") made a false TEXT-PERIOD.
 */
function dataCutoff(s: string, where: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray | null {
  CUTOFF.lastIndex = 0;
  for (let m = CUTOFF.exec(s); m; m = CUTOFF.exec(s)) if (where(m) && countsReportFigures(s, m)) return m;
  return null;
}

/** The year the report's figures run to the end of (截至2021年12月31日，主动公开政府信息394条), or null. */
export function yearEndCutoffYear(s: string): number | null {
  const c = dataCutoff(s, (m) => m[2] === '12' && m[3] === '31');
  return c ? Number(c[1]) : null;
}

/** whether the sentence of the 截至 date `m` counts the report's own figures */
function countsReportFigures(s: string, m: RegExpExecArray): boolean {
  const after = s.slice(m.index + m[0].length, m.index + m[0].length + 80);
  const end = after.search(/[。；;\n]/);
  return REPORT_FIGURES.test(end < 0 ? after : after.slice(0, end));
}

/**
 * The years a statistics period names: those its start and end dates fall in; else, printed as a
 * year alone (统计期限为2017年度: reviewer 94), the year it opens with (统计期限为2017年度，与2016年度相比…)
 * or its only one, or the one it is said to be after a comma (统计期限与2016年度报告一致，为2017年度: reviewer 95);
 * 2016年度至2017年度 says nothing sure (reviewer 95 P7, 96 L2).
 */
export function yearsOfPeriod(period: StatPeriod | null): number[] {
  // (over the turn of a year, the year it mostly falls in first: 2016年12月1日至2017年11月30日 is 2017's;
  // the report's year had been read as 2016, reviewer 100 P6)
  const years = yearsOfDates(period?.start ?? null, period?.end ?? null);
  if (years.length > 0 || !period) return years;
  const opensWith = PERIOD_OPENS_WITH_YEAR.exec(period.raw);
  if (opensWith) return [Number(opensWith[1])];
  const named = new Set([...period.raw.matchAll(/(?:19|20)\d{2}(?=\s*年)/g)].map((m) => Number(m[0])));
  if (named.size === 1) return [...named];
  // two years, one of them said to be the period's (统计期限与2016年度报告一致，为2017年度: reviewer 95)
  const said = [...period.raw.matchAll(PERIOD_IS_YEAR)].map((m) => Number(m[1]));
  return said.length === 1 ? said : [];
}
/** a year said after a clause break: ，为2017年 (the year as group 1) */
const SAID_YEAR = String.raw`[,，]\s*(?:统计期限)?\s*(?:为|是)\s*((?:19|20)\d{2})\s*年`;
/** the words a statistics period's sentence opens with (see PERIOD_SENTENCE) */
const PERIOD_HEAD = String.raw`统计(?:期限|时限|周期|时间|区间)|(?:本报告|所列数据|报告中)[^。\n，,]{0,8}?统计(?:时段|期间|数据的?(?:期限|时限|时间范围|时段|期间|起止时间))|所列数据(?:的)?(?:期限|时限|时间范围|时段|期间|起止时间)`;
/** a period sentence opening with its year: 统计期限为2017年, 统计时间：2017年 (the year as group 1) */
// (in any of PERIOD_SENTENCE's openings: 本报告统计数据期间为2022年度 had found no dates, audit 141 D13)
const PERIOD_OPENING_YEAR = String.raw`^(?:${PERIOD_HEAD})\s*(?:为|是|[:：])?\s*((?:19|20)\d{2})\s*年`;
/** a year the period is said to be, after a clause break: ，为2017年度 (not 与2016年度相比, nor 2016年度至2017年度) */
const PERIOD_IS_YEAR = new RegExp(String.raw`${SAID_YEAR}(?![\s度]*[\d至到\-－—~～])`, 'g');
/** what makes a year the whole year: 度, 全年 */
const WHOLE_YEAR = String.raw`\s*(?:度|全\s*年)?\s*`;
/** the end of the clause a whole year is stated in */
const CLAUSE_END = String.raw`(?:[,，。；;）)]|$)`;
/** a period running on to an end other than 31 December (截至6月30日, 至2017年11月), or to now (至今) */
// (12月 alone, 12月31日/号, 12月底/末 end the year: 即1月至12月, 到12月, 截至2017年12月31号: reviewer 103 M1)
const ENDS_BEFORE_YEAR_END = /(?:截\s*[至止]|[至到止])\s*(?:(?:19|20)\d{2}\s*年\s*)?(?!12\s*月(?:\s*31\s*[日号]|\s*[底末]|(?!\s*[\d初上中下前])))\d{1,2}\s*月|至\s*今|到\s*现\s*在/;
/** a period that is a whole year: 统计期限为2017年度, 统计时间：2017年全年, to the clause's end */
const PERIOD_WHOLE_YEAR = new RegExp(`${PERIOD_OPENING_YEAR}${WHOLE_YEAR}${CLAUSE_END}`);
/** a year named from the period's own: 上年, 本年, 次年 (group 1) */
// (前年 and 后年 are two years off: only 前一年, 后一年)
const RELATIVE_YEAR = /(上|去|本|当|今|次|翌|下|(?:前|后|上|下)\s*一)\s*年\s*$/;
const NEXT_YEAR = /^(?:[次翌下]|[后下]\s*一)$/;
const PREVIOUS_YEAR = /^(?:[上去]|[前上]\s*一)$/;
/** 1-6月, 1至12月: months from, to (not 6月30日-12月31日's days) */
// (not a day's: 2017年1月1-12月31日, 6月1—12月31日 are days: reviewer 108 R3, F1)
const MONTH_RANGE = /(?<![\d.:/／]|月\s*)(\d{1,2})\s*[-－—~～至到]\s*(\d{1,2})\s*月/g;
/** a period's text with its month ranges spelt out, 2017年1-6月 → 2017年1月至6月, for reading its dates */
function spellMonthRanges(raw: string): string {
  if (!raw.includes('月')) return raw;
  return raw.replace(MONTH_RANGE, (all, from: string, to: string) => (Number(from) >= 1 && Number(from) < Number(to) && Number(to) <= 12 ? `${from}月至${to}月` : all));
}
/** a whole year then a bracket: 统计期限为2017年度（截至2017年12月31日） */
// (its bracket opening with a month or a cut-off: not 上年12月1日至…, nor 1-6月, whose 6月 was read as the start: reviewer 106 M1)
// (or with 即, 自, 从, or a year named from the period's: （即1月1日至12月31日）, （自1月1日起至12月31日止）,
// （上年12月1日至本年11月30日） gave no dates: reviewers 106, 107)
const PERIOD_YEAR_THEN_BRACKET = new RegExp(String.raw`${PERIOD_OPENING_YEAR}${WHOLE_YEAR}[（(]\s*(?:即|自|从)?\s*(?:(?:数\s*据\s*)?(?:截\s*[至止]|至))?\s*(?:(?:19|20)\d{2}\s*年\s*|[上去本当]\s*年\s*)?\d{1,2}\s*月`);
/** a whole year then a month it includes: 统计期限为2017年度（含2016年12月） (year, included year, month) */
// (its months a range too, 含2016年11月至12月: reviewer 108 F2, F3; 12月份数据, 108 S5)
const PERIOD_YEAR_INCLUDING = new RegExp(String.raw`${PERIOD_OPENING_YEAR}${WHOLE_YEAR}[（(]\s*(?:含|包含|包括)\s*((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*至\s*)?(\d{1,2})\s*月\s*份?\s*(?:的?数\s*据)?\s*[）)]`);
/** the year a period sentence opens with (group 1), which 上年 and 本年 are named from */
const PERIOD_DECLARED_YEAR = new RegExp(PERIOD_OPENING_YEAR);
/** one said after a clause break: 统计期限与2016年度报告一致，为2017年度 */
const PERIOD_SAID_WHOLE_YEAR = new RegExp(`${SAID_YEAR}${WHOLE_YEAR}${CLAUSE_END}`);
const PERIOD_OPENS_WITH_YEAR = new RegExp(String.raw`${PERIOD_OPENING_YEAR}(?![\s度]*[\d至到\-－—~～])`);

/**
 * The part of a statistics period's sentence that states the period: up to the end of its first
 * clause naming a year, and the clauses after it that go on with it: one saying what the period is
 * (，为2017年1月至12月), or, after a start date, one running to its end (，至2017年12月31日止,
 * ，结束于…, ，12月31日止). A later clause is another statement: in 统计期限为2017年度，本报告于2018年3月发布,
 * or …2017年度，截至2018年1月15日 with no start date, 2018 is no period's date (the report's year had
 * been read as 2018: reviewers 96, 97).
 */
function periodClauses(raw: string): string {
  const year = /(?:19|20)\d{2}\s*年/.exec(raw);
  if (!year) return raw;
  const clause = /[,，;；]\s*/g;
  clause.lastIndex = year.index;
  for (let cut = clause.exec(raw); cut; cut = clause.exec(raw)) {
    const next = raw.slice(cut.index + cut[0].length);
    if (PERIOD_SAID.test(next) || PERIOD_RANGE.test(next)) continue;
    if ((PERIOD_RUNS_ON.test(next) || PERIOD_END_DATE.test(next.split(/[,，;；]/, 1)[0]!)) && /\d\s*月/.test(raw.slice(year.index, cut.index))) continue;
    return raw.slice(0, cut.index);
  }
  return raw;
}
/** a clause saying what the period is: 为…, 是…, 即… */
const PERIOD_SAID = /^(?:为|是|即)/;
/** a clause that is a range of dates itself: ，2017年1月1日至12月31日 (统计期限同2016年，…: reviewer 99 L2) */
const PERIOD_RANGE = /^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月[^,，;；]*?(?:至|到|[-－—~～])/;
/** a clause running on to the period's end: 至, 到, 止, 截至, 结束于, a dash, a month */
const PERIOD_RUNS_ON = /^(?:[至到止自\-－—~～]|(?:数\s*据\s*)?截\s*[至止]|结\s*束|\d{1,2}\s*月|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月[^,，;；]*?止)/;
/** a clause that is an end date alone: ，2017年12月31日 (not ，2018年3月发布) */
const PERIOD_END_DATE = /^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:为?止)?\s*$/;

/**
 * The start and end dates of a period's clauses (`dated`), at most two, a null for a first date printed
 * as an end; `bracketYear` the year of dates with none of their own (2017年度（截至12月末）), `declared` the
 * year the sentence opens with, which 上年 and 本年 are named from (2017年度，即上年12月至本年11月).
 * `unsure` when it cannot tell which year a date is, or the period would end before it starts: no dates.
 */
function periodDates(dated: string, bracketYear: string | null, declared: string | null): { dates: Array<string | null>; unsure: boolean } {
  const dates: Array<string | null> = [];
  let year = bracketYear;
  let yearPrinted = false;
  let unsure = false;
  let skipped = false;
  const re = /(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?/g;
  let d: RegExpExecArray | null;
  while ((d = re.exec(dated)) && dates.length < 2) {
    const before = dated.slice(Math.max(0, d.index - 4), d.index);
    if (d[1]) [year, yearPrinted] = [d[1], true];
    else {
      // a year named from another: 上年 and 本年 from the year the sentence opens with (上年12月1日至本年11月30日
      // after 2017年度: 2016, 2017), 本年 and 当年 after a date printing its year that year's (2017年1月1日至本年
      // 12月31日: reviewer 108 R1), 次年 the year after a date printing its year; after a date with no year of its
      // own, 次年 says not which year that was (2017年度（12月1日至次年11月30日） had given 2017-12-01..2017-11-30,
      // an end before its start: reviewer 107)
      const relative = RELATIVE_YEAR.exec(before)?.[1];
      if (relative !== undefined) {
        const shift = NEXT_YEAR.test(relative) ? 1 : PREVIOUS_YEAR.test(relative) ? -1 : 0;
        if (yearPrinted ? shift < 0 : shift > 0 || declared === null) unsure = true;
        else year = String(Number(yearPrinted ? year : declared) + shift);
        // (本年 after a start in an earlier year's December, 2016年12月1日至本年11月30日, is the year the period ends in: reviewer 110 E01)
        if (shift === 0 && yearPrinted && dates.length === 1 && dates[0] && isoDate(year!, d[2]!, d[3] ?? 28)! < dates[0]) year = String(Number(year) + 1);
      }
    }
    // (a date of no year read before this one leaves the dates unsure: 即前年12月至本年11月 had given a start of 2017-11-01)
    if (!year || skipped) {
      skipped = true;
      if (year) unsure = true;
      continue;
    }
    // a first date printed as an end (2017年度（截至2017年6月30日）) is no start (reviewer 103 M2)
    if (dates.length === 0 && /(?:截\s*[至止]|[至到])\s*$/.test(before)) dates.push(null);
    const isEnd = dates.length === 1;
    const day = d[3] ?? (isEnd ? daysInMonth(year, d[2]!) : 1);
    dates.push(isoDate(year, d[2]!, day));
  }
  // a period ending before it starts is no period (nor a whole year)
  if (unsure || (dates[0] && dates[1] && dates[1] < dates[0])) return { dates: [], unsure: true };
  return { dates, unsure: false };
}

/**
 * The statistics period's sentence: 统计期限/时限/周期/时间/区间/时段/期间, or 所列数据的期限/时间范围 without
 * 统计 (reviewer 119 M24, M25, M37, M49: the period was lost, and with it the year's cross-check)
 */
// (统计时段, 统计期间 only as the report's data's: 本报告所列数据的统计期间; a 12345热线相关数据的统计时段 is another's,
// audit 122 P15)
// (and the report's 统计数据的期限: 本报告统计数据的期限为…, audit 140 P05)
const PERIOD_SENTENCE = new RegExp(String.raw`(?:${PERIOD_HEAD})[^。\n]{0,60}`, 'g');
/** a site's visitor counter before it: 网站访问量：3862145（统计时间：2015年6月1日至今） (reviewer 119 M56) */
// (a count's word, 访问量, 浏览次数: not 网站浏览（下载） in the report's own sentence, audit 124 A19)
const COUNTER_BEFORE = /(?:访问量|浏览量|点击量|访问人次|浏览次数|点击数|访问次数|访客)[^。\n]{0,16}$/;

function periodSentence(s: string): RegExpExecArray | null {
  PERIOD_SENTENCE.lastIndex = 0;
  for (let m = PERIOD_SENTENCE.exec(s); m; m = PERIOD_SENTENCE.exec(s)) if (!COUNTER_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index))) return m;
  return null;
}

/** a line break between two characters of one sentence (a CJK character or digit on each side) */
export const WRAPPED_LINE = /(?<=[\u4e00-\u9fff\d，、（）《》])\n(?=[\u4e00-\u9fff\d（）])/g;

const isCjkOrDigit = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 48 && c <= 57) || c === 0xff08 || c === 0xff09;
/**
 * `s` with WRAPPED_LINE's breaks taken out, found by indexOf of each line break: the regex's
 * lookbehind made V8 try it at every character of the page (a twentieth of a flattened page's parse).
 */
export function joinWrappedLines(s: string): string {
  let out = '';
  let from = 0;
  for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
    const before = s.charCodeAt(nl - 1);
    if (!(isCjkOrDigit(before) || before === 0xff0c || before === 0x3001 || before === 0x300a || before === 0x300b) || !isCjkOrDigit(s.charCodeAt(nl + 1))) continue;
    out += s.slice(from, nl);
    from = nl + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
/** a period cut inside its dates: 2022年1 / 2月31日, 2022年1月1日至 / 2022年… */
const CUT_INSIDE_DATES = /(?:\d|年|月|至|到|自|从|为)$/;
/** a sentence cut by such a break: it goes on on the next line */
const WRAP_AFTER = /^\n[\u4e00-\u9fff\d（）]/;

/** The page's statistics period (its first PERIOD_SENTENCE) and data cut-off, or null. */
export function parseStatPeriod(page: ReportDocument): StatPeriod | null {
  const s = page.stream;
  // (a PDF copy's lines hard-wrapped inside the sentence, …所列数据统 / 计期限为…, or inside its dates: read again with
  // such breaks joined, the period had been lost with no note, audit 126 M07, M10)
  const found = periodSentence(s);
  // (a sentence found whole is not joined to the next lines: a counter's 统计时间：2019年1月1日起 ran on into the title)
  const wrapped = found ? CUT_INSIDE_DATES.test(found[0]) && WRAP_AFTER.test(s.slice(found.index + found[0].length, found.index + found[0].length + 2)) : s.includes('\n');
  const m = (wrapped ? periodSentence(joinWrappedLines(s.slice(0, 10000))) : null) ?? found;
  let period: StatPeriod | null = null;
  if (m) {
    const raw = m[0];
    // (read with its month ranges spelt out: 2017年1-6月 had no dates, and 2017年全年（1-12月） none; and its
    // dates in digits: 二〇二一年一月一日至… had none, nor the report a year, reviewer 114 Y11)
    const said = spellMonthRanges(digitDates(raw));
    // (a year opening the period names the year of dates in a bracket after it: 2017年度（截至12月末）)
    const yearThenBracket = PERIOD_YEAR_THEN_BRACKET.exec(said);
    // (PERIOD_YEAR_THEN_BRACKET opens as PERIOD_DECLARED_YEAR does: its year, when it matches, is the declared one)
    const { dates, unsure } = periodDates(periodClauses(said), yearThenBracket?.[1] ?? null, PERIOD_DECLARED_YEAR.exec(said)?.[1] ?? null);
    // a period printed as a year alone (统计期限为2017年度，…; …，为2017年度) is that calendar year: it had no
    // dates, and TEXT-PERIOD said it could not be read
    // (not one running on to an end before the year's, 统计期限为2017年，截至6月30日, or to now, 至今: reviewer 102 M1)
    // (a year then a date in brackets up to its end or later, 2017年度（截至2017年12月31日）, （数据截至2018年1月10日）,
    // too: that date had been read as the start, reviewer 103 M2, or as the only date, 105 P2)
    const printed = dates.filter((x): x is string => !!x);
    const toYearEnd = yearThenBracket && printed.length === 1 && printed[0]! >= `${yearThenBracket[1]}-12-31` ? yearThenBracket : null;
    const whole = unsure ? null : toYearEnd ?? (dates.length === 0 && !ENDS_BEFORE_YEAR_END.test(said) ? (PERIOD_WHOLE_YEAR.exec(said) ?? PERIOD_SAID_WHOLE_YEAR.exec(said)) : null);
    if (whole) dates.splice(0, dates.length, `${whole[1]}-01-01`, `${whole[1]}-12-31`);
    // a year and a month it includes: 2017年度（含2016年12月） is 2016-12-01..2017-12-31 (reviewer 106:
    // the period had been December 2016, and the report's year 2016)
    const including = PERIOD_YEAR_INCLUDING.exec(said);
    if (including) {
      const [, y, iy, firstMonth, im] = including;
      const from = isoDate(iy!, firstMonth ?? im!, 1);
      const to = isoDate(iy!, im!, daysInMonth(iy!, im!));
      if (from && to) dates.splice(0, dates.length, from < `${y}-01-01` ? from : `${y}-01-01`, to > `${y}-12-31` ? to : `${y}-12-31`);
    }
    period = { raw, start: dates[0] ?? null, end: dates[1] ?? null };
  }
  const cut = dataCutoff(s);
  if (cut && !(cut[2] === '12' && cut[3] === '31')) {
    const cutoff = { raw: cut[0], date: isoDate(cut[1]!, cut[2]!, cut[3]!), ref: page.refAt(cut.index, cut.index + cut[0].length) };
    period = period ? { ...period, cutoff } : { raw: '', start: null, end: null, cutoff };
  }
  return period;
}
