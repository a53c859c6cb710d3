// An Excel export is one snapshot per report: a delete between its reads does not leave a report
// in the reports sheet with its findings missing (adv42 #4).
import ExcelJS from 'exceljs';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LibraryApi } from '../../../components/library/api';
import { exportFile, runImport } from '../../../components/library/export-actions';
import { handleLibraryMessage } from '../../../src/background/library';
import { closeLibraryDb } from '../../../src/db/open';
import { toJson } from '../../../src/export/json';
import { makeRows } from '../export/make-rows';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

it('a delete landing after the first read of an Excel export leaves no report without its findings', async () => {
  const rows = makeRows(10); // rows 0 and 5: one error and one info finding each
  const plain: LibraryApi = { send: (msg) => handleLibraryMessage(msg) as never };
  await runImport(toJson(rows), plain, () => undefined);
  let deleted = false;
  const racing: LibraryApi = {
    send: async (msg) => {
      const answer = await handleLibraryMessage(msg);
      if (!deleted && (msg as { type: string }).type.startsWith('library:export')) {
        deleted = true; // another tab deletes the two reports with findings
        await handleLibraryMessage({ type: 'library:delete', ids: [rows[0]!.id, rows[5]!.id] });
      }
      return answer as never;
    },
  };
  const { file, reports } = await exportFile('xlsx', rows.map((r) => r.id), racing, () => undefined);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await new Blob(file.data).arrayBuffer());
  const sheet = (name: string) => wb.getWorksheet(name)!.getSheetValues().slice(2) as unknown[][];
  // per report: as many findings rows as its reports-sheet counts say (columns 7–9: errors, warnings, infos)
  const counted = new Map(sheet('reports').map((r) => [r[1], Number(r[7]) + Number(r[8]) + Number(r[9])]));
  const listed = new Map<unknown, number>();
  for (const r of sheet('findings')) listed.set(r[1], (listed.get(r[1]) ?? 0) + 1);
  for (const [id, n] of counted) expect([id, listed.get(id) ?? 0]).toEqual([id, n]);
  expect(reports).toBe(counted.size);
  expect([...counted.values()].reduce((a, b) => a + b)).toBe(4);
});
