// An imported row's finding counts come from its findings, not from the file (adv42 #5).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { allReports, importReports, listSummaries } from '../../../src/db/store';
import { parseLibraryJson, toJson } from '../../../src/export/json';
import { makeRow } from '../export/make-rows';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

it('counts contradicting the findings, not numbers, or missing are recomputed, not trusted or refused', async () => {
  const rows = [makeRow(0), makeRow(5), makeRow(10)]; // each: one error and one info finding
  const doc = JSON.parse(toJson(rows));
  doc.reports[0].counts = { error: 0, warning: 0, info: 0 };
  doc.reports[1].counts = { error: '7', warning: null };
  delete doc.reports[2].counts;
  const parsed = parseLibraryJson(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(parsed.error);
  const db = await openLibraryDb();
  await importReports(db, parsed.rows);
  const want = { error: 1, warning: 0, info: 1 };
  expect((await allReports(db)).map((r) => r.counts)).toEqual([want, want, want]);
  expect((await listSummaries(db)).map((s) => s.counts)).toEqual([want, want, want]);
});
