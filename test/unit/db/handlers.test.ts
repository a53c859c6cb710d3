// The background's library:* handlers, called as plain functions, incl. forced write failures.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleLibraryMessage, libraryHandlers as h } from '../../../src/background/library';
import { closeLibraryDb } from '../../../src/db/open';
import { decodeListing } from '../../../src/db/listing';
import type { ReportSummary } from '../../../src/db/schema';
import { finding, makeRecord } from './make-record';

const summaries = (res: { ok: boolean; listingJson?: string }): ReportSummary[] => decodeListing(res.listingJson ?? 'null');

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeLibraryDb();
});

describe('library handlers', () => {
  it('save → list → get → delete → restore round trip', async () => {
    const record = makeRecord({ url: 'https://www.a.gov.cn/r.html' });
    const saved = await h['library:save']({ type: 'library:save', record, findings: [finding('T3-BALANCE')] });
    expect(saved).toMatchObject({ ok: true, id: 'https://www.a.gov.cn/r.html', created: true, crossYear: [] });

    const list = await h['library:list']({ type: 'library:list' });
    expect(list.ok && summaries(list).map((s) => s.counts.error)).toEqual([1]);

    const got = await h['library:get']({ type: 'library:get', id: 'https://www.a.gov.cn/r.html' });
    expect(got.ok && got.report.record).toEqual(record);

    const del = await h['library:delete']({ type: 'library:delete', ids: ['https://www.a.gov.cn/r.html'] });
    expect(del).toMatchObject({ ok: true, deleted: 1 });
    const empty = await h['library:list']({ type: 'library:list' });
    expect(empty.ok && summaries(empty)).toEqual([]);

    const restored = await h['library:restore']({ type: 'library:restore', undoToken: del.ok ? del.undoToken : '' });
    expect(restored).toEqual({ ok: true, restored: 1 });
  });

  it('get says whether any X-* rule could compare the report with a neighbour (adv39 #5: "consistent" when nothing was compared)', async () => {
    const save = (year: number, format: 'pre2019' | 'trial2019', cells: Record<string, number>) =>
      h['library:save']({ type: 'library:save', record: makeRecord({ url: `https://www.c.gov.cn/${year}.html`, agency: '丙局', year, format, cells }), findings: [] });
    await save(2018, 'pre2019', { 'legacyStats.staff.total': 3 });
    await save(2019, 'trial2019', { 'table3.total.newReceived': 40 });
    await save(2020, 'trial2019', { 'table3.total.newReceived': 45 });
    const get = async (year: number) => {
      const got = await h['library:get']({ type: 'library:get', id: `https://www.c.gov.cn/${year}.html` });
      return got.ok ? got.compared : undefined;
    };
    expect(await get(2018)).toEqual({ previous: false, next: false }); // 2018 ↔ 2019: no common total
    expect(await get(2019)).toEqual({ previous: false, next: true }); // 2019 ↔ 2020: new applications 40 → 45 checked
  });

  it('get of a report whose 更正 re-issue is saved too names the one compared, and says nothing was compared with this one (adv39 #2)', async () => {
    const save = (url: string, year: number, title?: string) => {
      const record = makeRecord({ url, agency: '丁局', year, cells: { 'table3.total.newReceived': 40 } });
      if (title) record.meta.title = title;
      return h['library:save']({ type: 'library:save', record, findings: [] });
    };
    await save('https://www.d.gov.cn/2021.html', 2021);
    await save('https://www.d.gov.cn/2021-gz.html', 2021, '（更正）2021年丁局政府信息公开工作年度报告');
    await save('https://www.d.gov.cn/2022.html', 2022);
    const got = await h['library:get']({ type: 'library:get', id: 'https://www.d.gov.cn/2021.html' });
    expect(got).toMatchObject({ ok: true, preferred: { id: 'https://www.d.gov.cn/2021-gz.html' }, compared: { previous: false, next: false } });
    const gz = await h['library:get']({ type: 'library:get', id: 'https://www.d.gov.cn/2021-gz.html' });
    expect(gz).toMatchObject({ ok: true, preferred: null, compared: { next: true } });
  });

  it('get of an unknown id is a clear error, not a crash', async () => {
    expect(await h['library:get']({ type: 'library:get', id: 'https://nope.gov.cn/' })).toEqual({
      ok: false,
      error: expect.stringMatching(/没有这份报告/),
    });
  });

  it('rejects a malformed import without writing anything', async () => {
    const res = await h['library:import']({ type: 'library:import', rows: [{ id: 'x' }] });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/row 1/) });
    const list = await h['library:list']({ type: 'library:list' });
    expect(list.ok && summaries(list)).toEqual([]);
  });

  it('dispatches only library messages', async () => {
    expect(handleLibraryMessage({ type: 'page:status' })).toBeUndefined();
    expect(handleLibraryMessage(null)).toBeUndefined();
    expect(await handleLibraryMessage({ type: 'library:list' })).toMatchObject({ ok: true });
  });

  it('crossYear answers with empty neighbours for an unsaved agency', async () => {
    const res = await h['library:crossYear']({ type: 'library:crossYear', record: makeRecord({}) });
    expect(res).toEqual({ previous: null, next: null, findings: [] });
  });
});

describe('write failures reach the user', () => {
  it('QuotaExceededError → ok:false with a clear message, nothing half-saved', async () => {
    await h['library:list']({ type: 'library:list' }); // open the database first
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const res = await h['library:save']({ type: 'library:save', record: makeRecord({}), findings: [] });
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/存储空间已满/);
    expect(res.error).toMatch(/Storage is full/);
    vi.restoreAllMocks();
    const list = await h['library:list']({ type: 'library:list' });
    expect(list.ok && summaries(list)).toEqual([]);
  });

  it('AbortError → ok:false with a retry message', async () => {
    await h['library:list']({ type: 'library:list' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('aborted', 'AbortError');
    });
    const res = await h['library:save']({ type: 'library:save', record: makeRecord({}), findings: [] });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/写入被中止.*aborted/) });
  });

  it('an upgrade blocked by an old open connection → ok:false, not a hang', async () => {
    const { openDB } = await import('idb');
    const { DB_NAME } = await import('../../../src/db/schema');
    // Another context holds version 1 open and never closes it.
    const old = await openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore('reports', { keyPath: 'id' }) });
    old.addEventListener('versionchange', () => undefined); // ignores the request to close
    const res = await h['library:list']({ type: 'library:list' });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/另一个页面|another tab/) });
    old.close();
  });
});
