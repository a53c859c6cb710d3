// Cross-year wiring: whatever X-* rules the catalogue holds run against saved neighbours.
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RULES } from '../../../src/checks/index';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { deleteReports, getReport, saveReport } from '../../../src/db/store';
import type { Rule } from '../../../src/model/finding';
import { finding, makeRecord } from './make-record';

// A stand-in X-CARRY over the 总计 column, so this test does not depend on the checks issue.
const fakeCarry: Rule = {
  id: 'TEST-X-CARRY',
  severity: 'warning',
  appliesTo: 'pair',
  formula: 'Y.carriedOver = (Y-1).carriedForward',
  description: { zh: '', en: '' },
  reads: ['table3.total.carriedOver', 'table3.total.carriedForward'],
  crossYear: true,
  check({ record, previous }) {
    const a = record.cells['table3.total.carriedOver']?.value;
    const b = previous?.cells['table3.total.carriedForward']?.value;
    if (a == null || b == null || a === b) return { outcome: 'pass', findings: [] };
    return { outcome: 'fail', findings: [{ ...finding('TEST-X-CARRY', 'warning'), left: a, right: b, scope: String(record.meta.reportYear) }] };
  },
};

beforeAll(() => {
  RULES.push(fakeCarry);
});
afterAll(() => {
  RULES.splice(RULES.indexOf(fakeCarry), 1);
});
beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});

// Only the stand-in's findings: the real catalogue's X-* rules may fire on the same data.
const mine = (findings: { rule: string }[]) => findings.filter((f) => f.rule === 'TEST-X-CARRY');

const rec = (year: number, carriedOver: number, carriedForward: number, agency = '某局', slug = 'a') =>
  makeRecord({
    url: `https://a.gov.cn/${slug}/${year}`,
    agency,
    year,
    cells: { 'table3.total.carriedOver': carriedOver, 'table3.total.carriedForward': carriedForward },
  });

describe('cross-year on save', () => {
  it('finds the mismatch whichever year is saved first, on both records', async () => {
    const db = await openLibraryDb();
    await saveReport(db, rec(2022, 0, 5), []);
    const saved = await saveReport(db, rec(2021, 0, 7), []); // 2022 says 0 carried over, 2021 carried 7 forward
    expect(mine(saved.row.crossYear).map((f) => f.rule)).toEqual(['TEST-X-CARRY']);
    const y2022 = (await getReport(db, 'https://a.gov.cn/a/2022'))!;
    expect(mine(y2022.crossYear)).toHaveLength(1);
    expect(mine(y2022.crossYear)[0]).toMatchObject({ left: 0, right: 7 });
    expect(y2022.counts.warning).toBe(y2022.crossYear.filter((f) => f.severity === 'warning').length);
    expect(y2022.counts.warning).toBeGreaterThanOrEqual(1);
  });

  it('no finding across different agencies or non-adjacent years; cleared when a neighbour is deleted', async () => {
    const db = await openLibraryDb();
    await saveReport(db, rec(2021, 0, 7), []);
    await saveReport(db, rec(2022, 1, 1, '别的局', 'b'), []);
    expect(mine((await saveReport(db, rec(2023, 3, 0), [])).row.crossYear)).toEqual([]);
    await saveReport(db, rec(2022, 0, 3), []);
    expect(mine((await getReport(db, 'https://a.gov.cn/a/2022'))!.crossYear)).toHaveLength(1);
    await deleteReports(db, ['https://a.gov.cn/a/2021']);
    const after = (await getReport(db, 'https://a.gov.cn/a/2022'))!;
    expect(after.crossYear).toEqual([]);
    expect(after.counts.warning).toBe(0);
  });
});

describe('the next year\'s findings on this page (helper-30 review)', () => {
  it('point at this record\'s cells, never at the next page\'s', async () => {
    const { crossYearFindings } = await import('../../../src/db/cross-year');
    const cols = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
    const with3 = (year: number, row: string, value: number, table: number) => {
      const r = makeRecord({ year, cells: Object.fromEntries(cols.map((c) => [`table3.${c}.${row}`, c === 'total' || c === 'naturalPerson' ? value : 0])) });
      cols.forEach((c, i) => (r.cells[`table3.${c}.${row}`]!.ref = { source: 'table', table, row: 30, col: i + 1 }));
      return r;
    };
    const y2022 = with3(2022, 'carriedForward', 3, 2); // this page: table 2
    const y2023 = with3(2023, 'carriedOver', 5, 7); // the next page: table 7
    const carry = crossYearFindings(y2022, null, y2023).filter((f) => f.rule === 'X-CARRY' && f.outcome === 'fail');
    expect(carry.length).toBeGreaterThan(0);
    for (const f of carry) {
      expect(f.cells.length).toBeGreaterThan(0);
      // before: the next page's table 7 cells, outlined here wherever table 7 row 30 happened to be
      for (const c of f.cells) expect(c).toMatchObject({ source: 'table', table: 2 });
    }
  });
});
