// The listing snapshot's wire form: every summary as a tuple (no repeated property names),
// which halves what library:list sends through messaging for 10,000 reports.
import type { Severity } from '../model/finding';
import type { KeyNumbers, ReportSummary } from './schema';
import { agencyKey, siteOf } from './summary';

const KEY_NUMBERS: (keyof KeyNumbers)[] = [
  'newReceived', 'carriedOver', 'resultsTotal', 'carriedForward', 'granted', 'partiallyGranted', 'reviewTotal', 'litigationTotal',
];

/** Bump when the tuple layout changes; a snapshot in another layout is rebuilt. */
export const LISTING_FORMAT = 2;

export type SummaryTuple = (string | number | null)[];

export function encodeSummary(s: ReportSummary): SummaryTuple {
  return [
    s.id,
    s.url === s.id ? null : s.url,
    s.title,
    s.agencyName,
    s.year,
    s.format,
    s.counts.error,
    s.counts.warning,
    s.counts.info,
    s.crossYearCount,
    ...KEY_NUMBERS.map((k) => s.keyNumbers[k]),
    s.firstSavedAt,
    s.lastSavedAt,
    s.parserVersion,
    // the stored agency key, null when it is the one derived from name and url (nearly always):
    // a summary written before its url fell back to the id (url '') had the id's site in its key
    agencyKey(s.agencyName, s.url) === s.agency ? null : s.agency,
    // last, so a snapshot written before it was kept still reads (as no severity)
    s.crossYearSeverity ?? null,
  ];
}

const SEVERITIES = new Set<unknown>(['error', 'warning', 'info']);

export function decodeSummary(t: SummaryTuple): ReportSummary {
  const str = (i: number) => String(t[i] ?? '');
  const num = (i: number) => (typeof t[i] === 'number' ? (t[i] as number) : null);
  const keyNumbers = Object.fromEntries(KEY_NUMBERS.map((k, i) => [k, num(10 + i)])) as unknown as KeyNumbers;
  const n = 10 + KEY_NUMBERS.length;
  const url = t[1] === null ? str(0) : str(1);
  return {
    id: str(0),
    // a page URL naming no site (an older summary's '') links to the id instead
    url: siteOf(url) ? url : str(0),
    title: str(2),
    agencyName: str(3),
    agency: typeof t[n + 3] === 'string' ? (t[n + 3] as string) : agencyKey(str(3), url),
    year: num(4),
    format: str(5) as ReportSummary['format'],
    counts: { error: num(6) ?? 0, warning: num(7) ?? 0, info: num(8) ?? 0 },
    crossYearCount: num(9) ?? 0,
    keyNumbers,
    firstSavedAt: str(n),
    lastSavedAt: str(n + 1),
    parserVersion: str(n + 2),
    ...(SEVERITIES.has(t[n + 4]) ? { crossYearSeverity: t[n + 4] as Severity } : {}),
  };
}

export const encodeListing = (list: ReportSummary[]): string => JSON.stringify(list.map(encodeSummary));
export const decodeListing = (json: string): ReportSummary[] => (JSON.parse(json) as SummaryTuple[]).map(decodeSummary);
