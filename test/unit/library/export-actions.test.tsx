// @vitest-environment happy-dom
// Page-side export/import orchestration against the real background handlers (fake-indexeddb).
import { render, screen, act, cleanup } from '@testing-library/preact';
import ExcelJS from 'exceljs';
import { IDBFactory } from 'fake-indexeddb';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryApi } from '../../../components/library/api';
import { buildExport, fetchExportRows, fetchRows, runImport } from '../../../components/library/export-actions';
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

describe('import then export through the background', () => {
  it('imports in chunks with progress, then exports the same rows as CSV and JSON', async () => {
    const rows = makeRows(1200);
    const progress: number[] = [];
    const counts = await runImport(toJson(rows), api, (f) => progress.push(f));
    expect(counts).toEqual({ added: 1200, updated: 0, skipped: 0 });
    expect(progress).toEqual([500 / 1200, 1000 / 1200, 1]);

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

    const json = await buildExport('json', fetched, () => undefined);
    const again = await runImport(await blobText(json.data), api, () => undefined);
    expect(again).toEqual({ added: 0, updated: 0, skipped: 1200 });
  }, 120_000);

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
