// adv47 #6: an Undo that replaces an older save read as another year left that year's neighbours
// with X-* findings naming a report that no longer exists (import refreshed them; undo did not).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { libraryHandlers as h } from '../../../src/background/library';
import { deleteReports, getReport, importReports, restoreDeleted, saveReport } from '../../../src/db/store';
import { makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

const P = 'https://a.gov.cn/nb/2019.html';
const X = 'https://a.gov.cn/nb/x.html';
const xCarry = async (db: Awaited<ReturnType<typeof openLibraryDb>>) => (await getReport(db, P))!.crossYear.filter((f) => f.rule === 'X-CARRY');

it('Undo bringing back a later save read as 2021 over its backup read as 2020 refreshes 2019 (no X-CARRY against a 2020 that is gone)', async () => {
  const db = await openLibraryDb();
  await saveReport(db, makeRecord({ url: P, agency: '某局', year: 2019, format: 'trial2019', cells: { 'table3.total.carriedForward': 7 } }), [], new Date('2026-01-01'));
  await saveReport(db, makeRecord({ url: X, agency: '某局', year: 2020, format: 'trial2019', cells: { 'table3.total.carriedOver': 9 } }), [], new Date('2026-01-02'));
  const backup = structuredClone((await getReport(db, X))!);
  await saveReport(db, makeRecord({ url: X, agency: '某局', year: 2021, format: 'trial2019', cells: { 'table3.total.carriedOver': 9 } }), [], new Date('2026-01-03'));
  const del = await deleteReports(db, [X], new Date('2026-01-04'));
  await importReports(db, [backup]); // X as 2020 again: 2019 compared with it
  expect(await xCarry(db)).toHaveLength(1);
  expect(await restoreDeleted(db, del.token)).toBe(1); // the later save (2021) is kept
  expect((await getReport(db, X))!.year).toBe(2021);
  expect(await xCarry(db)).toEqual([]);
  expect((await getReport(db, P))!.counts).toEqual({ error: 0, warning: 0, info: 0 });
});

// adv50 #1: the first save is the pairing's tie-break, so an Undo that only merges the deleted
// row's history (an earlier first save) into a newer save changes which 2021 report is compared.
const A1 = 'https://a.gov.cn/nb/2021.html';
const N = 'https://a.gov.cn/nb/2021-new.html';
const C = 'https://a.gov.cn/nb/2022.html';
const y2021 = (url: string, fwd: number) => makeRecord({ url, agency: '某局', year: 2021, cells: { 'table3.total.carriedForward': fwd } });
const y2022 = () => makeRecord({ url: C, agency: '某局', year: 2022, cells: { 'table3.total.carriedOver': 3 } });
const fails = (fs: { outcome?: string; rule: string }[]) => fs.filter((f) => f.outcome === 'fail').map((f) => f.rule);
const lookUp = (record: ReturnType<typeof makeRecord>) => h['library:crossYear']({ type: 'library:crossYear', record });

it('an Undo that only gives a newer save its earlier first save back refreshes the agency-year (the pairing follows the first save)', async () => {
  const db = await openLibraryDb();
  await saveReport(db, y2021(N, 3), [], new Date('2026-01-01'));
  await saveReport(db, y2021(A1, 5), [], new Date('2026-01-02'));
  await saveReport(db, y2022(), [], new Date('2026-01-03'));
  expect(fails((await getReport(db, C))!.crossYear)).toEqual(['X-CARRY']); // against A, first saved later
  const d1 = await deleteReports(db, [N], new Date('2026-01-04'));
  await saveReport(db, y2021(N, 3), [], new Date('2026-01-05'));
  expect(fails((await getReport(db, C))!.crossYear)).toEqual([]); // N first saved later now
  expect(await restoreDeleted(db, d1.token)).toBe(0);
  expect((await getReport(db, N))!.firstSavedAt).toBe('2026-01-01T00:00:00.000Z');
  const stored = fails((await getReport(db, C))!.crossYear);
  const look = fails((await lookUp(y2022())).findings);
  expect(stored).toEqual(['X-CARRY']);
  expect(stored).toEqual(look);
});
