// Export rows → flat table rows, shared by the CSV and Excel exports. They work on the light
// ExportRow (src/db/export-values.ts): CSV gets it from the export projection store, Excel and
// tests from full rows via exportRowOf.
import { exportRowOf, type ExportRow } from '../db/export-values';
import type { SavedReport } from '../db/schema';
import { keyOrder } from './codebook';

/** A full row or an export row: the exports accept either. */
export type ExportInput = SavedReport | ExportRow;

export const asExportRow = (r: ExportInput): ExportRow => ('record' in r ? exportRowOf(r) : r);

/** The report-level columns of the wide table: [header, value]. */
export const REPORT_COLUMNS: [string, (r: ExportRow) => string | number | null][] = [
  ['网址 url', (r) => r.id],
  ['机关 agency', (r) => r.agencyName],
  ['年度 year', (r) => r.year],
  ['格式 format', (r) => r.format],
  ['标题 title', (r) => r.title],
  ['发布日期 publishedOn', (r) => r.publishedOn],
  ['错误 errors', (r) => r.counts.error],
  ['警告 warnings', (r) => r.counts.warning],
  ['提示 infos', (r) => r.counts.info],
  ['跨年问题 crossYear', (r) => r.crossYearCount],
  ['首次保存 firstSavedAt', (r) => r.firstSavedAt],
  ['最近保存 lastSavedAt', (r) => r.lastSavedAt],
  ['解析器版本 parserVersion', (r) => r.parserVersion],
];

export const LONG_COLUMNS = ['report', 'key', 'value', 'raw', 'kind'] as const;

/** Field keys present in any row: codebook order first, then unknown keys alphabetically. */
export function fieldKeys(rows: ExportRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of r.keys) seen.add(k);
  const order = keyOrder();
  return [...seen].sort((a, b) => {
    const oa = order.get(a) ?? Infinity;
    const ob = order.get(b) ?? Infinity;
    return oa !== ob ? oa - ob : a < b ? -1 : a > b ? 1 : 0;
  });
}

/** Builds wide rows for one key list: each key's column looked up once, not per row. */
export function wideRows(keys: string[]): (r: ExportRow) => (string | number | null)[] {
  const column = new Map(keys.map((k, i) => [k, REPORT_COLUMNS.length + i]));
  return (r) => {
    const out: (string | number | null)[] = REPORT_COLUMNS.map(([, get]) => get(r));
    for (let i = 0; i < keys.length; i++) out.push(null);
    r.keys.forEach((k, i) => {
      const at = column.get(k);
      if (at !== undefined) out[at] = r.values[i] ?? null;
    });
    return out;
  };
}

export function longRows(r: ExportRow): (string | number | null)[][] {
  return r.keys.map((key, i) => [r.id, key, r.values[i] ?? null, r.raws[i] ?? '', r.kinds[i] ?? '']);
}
