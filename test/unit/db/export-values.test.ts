// The export projection store must hold, for every saved row and after every kind of write,
// exactly what the full row would give: CSV export reads only this store (and the key lists).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import {
  decodeExportValues,
  decodePacked,
  EXPORT_VALUES_LAYOUT,
  exportRowOf,
  keyListId,
  keyListOf,
  sortedForReading,
  toExportValues,
} from '../../../src/db/export-values';
import type { SavedReport } from '../../../src/db/schema';
import { decodeExportFindings, EXPORT_FINDINGS_LAYOUT, findingRowsOf, toExportFindings } from '../../../src/db/export-findings';
import { deleteReports, getExportFindings, getExportValues, getReport, importReports, restoreDeleted, saveReport } from '../../../src/db/store';
import { finding, makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

type Db = Awaited<ReturnType<typeof openLibraryDb>>;
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The projection store equals the projection of the reports store, row for row, and every key list it names is stored. */
async function inStep(db: Db): Promise<void> {
  const full = await db.getAll('reports');
  expect(byId(await db.getAll('exportValues'))).toEqual(byId(full.map((r) => toExportValues(r).projection)));
  for (const r of full) expect(await db.get('keyLists', toExportValues(r).keyList.id)).toEqual(toExportValues(r).keyList);
  expect(byId(await db.getAll('exportFindings'))).toEqual(byId(full.map(toExportFindings)));
}

/** A stored projection decoded with its stored key list. */
async function stored(db: Db, id: string) {
  const projection = (await db.get('exportValues', id))!;
  return decodeExportValues(projection, (await db.get('keyLists', projection.keyList))!.json);
}

function savedRow(keys: string[]): SavedReport {
  const record = makeRecord({ url: `https://a.gov.cn/${keys.join()}`, cells: Object.fromEntries(keys.map((k, i) => [k, i])) });
  const at = '2026-01-01T00:00:00.000Z';
  const counts = { error: 0, warning: 0, info: 0 };
  return { id: record.meta.url!, record, findings: [], crossYear: [], firstSavedAt: at, lastSavedAt: at, parserVersion: '1', agency: 'a', year: 2022, format: 'rev2021', counts, saveCount: 1 };
}

describe('export projection store', () => {
  it('stays in step with the full rows through save, re-save, cross-year refresh, delete, undo and import', async () => {
    const db = await openLibraryDb();
    const rec = (n: number, year: number, cells: Record<string, number | null> = {}) =>
      makeRecord({ url: `https://a.gov.cn/${n}`, agency: '甲局', year, cells });
    await saveReport(db, rec(1, 2021, { 'table3.total.newReceived': 5, 'table3.total.carriedForward': 2 }), []);
    await saveReport(db, rec(2, 2022, { 'table3.total.carriedOver': 7 }), [finding('T3-BALANCE', 'error')]);
    await inStep(db);
    expect(await db.count('exportValues')).toBe(2);
    expect(await db.count('keyLists')).toBe(2);
    // re-save with a new value: the projection follows
    await saveReport(db, rec(1, 2021, { 'table3.total.newReceived': 99 }), []);
    await inStep(db);
    const one = await stored(db, 'https://a.gov.cn/1');
    expect(one.values[one.keys.indexOf('table3.total.newReceived')]).toBe(99);
    // the neighbour's cross-year findings are rewritten by the save; its projection too
    const two = (await getReport(db, 'https://a.gov.cn/2'))!;
    expect((await stored(db, two.id)).crossYearCount).toBe(two.crossYear.length);
    const del = await deleteReports(db, ['https://a.gov.cn/2']);
    await inStep(db);
    expect(await db.get('exportValues', 'https://a.gov.cn/2')).toBeUndefined();
    await restoreDeleted(db, del.token);
    await inStep(db);
    const saved1 = (await getReport(db, 'https://a.gov.cn/1'))!;
    await importReports(db, [{ ...saved1, id: 'https://a.gov.cn/3', record: { ...saved1.record, meta: { ...saved1.record.meta, url: 'https://a.gov.cn/3' } } }]);
    await inStep(db);
    expect(await db.count('exportValues')).toBe(3);
    expect(await db.count('keyLists')).toBe(3); // 1's list, its re-save's list, 2's list; the copy shares one
  });

  it('refuses to save a report whose key list id is taken by another list, and saves nothing', async () => {
    const db = await openLibraryDb();
    const record = makeRecord({ url: 'https://a.gov.cn/1', cells: { 'table4.review.total': 1 } });
    const taken = keyListOf(Object.keys(record.cells));
    await db.put('keyLists', { id: taken.id, json: '["table4.other.total"]' });
    await expect(saveReport(db, record, [])).rejects.toThrow(/Two different key lists have the id/);
    expect(await db.count('reports')).toBe(0);
    expect(await db.count('exportValues')).toBe(0);
  });
});

describe('keyListId', () => {
  it('differs for lists of the same length, order and near misses', () => {
    const lists = [['table4.a.x', 'table4.b.y'], ['table4.b.y', 'table4.a.x'], ['table4.a.z', 'table4.b.y'], ['table4.a.x', 'table4.b.z']];
    for (let n = 0; n < 2000; n++) lists.push([`table3.k${n}.newReceived`]);
    const ids = new Set(lists.map((l) => keyListId(JSON.stringify(l))));
    expect(ids.size).toBe(lists.length);
    expect(keyListId('[]')).toBe(keyListId('[]'));
  });
});

describe('getExportValues', () => {
  it('returns the asked ids in order, skips unknown ids, and recomputes a missing or older-layout projection', async () => {
    const db = await openLibraryDb();
    for (const n of [1, 2, 3]) await saveReport(db, makeRecord({ url: `https://a.gov.cn/${n}`, cells: { 'table4.review.total': n } }), []);
    await db.delete('exportValues', 'https://a.gov.cn/2');
    const stale = (await db.get('exportValues', 'https://a.gov.cn/3'))!;
    await db.put('exportValues', { ...stale, layout: EXPORT_VALUES_LAYOUT + 1, cells: '[]' });
    const got = decodePacked(await getExportValues(db, ['https://a.gov.cn/3', 'https://nope.gov.cn/', 'https://a.gov.cn/2', 'https://a.gov.cn/1']));
    expect(got.map((r) => r.id)).toEqual(['https://a.gov.cn/3', 'https://a.gov.cn/2', 'https://a.gov.cn/1']);
    for (const r of got) expect(r).toEqual(exportRowOf((await getReport(db, r.id))!));
  });

  it('recomputes a projection whose key list is gone rather than fail or guess', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1', cells: { 'table4.review.total': 4 } }), []);
    await db.clear('keyLists');
    const [row] = decodePacked(await getExportValues(db, ['https://a.gov.cn/1']));
    expect(row).toEqual(exportRowOf((await getReport(db, 'https://a.gov.cn/1'))!));
  });

  it('reads a run of keys whole and a scattered selection id by id, the same rows in the asked order either way', async () => {
    const db = await openLibraryDb();
    const url = (n: number) => `https://a.gov.cn/${String(n).padStart(3, '0')}`;
    for (let n = 0; n < 60; n++) await saveReport(db, makeRecord({ url: url(n), cells: { 'table4.review.total': n } }), []);
    await db.delete('exportValues', url(11));
    const stale = (await db.get('exportValues', url(12)))!;
    await db.put('exportValues', { ...stale, layout: EXPORT_VALUES_LAYOUT + 1, cells: '[]' });
    const expected = async (ids: string[]) => {
      const out = [];
      for (const id of ids) {
        const full = await getReport(db, id);
        if (full) out.push(exportRowOf(full));
      }
      return out;
    };
    const asks = [
      [url(12), url(10), 'https://a.gov.cn/nope', url(11), url(13)], // a dense run, out of order: read whole
      sortedForReading([url(11), url(12), url(10)]),
      [url(59), url(0)], // far apart, 60 rows between: read id by id past the capped range
      [url(5), url(40), url(12), url(11)],
      [url(7)],
      [],
    ];
    for (const ids of asks) expect(decodePacked(await getExportValues(db, ids))).toEqual(await expected(ids));
  });

  it('sends each distinct key list once, and the chunk survives a JSON round trip as Chrome sends it', async () => {
    const db = await openLibraryDb();
    const a = { 'table3.total.newReceived': 1, 'table4.review.total': 2 };
    const b = { 'table4.review.total': 3 };
    for (const [n, cells] of [[1, a], [2, b], [3, a], [4, a]] as const) await saveReport(db, makeRecord({ url: `https://a.gov.cn/${n}`, cells }), []);
    const ids = [1, 2, 3, 4].map((n) => `https://a.gov.cn/${n}`);
    const packed = await getExportValues(db, ids);
    expect(packed.keyLists).toEqual([JSON.stringify(Object.keys(a)), JSON.stringify(Object.keys(b))]);
    expect(packed.rows.map((r) => r.keys)).toEqual([0, 1, 0, 0]);
    const expected = await Promise.all(ids.map(async (id) => exportRowOf((await getReport(db, id))!)));
    expect(decodePacked(JSON.parse(JSON.stringify(packed)))).toEqual(expected);
    expect(await getExportValues(db, [])).toEqual({ rows: [], keyLists: [] });
  });
});

describe('decodeExportValues', () => {
  it('refuses a row in another layout, with cell arrays of different lengths or an unknown kind, naming the report', async () => {
    const { projection, keyList } = toExportValues(savedRow(['table4.review.total']));
    const id = projection.id.replace(/[.]/g, '\\.');
    expect(() => decodeExportValues({ ...projection, layout: 0 }, keyList.json)).toThrow(new RegExp(`${id}.*layout 0`));
    expect(() => decodeExportValues({ ...projection, cells: '[[],[]]' }, keyList.json)).toThrow(/different lengths/);
    expect(() => decodeExportValues(projection, '["a","b"]')).toThrow(/different lengths/);
    expect(() => decodeExportValues({ ...projection, kinds: 'x' }, keyList.json)).toThrow(/unknown cell kind code "x"/);
  });

  it('refuses a packed answer whose row names no key list, naming the report', () => {
    const { projection, keyList } = toExportValues(savedRow(['table4.review.total']));
    const { keyList: _k, ...rest } = projection;
    expect(() => decodePacked({ rows: [{ ...rest, id: 'https://a.gov.cn/9', keys: 2 }], keyLists: [keyList.json] })).toThrow(/a\.gov\.cn\/9: no key list 2/);
  });

  it('tells apart key lists of the same length (they are looked up by length, then compared whole)', () => {
    // same JSON length, different keys and order; and many lists, past the memo's bound
    const lists = [['table4.a.x', 'table4.b.y'], ['table4.b.y', 'table4.a.x'], ['table4.a.z', 'table4.b.y']];
    for (let n = 0; n < 1100; n++) lists.push([`table2.k${n}`]);
    for (let round = 0; round < 2; round++)
      for (const keys of lists) {
        const { projection, keyList } = structuredClone(toExportValues(savedRow(keys)));
        const decoded = decodeExportValues(projection, keyList.json);
        expect(decoded.keys).toEqual(keys);
        expect(decoded.values).toEqual(keys.map((_, i) => i));
      }
  });
});

describe('getExportFindings', () => {
  it('returns each asked report\'s findings-sheet rows in order, recomputing missing or stale ones from the full row', async () => {
    const db = await openLibraryDb();
    const url = (n: number) => `https://a.gov.cn/${n}`;
    for (const n of [1, 2, 3, 4]) await saveReport(db, makeRecord({ url: url(n), agency: '乙局', year: 2018 + n }), n % 2 ? [finding('T3-BALANCE', 'error')] : []);
    await db.delete('exportFindings', url(2));
    const stale = (await db.get('exportFindings', url(3)))!;
    await db.put('exportFindings', { ...stale, layout: EXPORT_FINDINGS_LAYOUT + 1, rows: '"broken"' });
    const ids = [url(3), url(9), url(2), url(1), url(4)];
    const got = await getExportFindings(db, ids);
    expect(got.map((r) => r.id)).toEqual([url(3), url(2), url(1), url(4)]);
    for (const r of got) expect(decodeExportFindings(r)).toEqual(findingRowsOf((await getReport(db, r.id))!));
    // cross-year findings of the neighbours are there too (X-* rules ran on save)
    const withCross = await Promise.all([1, 2, 3, 4].map(async (n) => (await getReport(db, url(n)))!.crossYear.length));
    expect(got.map((r) => decodeExportFindings(r).filter((c) => c[0] === 'crossYear').length).sort()).toEqual([...withCross].sort());
  });

  it('refuses a stored row in another layout or not a list of rows, naming the report', () => {
    expect(() => decodeExportFindings({ id: 'https://a.gov.cn/5', layout: 0, rows: '[]' })).toThrow(/a\.gov\.cn\/5.*layout 0/);
    expect(() => decodeExportFindings({ id: 'https://a.gov.cn/5', layout: EXPORT_FINDINGS_LAYOUT, rows: '[1]' })).toThrow(/not a list of rows/);
  });
});
