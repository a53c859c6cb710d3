// One rule, many scopes, the same "cannot check": report it once, naming the scopes, instead of
// a list the reader has to scroll through (e.g. T3-BALANCE in seven columns of a cut-short table).
import type { Finding } from '../model/finding';
import { uniqueRefs } from './read';

export const COLLAPSE_OVER = 2;

/**
 * What /（([^（）]*)）$/ captures: the text of a final （…） holding no parenthesis, else '' —
 * found from the end with two lastIndexOf instead of a regex tried at every position.
 */
function reasonAtEnd(zh: string): string {
  const end = zh.length - 1;
  if (end < 1 || zh.charCodeAt(end) !== 0xff09) return ''; // ）
  const open = zh.lastIndexOf('（', end - 1);
  return open >= 0 && zh.lastIndexOf('）', end - 1) < open ? zh.slice(open + 1, end) : '';
}

export function collapseNotAssessable(findings: Finding[]): Finding[] {
  // most rules report nothing or a verdict or two: nothing to merge, no list to build
  if (findings.length <= COLLAPSE_OVER) return findings;
  let count = 0;
  for (let i = 0; i < findings.length; i++) if (findings[i]!.outcome === 'notAssessable') count++;
  if (count <= COLLAPSE_OVER) return findings;
  // one pass over the not-assessable findings: their scopes, keys, cells and first distinct notes
  let first: Finding | undefined;
  const scopes: string[] = [];
  const keys: string[] = [];
  const seen = count * 8 > SMALL_UNION ? new Set<string>() : null; // a short union is checked with includes
  const cells: Finding['cells'] = [];
  const notes: string[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.outcome !== 'notAssessable') continue;
    first ??= f;
    if (f.scope) scopes.push(f.scope);
    for (const k of f.keys) {
      if (seen ? seen.has(k) : keys.includes(k)) continue;
      seen?.add(k);
      keys.push(k);
    }
    for (const c of f.cells) cells.push(c);
    if (notes.length < 3 && f.note && !notes.includes(f.note)) notes.push(f.note);
  }
  const base = first!;
  // the reason is the parenthesis that ENDS the first message (equationFinding's format: "…无法核对…（reason）");
  // scope names may hold parentheses of their own (（七）总计, 行政复议数量（本年）), so never take the first one
  const reasonZh = reasonAtEnd(base.message.zh);
  const zhScopes = scopes.join('、');
  const merged = withFields(base, {
    message: {
      zh: `${scopes.length}处无法核对（${zhScopes}）${reasonZh ? `：${reasonZh}` : ''}`,
      en: `not assessable in ${scopes.length} places (${scopes.join(', ')})${base.note ? `: ${base.note}` : ''}`,
    },
    formula: undefined,
    keys,
    cells: uniqueRefs(cells),
    scope: zhScopes,
    note: notes.join('; ') || undefined,
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

/** up to about this many keys in all, the union is kept with includes rather than a Set */
const SMALL_UNION = 64;

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
