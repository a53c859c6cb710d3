// CSV exports (papaparse does all quoting). A UTF-8 BOM makes Excel read Chinese correctly.
import Papa from 'papaparse';
import { mapInChunks, type Progress } from './chunks';
import { asExportRow, type ExportInput, fieldKeys, LONG_COLUMNS, longRows, REPORT_COLUMNS, wideRows } from './table-rows';

export const BOM = '\uFEFF';

const unparse = (data: unknown[][]) => Papa.unparse(data, { newline: '\r\n' });

// Files are built as a list of parts (one per chunk) so a large library never needs one
// giant string: Blob accepts the parts as they are.
const withBom = (header: string, parts: string[]) => [BOM + header + '\r\n', ...parts.filter(Boolean).map((p) => p + '\r\n')];

/** One row per report, one column per field key (values only; empty cell = null). */
export async function toCsvWideParts(input: ExportInput[], onProgress?: Progress): Promise<string[]> {
  const rows = input.map(asExportRow);
  const keys = fieldKeys(rows);
  const header = unparse([[...REPORT_COLUMNS.map(([h]) => h), ...keys]]);
  const wide = wideRows(keys);
  return withBom(header, await mapInChunks(rows, (chunk) => unparse(chunk.map(wide)), onProgress));
}

/** One row per value: report, key, value, raw (as printed), kind (number/blank/placeholder/text). */
export async function toCsvLongParts(input: ExportInput[], onProgress?: Progress): Promise<string[]> {
  const header = unparse([[...LONG_COLUMNS]]);
  return withBom(header, await mapInChunks(input, (chunk) => unparse(chunk.map(asExportRow).flatMap(longRows)), onProgress));
}

export const toCsvWide = async (rows: ExportInput[], onProgress?: Progress) => (await toCsvWideParts(rows, onProgress)).join('');
export const toCsvLong = async (rows: ExportInput[], onProgress?: Progress) => (await toCsvLongParts(rows, onProgress)).join('');

/** The codebook as CSV, for people who do not use the Excel workbook. */
export function codebookCsv(entries: { key: string; label: string; table: string; row: string; column: string; unit: string; formats: string[] }[]): string {
  const data = entries.map((e) => [e.key, e.label, e.table, e.row, e.column, e.unit, e.formats.join(' ')]);
  return BOM + unparse([['key', 'label', 'table', 'row', 'column', 'unit', 'formats'], ...data]) + '\r\n';
}
