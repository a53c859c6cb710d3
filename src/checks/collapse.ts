// One rule, many scopes, the same "cannot check": report it once, naming the scopes, instead of
// a list the reader has to scroll through (e.g. T3-BALANCE in seven columns of a cut-short table).
import type { Finding } from '../model/finding';
import { uniqueRefs } from './read';

export const COLLAPSE_OVER = 2;

export function collapseNotAssessable(findings: Finding[]): Finding[] {
  // most rules report nothing or a verdict or two: nothing to merge, no list to build
  if (findings.length <= COLLAPSE_OVER) return findings;
  const na = findings.filter((f) => f.outcome === 'notAssessable');
  if (na.length <= COLLAPSE_OVER) return findings;
  const first = na[0]!;
  const scopes = na.map((f) => f.scope).filter((s): s is string => !!s);
  // the reason is the part of the first message in parentheses (equationFinding's format)
  const reasonZh = /（([^）]*)）/.exec(first.message.zh)?.[1] ?? '';
  const merged: Finding = {
    ...first,
    message: {
      zh: `${scopes.length}处无法核对（${scopes.join('、')}）${reasonZh ? `：${reasonZh}` : ''}`,
      en: `not assessable in ${scopes.length} places (${scopes.join(', ')})${first.note ? `: ${first.note}` : ''}`,
    },
    formula: undefined,
    keys: unionOfKeys(na),
    cells: uniqueRefs(allCells(na)),
    scope: scopes.join('、'),
    note: firstDistinctNotes(na, 3).join('; ') || undefined,
  };
  if (merged.formula === undefined) delete merged.formula;
  if (merged.note === undefined) delete merged.note;
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
