// The export projection store must hold, for every saved row and after every kind of write,
// exactly what the full row would give: CSV export reads only this store.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { decodeExportValues, EXPORT_VALUES_LAYOUT, exportRowOf, packExportValues, sortedForReading, toExportValues, unpackExportValues } from '../../../src/db/export-values';
import { deleteReports, getExportValues, getReport, importReports, restoreDeleted, saveReport } from '../../../src/db/store';
import { finding, makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

type Db = Awaited<ReturnType<typeof openLibraryDb>>;
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The projection store equals the projection of the reports store, row for row. */
async function inStep(db: Db): Promise<void> {
  const full = await db.getAll('reports');
  expect(byId(await db.getAll('exportValues'))).toEqual(byId(full.map(toExportValues)));
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
    // re-save with a new value: the projection follows
    await saveReport(db, rec(1, 2021, { 'table3.total.newReceived': 99 }), []);
    await inStep(db);
    const one = decodeExportValues((await db.get('exportValues', 'https://a.gov.cn/1'))!);
    expect(one.values[one.keys.indexOf('table3.total.newReceived')]).toBe(99);
    // the neighbour's cross-year findings are rewritten by the save; its projection too
    const two = (await getReport(db, 'https://a.gov.cn/2'))!;
    expect(decodeExportValues((await db.get('exportValues', two.id))!).crossYearCount).toBe(two.crossYear.length);
    const del = await deleteReports(db, ['https://a.gov.cn/2']);
    await inStep(db);
    expect(await db.get('exportValues', 'https://a.gov.cn/2')).toBeUndefined();
    await restoreDeleted(db, del.token);
    await inStep(db);
    await importReports(db, [{ ...(await getReport(db, 'https://a.gov.cn/1'))!, id: 'https://a.gov.cn/3' }]);
    await inStep(db);
    expect(await db.count('exportValues')).toBe(3);
  });
});

describe('getExportValues', () => {
  it('returns the asked ids in order, skips unknown ids, and recomputes a missing or older-layout projection', async () => {
    const db = await openLibraryDb();
    for (const n of [1, 2, 3]) await saveReport(db, makeRecord({ url: `https://a.gov.cn/${n}`, cells: { 'table4.review.total': n } }), []);
    await db.delete('exportValues', 'https://a.gov.cn/2');
    const stale = (await db.get('exportValues', 'https://a.gov.cn/3'))!;
    await db.put('exportValues', { ...stale, layout: EXPORT_VALUES_LAYOUT + 1, cells: '[]' });
    const got = await getExportValues(db, ['https://a.gov.cn/3', 'https://nope.gov.cn/', 'https://a.gov.cn/2', 'https://a.gov.cn/1']);
    expect(got.map((r) => r.id)).toEqual(['https://a.gov.cn/3', 'https://a.gov.cn/2', 'https://a.gov.cn/1']);
    for (const r of got) expect(decodeExportValues(r)).toEqual(exportRowOf((await getReport(db, r.id))!));
  });
});

describe('getExportValues reads a run of keys whole, a scattered selection id by id', () => {
  it('gives the same rows in the asked order either way, with the fallbacks for missing and stale projections', async () => {
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
        if (full) out.push(toExportValues(full));
      }
      return out;
    };
    const asks = [
      [url(12), url(10), 'https://a.gov.cn/nope', url(11), url(13)], // a dense run, out of order: read whole
      sortedForReading([url(11), url(12), url(10)]),
      [url(59), url(0)], // far apart, 60 rows between: read id by id
      [url(5), url(40), url(12), url(11)],
      [url(7)],
      [],
    ];
    for (const ids of asks) expect(await getExportValues(db, ids)).toEqual(await expected(ids));
  });
});

describe('decodeExportValues', () => {
  it('refuses a row in another layout or with cell arrays of different lengths, naming the report', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1', cells: { 'table4.review.total': 1 } }), []);
    const row = (await db.get('exportValues', 'https://a.gov.cn/1'))!;
    expect(() => decodeExportValues({ ...row, layout: 0 })).toThrow(/a\.gov\.cn\/1.*layout 0/);
    expect(() => decodeExportValues({ ...row, cells: '[[],[]]' })).toThrow(/different lengths/);
    expect(() => decodeExportValues({ ...row, kinds: 'x' })).toThrow(/unknown cell kind code "x"/);
  });

  it('tells apart key lists of the same length (they are looked up by length, then compared whole)', () => {
    const row = (keys: string[]) => {
      const record = makeRecord({ url: `https://a.gov.cn/${keys.join()}`, cells: Object.fromEntries(keys.map((k, i) => [k, i])) });
      const at = '2026-01-01T00:00:00.000Z';
      const counts = { error: 0, warning: 0, info: 0, notAssessable: 0 };
      return toExportValues({ id: record.meta.url!, record, findings: [], crossYear: [], firstSavedAt: at, lastSavedAt: at, parserVersion: '1', agency: 'a', year: 2022, format: 'rev2021', counts, saveCount: 1 });
    };
    // same JSON length, different keys and order; and many lists, past the memo's bound
    const lists = [['table4.a.x', 'table4.b.y'], ['table4.b.y', 'table4.a.x'], ['table4.a.z', 'table4.b.y']];
    for (let n = 0; n < 1100; n++) lists.push([`table2.k${n}`]);
    for (let round = 0; round < 2; round++)
      for (const keys of lists) {
        const decoded = decodeExportValues(structuredClone(row(keys)));
        expect(decoded.keys).toEqual(keys);
        expect(decoded.values).toEqual(keys.map((_, i) => i));
      }
  });
});

describe('packExportValues', () => {
  it('sends each distinct key list once and unpacks to the same rows, through JSON as Chrome sends it', async () => {
    const db = await openLibraryDb();
    const a = { 'table3.total.newReceived': 1, 'table4.review.total': 2 };
    const b = { 'table4.review.total': 3 };
    for (const [n, cells] of [[1, a], [2, b], [3, a], [4, a]] as const) await saveReport(db, makeRecord({ url: `https://a.gov.cn/${n}`, cells }), []);
    const rows = await getExportValues(db, [1, 2, 3, 4].map((n) => `https://a.gov.cn/${n}`));
    const packed = packExportValues(rows);
    expect(packed.keyLists).toEqual([JSON.stringify(Object.keys(a)), JSON.stringify(Object.keys(b))]);
    expect(packed.rows.map((r) => r.keys)).toEqual([0, 1, 0, 0]);
    expect(unpackExportValues(JSON.parse(JSON.stringify(packed)))).toEqual(rows);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(rows).length);
    expect(unpackExportValues(packExportValues([]))).toEqual([]);
  });

  it('refuses an answer whose row points at no key list, naming the report', () => {
    const broken = { rows: [{ ...packExportValues([]).rows[0], id: 'https://a.gov.cn/9', keys: 2 }], keyLists: ['[]'] } as never;
    expect(() => unpackExportValues(broken)).toThrow(/a\.gov\.cn\/9: no key list 2/);
  });
});
