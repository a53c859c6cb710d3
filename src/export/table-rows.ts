// Stored rows → flat table rows, shared by the CSV and Excel exports.
import type { SavedReport } from '../db/schema';
import { keyOrder } from './codebook';

/** The report-level columns of the wide table: [header, value]. */
export const REPORT_COLUMNS: [string, (r: SavedReport) => string | number | null][] = [
  ['网址 url', (r) => r.id],
  ['机关 agency', (r) => r.record.meta.agencyName],
  ['年度 year', (r) => r.year],
  ['格式 format', (r) => r.format],
  ['标题 title', (r) => r.record.meta.title],
  ['发布日期 publishedOn', (r) => r.record.meta.publishedOn],
  ['错误 errors', (r) => r.counts.error],
  ['警告 warnings', (r) => r.counts.warning],
  ['提示 infos', (r) => r.counts.info],
  ['跨年问题 crossYear', (r) => r.crossYear.length],
  ['首次保存 firstSavedAt', (r) => r.firstSavedAt],
  ['最近保存 lastSavedAt', (r) => r.lastSavedAt],
  ['解析器版本 parserVersion', (r) => r.parserVersion],
];

export const LONG_COLUMNS = ['report', 'key', 'value', 'raw', 'kind'] as const;

/** Field keys present in any row: codebook order first, then unknown keys alphabetically. */
export function fieldKeys(rows: SavedReport[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.record.cells)) seen.add(k);
  const order = keyOrder();
  return [...seen].sort((a, b) => {
    const oa = order.get(a) ?? Infinity;
    const ob = order.get(b) ?? Infinity;
    return oa !== ob ? oa - ob : a < b ? -1 : a > b ? 1 : 0;
  });
}

export function wideRow(r: SavedReport, keys: string[]): (string | number | null)[] {
  return [...REPORT_COLUMNS.map(([, get]) => get(r)), ...keys.map((k) => r.record.cells[k]?.value ?? null)];
}

export function longRows(r: SavedReport): (string | number | null)[][] {
  return Object.entries(r.record.cells).map(([key, c]) => [r.id, key, c.value, c.raw, c.kind]);
}
