// What the card shows, computed from a record and its findings (pure; the card only renders it).
import type { Finding, Severity } from '../model/finding';
import type { ReportRecord } from '../model/record';

export interface Headline {
  agency: string | null;
  year: number | null;
  formatVersion: ReportRecord['meta']['formatVersion'];
  publishedOn: string | null;
  /** ISO date the report was due, when the regime fixes one (spec §1.3) */
  deadline: string | null;
  timeliness: 'onTime' | 'late' | 'unknown';
  proactive: number | null;
  applications: {
    newReceived: number | null;
    carriedOver: number | null;
    processed: number | null;
    carriedForward: number | null;
    granted: number | null;
    partiallyGranted: number | null;
    denied: number | null;
    unavailable: number | null;
    notProcessed: number | null;
    otherHandling: number | null;
  };
  reviews: number | null;
  lawsuits: number | null;
}

export type SeverityCounts = Record<Severity, number>;

function value(record: ReportRecord, key: string): number | null {
  const c = record.cells[key];
  return c && typeof c.value === 'number' && Number.isFinite(c.value) ? c.value : null;
}

function narrative(record: ReportRecord, ...topics: string[]): number | null {
  for (const topic of topics) {
    const n = record.narrative.find((x) => x.topic === topic);
    if (n && Number.isFinite(n.value)) return n.value;
  }
  return null;
}

/** First number among table keys, then narrative topics. */
function pick(record: ReportRecord, keys: string[], topics: string[] = []): number | null {
  for (const k of keys) {
    const v = value(record, k);
    if (v !== null) return v;
  }
  return narrative(record, ...topics);
}

function sum(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

/** Spec §1.3: 31 March (≤2018, and a county-or-above government's own report), 31 January (departments ≥2019). */
export function deadlineOf(year: number | null, kind: ReportRecord['meta']['agencyKind']): string | null {
  if (year === null) return null;
  if (year <= 2018) return `${year + 1}-03-31`;
  if (kind === 'department') return `${year + 1}-01-31`;
  if (kind === 'government') return `${year + 1}-03-31`;
  return null; // townships: set by provinces; unknown kind: cannot tell
}

export function headlineOf(record: ReportRecord, findings: Finding[] = []): Headline {
  const m = record.meta;
  const deadline = deadlineOf(m.reportYear, m.agencyKind);
  let timeliness: Headline['timeliness'] = 'unknown';
  if (findings.some((f) => f.rule === 'PUB-LATE' && f.outcome === 'fail')) timeliness = 'late';
  else if (deadline && m.publishedOn) timeliness = m.publishedOn.slice(0, 10) > deadline ? 'late' : 'onTime';
  const t3 = (row: string) => value(record, `table3.total.${row}`);
  return {
    agency: m.agencyName,
    year: m.reportYear,
    formatVersion: m.formatVersion,
    publishedOn: m.publishedOn,
    deadline,
    timeliness,
    proactive: narrative(record, 'proactiveTotal', 'proactive'),
    applications: {
      newReceived: pick(record, ['table3.total.newReceived'], ['applicationsReceived', 'applications']),
      carriedOver: t3('carriedOver'),
      processed: t3('resultsTotal'),
      carriedForward: t3('carriedForward'),
      granted: t3('granted'),
      partiallyGranted: t3('partiallyGranted'),
      denied: t3('denied.subtotal'),
      unavailable: t3('unavailable.subtotal'),
      notProcessed: t3('notProcessed.subtotal'),
      otherHandling: t3('otherHandling.subtotal'),
    },
    reviews: pick(record, ['table4.review.total'], ['reviews']),
    lawsuits:
      sum(value(record, 'table4.litigationDirect.total'), value(record, 'table4.litigationAfterReview.total')) ??
      narrative(record, 'lawsuits', 'litigation'),
  };
}

/** Findings the reader must look at: failures and not-assessable results; infos counted apart. */
export function severityCounts(findings: Finding[]): SeverityCounts {
  const out: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity] = (out[f.severity] ?? 0) + 1;
  return out;
}

export function worstSeverity(findings: Finding[]): Severity | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length ? 'info' : null;
}

/** Page text shown in the card is cut to this many characters (a hostile 1 MB title stays harmless). */
export function short(text: string | null | undefined, max = 120): string {
  if (!text) return '';
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
