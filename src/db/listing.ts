// The listing snapshot's wire form: every summary as a tuple (no repeated property names),
// which halves what library:list sends through messaging for 10,000 reports.
import type { Severity } from '../model/finding';
import type { KeyNumbers, ReportSummary } from './schema';
import { agencyKey, agencyKeyAt, siteOf } from './summary';

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

// written out field by field, not built from KEY_NUMBERS: the library decodes 10,000 of these at
// once, and Object.fromEntries with closures per row took most of that time
export function decodeSummary(t: SummaryTuple): ReportSummary {
  const n = 10 + KEY_NUMBERS.length;
  const id = str(t[0]);
  const url = t[1] === null ? id : str(t[1]);
  const site = siteOf(url);
  const agencyName = str(t[3]);
  const summary: ReportSummary = {
    id,
    // a page URL naming no site (an older summary's '') links to the id instead
    url: site ? url : id,
    title: str(t[2]),
    agencyName,
    agency: typeof t[n + 3] === 'string' ? (t[n + 3] as string) : agencyKeyAt(agencyName, site),
    year: num(t[4]),
    format: str(t[5]) as ReportSummary['format'],
    counts: { error: num(t[6]) ?? 0, warning: num(t[7]) ?? 0, info: num(t[8]) ?? 0 },
    crossYearCount: num(t[9]) ?? 0,
    keyNumbers: {
      newReceived: num(t[10]),
      carriedOver: num(t[11]),
      resultsTotal: num(t[12]),
      carriedForward: num(t[13]),
      granted: num(t[14]),
      partiallyGranted: num(t[15]),
      reviewTotal: num(t[16]),
      litigationTotal: num(t[17]),
    },
    firstSavedAt: str(t[n]),
    lastSavedAt: str(t[n + 1]),
    parserVersion: str(t[n + 2]),
  };
  const severity = t[n + 4];
  if (SEVERITIES.has(severity)) summary.crossYearSeverity = severity as Severity;
  return summary;
}

const str = (v: string | number | null | undefined) => String(v ?? '');
const num = (v: string | number | null | undefined) => (typeof v === 'number' ? v : null);

export const encodeListing = (list: ReportSummary[]): string => JSON.stringify(list.map(encodeSummary));
export const decodeListing = (json: string): ReportSummary[] => (JSON.parse(json) as SummaryTuple[]).map(decodeSummary);
