// The library database: names, row shapes and the schema version.
// Change the schema only by adding a migration in ./migrations.ts and bumping DB_VERSION.
import type { DBSchema } from 'idb';
import type { ExportFindings } from './export-findings';
import type { Finding, Severity } from '../model/finding';
import type { FormatVersion, ReportRecord } from '../model/record';

export const DB_NAME = 'gov-report-library';
export const DB_VERSION = 11;

export type FindingCounts = Record<Severity, number>;

/** The heavy row: everything we know about one saved report. */
export interface SavedReport {
  /** canonical URL (see canonical-url.ts) */
  id: string;
  record: ReportRecord;
  /** single-year findings, as computed when the report was read */
  findings: Finding[];
  /** X-* findings against the same agency's previous/next year, refreshed on save */
  crossYear: Finding[];
  firstSavedAt: string; // ISO timestamp
  lastSavedAt: string; // ISO timestamp
  /** parser version of the record as last saved */
  parserVersion: string;
  /** the cross-year match key: normalised agency name @ site (summary.ts agencyKey), '' when unknown */
  agency: string;
  year: number | null;
  format: FormatVersion;
  /** findings + crossYear, by severity */
  counts: FindingCounts;
  saveCount: number;
}

/** The light row the library table lists; one per SavedReport, same id. */
export interface ReportSummary {
  id: string;
  url: string;
  title: string;
  agencyName: string; // as printed
  agency: string; // normalised
  year: number | null;
  format: FormatVersion;
  counts: FindingCounts;
  crossYearCount: number;
  /** the worst severity among the cross-year findings (none: no findings, or a summary saved before it was kept) */
  crossYearSeverity?: Severity;
  /** headline numbers for the table and the agency chart */
  keyNumbers: KeyNumbers;
  firstSavedAt: string;
  lastSavedAt: string;
  parserVersion: string;
}

export interface KeyNumbers {
  newReceived: number | null;
  carriedOver: number | null;
  resultsTotal: number | null;
  carriedForward: number | null;
  granted: number | null;
  partiallyGranted: number | null;
  reviewTotal: number | null;
  litigationTotal: number | null;
}

/** Version-1 rows: the store keyed by URL, nothing derived. Kept for the migration and its test. */
export interface SavedReportV1 {
  id: string;
  record: ReportRecord;
  findings: Finding[];
  firstSavedAt: string;
  lastSavedAt: string;
  parserVersion: string;
}

/** A deleted row kept for undo (and as a safety net) until it is pruned. */
export interface TrashEntry {
  id: string; // the report id
  token: string; // one token per delete action
  deletedAt: string; // ISO timestamp
  row: SavedReport;
}

/**
 * Every summary as one JSON string of tuples (key 'all'), kept in step with the summaries store in the
 * same transactions. Reading one string is what keeps listing 10,000 reports under 200 ms:
 * getAll over 10,000 summary objects alone takes longer in Chromium.
 */
export interface ListingEntry {
  id: 'all';
  /** LISTING_FORMAT of listing.ts; another value means "rebuild" */
  format: number;
  /** JSON array of summary tuples (listing.ts) */
  json: string;
}

/**
 * The light per-report projection for CSV export (export-values.ts), one per SavedReport, same id,
 * kept in step with the reports store in the same transactions.
 */
export interface ExportValues {
  id: string;
  /** EXPORT_VALUES_LAYOUT of export-values.ts; another value means "recompute from the full row" */
  layout: number;
  agencyName: string | null;
  year: number | null;
  format: FormatVersion;
  title: string | null;
  publishedOn: string | null;
  counts: FindingCounts;
  crossYearCount: number;
  firstSavedAt: string;
  lastSavedAt: string;
  parserVersion: string;
  /** id of the row's field keys (record.cells order) in the keyLists store */
  keyList: string;
  /** JSON of [values, raws], parallel to the keys */
  cells: string;
  /** one letter per cell kind (n number, b blank, p placeholder, t text), parallel to the keys */
  kinds: string;
}

/**
 * A list of field keys as JSON, stored once for every projection that uses it: nearly every
 * report of one format has the same list, ~4.5 KB of a ~5.8 KB projection when it was stored per row.
 */
export interface KeyList {
  /** keyListId(json) (export-values.ts) */
  id: string;
  json: string;
}

export interface LibrarySchema extends DBSchema {
  reports: { key: string; value: SavedReport };
  summaries: {
    key: string;
    value: ReportSummary;
    indexes: { agency: string; year: number; format: string; errors: number; warnings: number };
  };
  trash: { key: string; value: TrashEntry; indexes: { token: string; deletedAt: string } };
  listing: { key: string; value: ListingEntry };
  exportValues: { key: string; value: ExportValues };
  keyLists: { key: string; value: KeyList };
  exportFindings: { key: string; value: ExportFindings };
}
