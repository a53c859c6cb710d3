import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import {
  deleteReports,
  findNeighbours,
  getReport,
  importReports,
  listSummaries,
  restoreDeleted,
  saveReport,
} from '../../../src/db/store';
import { finding, makeRecord } from './make-record';
import type { SavedReport } from '../../../src/db/schema';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

describe('saveReport', () => {
  it('keys by canonical URL; re-saving updates and keeps firstSavedAt', async () => {
    const db = await openLibraryDb();
    const rec = makeRecord({ url: 'https://WWW.A.gov.cn/r.html#x', parserVersion: '0.1.0' });
    const first = await saveReport(db, rec, [finding('T3-BALANCE')], new Date('2026-01-01T00:00:00Z'));
    expect(first).toMatchObject({ id: 'https://www.a.gov.cn/r.html', created: true });

    const rec2 = makeRecord({ url: 'https://www.a.gov.cn/r.html?utm_source=x', parserVersion: '0.2.0' });
    const second = await saveReport(db, rec2, [], new Date('2026-02-01T00:00:00Z'));
    expect(second.created).toBe(false);

    const rows = await listSummaries(db);
    expect(rows).toHaveLength(1);
    const row = await getReport(db, first.id);
    expect(row).toMatchObject({
      firstSavedAt: '2026-01-01T00:00:00.000Z',
      lastSavedAt: '2026-02-01T00:00:00.000Z',
      parserVersion: '0.2.0',
      saveCount: 2,
      counts: { error: 0, warning: 0, info: 0 },
    });
  });

  it('fills the summary with agency, year, format, counts and key numbers', async () => {
    const db = await openLibraryDb();
    const rec = makeRecord({
      agency: ' 某某 区 ',
      year: 2023,
      cells: { 'table3.total.newReceived': 12, 'table4.litigationDirect.total': 2, 'table4.litigationAfterReview.total': 1 },
    });
    await saveReport(db, rec, [finding('A', 'error'), finding('B', 'warning'), finding('C', 'warning')]);
    const [s] = await listSummaries(db);
    expect(s).toMatchObject({
      agency: '某某区@example.gov.cn',
      year: 2023,
      format: 'rev2021',
      counts: { error: 1, warning: 2, info: 0 },
      keyNumbers: { newReceived: 12, litigationTotal: 3, reviewTotal: null },
    });
  });

  it('refuses a record without a usable URL with a clear message', async () => {
    const db = await openLibraryDb();
    await expect(saveReport(db, makeRecord({ url: null }), [])).rejects.toThrow(/没有网址|no URL/);
  });
});

describe('indexes', () => {
  it('can query by agency, year, format and error count', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1', agency: '甲', year: 2021 }), [finding('X')]);
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/2', agency: '甲', year: 2022, format: 'trial2019' }), []);
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/3', agency: '乙', year: 2022 }), []);
    expect(await db.countFromIndex('summaries', 'agency', '甲@a.gov.cn')).toBe(2);
    expect(await db.countFromIndex('summaries', 'year', 2022)).toBe(2);
    expect(await db.countFromIndex('summaries', 'format', 'trial2019')).toBe(1);
    expect(await db.countFromIndex('summaries', 'errors', IDBKeyRange.lowerBound(1))).toBe(1);
  });
});

describe('delete and restore', () => {
  it('moves rows to the trash and restores them unchanged with the undo token', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1' }), [finding('X')]);
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/2', year: 2020 }), []);
    const before = await getReport(db, 'https://a.gov.cn/1');
    const del = await deleteReports(db, ['https://a.gov.cn/1', 'https://a.gov.cn/missing']);
    expect(del.deleted).toBe(1);
    expect((await listSummaries(db)).map((s) => s.id)).toEqual(['https://a.gov.cn/2']);
    expect(await getReport(db, 'https://a.gov.cn/1')).toBeUndefined();
    expect(await restoreDeleted(db, del.token)).toBe(1);
    expect(await getReport(db, 'https://a.gov.cn/1')).toEqual(before);
    expect(await listSummaries(db)).toHaveLength(2);
    expect(await db.count('trash')).toBe(0);
    expect(await restoreDeleted(db, del.token)).toBe(0); // a second undo does nothing
  });

  it('prunes trash older than a day on the next delete', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1' }), []);
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/2' }), []);
    const old = await deleteReports(db, ['https://a.gov.cn/1'], new Date('2026-01-01T00:00:00Z'));
    await deleteReports(db, ['https://a.gov.cn/2'], new Date('2026-01-03T00:00:00Z'));
    expect(await db.count('trash')).toBe(1);
    expect(await restoreDeleted(db, old.token)).toBe(0);
  });
});

describe('library keys and failed writes (helper-27 review)', () => {
  it('two reports whose URLs differ only in a GBK query value or a route fragment are two entries', async () => {
    const db = await openLibraryDb();
    const urls = ['http://www.example.gov.cn/a.jsp?name=%D5%FE%B8%AE', 'http://www.example.gov.cn/a.jsp?name=%B9%AB%BF%AA', 'http://www.example.gov.cn/#/report/2019', 'http://www.example.gov.cn/#/report/2020'];
    // before: both GBK names became U+FFFD (one key), and the route fragments were dropped (one key): two reports lost
    for (const [i, url] of urls.entries()) expect((await saveReport(db, makeRecord({ url, year: 2019 + i }), [])).created).toBe(true);
    expect((await listSummaries(db)).map((s) => s.id).sort()).toEqual(urls.map((u) => u.replace('http:', 'https:')).sort());
  });

  it('a report saved over http and over https is one entry (it was listed and exported twice)', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'http://www.a.gov.cn/r.html' }), [], new Date('2026-01-01T00:00:00Z'));
    const again = await saveReport(db, makeRecord({ url: 'https://www.a.gov.cn/r.html' }), [], new Date('2026-01-02T00:00:00Z'));
    expect(again).toMatchObject({ id: 'https://www.a.gov.cn/r.html', created: false });
    expect(await listSummaries(db)).toHaveLength(1);
    expect((await getReport(db, again.id))!.record.meta.url).toBe('https://www.a.gov.cn/r.html'); // the address as visited
  });

  it('a backup row under the key an earlier version gave its report is imported under today\'s key, not added beside it (helper-33 review)', async () => {
    const db = await openLibraryDb();
    const url = 'https://a.gov.cn/art.jsp?from=2019&id=5&q=%E5%B9%B4%20%E6%8A%A5';
    const saved = await saveReport(db, makeRecord({ url }), [], new Date('2026-01-01T00:00:00Z'));
    // as an earlier version keyed it (from= dropped, %20 re-encoded as +)
    const oldId = 'https://a.gov.cn/art.jsp?id=5&q=%E5%B9%B4+%E6%8A%A5';
    expect(saved.id).not.toBe(oldId);
    // older than the library's save: skipped; newer: replaces it, keeping when it was first saved
    expect(await importReports(db, [{ ...saved.row, id: oldId, lastSavedAt: '2025-12-01T00:00:00.000Z' }])).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await importReports(db, [{ ...saved.row, id: oldId, firstSavedAt: '2026-01-05T00:00:00.000Z', lastSavedAt: '2026-01-05T00:00:00.000Z' }])).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await listSummaries(db)).map((s) => s.id)).toEqual([saved.id]);
    expect(await db.getAllKeys('reports')).toEqual([saved.id]);
    expect((await getReport(db, saved.id))!.firstSavedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('an import that fails on one row keeps nothing of it', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/existing' }), []);
    const good = (await getReport(db, 'https://a.gov.cn/existing'))!;
    const rows = [1, 2, 3].map((i) => at(good, `https://a.gov.cn/${i}`));
    // a row that fails in the middle of the write (no validation in front of importReports here)
    rows[2] = { ...rows[2]!, findings: [{ rule: 'X' } as unknown as (typeof good.findings)[number]] };
    await expect(importReports(db, rows)).rejects.toThrow();
    // before: rows 1 and 2 were kept in the stores, hidden from the listing
    expect((await db.getAllKeys('reports')).sort()).toEqual(['https://a.gov.cn/existing']);
    expect(await db.getAllKeys('summaries')).toEqual(['https://a.gov.cn/existing']);
    expect((await listSummaries(db)).map((s) => s.id)).toEqual(['https://a.gov.cn/existing']);
  });

  it('undo of a delete keeps a newer save of the same report', async () => {
    const db = await openLibraryDb();
    const url = 'https://a.gov.cn/r';
    await saveReport(db, makeRecord({ url, cells: { 'table3.total.newReceived': 10 } }), [], new Date('2026-01-01T00:00:00Z'));
    const del = await deleteReports(db, [url]);
    await saveReport(db, makeRecord({ url, cells: { 'table3.total.newReceived': 11 } }), [], new Date('2026-01-02T00:00:00Z'));
    // before: undo put the deleted row (10, saved 1 January) back over the newer save
    expect(await restoreDeleted(db, del.token)).toBe(0);
    const row = (await getReport(db, url))!;
    expect(row.record.cells['table3.total.newReceived']!.value).toBe(11);
    expect(row.lastSavedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(await db.count('trash')).toBe(0);
  });
});

describe('importReports', () => {
  it('merges by id keeping the newer save, counting added/updated/skipped', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1' }), [], new Date('2026-01-01T00:00:00Z'));
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/2' }), [], new Date('2026-03-01T00:00:00Z'));
    const one = (await getReport(db, 'https://a.gov.cn/1'))!;
    const two = (await getReport(db, 'https://a.gov.cn/2'))!;
    const three = at(one, 'https://a.gov.cn/3');
    const newerOne = { ...one, lastSavedAt: '2026-02-01T00:00:00.000Z', parserVersion: '9.9' };
    const olderTwo = { ...two, lastSavedAt: '2026-02-01T00:00:00.000Z', parserVersion: '0.0' };
    const counts = await importReports(db, [newerOne, olderTwo, three]);
    expect(counts).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect((await getReport(db, 'https://a.gov.cn/1'))!.parserVersion).toBe('9.9');
    expect((await getReport(db, 'https://a.gov.cn/2'))!.parserVersion).toBe(two.parserVersion);
    // importing the same rows again changes nothing
    expect(await importReports(db, [newerOne, olderTwo, three])).toEqual({ added: 0, updated: 0, skipped: 3 });
  });
});

describe('findNeighbours', () => {
  it('finds the same agency (whitespace-insensitive) in the previous and next year', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/21', agency: '某 局', year: 2021 }), []);
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/23', agency: '某局', year: 2023 }), []);
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/x', agency: '别的局', year: 2021 }), []);
    const n = await findNeighbours(db, makeRecord({ url: 'https://a.gov.cn/22', agency: '某局 ', year: 2022 }));
    expect(n.previous?.id).toBe('https://a.gov.cn/21');
    expect(n.next?.id).toBe('https://a.gov.cn/23');
    const none = await findNeighbours(db, makeRecord({ url: 'https://a.gov.cn/19', agency: '某局', year: 2019 }));
    expect(none).toEqual({ previous: null, next: null, preferred: null, several: { previous: false, next: false } });
  });
});

describe('listing snapshot', () => {
  const sorted = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

  it('stays equal to the summaries store through save, re-save, delete, undo and import', async () => {
    const db = await openLibraryDb();
    const same = async () => expect(sorted(await listSummaries(db))).toEqual(sorted(await db.getAll('summaries')));
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1', year: 2021 }), []);
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/2', year: 2022 }), [finding('X')]);
    await same();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1', year: 2021, cells: { 'table3.total.newReceived': 99 } }), []);
    await same();
    expect((await listSummaries(db)).find((s) => s.id === 'https://a.gov.cn/1')!.keyNumbers.newReceived).toBe(99);
    const del = await deleteReports(db, ['https://a.gov.cn/2']);
    await same();
    expect(await listSummaries(db)).toHaveLength(1);
    await restoreDeleted(db, del.token);
    await same();
    const row = (await getReport(db, 'https://a.gov.cn/1'))!;
    await importReports(db, [at(row, 'https://a.gov.cn/3')]);
    await same();
    expect(await listSummaries(db)).toHaveLength(3);
  });

  it('is rebuilt from the summaries store when missing', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1' }), []);
    await db.delete('listing', 'all');
    expect((await listSummaries(db)).map((s) => s.id)).toEqual(['https://a.gov.cn/1']);
    expect(await db.get('listing', 'all')).toBeDefined();
  });
});

describe('listing encoding', () => {
  it('round-trips summaries exactly, incl. nulls, url ≠ id and CJK text', async () => {
    const { encodeListing, decodeListing } = await import('../../../src/db/listing');
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1', agency: ' 甲 局 ', year: null, cells: { 'table4.review.total': 3 } }), [finding('X', 'info')]);
    const [s] = await db.getAll('summaries');
    const variants = [s!, { ...s!, url: 'https://a.gov.cn/1?x=1', title: '含,"引号"\n的标题' }];
    expect(decodeListing(encodeListing(variants))).toEqual(variants);
  });

  it('a snapshot in an older tuple layout is rebuilt', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://a.gov.cn/1' }), []);
    await db.put('listing', { id: 'all', format: 0, json: '[["garbage"]]' });
    expect((await listSummaries(db)).map((s) => s.id)).toEqual(['https://a.gov.cn/1']);
  });
});

/** a row of the same report saved at another URL (the id is its page's canonical URL) */
function at(row: SavedReport, url: string): SavedReport {
  return { ...row, id: url, record: { ...row.record, meta: { ...row.record.meta, url } } };
}
