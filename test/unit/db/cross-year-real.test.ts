// The library with the real checks catalogue: X-CARRY between two saved years of one agency,
// shown on both records and answered to the card through library:crossYear.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryHandlers as h } from '../../../src/background/library';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { getReport, saveReport } from '../../../src/db/store';
import { makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

const shanghai = (year: number, cells: Record<string, number>) =>
  makeRecord({ url: `https://www.shanghai.gov.cn/bgt/${year}.html`, agency: '上海市人民政府办公厅', year, format: 'trial2019', cells });

describe('X-CARRY through the library', () => {
  it('2020 carried over 60 ≠ 2019 carried forward 72 → a warning on both saved years', async () => {
    const db = await openLibraryDb();
    await saveReport(db, shanghai(2019, { 'table3.total.carriedForward': 72, 'table3.total.carriedOver': 18 }), []);
    const saved = await saveReport(db, shanghai(2020, { 'table3.total.carriedOver': 60, 'table3.total.carriedForward': 5 }), []);
    const carry = saved.row.crossYear.filter((f) => f.rule === 'X-CARRY');
    expect(carry).toHaveLength(1);
    expect(carry[0]).toMatchObject({ severity: 'warning', left: 60, right: 72 });
    const y2019 = (await getReport(db, 'https://www.shanghai.gov.cn/bgt/2019.html'))!;
    expect(y2019.crossYear.map((f) => f.rule)).toContain('X-CARRY');
  });

  it('library:crossYear answers the card for an unsaved record with its saved neighbour', async () => {
    const db = await openLibraryDb();
    await saveReport(db, shanghai(2019, { 'table3.total.carriedForward': 72 }), []);
    const res = await h['library:crossYear']({ type: 'library:crossYear', record: shanghai(2020, { 'table3.total.carriedOver': 72 }) });
    expect(res.previous?.meta.reportYear).toBe(2019);
    expect(res.next).toBeNull();
    expect(res.findings.filter((f) => f.rule === 'X-CARRY' && f.outcome === 'fail')).toEqual([]);
    const bad = await h['library:crossYear']({ type: 'library:crossYear', record: shanghai(2020, { 'table3.total.carriedOver': 70 }) });
    expect(bad.findings.find((f) => f.rule === 'X-CARRY')).toMatchObject({ left: 70, right: 72 });
  });
});
