// Export → import of 10,000 records must be lossless.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { allReports, importReports, listSummaries } from '../../../src/db/store';
import type { SavedReport } from '../../../src/db/schema';
import { parseLibraryJson, type RowText, toJson, toJsonFromTexts } from '../../../src/export/json';
import { makeRow, makeRows } from './make-rows';

async function freshDb() {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
  return openLibraryDb();
}
beforeEach(freshDb);
afterEach(() => closeLibraryDb());

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('JSON export/import', () => {
  it('10,000 records: export → import into a fresh database → deep-equal', async () => {
    const rows = makeRows(10_000);
    const a = await openLibraryDb();
    expect(await importReports(a, rows)).toEqual({ added: 10_000, updated: 0, skipped: 0 });
    const stored = await allReports(a);
    // Import recomputes the X-* findings (and so the counts) against neighbours; all else is as given.
    const given = ({ crossYear: _c, counts: _n, ...rest }: SavedReport) => rest;
    expect(byId(stored).map(given)).toEqual(byId(rows).map(given));
    const summariesA = await listSummaries(a);

    const text = toJson(stored);
    const parsed = parseLibraryJson(text);
    if (!parsed.ok) throw new Error(parsed.error);

    const b = await freshDb();
    expect(await importReports(b, parsed.rows)).toEqual({ added: 10_000, updated: 0, skipped: 0 });
    expect(byId(await allReports(b))).toEqual(byId(stored));
    expect(byId(await listSummaries(b))).toEqual(byId(summariesA));
  }, 120_000);

  it('rejects other files with a clear message', () => {
    expect(parseLibraryJson('a,b,c')).toMatchObject({ ok: false, error: expect.stringMatching(/不是 JSON/) });
    expect(parseLibraryJson('{"reports":[]}')).toMatchObject({ ok: false, error: expect.stringMatching(/不是年报助手导出/) });
    const future = JSON.stringify({ format: 'gov-report-annotator/library', exportVersion: 99, reports: [] });
    expect(parseLibraryJson(future)).toMatchObject({ ok: false, error: expect.stringMatching(/99/) });
    const broken = JSON.parse(toJson([makeRow(1), makeRow(2)]));
    broken.reports[1].lastSavedAt = 'yesterday';
    expect(parseLibraryJson(JSON.stringify(broken))).toMatchObject({ ok: false, error: expect.stringMatching(/row 2.*lastSavedAt/) });
  });

  it('an empty library exports a valid document', () => {
    expect(JSON.parse(toJson([], new Date('2026-01-01T00:00:00Z')))).toEqual({
      format: 'gov-report-annotator/library',
      exportVersion: 2,
      exportedAt: '2026-01-01T00:00:00.000Z',
      count: 0,
      reports: [],
    });
  });

  it('refuses rows that would break the import or later exports, naming the row and the field', () => {
    const doc = JSON.parse(toJson([makeRow(1), makeRow(2), makeRow(3)]));
    const cases: [(r: any) => void, RegExp][] = [
      [(r) => (r.findings = [{ rule: 'T3-BALANCE', severity: 'error', keys: [], cells: [] }]), /findings\[0\].*message/],
      [(r) => (r.record.cells['table3.total.newReceived'] = null), /cell table3\.total\.newReceived/],
      [(r) => delete r.record.cells['table3.total.newReceived'].kind, /kind is undefined/],
      [(r) => (r.crossYear = [{}]), /crossYear\[0\]/],
      [(r) => (r.id = 'not a url'), /not a URL/],
      [(r) => (r.year = 2019.5), /year/],
      [(r) => delete r.format, /format/],
      // helper-31's review: both were imported, then their detail view crashed
      [(r) => delete r.record.warnings, /record\.warnings/],
      [(r) => (r.record.meta.agencyName = 42), /agencyName is not text/],
      [(r) => (r.record.meta.reportYear = '2019'), /reportYear/],
      [(r) => (r.record.meta.formatVersion = 'v3'), /formatVersion is v3/],
      [(r) => delete r.record.narrative, /narrative/],
      // (a section whose text is not text is repaired, not refused: test/unit/db/sections-repair.test.ts)
    ];
    for (const [spoil, message] of cases) {
      const copy = structuredClone(doc);
      spoil(copy.reports[1]);
      expect(parseLibraryJson(JSON.stringify(copy))).toMatchObject({ ok: false, error: expect.stringMatching(new RegExp(`nothing was imported.*row 2: .*${message.source}`)) });
    }
  });

  it('a version-1 file (before amounts were stored in their key\'s unit) is converted on import; its converted rows are not converted twice', () => {
    const doc = JSON.parse(toJson([makeRow(1), makeRow(2)]));
    doc.exportVersion = 1;
    // row 1 as a library before schema v8 held it: the printed 2290.54 under amountYuan
    doc.reports[0].record.cells['table2.centralProcurement.amountYuan'].value = 2290.54;
    const parsed = parseLibraryJson(JSON.stringify(doc));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.rows.map((r) => r.record.cells['table2.centralProcurement.amountYuan']!.value)).toEqual([22905400, 22905400]);
  });

  it('accepts its own output with a BOM in front', () => {
    const parsed = parseLibraryJson('\uFEFF' + toJson([makeRow(1)]));
    expect(parsed.ok && parsed.rows).toEqual([makeRow(1)]);
  });
});

describe('toJsonFromTexts (the library page’s JSON export)', () => {
  // the rows' texts as the background makes them (library:getManyJson)
  async function* inChunks(rows: SavedReport[], size: number): AsyncGenerator<RowText[]> {
    for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size).map((r) => ({ id: r.id, text: JSON.stringify(r) }));
  }
  const now = new Date(Date.UTC(2026, 10, 23, 12));

  it('is, as UTF-8, exactly the document toJson writes, in the order asked (Chinese, emoji and a lone surrogate kept)', async () => {
    const rows = makeRows(300);
    rows[7]!.record.meta.title = '平潭综合实验区 😀 年报 \ud800 “引号”';
    const order = rows.map((r) => r.id).reverse();
    const { parts, reports } = await toJsonFromTexts(inChunks(rows, 64), order, now);
    expect(reports).toBe(300);
    expect(parts.some((p) => p instanceof Uint8Array)).toBe(true);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(parts).arrayBuffer());
    const inOrder = order.map((id) => rows.find((r) => r.id === id)!);
    expect(text).toBe(toJson(inOrder, now));
    const parsed = parseLibraryJson(text);
    expect(parsed.ok && parsed.rows[order.indexOf(rows[7]!.id)]!.record.meta.title).toBe(rows[7]!.record.meta.title);
  });

  it('an empty export is a valid document', async () => {
    const { parts, reports } = await toJsonFromTexts(inChunks([], 10), [], now);
    expect(reports).toBe(0);
    expect(await new Blob(parts).text()).toBe(toJson([], now));
  });
});
