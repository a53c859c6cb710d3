// The one place the library calls the cross-year rules (X-CARRY, X-INFORCE …): the checks
// catalogue's runCrossYearChecks runs every rule marked `crossYear`.
import { runCrossYearChecks } from '../checks/index';
import type { Finding } from '../model/finding';
import type { ReportRecord } from '../model/record';

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
): Finding[] {
  return [
    ...(previous ? runCrossYear(record, previous) : []),
    ...(next ? runCrossYear(next, record) : []),
  ];
}
