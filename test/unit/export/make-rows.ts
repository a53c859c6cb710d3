// Generated stored rows for export tests: varied agencies, years, formats, cell kinds, odd text.
import type { SavedReport } from '../../../src/db/schema';
import type { CellValue } from '../../../src/model/record';
import { finding, makeRecord } from '../db/make-record';
import { agencyKey } from '../../../src/db/summary';

const AGENCIES = ['上海市人民政府办公厅', '平潭综合实验区管委会', '某县"市场监督"管理局, 二分局', '乡镇\n街道办'];
const FORMATS = ['rev2021', 'trial2019', 'pre2019', 'unknown'] as const;

export function makeRow(i: number): SavedReport {
  const agency = AGENCIES[i % AGENCIES.length]!;
  const year = 2009 + (i % 17);
  const record = makeRecord({ url: `https://www.x${i % 50}.gov.cn/art/${i}.html`, agency, year, format: FORMATS[i % 4] });
  const cells: Record<string, CellValue> = {
    'table3.total.newReceived': { value: i, raw: String(i), kind: 'number', ref: { source: 'table', table: 2, row: 3, col: 9 } },
    'table3.naturalPerson.granted': { value: null, raw: '', kind: 'blank', ref: null },
    'table2.licensing.yearChange': { value: -58, raw: '-58', kind: 'number', ref: { source: 'text', block: 4, start: 1, end: 4 } },
    'table2.centralProcurement.amountYuan': { value: 22905400, raw: '2290.54万元', kind: 'number', unit: '万元', ref: null },
    'table4.review.total': { value: null, raw: '—', kind: 'placeholder', ref: null, labelVariant: { printed: '总 计', canonical: '总计' } },
    'custom.unknownKey': { value: null, raw: '见附件, "表3"', kind: 'text', ref: null, ambiguity: { readings: 2 } },
  };
  if (i % 3 === 0) cells['table3.total.denied.subtotal'] = { value: 3, raw: '3', kind: 'number', derived: true, ref: null };
  record.cells = cells;
  record.meta.title = `${year}年${agency}政府信息公开工作年度报告 #${i}`;
  const findings = i % 5 === 0 ? [finding('T3-BALANCE', 'error'), { ...finding('CELL-BLANK', 'info'), note: 'blanks read as 0' }] : [];
  return {
    id: `https://www.x${i % 50}.gov.cn/art/${i}.html`,
    record,
    findings,
    crossYear: [],
    firstSavedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i % 60)).toISOString(),
    lastSavedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 60)).toISOString(),
    parserVersion: '0.1.0',
    agency: agencyKey(agency, `https://www.x${i % 50}.gov.cn/art/${i}.html`),
    year,
    format: FORMATS[i % 4]!,
    counts: { error: findings.filter((f) => f.severity === 'error').length, warning: 0, info: findings.filter((f) => f.severity === 'info').length },
    saveCount: 1 + (i % 3),
  };
}

export const makeRows = (n: number) => Array.from({ length: n }, (_, i) => makeRow(i));
