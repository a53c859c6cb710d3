import type { CellRef, FormatVersion, ReportRecord } from './record';

/** the prefix of a cross-year finding's keys read from the previous year's report */
export const PREVIOUS_KEY_PREFIX = 'previous:';

export type Severity = 'error' | 'warning' | 'info';
/** checks.md §0: a rule never "passes" when its inputs are missing. */
export type Outcome = 'pass' | 'fail' | 'notAssessable' | 'notApplicable';

export interface Finding {
  rule: string; // id as in ../shared/spec/checks.md, e.g. 'T3-BALANCE'
  severity: Severity; // after the blank-cell downgrade of checks.md §0
  outcome: 'fail' | 'notAssessable' | 'info';
  message: { zh: string; en: string };
  /** e.g. '一+二 = 41 ≠ 三(七)+四 = 42' */
  formula?: string;
  left?: number | null;
  right?: number | null;
  delta?: number | null;
  /** field keys read by this finding */
  keys: string[];
  /** every cell involved, so the page can highlight them */
  cells: CellRef[];
  /** e.g. 'blanks read as 0', 'split of run-together digits chose this reading' */
  note?: string;
  /** which column/group/row the finding is about, when the rule fans out */
  scope?: string;
  formatVersion: FormatVersion;
}

export interface RuleContext {
  record: ReportRecord;
  /** the same agency's record for the previous year (X-* rules), when saved */
  previous?: ReportRecord;
}

export interface RuleResult {
  outcome: Outcome;
  findings: Finding[];
}

export interface Rule {
  id: string;
  severity: Severity;
  appliesTo: string; // human text, as in the catalogue
  formula: string;
  description: { zh: string; en: string };
  /** field keys (or key patterns with *) the rule reads */
  reads: string[];
  /** X-* rules need `previous` */
  crossYear?: boolean;
  check(ctx: RuleContext): RuleResult;
}
