/** A short, serialisable view of whatever detectReport returned (to spot false positives). */
export function summariseDetection(r: unknown): unknown {
  if (r === null || typeof r !== 'object') return r;
  const o = r as Record<string, unknown>;
  for (const k of ['isReport', 'report', 'match', 'matched', 'ok']) if (k in o) return { [k]: o[k] };
  return Object.keys(o).slice(0, 6);
}
