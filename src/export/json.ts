// Lossless JSON export of stored rows, and the validation that guards import.
import type { SavedReport } from '../db/schema';
import { amountsToKeyUnits } from '../model/amounts';
import { inOrder } from './chunks';
import { type ExportPieces, readExportPieces, scanExportPieces } from './json-pieces';

export const EXPORT_FORMAT = 'gov-report-annotator/library';
/**
 * 2: amounts in their key's unit (library schema v8). A version-1 file may hold them as printed
 * (2290.54 under amountYuan for 2290.54万元); they are converted on import.
 */
export const EXPORT_VERSION = 2;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  exportVersion: number;
  exportedAt: string;
  count: number;
  reports: SavedReport[];
}

/**
 * The export as parts (a row's JSON each, commas between) that concatenate to one JSON
 * document, so a large library never has to fit in a single string (V8 caps strings at ~512 MB).
 */
export function toJsonParts(rows: SavedReport[], now: Date = new Date()): string[] {
  return documentParts(rows.map((r) => JSON.stringify(r)), now);
}

/** What the head says: the format, its version, when, how many. */
function documentHead(count: number, now: Date): string {
  const head: Omit<LibraryExport, 'reports'> = {
    format: EXPORT_FORMAT,
    exportVersion: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    count,
  };
  return JSON.stringify(head).slice(0, -1) + ',"reports":[';
}

/** Bytes a Blob takes as they are. */
type Utf8 = Uint8Array<ArrayBuffer>;

/** The document around the reports' JSON (texts, or their UTF-8), one part each, commas between. */
function documentParts<P extends string | Utf8>(reports: P[], now: Date): Array<string | P> {
  const parts: Array<string | P> = [documentHead(reports.length, now)];
  reports.forEach((r, i) => {
    if (i) parts.push(',');
    parts.push(r);
  });
  parts.push(']}');
  return parts;
}

/** A stored row's id and its JSON text (JSON.stringify of the row, made where it was read: library:getManyJson). */
export interface RowText {
  id: string;
  text: string;
}

/**
 * The same document written as the rows' JSON texts arrive (from fetchAhead: the next chunk is read while
 * this one is written); reports in `order` (ids; see inOrder). Each row's JSON is kept as UTF-8
 * bytes until the file is assembled: a row's text holds Chinese, so V8 keeps it two bytes a
 * character, and the texts of 10,000 rows were ~480 MB of the page's heap at the export's peak
 * (measured ~810-880 MB in all) where their UTF-8 is about half. Also how many reports it holds.
 */
export async function toJsonFromTexts(chunks: AsyncIterable<RowText[]>, order: string[] = [], now: Date = new Date()): Promise<{ parts: Array<string | Utf8>; reports: number }> {
  const encoder = new TextEncoder();
  const rows = await inOrder(chunks, (r) => r.id, (r) => encoder.encode(r.text) as Utf8, order);
  return { parts: documentParts(rows, now), reports: rows.length };
}

export function toJson(rows: SavedReport[], now: Date = new Date()): string {
  return toJsonParts(rows, now).join('');
}

export type ParseOutcome = { ok: true; rows: SavedReport[] } | { ok: false; error: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const CELL_KINDS = new Set(['number', 'blank', 'placeholder', 'text']);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const FORMATS = new Set(['pre2019', 'trial2019', 'rev2021', 'unknown']);
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Why a stored finding cannot be shown or exported, or null. */
function findingProblem(f: unknown): string | null {
  if (!isObj(f)) return '不是对象 / not an object';
  if (typeof f.rule !== 'string' || !SEVERITIES.has(f.severity as string)) return '缺少 rule 或 severity / missing rule or severity';
  if (!isObj(f.message) || typeof f.message.zh !== 'string' || typeof f.message.en !== 'string') return '缺少 message / missing message';
  if (!isStringArray(f.keys) || !Array.isArray(f.cells)) return '缺少 keys 或 cells / missing keys or cells';
  return null;
}

/** Why a stored cell cannot be exported, or null. */
function cellProblem(c: unknown): string | null {
  if (!isObj(c)) return '不是对象 / not an object';
  if (!CELL_KINDS.has(c.kind as string)) return `kind 为 ${String(c.kind)} / kind is ${String(c.kind)}`;
  if (c.value !== null && !(typeof c.value === 'number' && Number.isFinite(c.value))) return 'value 不是有限数 / value is not a finite number';
  if (typeof c.raw !== 'string') return '缺少 raw / missing raw';
  return null;
}

const isTextOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

/** Why a record's meta cannot be listed and matched (an agency name that was a number broke the detail view), or null. */
function metaProblem(meta: Record<string, unknown>): string | null {
  for (const k of ['url', 'title', 'h1', 'agencyName'] as const) if (!isTextOrNull(meta[k])) return `${k} 不是文字 / ${k} is not text`;
  if (meta.reportYear !== null && !Number.isInteger(meta.reportYear)) return 'reportYear 不是整数 / reportYear is not a whole number';
  if (!FORMATS.has(meta.formatVersion as string)) return `formatVersion 为 ${String(meta.formatVersion)} / formatVersion is ${String(meta.formatVersion)}`;
  return null;
}

/**
 * Why a row cannot be imported, or null when its shape is sound: everything the library, its
 * exports and its cross-year checks read. A row that passed a looser check broke the import
 * half-way (a finding without a message) or every later export (a cell without a kind).
 */
export function rowProblem(row: unknown): string | null {
  if (!isObj(row)) return '不是对象 / not an object';
  if (typeof row.id !== 'string' || !/^https?:\/\//i.test(row.id)) return '缺少 id 或 id 不是网址 / missing id, or the id is not a URL';
  const rec = row.record;
  if (!isObj(rec) || !isObj(rec.meta) || !isObj(rec.cells)) return '缺少 record.meta 或 record.cells / missing record.meta or record.cells';
  const mp = metaProblem(rec.meta);
  if (mp) return `record.meta：${mp} / record.meta: ${mp}`;
  // every export since the first has these: a row without warnings was imported, then its detail view crashed
  if (!Array.isArray(rec.warnings) || !rec.warnings.every((w) => isObj(w) && typeof w.message === 'string')) return '缺少 record.warnings / missing record.warnings';
  if (!isObj(rec.sections) || !Array.isArray(rec.narrative)) return '缺少 record.sections 或 record.narrative / missing record.sections or record.narrative';
  // a section whose text is not text is no reason to refuse the row (an older import let such rows
  // in, and the library's own backup was then refused whole): the import repairs it (inCurrentForm)
  if (!Array.isArray(row.findings) || !Array.isArray(row.crossYear)) return '缺少 findings / missing findings';
  for (const k of ['firstSavedAt', 'lastSavedAt'] as const) {
    if (typeof row[k] !== 'string' || Number.isNaN(Date.parse(row[k] as string))) return `${k} 不是日期 / ${k} is not a date`;
  }
  // counts are not read: the import derives them from the findings (inCurrentForm)
  if (typeof row.agency !== 'string') return '缺少 agency / missing agency';
  if (row.year !== null && !Number.isInteger(row.year)) return 'year 不是整数 / year is not a whole number';
  if (!FORMATS.has(row.format as string)) return `format 为 ${String(row.format)} / format is ${String(row.format)}`;
  for (const [key, cell] of Object.entries(rec.cells)) {
    const p = cellProblem(cell);
    if (p) return `单元格 ${key}：${p} / cell ${key}: ${p}`;
  }
  for (const [list, findings] of [['findings', row.findings], ['crossYear', row.crossYear]] as const) {
    for (let i = 0; i < findings.length; i++) {
      const p = findingProblem(findings[i]);
      if (p) return `${list}[${i}]：${p} / ${list}[${i}]: ${p}`;
    }
  }
  return null;
}

/** Rows checked one at a time: how many, how many are malformed, the first few problems named so the user can find them. */
class RowChecker {
  private rows = 0;
  private malformed = 0;
  private readonly named: string[] = [];

  /** Whether `row` is sound. */
  check(row: unknown): row is SavedReport {
    const p = rowProblem(row);
    this.rows++;
    if (!p) return true;
    this.malformed++;
    if (this.named.length < 3) this.named.push(`第 ${this.rows} 条 / row ${this.rows}: ${p}`);
    return false;
  }

  /** Why nothing may be imported, or null. */
  error(): string | null {
    const n = this.malformed;
    return n ? `导入文件中有 ${n} 条记录格式不对，未导入任何记录。 / ${n} record(s) are malformed; nothing was imported. ${this.named.join('; ')}` : null;
  }
}

/** Checks every row; the first few problems are named so the user can find them. */
export function validateRows(rows: unknown[]): ParseOutcome {
  const checker = new RowChecker();
  for (const row of rows) checker.check(row);
  const error = checker.error();
  return error ? { ok: false, error } : { ok: true, rows: rows as SavedReport[] };
}

/** Parses the text of a JSON export; a clear message for any other file. */
export function parseLibraryJson(text: string): ParseOutcome {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return notJson(e as Error);
  }
  return checkExport(doc, isObj(doc) ? doc.reports : undefined);
}

/**
 * The same for a file read in pieces (json-pieces.ts), one report at a time: a backup longer than
 * the browser's longest string is read too. Errors other than the text's own (the file could not
 * be read) are thrown.
 */
export async function readLibraryJson(pieces: AsyncIterable<string> | Iterable<string>): Promise<ParseOutcome> {
  let read: ExportPieces;
  try {
    read = await readExportPieces(pieces);
  } catch (e) {
    if (e instanceof SyntaxError) return notJson(e);
    throw e;
  }
  const doc = read.head;
  // the head holds the reports array emptied; its reports were read apart
  return checkExport(doc, isObj(doc) && Array.isArray(doc.reports) ? read.reports : undefined);
}

const notJson = (e: Error): { ok: false; error: string } => ({ ok: false, error: `这不是 JSON 文件。 / This is not a JSON file. (${e.message})` });

/** Why the export's head (format, a reports array, version) cannot be imported, or null. */
function headProblem(doc: unknown, hasReports: boolean): string | null {
  if (!isObj(doc) || doc.format !== EXPORT_FORMAT || !hasReports) {
    return '这不是年报助手导出的 JSON（缺少 format / reports）。 / This is not a JSON export of this extension (no format/reports).';
  }
  if (typeof doc.exportVersion !== 'number' || doc.exportVersion > EXPORT_VERSION) {
    return `导出文件版本 ${String(doc.exportVersion)} 比本扩展支持的 ${EXPORT_VERSION} 新，请先更新扩展。 / Export version ${String(doc.exportVersion)} is newer than supported (${EXPORT_VERSION}).`;
  }
  return null;
}

/** A checked row as the library stores it: a version-1 file's amounts are converted to their key's unit. */
function inKeyUnits(row: SavedReport, exportVersion: number): SavedReport {
  if (exportVersion < 2) amountsToKeyUnits(row.record.cells);
  return row;
}

/** The export's head (format, version) and its reports checked; version-1 amounts converted. */
function checkExport(doc: unknown, reports: unknown): ParseOutcome {
  const problem = headProblem(doc, Array.isArray(reports));
  if (problem) return { ok: false, error: problem };
  const checked = validateRows(reports as unknown[]);
  if (checked.ok) for (const row of checked.rows) inKeyUnits(row, (doc as { exportVersion: number }).exportVersion);
  return checked;
}

/**
 * What a first reading of a backup found: every report sound (which ones, in order: a hash of each
 * one's id and last save; the version, which says how to convert them; how many "reports" arrays,
 * of which JSON.parse keeps the last), or why nothing may be imported (readLibraryJson's messages).
 */
export type CheckedBackup = { ok: true; reports: number[]; exportVersion: number; arrays: number } | { ok: false; error: string };

/** Which report a row is, in 32 bits (FNV-1a of its id and last save): the second reading finds the reports checked, or the file changed. */
function fingerprint(row: SavedReport): number {
  let h = 0x811c9dc5;
  for (const s of [row.id, row.lastSavedAt]) for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * readLibraryJson's checks without keeping the reports: each is checked as it is read and dropped,
 * so a backup of any size is checked in the memory of a few reports. Errors other than the text's
 * own (the file could not be read) are thrown.
 */
export async function checkLibraryJson(pieces: AsyncIterable<string> | Iterable<string>): Promise<CheckedBackup> {
  let checker = new RowChecker();
  let reports: number[] = [];
  let arrays = 0;
  let doc: unknown;
  try {
    doc = await scanExportPieces(pieces, {
      reports: (values) => {
        for (const v of values) if (checker.check(v)) reports.push(fingerprint(v));
      },
      restart: () => {
        checker = new RowChecker();
        reports = [];
        arrays++;
      },
    });
  } catch (e) {
    if (e instanceof SyntaxError) return notJson(e);
    throw e;
  }
  const problem = headProblem(doc, isObj(doc) && Array.isArray(doc.reports)) ?? checker.error();
  if (problem) return { ok: false, error: problem };
  return { ok: true, reports, exportVersion: (doc as { exportVersion: number }).exportVersion, arrays };
}

/** A backup that is no longer what checkLibraryJson checked (changed on disk between the readings). */
export class BackupChanged extends Error {
  constructor(what: string) {
    super(`导入期间文件被改动（${what}）。 / The file changed during the import (${what}).`);
    this.name = 'BackupChanged';
  }
}

/**
 * The second reading of a backup `checked` passed: its reports in the form readLibraryJson gives,
 * handed to `each` as the pieces complete them (awaited before the next piece is read). Throws
 * BackupChanged when a report fails its checks now or is another one (its id or last save), or
 * there are more or fewer of them.
 */
export async function readCheckedRows(
  pieces: AsyncIterable<string> | Iterable<string>,
  checked: Extract<CheckedBackup, { ok: true }>,
  each: (rows: SavedReport[]) => Promise<void>,
): Promise<void> {
  const count = checked.reports.length;
  let arrays = 0;
  let rows = 0;
  const sink = {
    reports: (values: unknown[]) => {
      if (arrays < checked.arrays) return; // a "reports" array JSON.parse does not keep
      for (const v of values) {
        const p = rowProblem(v);
        if (p) throw new BackupChanged(`第 ${rows + 1} 条 / row ${rows + 1}: ${p}`);
        if (++rows > count) throw new BackupChanged(`报告多于 ${count} 份 / more than ${count} reports`);
        if (fingerprint(v as SavedReport) !== checked.reports[rows - 1]) throw new BackupChanged(`第 ${rows} 条不是检查过的那份报告 / row ${rows} is not the report checked`);
        inKeyUnits(v as SavedReport, checked.exportVersion);
      }
      return each(values as SavedReport[]);
    },
    restart: () => {
      arrays++;
    },
  };
  try {
    await scanExportPieces(pieces, sink);
  } catch (e) {
    if (e instanceof SyntaxError) throw new BackupChanged(`不再是 JSON / no longer JSON: ${e.message}`);
    throw e;
  }
  if (rows < count) throw new BackupChanged(`只有 ${rows} 份报告，不是 ${count} 份 / ${rows} reports, not ${count}`);
}
