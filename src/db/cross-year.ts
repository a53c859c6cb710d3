// The one place the library calls the cross-year rules (X-CARRY, X-INFORCE …): the checks
// catalogue's runCrossYearChecks runs every rule marked `crossYear`.
import { runCrossYearChecks } from '../checks/index';
import type { Finding } from '../model/finding';
import type { ReportRecord } from '../model/record';
import { refsOf } from '../checks/read';
import { PREV } from '../checks/rules/cross-year';
import { nextReportPrefix } from './pair-years';

/** X-* findings of `current` against the same agency's `previous` year. */
export function runCrossYear(current: ReportRecord, previous: ReportRecord): Finding[] {
  return runCrossYearChecks(current, previous);
}

/**
 * Findings for a record against both neighbours: its own X-* findings against the previous
 * year, plus the next year's X-* findings against it (those involve this record's cells too).
 */
export function crossYearFindings(
  record: ReportRecord,
  previous: ReportRecord | null,
  next: ReportRecord | null,
  /** the neighbour's year has more than one saved report: its findings name the one compared */
  several: { previous?: boolean; next?: boolean } = {},
): Finding[] {
  return [
    ...(previous ? runCrossYear(record, previous).map((f) => (several.previous ? comparedWith(f, previous) : f)) : []),
    ...(next ? runCrossYear(next, record).map((f) => onThisPage(several.next ? comparedWith(f, next) : f, record, next)) : []),
  ];
}

/** the finding with a note naming the report it was compared with (one of several of its year) */
function comparedWith(f: Finding, other: ReportRecord): Finding {
  const which = `与此报告比较 / compared with: ${other.meta.title ?? ''} ${other.meta.url ?? ''}`.replace(/\s+/g, ' ').trim();
  return { ...f, note: f.note ? `${f.note}; ${which}` : which };
}

/**
 * The next year's finding as this page shows it: its cells are the next page's, so a click
 * outlined whatever cell sat at the same place here. On this page its cells are this record's
 * (its `previous:` keys); the next year's cells are not here. Its message says it is the next
 * report's: "“总体情况”与2021年报告相似" on the 2021 page read as similar to itself.
 */
function onThisPage(f: Finding, record: ReportRecord, next: ReportRecord): Finding {
  const y = next.meta.reportYear;
  const message = { zh: `${nextReportPrefix(y)}${f.message.zh}`, en: `${y} report: ${f.message.en}` };
  return { ...f, message, cells: refsOf(record, f.keys.filter((k) => k.startsWith(PREV)).map((k) => k.slice(PREV.length))) };
}
