// Excel workbook export: sheets reports (wide), values (long), findings, codebook.
// exceljs is large: it is imported dynamically so only the library page's export loads it.
import type { SavedReport } from '../db/schema';
import type { Finding } from '../model/finding';
import { mapInChunks, type Progress } from './chunks';
import { codebook } from './codebook';
import { exportRowOf } from '../db/export-values';
import { fieldKeys, LONG_COLUMNS, longRows, REPORT_COLUMNS, wideRows } from './table-rows';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FINDING_COLUMNS = ['report', 'kind', 'rule', 'severity', 'outcome', 'message_zh', 'message_en', 'formula', 'left', 'right', 'delta', 'scope', 'keys', 'note'];

function findingRow(report: string, kind: 'report' | 'crossYear', f: Finding): (string | number | null)[] {
  return [report, kind, f.rule, f.severity, f.outcome, f.message.zh, f.message.en, f.formula ?? null, f.left ?? null, f.right ?? null, f.delta ?? null, f.scope ?? null, f.keys.join(' '), f.note ?? null];
}

/** Builds the workbook; progress counts rows over the three data sheets. */
export async function toXlsx(rows: SavedReport[], onProgress?: Progress): Promise<ArrayBuffer> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报助手 gov-report-annotator';
  const total = rows.length * 3;
  const step = (offset: number) => (done: number) => onProgress?.(offset + done, total);

  const light = rows.map(exportRowOf);
  const keys = fieldKeys(light);
  const wide = wideRows(keys);
  const reports = wb.addWorksheet('reports');
  reports.addRow([...REPORT_COLUMNS.map(([h]) => h), ...keys]);
  await mapInChunks(light, (chunk) => reports.addRows(chunk.map(wide)), step(0));

  const values = wb.addWorksheet('values');
  values.addRow([...LONG_COLUMNS]);
  await mapInChunks(light, (chunk) => values.addRows(chunk.flatMap(longRows)), step(rows.length));

  const findings = wb.addWorksheet('findings');
  findings.addRow(FINDING_COLUMNS);
  await mapInChunks(
    rows,
    (chunk) =>
      findings.addRows(
        chunk.flatMap((r) => [
          ...r.findings.map((f) => findingRow(r.id, 'report', f)),
          ...r.crossYear.map((f) => findingRow(r.id, 'crossYear', f)),
        ]),
      ),
    step(rows.length * 2),
  );

  const cb = wb.addWorksheet('codebook');
  cb.addRow(['key', 'label', 'table', 'row', 'column', 'unit', 'formats', 'derived']);
  cb.addRows(codebook().map((e) => [e.key, e.label, e.table, e.row, e.column, e.unit, e.formats.join(' '), e.derived ? 'yes' : '']));

  for (const ws of [reports, values, findings, cb]) {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
