// Which report year each key of a stored cross-year finding belongs to (light: the export reads
// it on the library page, without the checks).
import { PREVIOUS_KEY_PREFIX, type Finding } from '../model/finding';

/** how a next year's finding shown on this report starts (cross-year.ts onThisPage) */
export const nextReportPrefix = (year: number | null): string => `${year}年报告：`;

/**
 * The report years of a cross-year finding stored on a report of `year`: its own against the
 * previous year (its plain keys are this report's, its `previous:` keys the year before), or the
 * next year's shown here (its plain keys are the next report's, its `previous:` keys this
 * report's). The checks pair consecutive years only.
 */
export function findingYears(f: Finding, year: number): { current: number; previous: number } {
  return f.message.zh.startsWith(nextReportPrefix(year + 1)) ? { current: year + 1, previous: year } : { current: year, previous: year - 1 };
}

/**
 * A cross-year finding's keys labelled with the report year each is read from, for a file read
 * without the pairing at hand: `2020:table3.total.carriedForward`, not `previous:…`.
 */
export function keysWithYears(f: Finding, year: number): string[] {
  const { current, previous } = findingYears(f, year);
  const P = PREVIOUS_KEY_PREFIX;
  return f.keys.map((k) => (k.startsWith(P) ? `${previous}:${k.slice(P.length)}` : `${current}:${k}`));
}
