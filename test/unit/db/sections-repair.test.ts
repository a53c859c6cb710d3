// adv47 #10: a row an older import let in with a section text that is not text (a hand-edited
// file) made the library's own JSON backup unusable: the whole file was refused.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { inCurrentForm } from '../../../src/db/current-form';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import type { SavedReport } from '../../../src/db/schema';
import { allReports, getReport, importReports } from '../../../src/db/store';
import { parseLibraryJson, toJson } from '../../../src/export/json';
import { makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

const row = (u: string, y: number): SavedReport => ({
  id: u,
  record: makeRecord({ url: u, agency: '某局', year: y }),
  findings: [],
  crossYear: [],
  firstSavedAt: '2026-01-01T00:00:00.000Z',
  lastSavedAt: '2026-01-01T00:00:00.000Z',
  parserVersion: '0.1.0',
  agency: '某局@a.gov.cn',
  year: y,
  format: 'rev2021',
  counts: { error: 0, warning: 0, info: 0 },
  saveCount: 1,
});

function spoiled(u: string, y: number): SavedReport {
  const r = row(u, y);
  (r.record.sections as Record<string, unknown>).overview = { label: '总体情况', ref: null, text: 12345, hasTable: true };
  (r.record.sections as Record<string, unknown>).problems = 'text';
  return r;
}

it('the library’s own backup holding such a row is imported, the row kept with the section text emptied, and the import counts it as repaired', async () => {
  const db = await openLibraryDb();
  await db.put('reports', spoiled('https://a.gov.cn/odd', 2019) as never); // as an older version's import stored it
  await importReports(db, [row('https://a.gov.cn/1', 2020), row('https://a.gov.cn/2', 2021)]);
  const parsed = parseLibraryJson(toJson(await allReports(db)));
  if (!parsed.ok) throw new Error(parsed.error);
  expect(parsed.rows).toHaveLength(3);

  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
  const fresh = await openLibraryDb();
  expect(await importReports(fresh, parsed.rows)).toEqual({ added: 3, updated: 0, skipped: 0, repaired: 1 });
  const odd = (await getReport(fresh, 'https://a.gov.cn/odd'))!;
  expect(odd.record.sections.overview).toEqual({ label: '总体情况', ref: null, text: '', hasTable: true });
  expect(odd.record.sections.problems).toBeUndefined();
  expect(odd.record.cells).toEqual(row('https://a.gov.cn/odd', 2019).record.cells);
  expect(odd.year).toBe(2019);
});

it('inCurrentForm repairs such sections (the X-* rules never see them), and leaves sound ones as they are', () => {
  const repaired = inCurrentForm(spoiled('https://a.gov.cn/odd', 2019));
  expect(repaired.record.sections).toEqual({ overview: { label: '总体情况', ref: null, text: '', hasTable: true } });
  const sound = row('https://a.gov.cn/1', 2020);
  expect(inCurrentForm(sound).record.sections).toBe(sound.record.sections);
});
