// A database created by each earlier schema version must upgrade with every record intact.
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { upgradeV1Row } from '../../../src/db/migrations';
import { DB_NAME, DB_VERSION, type SavedReport, type SavedReportV1 } from '../../../src/db/schema';
import { toSummary } from '../../../src/db/summary';
import { decodeListing } from '../../../src/db/listing';
import { decodeExportValues, exportRowOf, toExportValues } from '../../../src/db/export-values';
import { decodeExportFindings, findingRowsOf, toExportFindings } from '../../../src/db/export-findings';
import { finding, makeRecord } from './make-record';
import { createDatabaseAt } from './old-database';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

function v1Row(i: number): SavedReportV1 {
  const record = makeRecord({ url: `https://a.gov.cn/${i}`, agency: `机关${i % 3}`, year: 2019 + (i % 4) });
  return {
    id: `https://a.gov.cn/${i}`,
    record,
    findings: i % 2 ? [finding('T3-BALANCE', 'error'), finding('CELL-BLANK', 'info')] : [],
    firstSavedAt: '2025-01-01T00:00:00.000Z',
    lastSavedAt: `2025-01-0${1 + (i % 9)}T00:00:00.000Z`,
    parserVersion: '0.0.1',
  };
}

/** Creates a real version-1 database the way v1 of the extension did: raw idb, one store. */
async function createV1Database(rows: SavedReportV1[]): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('reports', { keyPath: 'id' });
    },
  });
  const tx = db.transaction('reports', 'readwrite');
  for (const row of rows) await tx.store.put(row);
  await tx.done;
  db.close();
}


const sortedById = (rows: SavedReport[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('schema migrations', () => {
  it('current version is 11', () => expect(DB_VERSION).toBe(11));

  it('v1 → current keeps every record intact and builds summaries, indexes and trash', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => v1Row(i));
    await createV1Database(rows);

    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['exportFindings', 'exportValues', 'keyLists', 'listing', 'reports', 'summaries', 'trash']);
    const upgraded = await db.getAll('reports');
    expect(upgraded).toHaveLength(25);
    for (const old of rows) {
      const row = upgraded.find((r) => r.id === old.id)!;
      // every v1 field unchanged
      expect({
        id: row.id,
        record: row.record,
        findings: row.findings,
        firstSavedAt: row.firstSavedAt,
        lastSavedAt: row.lastSavedAt,
        parserVersion: row.parserVersion,
      }).toEqual(old);
      expect(row.agency).toBe(`${old.record.meta.agencyName}@a.gov.cn`);
      expect(row.year).toBe(old.record.meta.reportYear);
      expect(row.counts).toEqual(old.findings.length ? { error: 1, warning: 0, info: 1 } : { error: 0, warning: 0, info: 0 });
    }
    expect(await db.count('summaries')).toBe(25);
    const listing = decodeListing((await db.get('listing', 'all'))!.json);
    expect(listing).toEqual(await db.getAll('summaries'));
    expect(await db.countFromIndex('summaries', 'agency', '机关0@a.gov.cn')).toBe(9);
    expect(await db.countFromIndex('summaries', 'errors', 1)).toBe(12);
    // v5/v6: one export projection per row, equal to the row's own values, its key list stored once
    expect(await db.count('exportValues')).toBe(25);
    for (const row of upgraded) {
      const light = (await db.get('exportValues', row.id))!;
      expect(decodeExportValues(light, (await db.get('keyLists', light.keyList))!.json)).toEqual(exportRowOf(row));
    }
    expect(await db.count('keyLists')).toBe(1);
    // v7: each row's findings-sheet rows
    for (const row of upgraded) expect(await db.get('exportFindings', row.id)).toEqual(toExportFindings(row));
  });

  it('v6 → v7 stores every row\'s findings-sheet rows, cross-year findings too, and leaves the rest untouched', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => ({ ...upgradeV1Row(v1Row(i)), crossYear: i === 2 ? [finding('X-CARRY', 'warning')] : [] }));
    await createDatabaseAt(6, rows);

    // v7 alone: v9 recomputes the made-up X-CARRY away
    const db = await openLibraryDb(7);
    expect(db.version).toBe(7);
    expect(await db.getAll('reports')).toEqual(sortedById(rows));
    expect(await db.count('exportFindings')).toBe(6);
    for (const row of rows) {
      const stored = (await db.get('exportFindings', row.id))!;
      expect(decodeExportFindings(stored)).toEqual(findingRowsOf(row));
      expect(decodeExportFindings(stored)).toHaveLength(row.findings.length + row.crossYear.length);
    }
  });

  it('v7 → v8 puts amounts printed in the other unit into their key\'s unit, in the row and its export projection', async () => {
    const rows = Array.from({ length: 3 }, (_, i) => upgradeV1Row(v1Row(i)));
    const ref = { source: 'table', table: 0, row: 17, col: 3 } as const;
    const amount = (value: number, raw: string, unit: string) => ({ value, raw, kind: 'number' as const, unit, ref });
    rows[0]!.record.cells['table2.centralProcurement.amountYuan'] = amount(2290.54, '2290.54万元', '万元');
    rows[0]!.record.cells['table2.adminFees.amountWanYuan'] = amount(3000, '3000元', '元');
    rows[1]!.record.cells['table2.centralProcurement.amountYuan'] = amount(251000, '251000元', '元'); // already in 元
    await createDatabaseAt(7, rows);
    const v7 = await openLibraryDb(7);
    const tx = v7.transaction(['exportValues', 'keyLists'], 'readwrite');
    for (const row of rows) {
      const { projection, keyList } = toExportValues(row);
      await tx.objectStore('exportValues').put(projection);
      await tx.objectStore('keyLists').put(keyList);
    }
    await tx.done;
    await closeLibraryDb();

    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    const [a, b, c] = sortedById(await db.getAll('reports'));
    expect(a!.record.cells['table2.centralProcurement.amountYuan']).toEqual(amount(22905400, '2290.54万元', '万元'));
    expect(a!.record.cells['table2.adminFees.amountWanYuan']).toEqual(amount(0.3, '3000元', '元'));
    expect(b!.record.cells['table2.centralProcurement.amountYuan']).toEqual(amount(251000, '251000元', '元'));
    expect(c).toEqual(sortedById(rows)[2]);
    const light = (await db.get('exportValues', a!.id))!;
    const exported = decodeExportValues(light, (await db.get('keyLists', light.keyList))!.json);
    expect(exported.values[exported.keys.indexOf('table2.centralProcurement.amountYuan')]).toBe(22905400);
    expect(exported).toEqual(exportRowOf(a!));
  });

  it('v5 → v6 writes every projection again with its key list stored once, and leaves the rest untouched', async () => {
    // A real v5 database: this code's migrations up to version 5, then rows as v5 code wrote
    // them (the projection in layout 1, its key list inline as JSON).
    const v5 = await openLibraryDb(5);
    expect(v5.version).toBe(5);
    const rows = Array.from({ length: 9 }, (_, i) => upgradeV1Row(v1Row(i)));
    rows[4] = { ...rows[4]!, record: { ...rows[4]!.record, cells: { ...rows[4]!.record.cells, 'table4.review.total': { value: 3, raw: '3', kind: 'number', ref: { source: 'table', table: 1, row: 1, col: 1 } } } } };
    const tx = v5.transaction(['reports', 'summaries', 'exportValues'], 'readwrite');
    for (const row of rows) {
      const { keys, values, raws, kinds, ...rest } = exportRowOf(row);
      const layout1 = { ...rest, layout: 1, keys: JSON.stringify(keys), cells: JSON.stringify([values, raws]), kinds: kinds.map((k) => k[0]).join('') };
      await tx.objectStore('reports').put(row);
      await tx.objectStore('summaries').put(toSummary(row));
      await tx.objectStore('exportValues').put(layout1 as never);
    }
    await tx.done;
    await closeLibraryDb();

    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('reports')).toEqual(sortedById(rows));
    expect(await db.count('summaries')).toBe(9);
    expect(await db.count('exportValues')).toBe(9);
    expect(await db.count('keyLists')).toBe(2);
    for (const row of rows) {
      const light = (await db.get('exportValues', row.id))!;
      expect(light).toEqual(toExportValues(row).projection);
      expect('keys' in light).toBe(false);
      expect(decodeExportValues(light, (await db.get('keyLists', light.keyList))!.json)).toEqual(exportRowOf(row));
    }
  });

  it('v4 → current backfills the export projection of every row and leaves the rest untouched', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => upgradeV1Row(v1Row(i)));
    await createDatabaseAt(4, rows);

    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('reports')).toEqual(sortedById(rows));
    expect(await db.count('summaries')).toBe(12);
    for (const row of rows) {
      const light = (await db.get('exportValues', row.id))!;
      expect(light).toEqual(toExportValues(row).projection);
      expect(decodeExportValues(light, (await db.get('keyLists', light.keyList))!.json).values).toEqual(Object.values(row.record.cells).map((c) => c.value));
    }
  });

  it('v2 → current keeps rows and summaries, adds trash and the listing snapshot', async () => {
    // A real v2 database, made by running this code's migrations only up to version 2.
    const v2 = await openLibraryDb(2);
    expect(v2.version).toBe(2);
    // v2 code wrote a full row and its summary in one transaction.
    const row = upgradeV1Row(v1Row(7));
    const tx = v2.transaction(['reports', 'summaries'], 'readwrite');
    await Promise.all([tx.objectStore('reports').put(row), tx.objectStore('summaries').put(toSummary(row)), tx.done]);
    await closeLibraryDb();

    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('reports', row.id)).toEqual(row);
    expect(await db.get('summaries', row.id)).toEqual(toSummary(row));
    expect(await db.count('trash')).toBe(0);
    expect(decodeListing((await db.get('listing', 'all'))!.json)).toEqual([toSummary(row)]);
  });

  it('a fresh database is created at the current version', async () => {
    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('summaries')).toBe(0);
  });

  it('a failing migration leaves the v1 database and its records untouched', async () => {
    const bad = { ...v1Row(1), record: null } as unknown as SavedReportV1; // v2 cannot derive from this
    await createV1Database([v1Row(0), bad]);
    await expect(openLibraryDb()).rejects.toThrow();
    await closeLibraryDb();
    const raw = await openDB(DB_NAME);
    expect(raw.version).toBe(1);
    expect(await raw.count('reports')).toBe(2);
    raw.close();
  });
});
