// Page-side export and import: rows are fetched from the background in chunks (progress),
// turned into a file, and downloaded; imports are validated here and sent in chunks.
import { decodeExportValues, type ExportRow } from '../../src/db/export-values';
import type { SavedReport } from '../../src/db/schema';
import { codebook } from '../../src/export/codebook';
import { codebookCsv, toCsvLongParts, toCsvWideParts } from '../../src/export/csv';
import { downloadBlob, exportFilename } from '../../src/export/download';
import { parseLibraryJson, toJsonParts } from '../../src/export/json';
import type { ImportCounts } from '../../src/messaging/protocol';
import { call, type LibraryApi } from './api';

export type ExportKind = 'csvWide' | 'csvLong' | 'xlsx' | 'json' | 'codebook';

export const EXPORT_LABELS: Record<ExportKind, string> = {
  csvWide: 'CSV 宽表 (wide)',
  csvLong: 'CSV 长表 (long)',
  xlsx: 'Excel',
  json: 'JSON 备份 (backup)',
  codebook: '编码本 codebook',
};

/** Progress in [0,1] with a short phase label. */
export type ExportProgress = (fraction: number, phase: string) => void;

const FETCH_CHUNK = 200;
const CSV_MIME = 'text/csv;charset=utf-8';

export async function fetchRows(api: LibraryApi, ids: string[], onProgress: ExportProgress): Promise<SavedReport[]> {
  const rows: SavedReport[] = [];
  for (let i = 0; i < ids.length; i += FETCH_CHUNK) {
    const res = await call(api, { type: 'library:getMany', ids: ids.slice(i, i + FETCH_CHUNK) });
    rows.push(...res.reports);
    onProgress(Math.min(i + FETCH_CHUNK, ids.length) / ids.length, '读取 reading');
  }
  return rows;
}

const LIGHT_FETCH_CHUNK = 1000;

/** CSV needs only values: the light export projections, ~1/10 of a full row, 1,000 ids a message. */
export async function fetchExportRows(api: LibraryApi, ids: string[], onProgress: ExportProgress): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for (let i = 0; i < ids.length; i += LIGHT_FETCH_CHUNK) {
    const res = await call(api, { type: 'library:exportValues', ids: ids.slice(i, i + LIGHT_FETCH_CHUNK) });
    for (const r of res.rows) rows.push(decodeExportValues(r));
    onProgress(Math.min(i + LIGHT_FETCH_CHUNK, ids.length) / ids.length, '读取 reading');
  }
  return rows;
}

const isCsv = (kind: ExportKind): kind is 'csvWide' | 'csvLong' => kind === 'csvWide' || kind === 'csvLong';

/**
 * The file an export produces (kept separate from the download so it can be tested). CSV takes
 * full or light rows; JSON (lossless) and Excel (findings sheet) need full rows.
 */
export async function buildExport(
  kind: ExportKind,
  rows: SavedReport[] | ExportRow[],
  onProgress: ExportProgress,
): Promise<{ data: BlobPart[]; filename: string; type: string }> {
  const step = (d: number, t: number) => onProgress(t ? d / t : 1, '生成 writing');
  switch (kind) {
    case 'csvWide':
      return { data: await toCsvWideParts(rows, step), filename: exportFilename('wide', 'csv'), type: CSV_MIME };
    case 'csvLong':
      return { data: await toCsvLongParts(rows, step), filename: exportFilename('long', 'csv'), type: CSV_MIME };
    case 'json':
      return { data: toJsonParts(full(kind, rows)), filename: exportFilename('library', 'json'), type: 'application/json' };
    case 'codebook':
      return { data: [codebookCsv(codebook())], filename: exportFilename('codebook', 'csv'), type: CSV_MIME };
    case 'xlsx': {
      const { toXlsx, XLSX_MIME } = await import('../../src/export/xlsx');
      return { data: await toXlsx(full(kind, rows), step), filename: exportFilename('library', 'xlsx'), type: XLSX_MIME };
    }
  }
}

function full(kind: ExportKind, rows: SavedReport[] | ExportRow[]): SavedReport[] {
  if (rows.some((r) => !('record' in r))) throw new Error(`${kind} export needs full rows`);
  return rows as SavedReport[];
}

export async function runExport(kind: ExportKind, ids: string[], api: LibraryApi, onProgress: ExportProgress): Promise<number> {
  const rows = kind === 'codebook' ? [] : isCsv(kind) ? await fetchExportRows(api, ids, onProgress) : await fetchRows(api, ids, onProgress);
  const file = await buildExport(kind, rows, onProgress);
  downloadBlob(file.data, file.filename, file.type);
  return rows.length;
}

const IMPORT_CHUNK = 500;

export async function runImport(text: string, api: LibraryApi, onProgress: ExportProgress): Promise<ImportCounts> {
  const parsed = parseLibraryJson(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const total: ImportCounts = { added: 0, updated: 0, skipped: 0 };
  const rows = parsed.rows;
  for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
    const res = await call(api, { type: 'library:import', rows: rows.slice(i, i + IMPORT_CHUNK) });
    total.added += res.added;
    total.updated += res.updated;
    total.skipped += res.skipped;
    onProgress(Math.min(i + IMPORT_CHUNK, rows.length) / rows.length, '导入 importing');
  }
  return total;
}
