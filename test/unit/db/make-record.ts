// Test helpers: small but complete ReportRecords and findings.
import type { Finding, Severity } from '../../../src/model/finding';
import type { CellValue, ReportRecord } from '../../../src/model/record';

export function cell(value: number | null, raw = value === null ? '' : String(value)): CellValue {
  return { value, raw, kind: value === null ? 'blank' : 'number', ref: { source: 'table', table: 1, row: 3, col: 9 } };
}

export function makeRecord(opts: {
  url?: string | null;
  agency?: string | null;
  year?: number | null;
  format?: ReportRecord['meta']['formatVersion'];
  cells?: Record<string, number | null>;
  parserVersion?: string;
}): ReportRecord {
  const cells: Record<string, CellValue> = {};
  for (const [k, v] of Object.entries(opts.cells ?? { 'table3.total.newReceived': 10 })) cells[k] = cell(v);
  return {
    schemaVersion: 1,
    meta: {
      url: opts.url === undefined ? 'https://www.example.gov.cn/a/1.html' : opts.url,
      title: `${opts.year ?? ''}年${opts.agency ?? ''}政府信息公开工作年度报告`,
      h1: null,
      reportYear: opts.year === undefined ? 2022 : opts.year,
      reportYearSource: 'title',
      agencyName: opts.agency === undefined ? '某某市人民政府办公室' : opts.agency,
      agencyKind: 'department',
      publishedOn: null,
      publishedOnSource: null,
      formatVersion: opts.format ?? 'rev2021',
      formatEvidence: [],
      basisCited: [],
      statPeriod: null,
      textTransforms: [],
      sectionsFound: ['overview'],
      parserVersion: opts.parserVersion ?? '0.1.0',
    },
    cells,
    sections: {},
    narrative: [],
    warnings: [],
  };
}

export function finding(rule: string, severity: Severity = 'error'): Finding {
  return {
    rule,
    severity,
    outcome: 'fail',
    message: { zh: `${rule} 不成立`, en: `${rule} fails` },
    keys: ['table3.total.newReceived'],
    cells: [{ source: 'table', table: 1, row: 3, col: 9 }],
    formatVersion: 'rev2021',
  };
}
