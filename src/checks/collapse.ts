// One rule, many scopes, the same "cannot check": report it once, naming the scopes, instead of
// a list the reader has to scroll through (e.g. T3-BALANCE in seven columns of a cut-short table).
import type { Finding } from '../model/finding';
import { uniqueRefs } from './read';

export const COLLAPSE_OVER = 2;

const REASON_AT_END = /（([^（）]*)）$/;

export function collapseNotAssessable(findings: Finding[]): Finding[] {
  // most rules report nothing or a verdict or two: nothing to merge, no list to build
  if (findings.length <= COLLAPSE_OVER) return findings;
  const na = findings.filter((f) => f.outcome === 'notAssessable');
  if (na.length <= COLLAPSE_OVER) return findings;
  const first = na[0]!;
  const scopes = na.map((f) => f.scope).filter((s): s is string => !!s);
  // the reason is the parenthesis that ENDS the first message (equationFinding's format: "…无法核对…（reason）");
  // scope names may hold parentheses of their own (（七）总计, 行政复议数量（本年）), so never take the first one
  const reasonZh = REASON_AT_END.exec(first.message.zh)?.[1] ?? '';
  const merged = withFields(first, {
    message: {
      zh: `${scopes.length}处无法核对（${scopes.join('、')}）${reasonZh ? `：${reasonZh}` : ''}`,
      en: `not assessable in ${scopes.length} places (${scopes.join(', ')})${first.note ? `: ${first.note}` : ''}`,
    },
    formula: undefined,
    keys: unionOfKeys(na),
    cells: uniqueRefs(allCells(na)),
    scope: scopes.join('、'),
    note: firstDistinctNotes(na, 3).join('; ') || undefined,
  });
  const out: Finding[] = [];
  let placed = false;
  for (const f of findings) {
    if (f.outcome !== 'notAssessable') out.push(f);
    else if (!placed) {
      out.push(merged);
      placed = true;
    }
  }
  return out;
}

/** every finding's keys, each once, in first-seen order */
function unionOfKeys(findings: Finding[]): string[] {
  const keys = new Set<string>();
  for (const f of findings) for (const k of f.keys) keys.add(k);
  return [...keys];
}

function allCells(findings: Finding[]): Finding['cells'] {
  const cells: Finding['cells'] = [];
  for (const f of findings) for (const c of f.cells) cells.push(c);
  return cells;
}

/** the first `n` distinct non-empty notes, in order */
function firstDistinctNotes(findings: Finding[], n: number): string[] {
  const notes: string[] = [];
  for (const f of findings) {
    if (notes.length === n) break;
    if (f.note && !notes.includes(f.note)) notes.push(f.note);
  }
  return notes;
}

/**
 * `{ ...base, ...fields }` with the fields left undefined removed — the same keys in the same
 * order, built without `delete` (which turns the object into a slow dictionary).
 */
function withFields(base: Finding, fields: Partial<Finding>): Finding {
  const out: Record<string, unknown> = {};
  const from = base as unknown as Record<string, unknown>;
  const over = fields as Record<string, unknown>;
  for (const k of Object.keys(base)) {
    const v = k in over ? over[k] : from[k];
    if (!(k in over) || v !== undefined) out[k] = v;
  }
  for (const k of Object.keys(fields)) if (!(k in from) && over[k] !== undefined) out[k] = over[k];
  return out as unknown as Finding;
}
