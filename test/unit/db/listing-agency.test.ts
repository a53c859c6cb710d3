// The listing's agency key is the stored row's, whatever the record's page URL (adv42 #3).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { allReports, importReports, listSummaries, saveReport } from '../../../src/db/store';
import { decodeListing, encodeListing } from '../../../src/db/listing';
import { makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

it('a row whose meta.url is empty or not http(s) is listed under its agency at the site of its id', async () => {
  const db = await openLibraryDb();
  const saved = [];
  for (const [year, pageUrl] of [[2021, null], [2022, ''], [2023, 'file:///C:/saved/2023.html']] as const) {
    const { row } = await saveReport(db, makeRecord({ url: `https://www.gov.cn/zw/${year}.html`, year }), []);
    if (pageUrl !== null) row.record.meta.url = pageUrl; // as an older version or a hand-made backup wrote it
    saved.push(row);
  }
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
  const fresh = await openLibraryDb();
  await importReports(fresh, saved);
  const rows = await allReports(fresh);
  expect(new Set(rows.map((r) => r.agency))).toEqual(new Set(['某某市人民政府办公室@gov.cn']));
  const listed = await listSummaries(fresh);
  expect(listed.map((s) => [s.id, s.agency, s.url])).toEqual(rows.map((r) => [r.id, r.agency, r.id]));
  // the snapshot's tuples decode to the summaries store's rows
  const stored = await fresh.getAll('summaries');
  expect(decodeListing(encodeListing(stored))).toEqual(stored);
  const otherKey = stored.map((x) => ({ ...x, agency: '另一局@other.gov.cn' }));
  expect(decodeListing(encodeListing(otherKey))).toEqual(otherKey);
});

it('a summary stored by an earlier version with url \'\' is listed under its stored agency, linked to its id', async () => {
  const db = await openLibraryDb();
  await saveReport(db, makeRecord({ url: 'https://www.gov.cn/zw/2022.html', year: 2022 }), []);
  const [summary] = await db.getAll('summaries');
  await db.put('summaries', { ...summary!, url: '' });
  await db.delete('listing', 'all');
  const [listed] = await listSummaries(db);
  expect([listed!.agency, listed!.url]).toEqual(['某某市人民政府办公室@gov.cn', 'https://www.gov.cn/zw/2022.html']);
});
