// Pure filtering and sorting of summary rows for the library table.
import type { KeyNumbers, ReportSummary } from '../../src/db/schema';

export type SeverityFilter = 'any' | 'error' | 'warning' | 'clean';

export interface Filters {
  text: string;
  year: number | 'any';
  format: string; // 'any' or a FormatVersion
  severity: SeverityFilter;
}

export const NO_FILTERS: Filters = { text: '', year: 'any', format: 'any', severity: 'any' };

export type SortKey = 'agencyName' | 'year' | 'format' | 'errors' | 'warnings' | 'infos' | 'crossYear' | 'lastSavedAt' | keyof KeyNumbers;

export interface Sort {
  key: SortKey;
  dir: 1 | -1;
}

export function matches(s: ReportSummary, f: Filters): boolean {
  if (f.year !== 'any' && s.year !== f.year) return false;
  if (f.format !== 'any' && s.format !== f.format) return false;
  if (f.severity === 'error' && s.counts.error === 0) return false;
  if (f.severity === 'warning' && s.counts.warning === 0) return false;
  if (f.severity === 'clean' && s.counts.error + s.counts.warning > 0) return false;
  const q = f.text.replace(/\s+/g, '').toLowerCase();
  if (q && !`${s.agency}${s.title}${s.url}`.replace(/\s+/g, '').toLowerCase().includes(q)) return false;
  return true;
}

function sortValue(s: ReportSummary, key: SortKey): string | number | null {
  switch (key) {
    case 'agencyName':
      return s.agencyName;
    case 'year':
      return s.year;
    case 'format':
      return s.format;
    case 'errors':
      return s.counts.error;
    case 'warnings':
      return s.counts.warning;
    case 'infos':
      return s.counts.info;
    case 'crossYear':
      return s.crossYearCount;
    case 'lastSavedAt':
      return s.lastSavedAt;
    default:
      return s.keyNumbers[key];
  }
}

const collator = new Intl.Collator('zh-CN');

/** Sorted copy; empty values always last, whatever the direction. */
export function sortRows(rows: ReportSummary[], sort: Sort): ReportSummary[] {
  const keyed = rows.map((r) => [sortValue(r, sort.key), r] as const);
  keyed.sort(([a], [b]) => {
    if (a === null || a === '') return b === null || b === '' ? 0 : 1;
    if (b === null || b === '') return -1;
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    return c * sort.dir;
  });
  return keyed.map(([, r]) => r);
}

export function applyView(rows: ReportSummary[], f: Filters, sort: Sort): ReportSummary[] {
  return sortRows(rows.filter((r) => matches(r, f)), sort);
}
