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

it('the library’s own backup holding such a row is imported, the row kept with the section text as text, and the import counts it as repaired', async () => {
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
  // nothing lost: a number's digits and a section given as its text alone are kept as text
  expect(odd.record.sections.overview).toEqual({ label: '总体情况', ref: null, text: '12345', hasTable: true });
  expect(odd.record.sections.problems).toEqual({ text: 'text', ref: null });
  expect(odd.record.cells).toEqual(row('https://a.gov.cn/odd', 2019).record.cells);
  expect(odd.year).toBe(2019);
});

it('inCurrentForm repairs such sections (the X-* rules never see them), and leaves sound ones as they are', () => {
  const repaired = inCurrentForm(spoiled('https://a.gov.cn/odd', 2019));
  expect(repaired.record.sections).toEqual({ overview: { label: '总体情况', ref: null, text: '12345', hasTable: true }, problems: { text: 'text', ref: null } });
  const sound = row('https://a.gov.cn/1', 2020);
  expect(inCurrentForm(sound).record.sections).toBe(sound.record.sections);
});

it('rows without sections (an older import let them in) no longer make every open fail on the upgrade (helper-50 review)', async () => {
  const { createDatabaseAt } = await import('./old-database');
  const { upgradeV1Row } = await import('../../../src/db/migrations');
  const old = (u: string, agency: string) => {
    const record = makeRecord({ url: u, agency, year: 2020 });
    return upgradeV1Row({ id: u, record, findings: [], firstSavedAt: '2026-01-01T00:00:00.000Z', lastSavedAt: '2026-01-01T00:00:00.000Z', parserVersion: '0.1.0' });
  };
  const missing = old('https://a.gov.cn/missing.html', '某局');
  delete (missing.record as { sections?: unknown }).sections;
  const nulled = old('https://a.gov.cn/null.html', '某局');
  (nulled.record as { sections?: unknown }).sections = null;
  await createDatabaseAt(8, [old('https://a.gov.cn/ok.html', '某局'), missing, nulled]);
  const db = await openLibraryDb();
  expect(await db.count('reports')).toBe(3);
  expect((await getReport(db, 'https://a.gov.cn/missing.html'))!.record.sections).toEqual({});
  expect((await getReport(db, 'https://a.gov.cn/null.html'))!.record.sections).toEqual({});
});

// adv50 #2: a newer file row whose section had to be repaired (its text emptied, or a number's
// digits) replaced the readable text the library held for the same report.
it('a newer file row’s repaired section does not replace the readable text the library holds for that section', async () => {
  const db = await openLibraryDb();
  const good = row('https://a.gov.cn/1', 2020);
  (good.record.sections as Record<string, unknown>).overview = { label: '总体情况', ref: null, text: '真实文字', hasTable: true };
  (good.record.sections as Record<string, unknown>).problems = { label: '问题', ref: null, text: '存在问题', hasTable: false };
  await importReports(db, [good]);
  const newer = { ...row('https://a.gov.cn/1', 2020), lastSavedAt: '2026-03-01T00:00:00.000Z' };
  (newer.record.sections as Record<string, unknown>).overview = { label: '总体情况', ref: null, text: null, hasTable: true };
  (newer.record.sections as Record<string, unknown>).problems = { label: '问题', ref: null, text: '新的文字', hasTable: false };
  expect((await importReports(db, [newer])).updated).toBe(1);
  const stored = (await getReport(db, 'https://a.gov.cn/1'))!;
  expect(stored.record.sections.overview?.text).toBe('真实文字'); // kept, not emptied
  expect(stored.record.sections.problems?.text).toBe('新的文字'); // a sound section of the newer save wins
  expect(stored.lastSavedAt).toBe('2026-03-01T00:00:00.000Z');
});

// adv50 #3: the repaired count counted file rows that were skipped (older than the library's
// save, or already imported) and counted one report twice.
it('the repaired count counts each report once, and only when its repaired row is kept', async () => {
  const db = await openLibraryDb();
  const newerGood = { ...row('https://a.gov.cn/1', 2020), lastSavedAt: '2026-02-01T00:00:00.000Z' };
  await importReports(db, [newerGood]);
  expect(await importReports(db, [spoiled('https://a.gov.cn/1', 2020)])).toEqual({ added: 0, updated: 0, skipped: 1 }); // older: nothing kept
  expect(await importReports(db, [spoiled('https://a.gov.cn/2', 2021), spoiled('https://a.gov.cn/2', 2021)])).toEqual({ added: 1, updated: 0, skipped: 1, repaired: 1 });
  expect(await importReports(db, [spoiled('https://a.gov.cn/2', 2021)])).toEqual({ added: 0, updated: 0, skipped: 1 }); // again: nothing new
});
