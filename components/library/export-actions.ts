// Page-side export and import: rows are fetched from the background in chunks (progress),
// turned into a file, and downloaded; imports are validated here and sent in chunks.
import { decodePacked, type ExportRow, sortedForReading } from '../../src/db/export-values';
import { decodeExportFindings, type FindingCell } from '../../src/db/export-findings';
import type { SavedReport } from '../../src/db/schema';
import { codebook } from '../../src/export/codebook';
import { codebookCsv, toCsvLongFromChunks, toCsvLongParts, toCsvWideParts } from '../../src/export/csv';
import { downloadBlob, exportFilename } from '../../src/export/download';
import { inOrder } from '../../src/export/chunks';
import { fetchAhead } from '../../src/export/fetch-ahead';
import { deflaterOnPage, type OpenDeflater } from '../../src/export/deflate-worker';
import { BackupChanged, checkLibraryJson, readCheckedRows, type RowText, toJsonFromTexts, toJsonParts } from '../../src/export/json';
import { fileTextPieces } from '../../src/export/json-pieces';
import type { ImportCounts } from '../../src/messaging/protocol';
import { MESSAGE_CHARS } from '../../src/messaging/size';
import { call, type LibraryApi } from './api';

export type ExportKind = 'csvWide' | 'csvLong' | 'xlsx' | 'json' | 'codebook';

export const EXPORT_LABELS: Record<ExportKind, string> = {
  csvWide: 'CSV 宽表 (wide)',
  csvLong: 'CSV 长表 (long)',
  xlsx: 'Excel',
  json: 'JSON 备份 (backup)',
  codebook: '编码本 codebook',
};

/** A file ready for download: Blob parts, name, MIME type. */
export interface ExportedFile {
  data: BlobPart[];
  filename: string;
  type: string;
}

/** Progress in [0,1] with a short phase label. */
export type ExportProgress = (fraction: number, phase: string) => void;

const FETCH_CHUNK = 200;
const CSV_MIME = 'text/csv;charset=utf-8';

/** The JSON texts of the rows of `ids` (library:getManyJson), in as many answers as the background needs to stay under the message limit. */
async function getManyJson(api: LibraryApi, ids: string[]): Promise<RowText[]> {
  const rows: RowText[] = [];
  for (let ask = ids; ask.length; ) {
    const res = await call(api, { type: 'library:getManyJson', ids: ask });
    res.ids.forEach((id, i) => rows.push({ id, text: res.texts[i]! }));
    ask = res.rest ?? [];
  }
  return rows;
}

/** The full rows of `ids` (as the JSON backup reads them). */
export async function fetchRows(api: LibraryApi, ids: string[], onProgress: ExportProgress): Promise<SavedReport[]> {
  const rows: SavedReport[] = [];
  for (let i = 0; i < ids.length; i += FETCH_CHUNK) {
    for (const r of await getManyJson(api, ids.slice(i, i + FETCH_CHUNK))) rows.push(JSON.parse(r.text) as SavedReport);
    onProgress(Math.min(i + FETCH_CHUNK, ids.length) / ids.length, '读取 reading');
  }
  return rows;
}

const LIGHT_FETCH_CHUNK = 1000;

/**
 * What the background answers for `ids`, `size` ids a message, chunk by chunk with progress. Asked
 * for in the store's key order, which the background reads fastest (getExportValues), and always
 * one message ahead (fetchAhead): the background reads the next chunk while the page decodes this
 * one and, for the long CSV, writes it. Callers put the rows back in the order of `ids`.
 */
async function* readAhead<T>(ids: string[], size: number, fetch: (chunk: string[]) => Promise<T[]>, onProgress: ExportProgress, phase: string): AsyncGenerator<T[]> {
  for await (const { rows, done } of fetchAhead(sortedForReading(ids), size, fetch)) {
    onProgress(done / ids.length, phase);
    yield rows;
  }
}

/** The light export rows of `ids`, decoded, in the background's chunks. */
const exportRowChunks = (api: LibraryApi, ids: string[], onProgress: ExportProgress, phase: string): AsyncGenerator<ExportRow[]> =>
  readAhead(ids, LIGHT_FETCH_CHUNK, async (chunk) => decodePacked((await call(api, { type: 'library:exportValues', ids: chunk })).packed), onProgress, phase);

/** CSV needs only values: the light export projections, ~1/10 of a full row; in the order of `ids`. */
export async function fetchExportRows(api: LibraryApi, ids: string[], onProgress: ExportProgress): Promise<ExportRow[]> {
  return inOrder(exportRowChunks(api, ids, onProgress, '读取 reading'), (r) => r.id, (r) => r, ids);
}

const SHEETS_FETCH_CHUNK = 1000;

/**
 * The Excel export's reads: each report's light row and its findings-sheet rows, both read by the
 * background in one transaction per chunk, so a report's values and findings are of one save and
 * a report deleted meanwhile is left out of every sheet (not listed with no findings).
 */
export async function fetchSheets(api: LibraryApi, ids: string[], onProgress: ExportProgress): Promise<{ light: ExportRow[]; findings: Map<string, FindingCell[][]> }> {
  const findings = new Map<string, FindingCell[][]>();
  const fetch = async (chunk: string[]) => {
    const res = await call(api, { type: 'library:exportSheets', ids: chunk });
    for (const r of res.findings) findings.set(r.id, decodeExportFindings(r));
    return decodePacked(res.packed);
  };
  const light = await inOrder(readAhead(ids, SHEETS_FETCH_CHUNK, fetch, onProgress, '读取 reading'), (r) => r.id, (r) => r, ids);
  return { light, findings };
}

/** Excel's parts deflated on this thread: what exportFile does unless given a worker (tests, Node). */
const deflateOnPage = async (): Promise<OpenDeflater> => deflaterOnPage();

/** Read with its values in one transaction, a report's findings rows are never missing. */
function findingsOf(findings: Map<string, FindingCell[][]>, id: string): FindingCell[][] {
  const rows = findings.get(id);
  if (!rows) throw new Error(`导出时缺少 ${id} 的问题行。 / The findings of ${id} were not read with its values.`);
  return rows;
}

/**
 * The file an export produces (kept separate from the download so it can be tested). CSV takes
 * full or light rows; JSON (lossless) and Excel (findings sheet) need full rows.
 */
export async function buildExport(
  kind: ExportKind,
  rows: SavedReport[] | ExportRow[],
  onProgress: ExportProgress,
): Promise<ExportedFile> {
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

/**
 * The file of an export of `ids` and how many reports are in it. The long CSV is written as its
 * rows arrive (it needs no other row to write one); the wide CSV needs every report's keys for its
 * header, so it reads everything first; Excel reads each report's light row and findings rows in
 * one transaction; JSON (lossless) is written from the full rows as they arrive.
 */
export async function exportFile(
  kind: ExportKind,
  ids: string[],
  api: LibraryApi,
  onProgress: ExportProgress,
  openDeflater: () => Promise<OpenDeflater> = deflateOnPage,
): Promise<{ file: ExportedFile; reports: number }> {
  const both = '读取、写出 reading, writing';
  if (kind === 'csvLong') {
    const { parts, reports } = await toCsvLongFromChunks(exportRowChunks(api, ids, onProgress, both), ids);
    return { file: { data: parts, filename: exportFilename('long', 'csv'), type: CSV_MIME }, reports };
  }
  if (kind === 'json') {
    // lossless, so full rows: their JSON texts, each written as it arrives
    const fetch = (chunk: string[]) => getManyJson(api, chunk);
    const { parts, reports } = await toJsonFromTexts(readAhead(ids, FETCH_CHUNK, fetch, onProgress, both), ids);
    return { file: { data: parts, filename: exportFilename('library', 'json'), type: 'application/json' }, reports };
  }
  if (kind === 'xlsx') {
    // the workbook prints values and findings, not records: the light rows and the findings rows
    // are a fraction of the full rows, which JSON export alone needs
    const { light, findings } = await fetchSheets(api, ids, onProgress);
    const { toXlsxFrom, XLSX_MIME } = await import('../../src/export/xlsx');
    const step = (d: number, t: number) => onProgress(t ? d / t : 1, '生成 writing');
    const deflater = await openDeflater();
    try {
      const data = await toXlsxFrom(light, (id) => findingsOf(findings, id), step, { deflate: deflater.deflate });
      return { file: { data, filename: exportFilename('library', 'xlsx'), type: XLSX_MIME }, reports: light.length };
    } finally {
      deflater.close();
    }
  }
  // the codebook or the wide CSV (the other kinds returned above)
  const rows = kind === 'codebook' ? [] : await fetchExportRows(api, ids, onProgress);
  return { file: await buildExport(kind, rows, onProgress), reports: rows.length };
}

export async function runExport(kind: ExportKind, ids: string[], api: LibraryApi, onProgress: ExportProgress, openDeflater?: () => Promise<OpenDeflater>): Promise<number> {
  const { file, reports } = await exportFile(kind, ids, api, onProgress, openDeflater);
  downloadBlob(file.data, file.filename, file.type);
  return reports;
}

/** Reports a library:import message carries at most. */
const IMPORT_CHUNK = 500;
/** And the JSON characters it carries at most (the message limit, src/messaging/size.ts). */
export const IMPORT_CHUNK_CHARS = MESSAGE_CHARS;

/**
 * Rows gathered into chunks of at most `maxRows` rows and `maxChars` JSON characters (the same
 * measure as the background's answers: one message's worth); a longer row goes alone.
 */
class ChunkFiller<T> {
  private chunk: T[] = [];
  private chars = 0;

  constructor(
    private readonly maxRows = IMPORT_CHUNK,
    private readonly maxChars = IMPORT_CHUNK_CHARS,
  ) {}

  /** Adds `row`; the chunks it filled (the one it did not fit in, the one it completed). */
  add(row: T): T[][] {
    const full: T[][] = [];
    const length = JSON.stringify(row)?.length ?? 0;
    if (this.chunk.length && this.chars + length > this.maxChars) full.push(this.take());
    this.chunk.push(row);
    this.chars += length;
    if (this.chunk.length >= this.maxRows) full.push(this.take());
    return full;
  }

  /** The chunk under way, taken (empty when there is none). */
  take(): T[] {
    const chunk = this.chunk;
    this.chunk = [];
    this.chars = 0;
    return chunk;
  }
}

/** `rows` in consecutive chunks of at most `maxRows` rows and `maxChars` JSON characters (a longer row goes alone). */
export function importChunks<T>(rows: T[], maxRows = IMPORT_CHUNK, maxChars = IMPORT_CHUNK_CHARS): T[][] {
  const filler = new ChunkFiller<T>(maxRows, maxChars);
  const chunks = rows.flatMap((row) => filler.add(row));
  const last = filler.take();
  return last.length ? [...chunks, last] : chunks;
}

/**
 * An import that failed after `imported` of `total` reports were stored (earlier chunks, each its
 * own transaction, stay: importing the same file again skips them and adds the rest). The
 * message says so with the counts so far, then why it stopped.
 */
export class ImportStopped extends Error {
  constructor(
    readonly counts: ImportCounts,
    readonly imported: number,
    readonly total: number,
    cause: string,
  ) {
    const c = counts;
    const rest = total - imported;
    super(
      imported === 0
        ? `导入失败，没有导入任何报告。 / The import failed; nothing was imported. 原因 / Cause: ${cause}`
        : `导入中断：文件 ${total} 份报告中的前 ${imported} 份已导入（新增 ${c.added}，更新 ${c.updated}，跳过 ${c.skipped}），其余 ${rest} 份未导入；排除原因后再次导入同一文件即可补齐（已导入的会被跳过）。 / ` +
            `Import stopped after ${imported} of ${total} reports (${c.added} added, ${c.updated} updated, ${c.skipped} skipped); the other ${rest} were NOT imported. ` +
            `Fix the cause and import the same file again: what is already in is skipped. 原因 / Cause: ${cause}`,
    );
    this.name = 'ImportStopped';
  }
}

/** The share of an import's progress bar its first reading takes (the second also waits for the background to store each chunk). */
const CHECK_SHARE = 0.2;

/**
 * Imports a JSON backup (`file`; a string in tests) in the memory of a few reports, whatever its
 * size: all its reports parsed at once were gigabytes of objects for a backup of ~11,700 long
 * reports, and the page ran out of memory. The file is read twice: first every report is checked
 * and dropped (a malformed one: nothing is imported, as before), then read again, each chunk sent
 * as soon as it is full and dropped once answered. A file changed between the readings stops the
 * import with the count of what was imported (ImportStopped).
 */
export async function runImport(file: string | Blob, api: LibraryApi, onProgress: ExportProgress): Promise<ImportCounts> {
  const pieces = (onBytes?: (read: number) => void) => (typeof file === 'string' ? [file] : fileTextPieces(file, onBytes));
  const checked = await checkLibraryJson(pieces((read) => onProgress((CHECK_SHARE * read) / (file as Blob).size, '检查 checking')));
  if (!checked.ok) throw new Error(checked.error);
  onProgress(CHECK_SHARE, '检查 checking');
  const total: ImportCounts = { added: 0, updated: 0, skipped: 0 };
  const count = checked.reports.length;
  let done = 0;
  const send = async (chunk: SavedReport[]) => {
    let res: ImportCounts;
    try {
      res = await call(api, { type: 'library:import', rows: chunk });
    } catch (e) {
      throw new ImportStopped(total, done, count, (e as Error).message);
    }
    total.added += res.added;
    total.updated += res.updated;
    total.skipped += res.skipped;
    if (res.repaired) total.repaired = (total.repaired ?? 0) + res.repaired;
    done += chunk.length;
    onProgress(CHECK_SHARE + ((1 - CHECK_SHARE) * done) / count, '导入 importing');
  };
  const filler = new ChunkFiller<SavedReport>();
  try {
    await readCheckedRows(pieces(), checked, async (rows) => {
      for (const row of rows) for (const chunk of filler.add(row)) await send(chunk);
    });
  } catch (e) {
    if (e instanceof ImportStopped) throw e;
    // changed or gone since the first reading (a browser refuses to read a file changed on disk)
    const cause = e instanceof BackupChanged ? e.message : `文件无法再次读取，可能已被改动或移走。 / The file could not be read again (changed or moved?): ${(e as Error).message}`;
    throw new ImportStopped(total, done, count, cause);
  }
  const last = filler.take();
  if (last.length) await send(last);
  if (!count) onProgress(1, '导入 importing'); // (a backup of no reports: no chunk said so)
  return total;
}
