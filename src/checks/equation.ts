// checks.md §0 blank-cell policy, implemented once for every equation/inequality rule.
//   all inputs numbers           → evaluate at the rule's severity
//   some blank/placeholder       → read as 0; pass ⇒ pass "blanks read as 0";
//                                  fail ⇒ an error is downgraded to a warning
//   every input of a side blank  → notAssessable
//   missing cell, text cell, value withheld by an ambiguity, or a value chosen by this very
//   relation (ambiguity.resolvedBy = rule id) → notAssessable
import type { Finding, Outcome, Rule, Severity } from '../model/finding';
import type { CellRef, ReportRecord } from '../model/record';
import { fmtNum, refsOf } from './read';
import { makeFinding } from './rule';

export interface Side {
  keys: string[];
  /** the side in the page's terms, e.g. '一+二' */
  label: string;
}

export type Relation = 'eq' | 'le' | 'ge';

export interface EquationSpec {
  left: Side;
  right: Side;
  /** left <relation> right */
  relation?: Relation;
  tolerance?: number;
}

export type NotAssessableReason = 'missing' | 'text' | 'ambiguous' | 'circular' | 'sideBlank' | 'allBlank';

export interface EquationResult {
  outcome: Exclude<Outcome, 'notApplicable'>;
  severity: Severity;
  left: number | null;
  right: number | null;
  delta: number | null;
  keys: string[];
  cells: CellRef[];
  /** keys read as 0 because blank/placeholder */
  blankKeys: string[];
  /** keys that made the result not assessable */
  badKeys: string[];
  reason?: NotAssessableReason;
  note?: string;
  formula: string;
}

const REL_OK: Record<Relation, string> = { eq: '=', le: '≤', ge: '≥' };
const REL_BAD: Record<Relation, string> = { eq: '≠', le: '>', ge: '<' };

interface SideSum {
  sum: number;
  /** refs of the side's cells that exist, in key order (what refsOf would give) */
  refs: CellRef[];
  blanks: string[];
  missing: string[];
  text: string[];
  ambiguous: string[];
  circular: string[];
}

// The lists of keys that make a side unusable are mostly empty: they share this one until a key
// is added (callers read them, and evaluate passes one on only when it is non-empty).
const NONE: string[] = [];
const add = (list: string[], key: string): string[] => {
  if (list === NONE) return [key];
  list.push(key);
  return list;
};

function sumSide(record: ReportRecord, keys: string[], ruleId: string): SideSum {
  const s: SideSum = { sum: 0, refs: [], blanks: [], missing: NONE, text: NONE, ambiguous: NONE, circular: NONE };
  const cells = record.cells;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const c = cells[key];
    if (c?.ref) s.refs.push(c.ref);
    if (!c) s.missing = add(s.missing, key);
    else if (c.ambiguity?.resolvedBy === ruleId) s.circular = add(s.circular, key);
    else if (c.ambiguity && c.value === null) s.ambiguous = add(s.ambiguous, key); // unsplit digit run (kind text or number)
    else if (c.kind === 'text') s.text = add(s.text, key);
    else if (c.kind === 'blank' || c.kind === 'placeholder') s.blanks.push(key);
    else if (c.value === null) s.ambiguous = add(s.ambiguous, key);
    else if (!Number.isFinite(c.value)) s.text = add(s.text, key); // a reading slip (e.g. a 17-digit run): unreadable, never summed
    else s.sum += c.value;
  }
  return s;
}

/** Σ of `keys` when every one is a usable number sumSide would add as is; null otherwise. */
function plainSum(record: ReportRecord, keys: string[], ruleId: string): number | null {
  // indexed loop, fields read once: this runs for every equation of every run, mostly before
  // the optimising compiler has caught up with it
  const cells = record.cells;
  let sum = 0;
  for (let i = 0; i < keys.length; i++) {
    const c = cells[keys[i]!];
    if (!c) return null;
    const kind = c.kind;
    const value = c.value;
    if (kind === 'text' || kind === 'blank' || kind === 'placeholder' || value === null || !Number.isFinite(value)) return null;
    if (c.ambiguity && c.ambiguity.resolvedBy === ruleId) return null;
    sum += value;
  }
  return sum;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

const formulaText = (spec: EquationSpec, l: number, r: number, ok: boolean): string => {
  const relation = spec.relation ?? 'eq';
  return `${spec.left.label} = ${fmtNum(l)} ${ok ? REL_OK[relation] : REL_BAD[relation]} ${spec.right.label} = ${fmtNum(r)}`;
};

/**
 * A passing evaluation — most of them. Its formula and cell refs are read only for verdicts
 * (equationFinding returns null for a pass), so they are built on demand instead of per call.
 */
class PassResult implements EquationResult {
  readonly outcome = 'pass' as const;
  readonly badKeys: string[] = [];
  constructor(
    private readonly record: ReportRecord,
    private readonly spec: EquationSpec,
    private allKeys: string[] | null,
    readonly severity: Severity,
    readonly left: number,
    readonly right: number,
    readonly delta: number,
    readonly blankKeys: string[],
    readonly note: string | undefined,
  ) {}
  get keys(): string[] {
    return (this.allKeys ??= this.spec.left.keys.concat(this.spec.right.keys));
  }
  get cells(): CellRef[] {
    return refsOf(this.record, this.keys);
  }
  get formula(): string {
    return formulaText(this.spec, this.left, this.right, true);
  }
}

export function evaluate(rule: Pick<Rule, 'id' | 'severity'>, record: ReportRecord, spec: EquationSpec): EquationResult {
  const relation = spec.relation ?? 'eq';
  const tol = spec.tolerance ?? 0;
  // Fast path for the usual case, every input a plain number: sumSide would find nothing to
  // report, so go straight to the comparison (same sums, same order, same result).
  const lFast = plainSum(record, spec.left.keys, rule.id);
  const rFast = lFast === null ? null : plainSum(record, spec.right.keys, rule.id);
  if (lFast !== null && rFast !== null) {
    const l = round(lFast);
    const r = round(rFast);
    const delta = round(l - r);
    const ok = relation === 'eq' ? Math.abs(delta) <= tol : relation === 'le' ? delta <= tol : delta >= -tol;
    if (ok) return new PassResult(record, spec, null, rule.severity, l, r, delta, [], undefined);
  }
  const L = sumSide(record, spec.left.keys, rule.id);
  const R = sumSide(record, spec.right.keys, rule.id);
  // concat, not spread: spread runs the iterator protocol in unoptimised code (same array)
  const keys = spec.left.keys.concat(spec.right.keys);
  const missing = concat(L.missing, R.missing);
  if (missing.length) return notAssessable(rule, record, spec, keys, L, R, 'missing', missing, `not in the report: ${missing.join(', ')}`);
  const circular = concat(L.circular, R.circular);
  if (circular.length)
    return notAssessable(rule, record, spec, keys, L, R, 'circular', circular, `${circular.join(', ')} was read using this very relation (${rule.id})`);
  const text = concat(L.text, R.text);
  if (text.length) return notAssessable(rule, record, spec, keys, L, R, 'text', text, `not a number: ${text.join(', ')}`);
  const amb = concat(L.ambiguous, R.ambiguous);
  if (amb.length) return notAssessable(rule, record, spec, keys, L, R, 'ambiguous', amb, `run-together digits admit several readings: ${amb.join(', ')}`);
  // an empty side (e.g. "≥ 0") is a constant, never "blank"
  const lBlank = spec.left.keys.length > 0 && L.blanks.length === spec.left.keys.length;
  const rBlank = spec.right.keys.length > 0 && R.blanks.length === spec.right.keys.length;
  if (lBlank && rBlank) return notAssessable(rule, record, spec, keys, L, R, 'allBlank', L.blanks.concat(R.blanks), 'every input is blank');
  // A whole side left blank against a non-zero other side: the cells were not filled in
  // (Shanghai 2019's 总计 column) — not assessable. Two refinements (checks.md examples):
  // against 0 there is nothing to contradict (seed 004: 收到申请数 0, channels blank → pass);
  // an inequality reads the blank side as 0 (seed 004 L-SUBSET: parent left empty → warning).
  const otherZero = (lBlank ? R.sum : L.sum) === 0;
  if ((lBlank || rBlank) && relation === 'eq' && !otherZero) {
    const side = lBlank ? spec.left : spec.right;
    return notAssessable(rule, record, spec, keys, L, R, 'sideBlank', side.keys, `every cell of ${side.label} is blank`);
  }
  const l = round(L.sum);
  const r = round(R.sum);
  const delta = round(l - r);
  const ok = relation === 'eq' ? Math.abs(delta) <= tol : relation === 'le' ? delta <= tol : delta >= -tol;
  const blankKeys = L.blanks.length || R.blanks.length ? L.blanks.concat(R.blanks) : [];
  if (ok)
    return new PassResult(record, spec, keys, rule.severity, l, r, delta, blankKeys, blankKeys.length ? 'blanks read as 0' : undefined);
  const downgraded = blankKeys.length > 0 && rule.severity === 'error';
  return {
    keys,
    cells: concat(L.refs, R.refs),
    severity: downgraded ? 'warning' : rule.severity,
    outcome: 'fail',
    left: l,
    right: r,
    delta,
    blankKeys,
    badKeys: [],
    formula: formulaText(spec, l, r, ok),
    note: blankKeys.length ? 'fails if the blank cells mean 0' : undefined,
  };
}

/** a ++ b, without a copy when one of them is empty (the usual case) */
const concat = <T>(a: T[], b: T[]): T[] => (b.length === 0 ? a : a.length === 0 ? b : a.concat(b));

// One literal with every field (no spread of a shared part): building these was a hot spot.
function notAssessable(
  rule: Pick<Rule, 'id' | 'severity'>,
  record: ReportRecord,
  spec: EquationSpec,
  keys: string[],
  L: SideSum,
  R: SideSum,
  reason: NotAssessableReason,
  badKeys: string[],
  note: string,
): EquationResult {
  return {
    keys,
    cells: concat(L.refs, R.refs),
    severity: rule.severity,
    outcome: 'notAssessable',
    left: null,
    right: null,
    delta: null,
    blankKeys: L.blanks.concat(R.blanks),
    badKeys,
    reason,
    note,
    formula: `${spec.left.label} ? ${spec.right.label}`,
  };
}

const REASON_ZH: Record<NotAssessableReason, string> = {
  missing: '缺少所需单元格',
  text: '单元格不是数字',
  ambiguous: '数字连写，无法确定读法',
  circular: '该值正是借助本关系拆分得出，不能再用来验证本关系',
  sideBlank: '一侧单元格全部为空',
  allBlank: '所有单元格均为空',
};

/** The finding for a failed or not-assessable equation (none for a pass). */
export function equationFinding(
  rule: Pick<Rule, 'id' | 'severity'>,
  record: ReportRecord,
  res: EquationResult,
  what: { zh: string; en: string; scope?: string },
): Finding | null {
  if (res.outcome === 'pass') return null;
  const where = what.scope ? `${what.scope}：` : '';
  if (res.outcome === 'notAssessable')
    return makeFinding(rule, record, {
      outcome: 'notAssessable',
      zh: `${where}无法核对${what.zh}（${REASON_ZH[res.reason ?? 'missing']}）`,
      en: `${what.scope ? `${what.scope}: ` : ''}cannot check ${what.en} (${res.note ?? res.reason})`,
      formula: res.formula,
      left: null,
      right: null,
      delta: null,
      keys: res.keys,
      cells: res.cells,
      note: res.note,
      scope: what.scope,
    });
  const blankZh = res.blankKeys.length ? '（若空白单元格为0）' : '';
  return makeFinding(rule, record, {
    severity: res.severity,
    zh: `${where}${what.zh}不成立${blankZh}：${res.formula}，相差${fmtNum(res.delta)}`,
    en: `${what.scope ? `${what.scope}: ` : ''}${what.en} does not hold${res.blankKeys.length ? ' if the blank cells mean 0' : ''}: ${res.formula}, difference ${fmtNum(res.delta)}`,
    formula: res.formula,
    left: res.left,
    right: res.right,
    delta: res.delta,
    keys: res.keys,
    cells: res.cells,
    note: res.note,
    scope: what.scope,
  });
}

export const scopeOf = (res: EquationResult, scope: string) => ({ scope, outcome: res.outcome, note: res.note });
