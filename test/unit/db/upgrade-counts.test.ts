// adv47 #8: finding counts an older import took from the file (contradicting its findings) were
// never derived again: the upgrade wrote a row only when its key, agency, X-* findings, save count
// or record changed.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { upgradeV1Row } from '../../../src/db/migrations';
import { listSummaries } from '../../../src/db/store';
import { finding, makeRecord } from './make-record';
import { createDatabaseAt } from './old-database';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

it('opening a v9 library derives every row’s counts from its findings (row, summary and listing)', async () => {
  const url = 'https://a.gov.cn/2021.html';
  const row = upgradeV1Row({ id: url, record: makeRecord({ url, agency: '某局', year: 2021 }), findings: [finding('T3-BALANCE', 'warning')], firstSavedAt: '2026-01-01T00:00:00.000Z', lastSavedAt: '2026-01-01T00:00:00.000Z', parserVersion: '0.1.0' });
  await createDatabaseAt(9, [{ ...row, agency: '某局@a.gov.cn', counts: { error: 7, warning: 0, info: 0 } }]);
  const db = await openLibraryDb();
  const want = { error: 0, warning: 1, info: 0 };
  expect((await db.get('reports', url))!.counts).toEqual(want);
  expect((await db.get('summaries', url))!.counts).toEqual(want);
  expect((await listSummaries(db))[0]!.counts).toEqual(want);
});
