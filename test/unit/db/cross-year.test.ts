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
