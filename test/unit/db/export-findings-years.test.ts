// adv: the findings sheet wrote a cross-year finding's keys as `previous:<key>` without saying
// which year "previous" was, and the next year's check shown on a report listed the next
// report's keys as if they were this report's.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, it } from 'vitest';
import { decodeExportFindings, EXPORT_FINDINGS_LAYOUT, findingRowsOf } from '../../../src/db/export-findings';
import { FINDING_COLUMNS } from '../../../src/export/xlsx';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { getExportFindings, getReport, saveReport } from '../../../src/db/store';
import { makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});

const url = (y: number) => `https://a.gov.cn/${y}.html`;
const KEYS = FINDING_COLUMNS.indexOf('keys') - 1; // the stored rows have no report column
const carryKeys = (rows: (string | number | null)[][]) => rows.filter((r) => r[0] === 'crossYear' && r[1] === 'X-CARRY').map((r) => r[KEYS]);

it('labels every key of a cross-year finding with the report year it was read from', async () => {
  const db = await openLibraryDb();
  await saveReport(db, makeRecord({ url: url(2020), agency: '某局', year: 2020, cells: { 'table3.total.carriedForward': 2 } }), []);
  await saveReport(db, makeRecord({ url: url(2021), agency: '某局', year: 2021, cells: { 'table3.total.carriedOver': 9, 'table3.total.carriedForward': 4 } }), []);
  await saveReport(db, makeRecord({ url: url(2022), agency: '某局', year: 2022, cells: { 'table3.total.carriedOver': 7 } }), []);
  const row = (await getReport(db, url(2021)))!;
  // its own check against 2020, then 2022's check against it (2022's cells, then its own)
  expect(carryKeys(findingRowsOf(row))).toEqual([
    '2021:table3.total.carriedOver 2020:table3.total.carriedForward',
    '2022:table3.total.carriedOver 2021:table3.total.carriedForward',
  ]);
  expect(carryKeys(findingRowsOf((await getReport(db, url(2022)))!))).toEqual(['2022:table3.total.carriedOver 2021:table3.total.carriedForward']);
  // no key of the export says `previous:` any more; the stored rows are the export's
  const stored = await getExportFindings(db, [url(2020), url(2021), url(2022)]);
  expect(JSON.stringify(stored)).not.toContain('previous:');
  // a report's own findings keep their plain keys (the report column says whose they are)
  expect(FINDING_COLUMNS).toEqual(['report', 'kind', 'rule', 'severity', 'outcome', 'message_zh', 'message_en', 'formula', 'left', 'right', 'delta', 'scope', 'keys', 'note']);
});

it('a findings row stored by an earlier layout (with `previous:` keys) is written anew at export', async () => {
  const db = await openLibraryDb();
  await saveReport(db, makeRecord({ url: url(2020), agency: '某局', year: 2020, cells: { 'table3.total.carriedForward': 2 } }), []);
  await saveReport(db, makeRecord({ url: url(2021), agency: '某局', year: 2021, cells: { 'table3.total.carriedOver': 9 } }), []);
  const old = (await db.get('exportFindings', url(2021)))!;
  await db.put('exportFindings', { ...old, layout: EXPORT_FINDINGS_LAYOUT - 1, rows: old.rows.replace('2020:', 'previous:') });
  const [got] = await getExportFindings(db, [url(2021)]);
  expect(carryKeys(decodeExportFindings(got!))).toEqual(['2021:table3.total.carriedOver 2020:table3.total.carriedForward']);
});
