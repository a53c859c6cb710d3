import type { Finding, Rule } from '../model/finding';
import type { ReportRecord } from '../model/record';

/** The rule catalogue (checks.md §1), in print order. Filled by the checks issue. */
export const RULES: Rule[] = [];

/** Runs every rule; returns the findings (failures, not-assessable results, infos). */
export function runChecks(record: ReportRecord, previous?: ReportRecord): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.crossYear && !previous) continue;
    findings.push(...rule.check({ record, previous }).findings);
  }
  return findings;
}
