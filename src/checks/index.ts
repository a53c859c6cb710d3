// The rule catalogue (checks.md §1), in print order, and the functions that run it.
//
// What runChecks returns (per rule):
//   fail          → one finding per failing scope at the rule's severity (error rules downgraded
//                   to warning when the failure rests on blank cells read as 0, checks.md §0);
//   notAssessable → a finding with outcome 'notAssessable' and severity 'info' when the table or
//                   row the rule needs exists but an input is missing, text, ambiguous or blank on
//                   one whole side (more than two of one rule are merged into one finding that
//                   names the scopes). Not reported: columns/rows that are blank throughout (CELL-BLANK
//                   lists those cells), 总计 cells covered by T3-TOTAL-BLANK, and tables that are
//                   absent altogether (STRUCT-TABLE-MISSING reports that once);
//   info          → observations (FMT-VERSION, CELL-BLANK, X-JUMP …);
//   notApplicable → nothing (rule not defined for this format version).
import type { Finding, Outcome, Rule } from '../model/finding';
import type { ReportRecord } from '../model/record';
import { collapseNotAssessable } from './collapse';
import type { CheckedResult, ScopeOutcome } from './rule';
import { cellBlank, cellNonNumeric, labelVariant } from './rules/cells';
import { x2019Items, xCarry, xDuplicateText, xFormatRegression, xInforce, xJump } from './rules/cross-year';
import { fmtTemplateMismatch, fmtUnifiedMissing, fmtVersion } from './rules/fmt';
import { lAnswered, lCases, lClosed, lDeniedReasons, lProactiveChannels, lReceivedChannels, lStaff, lSubset } from './rules/legacy';
import { numInteger, numNonNeg, numUnit } from './rules/num';
import { pubDateUnknown, pubEarly, pubLate } from './rules/pub';
import { sec5Empty, sec6Fee } from './rules/sections';
import { structNumbering, structSectionMissing, structTableMissing, structTableShape } from './rules/struct';
import { t2InforceFloor, t2ItemsNeg2019, t2ItemsScale2019, t2Published2019 } from './rules/t2';
import { t3Balance } from './rules/t3-balance';
import { t3CarryPlausible } from './rules/t3-carry-plausible';
import { t3Colsum } from './rules/t3-colsum';
import { t3OtherSplit } from './rules/t3-other-split';
import { t3ResultsSum } from './rules/t3-results-sum';
import { t3Subtotal } from './rules/t3-subtotal';
import { t3TotalBlank } from './rules/t3-total-blank';
import { t4AfterReview, t4RowSum } from './rules/t4';
import { textForeignName, textPeriod, textYear } from './rules/text-meta';
import { textLegacy, textNone, textT2, textT4 } from './rules/text-other';
import { textT3 } from './rules/text-t3';

export type { CatalogueRule, ScopeOutcome } from './rule';

/**
 * The rule catalogue (checks.md §1), in print order. Typed as the shared `Rule` so callers may
 * add their own; the catalogue's rules also return per-scope outcomes (CheckedResult).
 */
export const RULES: Rule[] = [
  fmtVersion,
  fmtTemplateMismatch,
  fmtUnifiedMissing,
  structSectionMissing,
  structTableMissing,
  structTableShape,
  structNumbering,
  labelVariant,
  cellBlank,
  cellNonNumeric,
  numNonNeg,
  numInteger,
  numUnit,
  t2InforceFloor,
  t2Published2019,
  t2ItemsNeg2019,
  t2ItemsScale2019,
  t3Balance,
  t3ResultsSum,
  t3Colsum,
  t3Subtotal,
  t3TotalBlank,
  t3OtherSplit,
  t3CarryPlausible,
  t4RowSum,
  t4AfterReview,
  lStaff,
  lAnswered,
  lDeniedReasons,
  lReceivedChannels,
  lClosed,
  lCases,
  lProactiveChannels,
  lSubset,
  textT3,
  textT4,
  textT2,
  textNone,
  textLegacy,
  textYear,
  textPeriod,
  textForeignName,
  sec5Empty,
  sec6Fee,
  xCarry,
  xInforce,
  x2019Items,
  xFormatRegression,
  xDuplicateText,
  xJump,
  // X-HIER-SUM needs a government's whole set of sub-unit reports: a library-level check, not a
  // function of (record, previous); left to the library.
  pubLate,
  pubEarly,
  pubDateUnknown,
];

export interface RuleReport {
  rule: Rule;
  outcome: Outcome;
  scopes: ScopeOutcome[];
  findings: Finding[];
}

/**
 * Every rule's outcome, for the UI's "rules checked" summary and for tests. Cross-year rules
 * are notApplicable without `previous`. A rule that throws is reported as notAssessable with an
 * info finding naming the error, so one faulty rule never hides the others.
 */
export function runChecksDetailed(record: ReportRecord, previous?: ReportRecord): RuleReport[] {
  return RULES.map((rule) => reportOf(rule, record, previous));
}

/** One rule's report; a rule that throws is reported, never propagated (see runChecksDetailed). */
function reportOf(rule: Rule, record: ReportRecord, previous: ReportRecord | undefined): RuleReport {
  if (rule.crossYear && !previous)
    return { rule, outcome: 'notApplicable', scopes: [{ scope: '', outcome: 'notApplicable', note: 'no previous-year record' }], findings: [] };
  try {
    const r: Partial<CheckedResult> & Pick<CheckedResult, 'outcome' | 'findings'> = rule.check({ record, previous });
    return { rule, outcome: r.outcome, scopes: r.scopes ?? [{ scope: '', outcome: r.outcome }], findings: collapseNotAssessable(r.findings) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { rule, outcome: 'notAssessable', scopes: [{ scope: '', outcome: 'notAssessable', note: msg }], findings: [failedToRun(rule, record, msg)] };
  }
}

/** the info finding of a rule that threw */
function failedToRun(rule: Rule, record: ReportRecord, msg: string): Finding {
  return {
    rule: rule.id,
    severity: 'info',
    outcome: 'notAssessable',
    message: { zh: `规则 ${rule.id} 运行出错，未能核对：${msg}`, en: `rule ${rule.id} failed to run: ${msg}` },
    keys: [],
    cells: [],
    formatVersion: record.meta.formatVersion,
  };
}

/**
 * Runs every rule; returns the findings (failures, not-assessable results, infos) — the findings
 * of runChecksDetailed, without its per-rule report objects (this runs on every page).
 */
export function runChecks(record: ReportRecord, previous?: ReportRecord): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.crossYear && !previous) continue; // notApplicable: no findings
    let found: Finding[];
    try {
      found = collapseNotAssessable(rule.check({ record, previous }).findings);
    } catch (e) {
      found = [failedToRun(rule, record, e instanceof Error ? e.message : String(e))];
    }
    for (const f of found) findings.push(f);
  }
  return findings;
}

/**
 * Only the X-* rules of `current` against the same agency's `previous` year. A rule that throws
 * is reported as in runChecks: the library runs this on every save, and one odd saved row made
 * every save of its neighbouring years fail.
 */
export function runCrossYearChecks(current: ReportRecord, previous: ReportRecord): Finding[] {
  return RULES.filter((r) => r.crossYear).flatMap((rule) => {
    try {
      return rule.check({ record: current, previous }).findings;
    } catch (e) {
      return [failedToRun(rule, current, e instanceof Error ? e.message : String(e))];
    }
  });
}

/**
 * Whether some X-* rule compared the pair's numbers or texts (passed or failed), so "consistent
 * with neighbouring years" is said only when something was compared. X-FORMAT-REGRESSION only
 * compares the templates' ages, so it does not count.
 */
export function crossYearCompared(current: ReportRecord, previous: ReportRecord): boolean {
  return RULES.some((rule) => {
    if (!rule.crossYear || rule.id === 'X-FORMAT-REGRESSION') return false;
    // by scope: one column passing is a comparison even when another could not be read
    return reportOf(rule, current, previous).scopes.some((s) => s.outcome === 'pass' || s.outcome === 'fail');
  });
}
