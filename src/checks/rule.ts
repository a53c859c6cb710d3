// The catalogue's rule shape: the shared Rule contract plus per-scope outcomes for the UI's
// "rules checked" summary (a fan-out rule like T3-BALANCE has one outcome per column).
import type { Finding, Outcome, Rule, RuleContext, RuleResult, Severity } from '../model/finding';
import type { CellRef, ReportRecord } from '../model/record';

export interface ScopeOutcome {
  scope: string;
  outcome: Outcome;
  /** e.g. 'blanks read as 0', or why it was not assessable */
  note?: string;
}

export interface CheckedResult extends RuleResult {
  scopes: ScopeOutcome[];
}

export interface CatalogueRule extends Rule {
  check(ctx: RuleContext): CheckedResult;
}

/** Outcome of a rule from its scopes: any fail ⇒ fail; else any notAssessable; else pass. */
export function combine(scopes: ScopeOutcome[]): Outcome {
  if (scopes.length === 0) return 'notApplicable';
  // one pass (every rule's result goes through here): a fail decides at once
  let notAssessable = false;
  let allNotApplicable = true;
  for (const s of scopes) {
    if (s.outcome === 'fail') return 'fail';
    if (s.outcome === 'notAssessable') notAssessable = true;
    if (s.outcome !== 'notApplicable') allNotApplicable = false;
  }
  if (notAssessable) return 'notAssessable';
  if (allNotApplicable) return 'notApplicable';
  return 'pass';
}

export const result = (scopes: ScopeOutcome[], findings: Finding[] = []): CheckedResult => ({
  outcome: combine(scopes),
  scopes,
  findings,
});

export const notApplicable = (why: string): CheckedResult => result([{ scope: '', outcome: 'notApplicable', note: why }]);

/** Not assessable with no finding: the reason is reported elsewhere (e.g. STRUCT-TABLE-MISSING). */
export const silentlyNotAssessable = (why: string): CheckedResult =>
  result([{ scope: '', outcome: 'notAssessable', note: why }]);

export const pass = (scope = '', note?: string): ScopeOutcome => ({ scope, outcome: 'pass', note });

export interface FindingInput {
  severity?: Severity;
  outcome?: Finding['outcome'];
  zh: string;
  en: string;
  formula?: string;
  left?: number | null;
  right?: number | null;
  delta?: number | null;
  keys?: string[];
  cells?: CellRef[];
  note?: string;
  scope?: string;
}

/**
 * Builds a finding of `rule`. Severity policy: failures carry the rule's severity (or the
 * blank-downgraded one passed in); `notAssessable` findings are always 'info' — they are not
 * verdicts, and the UI must not paint them as errors.
 */
export function makeFinding(rule: Pick<Rule, 'id' | 'severity'>, record: ReportRecord, f: FindingInput): Finding {
  const outcome = f.outcome ?? 'fail';
  const severity = outcome === 'notAssessable' ? 'info' : (f.severity ?? rule.severity);
  const finding: Finding = {
    rule: rule.id,
    severity,
    outcome,
    message: { zh: f.zh, en: f.en },
    keys: f.keys ?? [],
    cells: f.cells ?? [],
    formatVersion: record.meta.formatVersion,
  };
  if (f.formula !== undefined) finding.formula = f.formula;
  if (f.left !== undefined) finding.left = f.left;
  if (f.right !== undefined) finding.right = f.right;
  if (f.delta !== undefined) finding.delta = f.delta;
  if (f.note !== undefined) finding.note = f.note;
  if (f.scope !== undefined) finding.scope = f.scope;
  return finding;
}
