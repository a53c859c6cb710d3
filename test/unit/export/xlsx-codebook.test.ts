import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { codebook } from '../../../src/export/codebook';
import { toXlsx } from '../../../src/export/xlsx';
import { makeRows } from './make-rows';

describe('codebook', () => {
  const cb = codebook();
  it('has unique keys covering tables 2–4 and the legacy appendix', () => {
    const keys = cb.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    // 8 columns × 29 rows of table 3, 15 cells of table 4
    expect(cb.filter((e) => e.table === 'table3')).toHaveLength(8 * 29);
    expect(cb.filter((e) => e.table === 'table4')).toHaveLength(15);
    for (const k of ['table2.regulations.inForce', 'table2.adminFees.amountWanYuan', 'table2.centralProcurement.amountYuan', 'table3.total.otherHandling.feeUnpaid', 'legacyStats.org.staffPartTime', 'legacyStats.requests.deniedOtherLaw'])
      expect(keys).toContain(k);
  });
  it('records format versions per key (shared decisions key, 2021-only rows)', () => {
    const get = (k: string) => cb.find((e) => e.key === k)!;
    expect(get('table2.licensing.decisions').formats.sort()).toEqual(['rev2021', 'trial2019']);
    expect(get('table2.regulations.issued').formats).toEqual(['rev2021']);
    expect(get('table3.total.otherHandling.noCorrection').formats).toEqual(['rev2021']);
    expect(get('table3.total.denied.subtotal').derived).toBe(true);
    expect(get('table3.commercialEnterprise.granted').label).toBe('表三 三、（一）予以公开 · 法人或其他组织·商业企业');
  });
});

describe('toXlsx', () => {
  it('writes reports, values, findings and codebook sheets that read back', async () => {
    const rows = makeRows(6);
    const progress: number[] = [];
    const buf = await toXlsx(rows, (d) => progress.push(d));
    expect(progress[progress.length - 1]).toBe(18);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['reports', 'values', 'findings', 'codebook']);
    const reports = wb.getWorksheet('reports')!;
    expect(reports.rowCount).toBe(7);
    expect(reports.getCell('B1').value).toBe('机关 agency');
    expect(reports.getCell('B2').value).toBe(rows[0]!.record.meta.agencyName);
    const values = wb.getWorksheet('values')!;
    expect(values.rowCount).toBe(1 + rows.reduce((n, r) => n + Object.keys(r.record.cells).length, 0));
    const findings = wb.getWorksheet('findings')!;
    expect(findings.rowCount).toBe(1 + 2 * 2); // rows 0 and 5 have two findings each
    expect(findings.getCell('C2').value).toBe('T3-BALANCE');
    expect(wb.getWorksheet('codebook')!.rowCount).toBe(1 + codebook().length);
  });
});
