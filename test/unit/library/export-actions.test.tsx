// @vitest-environment happy-dom
// Page-side export/import orchestration against the real background handlers (fake-indexeddb).
import { render, screen, act, cleanup } from '@testing-library/preact';
import ExcelJS from 'exceljs';
import { IDBFactory } from 'fake-indexeddb';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryApi } from '../../../components/library/api';
import { buildExport, exportFile, fetchExportRows, fetchRows, runImport } from '../../../components/library/export-actions';
import { ProgressBar } from '../../../components/library/ProgressBar';
import { handleLibraryMessage } from '../../../src/background/library';
import { closeLibraryDb } from '../../../src/db/open';
import type { SavedReport } from '../../../src/db/schema';
import { toJson } from '../../../src/export/json';
import { makeRows } from '../export/make-rows';

const api: LibraryApi = { send: (msg) => handleLibraryMessage(msg) as never };

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await closeLibraryDb();
});

const blobText = (parts: BlobPart[]) => new Blob(parts).text();
/** every sheet's name and cell values, row by row */
const sheetValues = (wb: ExcelJS.Workbook) =>
  wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow((row) => rows.push(row.values));
    return [ws.name, rows];
  });
/** a fixed scramble of the ids (not their key order) */
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 1009;

describe('import then export through the background', () => {
  it('imports in chunks with progress, then exports the same rows as CSV and JSON', async () => {
    const rows = makeRows(1200);
    const progress: number[] = [];
    const counts = await runImport(toJson(rows), api, (f) => progress.push(f));
    expect(counts).toEqual({ added: 1200, updated: 0, skipped: 0 });
    // a fifth for checking the file, the rest for the chunks sent (the text given whole: no bytes counted)
    expect(progress).toEqual([0.2, 0.2 + (0.8 * 500) / 1200, 0.2 + (0.8 * 1000) / 1200, 1]);

    const ids = rows.map((r) => r.id);
    const fetched = await fetchRows(api, ids, () => undefined);
    // import recomputes the X-* findings (and counts) against neighbours; the rest is as given
    const given = ({ crossYear: _c, counts: _n, ...rest }: SavedReport) => rest;
    expect(fetched.map(given)).toEqual(rows.map(given));

    const csv = await buildExport('csvWide', fetched, () => undefined);
    expect(csv.filename).toMatch(/^年报助手-wide-\d{4}-\d\d-\d\d\.csv$/);
    const text = await blobText(csv.data);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Papa.parse(text.slice(1), { skipEmptyLines: true }).data).toHaveLength(1201);

    // CSV reads the light export rows (1,000 ids a message): the same files as from full rows
    const reading: number[] = [];
    const light = await fetchExportRows(api, ids, (f) => reading.push(f));
    expect(reading).toEqual([1000 / 1200, 1]);
    expect(light.map((r) => r.id)).toEqual(ids);
    expect(await blobText((await buildExport('csvWide', light, () => undefined)).data)).toBe(text);
    const longFull = await blobText((await buildExport('csvLong', fetched, () => undefined)).data);
    expect(await blobText((await buildExport('csvLong', light, () => undefined)).data)).toBe(longFull);
    // the export as the library page runs it: the long CSV written as its chunks arrive, the
    // next message already sent; the same bytes, progress to the end, every report counted
    const streamed: number[] = [];
    const long = await exportFile('csvLong', ids, api, (f) => streamed.push(f));
    expect(long.reports).toBe(1200);
    expect(long.file.filename).toMatch(/^年报助手-long-\d{4}-\d\d-\d\d\.csv$/);
    expect(await blobText(long.file.data)).toBe(longFull);
    expect(streamed).toEqual([1000 / 1200, 1]);
    const wide = await exportFile('csvWide', ids, api, () => undefined);
    expect([wide.reports, await blobText(wide.file.data)]).toEqual([1200, text]);
    // JSON and Excel are lossless: light rows are refused, not exported half-empty
    await expect(buildExport('json', light, () => undefined)).rejects.toThrow(/json export needs full rows/);
    await expect(buildExport('xlsx', light, () => undefined)).rejects.toThrow(/xlsx export needs full rows/);

    // Excel: the workbook's parts, as the download's Blob holds them, read back by exceljs
    const steps: number[] = [];
    const xlsx = await buildExport('xlsx', fetched, (f) => steps.push(f));
    expect(xlsx.filename).toMatch(/^年报助手-library-\d{4}-\d\d-\d\d\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await new Blob(xlsx.data).arrayBuffer());
    expect(wb.getWorksheet('reports')!.rowCount).toBe(1201);
    expect(wb.getWorksheet('reports')!.getCell('A2').value).toBe(fetched[0]!.id);
    expect(steps.at(-1)).toBe(1);
    // as the library page runs it: from the light rows and the findings rows, not the full rows;
    // the same workbook, sheet for sheet and cell for cell
    const fromLight = await exportFile('xlsx', ids, api, () => undefined);
    expect(fromLight.reports).toBe(1200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(await new Blob(fromLight.file.data).arrayBuffer());
    expect(sheetValues(wb2)).toEqual(sheetValues(wb));
    expect(wb2.getWorksheet('findings')!.rowCount).toBeGreaterThan(1);

    // JSON as the library page runs it: written as the full rows arrive; the same document
    const streamedJson = await exportFile('json', ids, api, () => undefined);
    expect(streamedJson.reports).toBe(1200);
    const sameAsBuilt = JSON.parse(await blobText((await buildExport('json', fetched, () => undefined)).data));
    expect({ ...JSON.parse(await blobText(streamedJson.file.data)), exportedAt: 'x' }).toEqual({ ...sameAsBuilt, exportedAt: 'x' });

    const json = await buildExport('json', fetched, () => undefined);
    const again = await runImport(await blobText(json.data), api, () => undefined);
    expect(again).toEqual({ added: 0, updated: 0, skipped: 1200 });
  }, 120_000);

  it('exports in the order of the ids given, though the rows are read in key order', async () => {
    const rows = makeRows(2500);
    await runImport(toJson(rows), api, () => undefined);
    const shuffled = rows.map((r) => r.id).sort((a, b) => (hash(a) - hash(b)) || (a < b ? -1 : 1));
    const asked: string[][] = [];
    const spy: LibraryApi = {
      send: (msg) => {
        if (msg.type === 'library:exportValues' || msg.type === 'library:getManyJson') asked.push((msg as { ids: string[] }).ids);
        return api.send(msg);
      },
    };
    // what the full rows give in that order is the reference
    const full = await fetchRows(api, shuffled, () => undefined);
    for (const kind of ['csvWide', 'csvLong'] as const) {
      const { file, reports } = await exportFile(kind, shuffled, spy, () => undefined);
      expect(reports).toBe(2500);
      expect(await blobText(file.data)).toBe(await blobText((await buildExport(kind, full, () => undefined)).data));
    }
    const json = await exportFile('json', shuffled, spy, () => undefined);
    expect(JSON.parse(await blobText(json.file.data)).reports.map((r: SavedReport) => r.id)).toEqual(shuffled);
    // each message asked for a sorted run of ids
    expect(asked).toHaveLength(6 + Math.ceil(2500 / 200));
    for (const ids of asked) expect(ids).toEqual([...ids].sort());
  }, 120_000);

  it('a long CSV export whose second chunk fails ends with that error, not a short file', async () => {
    const rows = makeRows(1500);
    await runImport(toJson(rows), api, () => undefined);
    let calls = 0;
    const failing: LibraryApi = {
      send: (msg) => (msg.type === 'library:exportValues' && ++calls === 2 ? Promise.resolve({ ok: false, error: '磁盘读取失败 read failed' }) : api.send(msg)) as never,
    };
    await expect(exportFile('csvLong', rows.map((r) => r.id), failing, () => undefined)).rejects.toThrow('磁盘读取失败 read failed');
    expect(calls).toBe(2);
  }, 60_000);

  it('a wrong file is refused before anything is sent', async () => {
    const send = vi.fn(api.send);
    await expect(runImport('{"not":"ours"}', { send }, () => undefined)).rejects.toThrow(/不是年报助手导出/);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('ProgressBar', () => {
  it('stays hidden for quick tasks and appears after the delay', () => {
    vi.useFakeTimers();
    const { rerender } = render(<ProgressBar fraction={0.1} label="CSV" />);
    expect(screen.queryByTestId('progress')).toBeNull();
    act(() => void vi.advanceTimersByTime(300));
    expect(screen.getByTestId('progress').textContent).toContain('10%');
    rerender(<ProgressBar fraction={null} label="CSV" />);
    expect(screen.queryByTestId('progress')).toBeNull();
  });
});
