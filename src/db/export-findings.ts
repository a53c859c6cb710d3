// The findings sheet of the Excel export, per report, stored apart from the full row (DB v7
// store exportFindings). The workbook needs a report's values (the light export projection) and
// these rows, not its record: reading 10,000 full rows (~24 KB each, record included) and sending
// them through messaging took most of a 10,000-report Excel export.
import type { Finding } from '../model/finding';
import type { SavedReport } from './schema';
import { keysWithYears } from './pair-years';

/**
 * Bump when the row layout changes; a stored row in another layout is recomputed from the full row.
 * 2: a cross-year row's keys carry their report year (`2020:table3…`), not `previous:`.
 */
export const EXPORT_FINDINGS_LAYOUT = 2;

/** One findings-sheet cell value. */
export type FindingCell = string | number | null;

/** The stored form: the report's rows of the findings sheet (without its id), as one JSON string. */
export interface ExportFindings {
  id: string;
  layout: number;
  /** JSON of FindingCell[][]: one row per finding, FINDING_COLUMNS after `report` */
  rows: string;
}

/**
 * A finding as a row of the findings sheet (FINDING_COLUMNS of xlsx.ts, without the report). A
 * cross-year finding holds keys of two reports, so each key is written with its report year
 * (`2021:table3.total.carriedOver 2020:table3.total.carriedForward`): `previous:` did not say
 * which year, and the next year's check shown on this report reads the next report's plain keys.
 */
export function findingCells(kind: 'report' | 'crossYear', f: Finding, year: number | null = null): FindingCell[] {
  const keys = kind === 'crossYear' && year !== null ? keysWithYears(f, year) : f.keys;
  return [kind, f.rule, f.severity, f.outcome, f.message.zh, f.message.en, f.formula ?? null, f.left ?? null, f.right ?? null, f.delta ?? null, f.scope ?? null, keys.join(' '), f.note ?? null];
}

/** A report's findings-sheet rows: its own findings, then its cross-year ones. */
export function findingRowsOf(row: SavedReport): FindingCell[][] {
  return [...row.findings.map((f) => findingCells('report', f)), ...row.crossYear.map((f) => findingCells('crossYear', f, row.year))];
}

export function toExportFindings(row: SavedReport): ExportFindings {
  return { id: row.id, layout: EXPORT_FINDINGS_LAYOUT, rows: JSON.stringify(findingRowsOf(row)) };
}

/** Stored form → rows; throws on another layout or rows that are not arrays (a broken store or answer). */
export function decodeExportFindings(stored: ExportFindings): FindingCell[][] {
  const fail = (why: string) => new Error(`export findings of ${stored.id}: ${why}`);
  if (stored.layout !== EXPORT_FINDINGS_LAYOUT) throw fail(`layout ${stored.layout}, expected ${EXPORT_FINDINGS_LAYOUT}`);
  const rows = JSON.parse(stored.rows) as unknown;
  if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r))) throw fail('rows are not a list of rows');
  return rows as FindingCell[][];
}
