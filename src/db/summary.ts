// Pure derivations from a record: the normalised agency key, finding counts, the summary row.
import type { Finding } from '../model/finding';
import type { CellValue, ReportRecord } from '../model/record';
import type { FindingCounts, KeyNumbers, ReportSummary, SavedReport } from './schema';

/** Cross-year match key: the agency name without any whitespace (incl. full-width spaces). */
export function agencyKey(name: string | null | undefined): string {
  return (name ?? '').replace(/[\s\u3000]+/g, '');
}

export function countFindings(...lists: Finding[][]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const list of lists) for (const f of list) counts[f.severity] += 1;
  return counts;
}

function num(cells: Record<string, CellValue>, key: string): number | null {
  return cells[key]?.value ?? null;
}

function sumOrNull(values: (number | null)[]): number | null {
  return values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

export function keyNumbers(record: ReportRecord): KeyNumbers {
  const c = record.cells;
  // Pre-2019 reports carry the same facts in the 统计表 appendix.
  const legacy = (k: string) => num(c, `legacyStats.${k}`);
  const t3 = (row: string) => num(c, `table3.total.${row}`);
  return {
    newReceived: t3('newReceived') ?? legacy('requests.received'),
    carriedOver: t3('carriedOver'),
    resultsTotal: t3('resultsTotal') ?? legacy('requests.answered'),
    carriedForward: t3('carriedForward'),
    granted: t3('granted') ?? legacy('requests.granted'),
    partiallyGranted: t3('partiallyGranted') ?? legacy('requests.partiallyGranted'),
    reviewTotal: num(c, 'table4.review.total') ?? legacy('review.total'),
    litigationTotal:
      sumOrNull([num(c, 'table4.litigationDirect.total'), num(c, 'table4.litigationAfterReview.total')]) ??
      legacy('litigation.total'),
  };
}

export function toSummary(row: SavedReport): ReportSummary {
  const meta = row.record.meta;
  return {
    id: row.id,
    url: meta.url ?? row.id,
    title: meta.title ?? meta.h1 ?? '',
    agencyName: meta.agencyName ?? '',
    agency: row.agency,
    year: row.year,
    format: row.format,
    counts: row.counts,
    crossYearCount: row.crossYear.length,
    keyNumbers: keyNumbers(row.record),
    firstSavedAt: row.firstSavedAt,
    lastSavedAt: row.lastSavedAt,
    parserVersion: row.parserVersion,
  };
}
