// Rows as older versions stored them, opened by this one (helper-33's review of stored data over
// time): every row under today's key and agency key, X-* findings recomputed, undo and import of
// old rows in this version's form, and agencies paired only at one site.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { upgradeV1Row } from '../../../src/db/migrations';
import type { SavedReport } from '../../../src/db/schema';
import { agencyKey } from '../../../src/db/summary';
import { decodeListing } from '../../../src/db/listing';
import { deleteReports, findNeighbours, getReport, importReports, listSummaries, restoreDeleted, saveReport } from '../../../src/db/store';
import { agencyFromTitle } from '../../../src/parse/meta';
import { finding, makeRecord } from './make-record';
import { createDatabaseAt } from './old-database';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

/** a row as an older version wrote it: its own id and agency key, no X-* findings */
function oldRow(opts: { id?: string; url: string | null; agency: string; title?: string; agencyKey?: string; year: number | null; cells: Record<string, number>; savedAt?: string }): SavedReport {
  const record = makeRecord({ url: opts.url, agency: opts.agency, year: opts.year, format: 'trial2019', cells: opts.cells });
  if (opts.title) record.meta.title = opts.title;
  const row = upgradeV1Row({
    id: opts.id ?? opts.url!,
    record,
    findings: [],
    firstSavedAt: opts.savedAt ?? '2025-01-01T00:00:00.000Z',
    lastSavedAt: opts.savedAt ?? '2025-01-01T00:00:00.000Z',
    parserVersion: '0.0.1',
  });
  return { ...row, agency: opts.agencyKey ?? opts.agency.replace(/\s+/g, '') };
}

/** A real database at v8 (this code's migrations that far) holding rows as older code wrote them. */
const v8Database = (rows: SavedReport[]) => createDatabaseAt(8, rows);

describe('v8 → v9', () => {
  it('keys every row by today\'s canonical URL (two saves of one report merged), re-derives agency keys and recomputes X-* findings', async () => {
    const url2019 = 'https://www.xuhui.gov.cn/xxgk/2019.html?from=2019&id=5';
    await v8Database([
      // saved by a version that dropped from= and kept no X-* findings
      oldRow({ id: 'https://www.xuhui.gov.cn/xxgk/2019.html?id=5', url: url2019, agency: '年上海市徐汇区人民政府', title: '２０１９年上海市徐汇区人民政府政府信息公开工作年度报告', year: 2019, cells: { 'table3.total.carriedForward': 72 }, savedAt: '2025-01-01T00:00:00.000Z' }),
      // the same report saved again later under today's key
      oldRow({ url: url2019, agency: '上海市徐汇区人民政府', title: '２０１９年上海市徐汇区人民政府政府信息公开工作年度报告', year: 2019, cells: { 'table3.total.carriedForward': 72 }, savedAt: '2025-03-01T00:00:00.000Z' }),
      // the next year: its name as an older parser cut it
      oldRow({ url: 'https://www.xuhui.gov.cn/2020.html', agency: '上海市徐汇区人民', title: '2020年上海市徐汇区人民政府信息公开工作年度报告', year: 2020, cells: { 'table3.total.carriedOver': 60 } }),
    ]);
    const db = await openLibraryDb();
    const rows = await db.getAll('reports');
    expect(rows.map((r) => r.id)).toEqual(['https://www.xuhui.gov.cn/2020.html', 'https://www.xuhui.gov.cn/xxgk/2019.html?from=2019&id=5']);
    const [y2020, y2019] = rows;
    expect(y2019).toMatchObject({ firstSavedAt: '2025-01-01T00:00:00.000Z', lastSavedAt: '2025-03-01T00:00:00.000Z', saveCount: 2 });
    expect(new Set(rows.map((r) => r.agency))).toEqual(new Set(['上海市徐汇区人民政府@xuhui.gov.cn']));
    expect(rows.map((r) => r.record.meta.agencyName)).toEqual(['上海市徐汇区人民政府', '上海市徐汇区人民政府']); // repaired from the titles
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
    const n = await findNeighbours(db, makeRecord({ url: 'https://pudong.gov.cn/2020.html', agency: '中国(上海)自由贸易试验区管理委员会', year: 2020 }));
    expect(n.previous?.id).toBe('https://www.pudong.gov.cn/2019.html');
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

// helper-35's review of the v9 upgrade and of import and undo in this version's form
describe('v8 → v9 and rows in this version\'s form, second review', () => {
  it('moves rows whose keys form a chain or a swap without merging two reports', async () => {
    await v8Database([
      // stored under /1 but the page of /2; stored under /2 but the page of /1
      oldRow({ id: 'https://a.gov.cn/1', url: 'https://a.gov.cn/2', agency: '甲局', year: 2019, cells: { 'table3.total.newReceived': 1 } }),
      oldRow({ id: 'https://a.gov.cn/2', url: 'https://a.gov.cn/1', agency: '甲局', year: 2020, cells: { 'table3.total.newReceived': 2 } }),
      // chain: /3 is the page of /4, /4 the page of /5
      oldRow({ id: 'https://a.gov.cn/3', url: 'https://a.gov.cn/4', agency: '乙局', year: 2019, cells: { 'table3.total.newReceived': 3 } }),
      oldRow({ id: 'https://a.gov.cn/4', url: 'https://a.gov.cn/5', agency: '乙局', year: 2020, cells: { 'table3.total.newReceived': 4 } }),
    ]);
    const db = await openLibraryDb();
    const rows = await db.getAll('reports');
    expect(rows.map((r) => [r.id, r.year, r.saveCount])).toEqual([
      ['https://a.gov.cn/1', 2020, 1],
      ['https://a.gov.cn/2', 2019, 1],
      ['https://a.gov.cn/4', 2019, 1],
      ['https://a.gov.cn/5', 2020, 1],
    ]);
    expect((await db.getAllKeys('summaries')).sort()).toEqual(rows.map((r) => r.id));
    expect(decodeListing((await db.get('listing', 'all'))!.json)).toHaveLength(4);
  });

  it('merges a report saved over http and over https into one row', async () => {
    await v8Database([
      oldRow({ url: 'http://www.a.gov.cn/h.html', agency: '甲局', year: 2019, cells: {}, savedAt: '2025-01-01T00:00:00.000Z' }),
      oldRow({ url: 'https://www.a.gov.cn/h.html', agency: '甲局', year: 2019, cells: {}, savedAt: '2025-02-01T00:00:00.000Z' }),
    ]);
    const db = await openLibraryDb();
    expect((await db.getAll('reports')).map((r) => [r.id, r.saveCount, r.firstSavedAt])).toEqual([['https://www.a.gov.cn/h.html', 2, '2025-01-01T00:00:00.000Z']]);
  });

  it('upgrades rows a looser import let in: a numeric agency name, no saveCount, an unreadable date; clears X-* findings of rows without agency or year', async () => {
    const numeric = oldRow({ url: 'https://a.gov.cn/n', agency: 'x', year: 2019, cells: {} });
    (numeric.record.meta as { agencyName: unknown }).agencyName = 42;
    const noCount = oldRow({ id: 'https://a.gov.cn/d?id=1', url: 'https://a.gov.cn/d?from=2019&id=1', agency: '丙局', year: 2019, cells: {}, savedAt: '2025-05-01T00:00:00.000Z' });
    delete (noCount as { saveCount?: number }).saveCount;
    noCount.firstSavedAt = 'garbage';
    const again = oldRow({ url: 'https://a.gov.cn/d?from=2019&id=1', agency: '丙局', year: 2019, cells: {}, savedAt: '2025-02-01T00:00:00.000Z' });
    const lonely = { ...oldRow({ url: 'https://a.gov.cn/y', agency: '丁局', year: null, cells: {} }), crossYear: [finding('X-CARRY', 'warning')], counts: { error: 0, warning: 1, info: 0 } };
    await v8Database([numeric, noCount, again, lonely]);
    const db = await openLibraryDb(); // the numeric name had aborted the upgrade on every open
    expect((await getReport(db, 'https://a.gov.cn/n'))!.agency).toBe('');
    const merged = (await getReport(db, 'https://a.gov.cn/d?from=2019&id=1'))!;
    expect(merged).toMatchObject({ firstSavedAt: '2025-02-01T00:00:00.000Z', lastSavedAt: '2025-05-01T00:00:00.000Z', saveCount: 2 }); // 'garbage' and NaN before
    expect((await getReport(db, 'https://a.gov.cn/y'))!).toMatchObject({ crossYear: [], counts: { warning: 0 } });
  });

  it('an undo of a delete made before the upgrade keeps the later of two saves of one report', async () => {
    const live = oldRow({ url: 'https://a.gov.cn/x?from=2019&id=1', agency: '甲局', year: 2019, cells: { 'table3.total.newReceived': 1 }, savedAt: '2025-01-01T00:00:00.000Z' });
    const trashed = oldRow({ id: 'https://a.gov.cn/x?id=1', url: 'https://a.gov.cn/x?from=2019&id=1', agency: '甲局', year: 2019, cells: { 'table3.total.newReceived': 99 }, savedAt: '2025-06-01T00:00:00.000Z' });
    await v8Database([live]);
    const db8 = await openLibraryDb(8);
    await db8.put('trash', { id: trashed.id, token: 't', deletedAt: new Date().toISOString(), row: trashed });
    await closeLibraryDb();
    const db = await openLibraryDb();
    expect(await restoreDeleted(db, 't')).toBe(1); // 0 before, and the later save was gone with the trash entry
    expect((await getReport(db, live.id))!.record.cells['table3.total.newReceived']!.value).toBe(99);
  });

  it('imports: two rows of one report count once; a row without a page URL is keyed by its canonical id and keeps its site', async () => {
    const db = await openLibraryDb();
    const a = oldRow({ id: 'https://a.gov.cn/r?id=1', url: 'https://a.gov.cn/r?from=2019&id=1', agency: '甲局', year: 2019, cells: {}, savedAt: '2025-01-01T00:00:00.000Z' });
    const b = oldRow({ url: 'https://a.gov.cn/r?from=2019&id=1', agency: '甲局', year: 2019, cells: {}, savedAt: '2025-02-01T00:00:00.000Z' });
    expect(await importReports(db, [a, b])).toEqual({ added: 1, updated: 0, skipped: 1 }); // added 1, updated 1 before
    const noUrl = oldRow({ id: 'https://WWW.B.GOV.CN/x.html?utm_source=feed', url: null, agency: '区教育局', year: 2019, cells: {} });
    const emptyUrl = oldRow({ id: 'https://www.c.gov.cn/y.html', url: 'https://www.c.gov.cn/y.html', agency: '区教育局', year: 2020, cells: {} });
    emptyUrl.record.meta.url = '';
    await importReports(db, [noUrl, emptyUrl]);
    expect((await getReport(db, 'https://www.b.gov.cn/x.html'))!.agency).toBe('区教育局@b.gov.cn');
    expect((await getReport(db, 'https://www.c.gov.cn/y.html'))!).toMatchObject({ agency: '区教育局@c.gov.cn', crossYear: [] }); // paired with b's before
  });

  it('keeps counties published under their province apart, and a host with a final dot with its plain form', () => {
    expect(agencyKey('市教育局', 'https://wenchang.hainan.gov.cn/a')).not.toBe(agencyKey('市教育局', 'https://danzhou.hainan.gov.cn/a'));
    expect(agencyKey('甲局', 'https://www.xuhui.gov.cn./a')).toBe(agencyKey('甲局', 'https://xuhui.gov.cn/b'));
    expect(agencyKey('年鉴编纂委员会', 'https://a.gov.cn/')).toBe('年鉴编纂委员会@a.gov.cn');
  });
});
