// importReports when a report arrives twice (two rows of one file, or a file row and the
// library's own): adv42 review (#2, #5, #6, #7).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { allReports, deleteReports, importReports, restoreDeleted, saveReport } from '../../../src/db/store';
import type { SavedReport } from '../../../src/db/schema';
import { makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

const at = (iso: string) => new Date(iso);
const rec = (url: string, year: number, carriedOver: number, carriedForward: number) =>
  makeRecord({ url, year, cells: { 'table3.total.carriedOver': carriedOver, 'table3.total.carriedForward': carriedForward } });
const crossYears = async () =>
  (await allReports(await openLibraryDb())).map((r) => [r.year, r.crossYear.map((f) => f.rule)] as const);

it('two file rows of one report: the kept row\'s year is refreshed as if it were imported alone (adv42 #2)', async () => {
  const db = await openLibraryDb();
  // neighbours 2021 (carries 9 forward) and 2023 (carried 9 over); the report itself says 5/5
  await saveReport(db, rec('https://www.a.gov.cn/2021.html', 2021, 9, 9), [], at('2025-01-01'));
  await saveReport(db, rec('https://www.a.gov.cn/2023.html', 2023, 9, 9), [], at('2025-01-01'));
  const old = (await saveReport(db, rec('https://www.a.gov.cn/r.html', 2019, 5, 5), [], at('2025-01-02'))).row;
  const rows = await allReports(db);
  const neighbours = rows.filter((r) => r.id !== old.id).map((r) => ({ ...r, crossYear: [] }));
  // the same report saved later and read as 2022, under the key an older version gave it
  const later: SavedReport = {
    ...old,
    id: 'https://www.a.gov.cn/r.html?utm_source=x',
    record: rec('https://www.a.gov.cn/r.html?utm_source=x', 2022, 5, 5),
    year: 2022,
    lastSavedAt: '2025-01-05T00:00:00.000Z',
  };
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
  await importReports(await openLibraryDb(), neighbours);
  await importReports(await openLibraryDb(), [old, later]);
  const got = await crossYears();
  // the later row alone
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
  await importReports(await openLibraryDb(), neighbours);
  await importReports(await openLibraryDb(), [later]);
  const alone = await crossYears();
  expect(alone.flatMap(([, rules]) => rules)).toContain('X-CARRY');
  expect(got).toEqual(alone);
});

it('the very same save meeting itself is one history: undo after re-importing it, or a file holding it twice (adv42 #7)', async () => {
  const db = await openLibraryDb();
  const url = 'https://www.a.gov.cn/r.html';
  await saveReport(db, makeRecord({ url }), [], at('2025-01-01'));
  await saveReport(db, makeRecord({ url }), [], at('2025-02-01'));
  const [backup] = await allReports(db);
  expect(backup!.saveCount).toBe(2);
  const { token } = await deleteReports(db, [url], at('2025-03-01'));
  await importReports(db, [backup!]);
  await restoreDeleted(db, token);
  expect((await allReports(db)).map((r) => r.saveCount)).toEqual([2]);

  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
  await importReports(await openLibraryDb(), [backup!, backup!]);
  expect((await allReports(await openLibraryDb())).map((r) => r.saveCount)).toEqual([2]);
});

it('one report from two libraries merges alike whichever side is newer and however the rows are chunked (adv42 #6)', async () => {
  const url = 'https://www.a.gov.cn/r.html';
  const library = async (dates: string[], n: number) => {
    await closeLibraryDb();
    globalThis.indexedDB = new IDBFactory();
    const db = await openLibraryDb();
    for (const d of dates) await saveReport(db, makeRecord({ url, cells: { 'table3.total.newReceived': n } }), [], at(d));
    return allReports(db);
  };
  const one = await library(['2024-01-01', '2024-02-01'], 1);
  const two = await library(['2025-01-01', '2025-02-01', '2025-03-01'], 2);
  const backupOfTwo = await library(['2025-01-01', '2025-02-01'], 2); // two before its last save
  const merged = async (...imports: SavedReport[][]) => {
    await closeLibraryDb();
    globalThis.indexedDB = new IDBFactory();
    const db = await openLibraryDb();
    for (const rows of imports) await importReports(db, rows);
    return (await allReports(db)).map((r) => [r.firstSavedAt, r.lastSavedAt, r.saveCount, r.record.cells['table3.total.newReceived']!.value]);
  };
  // two histories apart in time: both counted, the earliest first save and the newer content kept
  const expected = [['2024-01-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z', 5, 2]];
  expect(await merged(one, two)).toEqual(expected);
  expect(await merged(two, one)).toEqual(expected);
  expect(await merged([...one, ...two])).toEqual(expected);
  expect(await merged([...two, ...one])).toEqual(expected);
  // importing either again, or an older backup of one of them, changes nothing
  expect(await merged(one, two, one, two, backupOfTwo)).toEqual(expected);
  // a backup and the library it was taken from (which saved once more since): one history
  expect(await merged(backupOfTwo, two)).toEqual([['2025-01-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z', 3, 2]]);
  expect(await merged(two, backupOfTwo)).toEqual([['2025-01-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z', 3, 2]]);
});

it('undo of a delete after the report was saved again joins the deleted history to the newer save (adv42 #6)', async () => {
  const db = await openLibraryDb();
  const url = 'https://www.a.gov.cn/r.html';
  await saveReport(db, makeRecord({ url }), [], at('2025-01-01'));
  const { token } = await deleteReports(db, [url], at('2025-01-02'));
  await saveReport(db, makeRecord({ url, cells: { 'table3.total.newReceived': 11 } }), [], at('2025-02-01'));
  expect(await restoreDeleted(db, token)).toBe(0);
  const [row] = await allReports(db);
  expect([row!.firstSavedAt, row!.saveCount, row!.record.cells['table3.total.newReceived']!.value]).toEqual(['2025-01-01T00:00:00.000Z', 2, 11]);
});
