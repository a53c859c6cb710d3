// adv47 #9: the trash is keyed by report id; a second delete of the same report within the undo
// window overwrote the first entry, so Undo lost the earlier history (first save, save count).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { deleteReports, getReport, restoreDeleted, saveReport } from '../../../src/db/store';
import { makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

const X = 'https://a.gov.cn/x.html';
const r = (newReceived: number) => makeRecord({ url: X, agency: '某局', year: 2021, cells: { 'table3.total.newReceived': newReceived } });

async function deletedTwice() {
  const db = await openLibraryDb();
  await saveReport(db, r(1), [], new Date('2026-01-01T00:00:00Z'));
  await saveReport(db, r(2), [], new Date('2026-01-01T01:00:00Z')); // count 2
  const d1 = await deleteReports(db, [X], new Date('2026-01-01T02:00:00Z'));
  await saveReport(db, r(3), [], new Date('2026-01-01T03:00:00Z')); // saved again from its page: count 1
  const d2 = await deleteReports(db, [X], new Date('2026-01-01T04:00:00Z'));
  return { db, d1, d2 };
}

it('Undo replaying both tokens brings back one row with both histories: the earliest first save, the counts added, the later content', async () => {
  const { db, d1, d2 } = await deletedTwice();
  await restoreDeleted(db, d1.token);
  expect(await restoreDeleted(db, d2.token)).toBe(1);
  const row = (await getReport(db, X))!;
  expect(row.firstSavedAt).toBe('2026-01-01T00:00:00.000Z');
  expect(row.lastSavedAt).toBe('2026-01-01T03:00:00.000Z');
  expect(row.saveCount).toBe(3);
  expect(row.record.cells['table3.total.newReceived']!.value).toBe(3);
  expect(await db.count('trash')).toBe(0);
});

it('the later delete’s token alone (an earlier toast gone) restores both histories too', async () => {
  const { db, d2 } = await deletedTwice();
  expect(await restoreDeleted(db, d2.token)).toBe(1);
  const row = (await getReport(db, X))!;
  expect([row.firstSavedAt, row.saveCount]).toEqual(['2026-01-01T00:00:00.000Z', 3]);
});

// adv50 #9: an entry trashed before the v9 upgrade sits under its old key, which today's key may
// give another report; merging the two kept the older report's later content, and the report just
// deleted was lost for good.
it('a second delete joins an entry under the same key only when it is the same report; the other keeps its own entry', async () => {
  const db = await openLibraryDb();
  const K = 'https://www.xuhui.gov.cn/xxgk/2019.html?id=5';
  const oldUrl = 'https://www.xuhui.gov.cn/xxgk/2019.html?from=2019&id=5'; // today's key keeps from=2019
  await saveReport(db, makeRecord({ url: oldUrl, agency: '甲局', year: 2019, cells: { 'table3.total.newReceived': 111 } }), [], new Date('2026-01-01T01:00:00Z'));
  const stored = (await getReport(db, oldUrl))!;
  await db.delete('reports', oldUrl);
  // deleted under its old key by an older version, within the undo window
  await db.put('trash', { id: K, token: 'old', deletedAt: '2026-01-01T02:00:00.000Z', row: { ...stored, id: K } });
  // another report at K, saved long before
  await saveReport(db, makeRecord({ url: K, agency: '乙局', year: 2019, cells: { 'table3.total.newReceived': 222 } }), [], new Date('2025-12-01T00:00:00Z'));
  const d = await deleteReports(db, [K], new Date('2026-01-01T03:00:00Z'));
  expect(await db.count('trash')).toBe(2);
  expect(await restoreDeleted(db, d.token)).toBe(1);
  const back = (await getReport(db, K))!;
  expect([back.record.meta.agencyName, back.record.cells['table3.total.newReceived']!.value, back.saveCount]).toEqual(['乙局', 222, 1]);
  expect(await restoreDeleted(db, 'old')).toBe(1);
  const other = (await getReport(db, oldUrl))!;
  expect([other.record.meta.agencyName, other.record.cells['table3.total.newReceived']!.value]).toEqual(['甲局', 111]);
  expect(await db.count('trash')).toBe(0);
});
