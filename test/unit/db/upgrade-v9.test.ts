// Rows as older versions stored them, opened by this one (helper-33's review of stored data over
// time): every row under today's key and agency key, X-* findings recomputed, undo and import of
// old rows in this version's form, and agencies paired only at one site.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { upgradeV1Row } from '../../../src/db/migrations';
import type { SavedReport } from '../../../src/db/schema';
import { agencyKey, toSummary } from '../../../src/db/summary';
import { decodeListing } from '../../../src/db/listing';
import { deleteReports, findNeighbours, getReport, importReports, listSummaries, restoreDeleted, saveReport } from '../../../src/db/store';
import { agencyFromTitle } from '../../../src/parse/meta';
import { makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

/** a row as an older version wrote it: its own id and agency key, no X-* findings */
function oldRow(opts: { id?: string; url: string; agency: string; agencyKey?: string; year: number; cells: Record<string, number>; savedAt?: string }): SavedReport {
  const row = upgradeV1Row({
    id: opts.id ?? opts.url,
    record: makeRecord({ url: opts.url, agency: opts.agency, year: opts.year, format: 'trial2019', cells: opts.cells }),
    findings: [],
    firstSavedAt: opts.savedAt ?? '2025-01-01T00:00:00.000Z',
    lastSavedAt: opts.savedAt ?? '2025-01-01T00:00:00.000Z',
    parserVersion: '0.0.1',
  });
  return { ...row, agency: opts.agencyKey ?? opts.agency.replace(/\s+/g, '') };
}

/** A real database at v8 (this code's migrations that far) holding rows as older code wrote them. */
async function v8Database(rows: SavedReport[]): Promise<void> {
  const old = await openLibraryDb(8);
  const tx = old.transaction(['reports', 'summaries'], 'readwrite');
  for (const row of rows) {
    await tx.objectStore('reports').put(row);
    await tx.objectStore('summaries').put(toSummary(row));
  }
  await tx.done;
  await closeLibraryDb();
}

describe('v8 → v9', () => {
  it('keys every row by today\'s canonical URL (two saves of one report merged), re-derives agency keys and recomputes X-* findings', async () => {
    const url2019 = 'https://www.xuhui.gov.cn/xxgk/2019.html?from=2019&id=5';
    await v8Database([
      // saved by a version that dropped from= and kept no X-* findings
      oldRow({ id: 'https://www.xuhui.gov.cn/xxgk/2019.html?id=5', url: url2019, agency: '年上海市徐汇区人民政府', year: 2019, cells: { 'table3.total.carriedForward': 72 }, savedAt: '2025-01-01T00:00:00.000Z' }),
      // the same report saved again later under today's key
      oldRow({ url: url2019, agency: '上海市徐汇区人民政府', year: 2019, cells: { 'table3.total.carriedForward': 72 }, savedAt: '2025-03-01T00:00:00.000Z' }),
      // the next year: its name as an older parser cut it, its parentheses full-width
      oldRow({ url: 'https://xxgk.xuhui.gov.cn/2020.html', agency: '上海市徐汇区人民', year: 2020, cells: { 'table3.total.carriedOver': 60 } }),
    ]);
    const db = await openLibraryDb();
    const rows = await db.getAll('reports');
    expect(rows.map((r) => r.id)).toEqual(['https://www.xuhui.gov.cn/xxgk/2019.html?from=2019&id=5', 'https://xxgk.xuhui.gov.cn/2020.html']);
    const [y2019, y2020] = rows;
    expect(y2019).toMatchObject({ firstSavedAt: '2025-01-01T00:00:00.000Z', lastSavedAt: '2025-03-01T00:00:00.000Z', saveCount: 2 });
    expect(new Set(rows.map((r) => r.agency))).toEqual(new Set(['上海市徐汇区人民政府@xuhui.gov.cn']));
    // X-CARRY 60 ≠ 72 on both pages, each pointing at its own cell
    expect(y2020!.crossYear.map((f) => [f.rule, f.left, f.right])).toEqual([['X-CARRY', 60, 72]]);
    expect(y2019!.crossYear.map((f) => f.rule)).toEqual(['X-CARRY']);
    expect(y2019!.crossYear[0]!.cells).toEqual([y2019!.record.cells['table3.total.carriedForward']!.ref]);
    expect(y2020!.counts.warning).toBe(1);
    // the listing, the summaries and the export stores follow the rows
    expect(decodeListing((await db.get('listing', 'all'))!.json).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(await db.getAll('summaries'));
    expect((await db.getAll('summaries')).map((s) => s.crossYearCount)).toEqual([1, 1]);
    expect((await db.getAllKeys('exportValues')).sort()).toEqual(rows.map((r) => r.id));
    expect((await db.getAllKeys('exportFindings')).sort()).toEqual(rows.map((r) => r.id));
  });

  it('an undo of a delete made before the upgrade puts the row back in this version\'s form (amounts in their key\'s unit)', async () => {
    const db8 = await openLibraryDb(8);
    const row = oldRow({ url: 'https://a.gov.cn/r', agency: '甲局', year: 2019, cells: {} });
    row.record.cells['table2.centralProcurement.amountYuan'] = { value: 2290.54, raw: '2290.54万元', kind: 'number', unit: '万元', ref: null };
    await db8.put('trash', { id: row.id, token: 't', deletedAt: new Date().toISOString(), row });
    await closeLibraryDb();
    const db = await openLibraryDb();
    expect(await restoreDeleted(db, 't')).toBe(1);
    const back = (await getReport(db, row.id))!;
    expect(back.record.cells['table2.centralProcurement.amountYuan']!.value).toBe(22905400);
    expect(back.agency).toBe('甲局@a.gov.cn');
  });
});

describe('pairing years of one agency', () => {
  it('pairs names that older parsers or titles print differently, at one site', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://www.pudong.gov.cn/2019.html', agency: '中国（上海）自由贸易试验区管理委员会', year: 2019 }), []);
    const n = await findNeighbours(db, makeRecord({ url: 'https://xxgk.pudong.gov.cn/2020.html', agency: '中国(上海)自由贸易试验区管理委员会', year: 2020 }));
    expect(n.previous?.id).toBe('https://www.pudong.gov.cn/2019.html');
    expect(agencyKey('年上海市人民政府办公厅', 'https://www.sh.gov.cn/a')).toBe(agencyKey('上海市人民政府办公厅', 'https://www.sh.gov.cn/b'));
    expect(agencyKey('上海市\u200b人民政府\u202e办公厅', 'https://www.sh.gov.cn/a')).toBe('上海市人民政府办公厅@sh.gov.cn');
    expect(agencyFromTitle('2020年上海市徐汇区人民政府信息公开工作年度报告')).toBe('上海市徐汇区人民政府');
  });

  it('does not pair one name at two sites (two districts\' 区教育局)', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://www.xuhui.gov.cn/2019.html', agency: '区教育局', year: 2019, format: 'trial2019', cells: { 'table3.total.carriedForward': 72 } }), []);
    const other = await saveReport(db, makeRecord({ url: 'https://www.shmh.gov.cn/2020.html', agency: '区教育局', year: 2020, format: 'trial2019', cells: { 'table3.total.carriedOver': 5 } }), []);
    expect(other.row.crossYear).toEqual([]);
    expect((await listSummaries(db)).map((s) => s.agency).sort()).toEqual(['区教育局@shmh.gov.cn', '区教育局@xuhui.gov.cn']);
  });

  it('imports a backup row under today\'s key and agency key, and deletes and restores it whole', async () => {
    const db = await openLibraryDb();
    const row = oldRow({ id: 'https://a.gov.cn/x.jsp?id=1', url: 'https://a.gov.cn/x.jsp?from=2019&id=1', agency: '甲局', year: 2019, cells: {} });
    expect(await importReports(db, [row])).toEqual({ added: 1, updated: 0, skipped: 0 });
    const [s] = await listSummaries(db);
    expect(s).toMatchObject({ id: 'https://a.gov.cn/x.jsp?from=2019&id=1', agency: '甲局@a.gov.cn' });
    const del = await deleteReports(db, [s!.id]);
    expect(await restoreDeleted(db, del.token)).toBe(1);
    expect((await listSummaries(db)).map((x) => x.id)).toEqual([s!.id]);
  });
});
