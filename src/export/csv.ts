// CSV exports (quoting and the formula guard in csv-encode.ts). A UTF-8 BOM makes Excel read Chinese correctly.
import { inOrder, mapInChunks, type Progress } from './chunks';
import { csvField, csvLines, csvRow, csvText } from './csv-encode';
import { asExportRow, type ExportInput, fieldKeys, LONG_COLUMNS, REPORT_COLUMNS, wideRows } from './table-rows';
import type { ExportRow } from '../db/export-values';

export const BOM = '\uFEFF';

// Files are built as a list of parts (one per chunk) so a large library never needs one
// giant string: Blob accepts the parts as they are.
const withBom = (header: string, parts: string[]) => [BOM + header + '\r\n', ...parts.filter(Boolean).map((p) => p + '\r\n')];

/** One row per report, one column per field key (values only; empty cell = null). */
export async function toCsvWideParts(input: ExportInput[], onProgress?: Progress): Promise<string[]> {
  const rows = input.map(asExportRow);
  const keys = fieldKeys(rows);
  const header = csvRow([...REPORT_COLUMNS.map(([h]) => h), ...keys]);
  const wide = wideRows(keys);
  return withBom(header, await mapInChunks(rows, (chunk) => csvLines(chunk.map(wide)), onProgress));
}

const LONG_HEADER = csvRow(LONG_COLUMNS);

/** One row per value: report, key, value, raw (as printed), kind (number/blank/placeholder/text). */
export async function toCsvLongParts(input: ExportInput[], onProgress?: Progress): Promise<string[]> {
  return withBom(LONG_HEADER, await mapInChunks(input, longCsvWriter(), onProgress));
}

/**
 * The long CSV written report by report as the rows arrive (from fetchAhead: the next chunk is
 * read while this one is written), in `order` (ids; see inOrder). The same file as
 * toCsvLongParts over the rows in that order, and how many reports it holds.
 */
export async function toCsvLongFromChunks(chunks: AsyncIterable<ExportInput[]>, order: string[] = []): Promise<{ parts: string[]; reports: number }> {
  const lines = longCsvLines();
  const texts = await inOrder(chunks, (r) => r.id, (r) => lines(asExportRow(r)), order);
  return { parts: withBom(LONG_HEADER, texts), reports: texts.length };
}

/** A chunk of rows → the long CSV's lines for them (no trailing line break). */
function longCsvWriter(): (chunk: ExportInput[]) => string {
  const lines = longCsvLines();
  return (chunk) => chunk.map((r) => lines(asExportRow(r))).filter(Boolean).join('\r\n');
}

/**
 * One report → its long CSV lines (no trailing line break). The layout of table-rows.ts
 * longRows, written by hand: building 1.3 million row arrays and encoding every key again took
 * the 10,000-report export from 0.4 s to 1.1–1.8 s (Node). A test pins the two together.
 */
function longCsvLines(): (r: ExportRow) => string {
  const encodeKey = memoEncoder();
  const encodeKind = memoEncoder();
  return (r) => {
    const id = csvText(r.id) + ',';
    const lines: string[] = new Array(r.keys.length);
    for (let i = 0; i < r.keys.length; i++) {
      lines[i] = id + encodeKey(r.keys[i]!) + ',' + csvField(r.values[i]) + ',' + csvText(r.raws[i] ?? '') + ',' + encodeKind(r.kinds[i] ?? '');
    }
    // joined, not `+=`: a report's text is kept until the file is assembled, and a string built
    // by `+=` is a tree of ~1,000 pieces per report that the collector walks again and again
    return lines.join('\r\n');
  };
}

/** Keys and kinds repeat on every report: encode each distinct one once (1.3 million rows per 10,000 reports). */
function memoEncoder(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let e = seen.get(s);
    if (e === undefined) seen.set(s, (e = csvText(s)));
    return e;
  };
}

export const toCsvWide = async (rows: ExportInput[], onProgress?: Progress) => (await toCsvWideParts(rows, onProgress)).join('');
export const toCsvLong = async (rows: ExportInput[], onProgress?: Progress) => (await toCsvLongParts(rows, onProgress)).join('');

/** The codebook as CSV, for people who do not use the Excel workbook. */
export function codebookCsv(entries: { key: string; label: string; table: string; row: string; column: string; unit: string; formats: string[] }[]): string {
  const data = entries.map((e) => [e.key, e.label, e.table, e.row, e.column, e.unit, e.formats.join(' ')]);
  return BOM + csvLines([['key', 'label', 'table', 'row', 'column', 'unit', 'formats'], ...data]) + '\r\n';
}
