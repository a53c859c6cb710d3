// Import of a backup in several messages: chunks bounded by size (Chromium's 64 MiB message
// limit, adv55 #9) and an honest message when a later chunk fails (adv55 #2).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryApi } from '../../../components/library/api';
import { exportFile, fetchRows, IMPORT_CHUNK_CHARS, ImportStopped, importChunks, runImport } from '../../../components/library/export-actions';
import { headWithin, MESSAGE_CHARS } from '../../../src/messaging/size';
import { handleLibraryMessage } from '../../../src/background/library';
import { userMessage } from '../../../src/db/errors';
import { closeLibraryDb } from '../../../src/db/open';
import { toJson } from '../../../src/export/json';
import { makeRows } from '../export/make-rows';

const api: LibraryApi = { send: (msg) => handleLibraryMessage(msg) as never };

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeLibraryDb();
});

describe('importChunks', () => {
  it('cuts at 500 rows, and earlier where the JSON of a chunk would pass the size bound', () => {
    expect(importChunks(Array.from({ length: 1200 }, (_, i) => i)).map((c) => c.length)).toEqual([500, 500, 200]);
    const rows = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(200), 'd'];
    // 42 characters of JSON each: two fit in 100, a row longer than the bound goes alone
    expect(importChunks(rows, 500, 100)).toEqual([[rows[0], rows[1]], [rows[2]], [rows[3]]]);
    expect(IMPORT_CHUNK_CHARS * 4).toBeLessThanOrEqual(64 * 1024 * 1024);
  });

  it('sends long reports in messages under 64 MiB of JSON, though fewer than 500 of them', async () => {
    // 300 reports of ~120 KB each: one message of 300 was ~36 MB; bound the messages at 16 Mi characters
    const rows = makeRows(300).map((r) => ({ ...r, record: { ...r.record, meta: { ...r.record.meta, note: '报'.repeat(60_000) } } }));
    const sizes: number[] = [];
    const spy: LibraryApi = {
      send: (msg) => {
        if (msg.type === 'library:import') sizes.push(JSON.stringify(msg).length);
        return api.send(msg);
      },
    };
    const counts = await runImport(toJson(rows as never), spy, () => undefined);
    expect(counts).toEqual({ added: 300, updated: 0, skipped: 0 });
    expect(sizes.length).toBeGreaterThan(1);
    for (const s of sizes) expect(s).toBeLessThanOrEqual(IMPORT_CHUNK_CHARS + 1000);
  }, 60_000);
});

describe('an import that stops part-way', () => {
  it('says how many reports were imported before it stopped, and that the rest were not', async () => {
    const rows = makeRows(1200);
    let sent = 0;
    // the third message fails as a full disk does: the first two chunks are in the library
    const failing: LibraryApi = {
      send: (msg) => {
        if (msg.type === 'library:import' && ++sent === 3) {
          const err = Object.assign(new Error('The current transaction exceeded its quota limitations.'), { name: 'QuotaExceededError' });
          return Promise.resolve({ ok: false, error: userMessage(err, 'import') }) as never;
        }
        return api.send(msg);
      },
    };
    const err = await runImport(toJson(rows), failing, () => undefined).catch((e) => e);
    expect(err).toBeInstanceOf(ImportStopped);
    expect(err).toMatchObject({ imported: 1000, total: 1200, counts: { added: 1000, updated: 0, skipped: 0 } });
    expect(err.message).toContain('前 1000 份已导入（新增 1000，更新 0，跳过 0），其余 200 份未导入');
    expect(err.message).toContain('Import stopped after 1000 of 1200 reports (1000 added, 0 updated, 0 skipped); the other 200 were NOT imported');
    expect(err.message).toContain('this batch of reports was NOT imported');
    expect(err.message).not.toContain('the report was NOT saved');
    // importing the same file again completes it: what is in is skipped
    expect(await runImport(toJson(rows), api, () => undefined)).toEqual({ added: 200, updated: 0, skipped: 1000 });
  }, 60_000);

  it('says nothing was imported when the first chunk fails', async () => {
    const failing: LibraryApi = { send: () => Promise.reject(new Error('Message exceeded maximum allowed size of 64MiB.')) };
    const err = await runImport(toJson(makeRows(3)), failing, () => undefined).catch((e) => e);
    expect(err.message).toMatch(/^导入失败，没有导入任何报告。 \/ The import failed; nothing was imported\. 原因 \/ Cause: Message exceeded/);
  });

  it('the storage-full text of a save speaks of the report, of an import of what was not imported', () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(userMessage(quota)).toContain('the report was NOT saved');
    expect(userMessage(quota, 'import')).toContain('this batch of reports was NOT imported');
  });
});

describe('the JSON backup of long reports (adv55 #9, the export direction)', () => {
  it('headWithin keeps the head that fits, at least one row', () => {
    expect(headWithin(['aaaa', 'bbbb', 'cccc'], 13)).toEqual({ head: ['aaaa', 'bbbb'], rest: ['cccc'] });
    expect(headWithin(['a'.repeat(50), 'b'], 10)).toEqual({ head: ['a'.repeat(50)], rest: ['b'] });
    expect(headWithin([], 10)).toEqual({ head: [], rest: [] });
  });

  it('reads rows in answers under the message limit and writes every report, in order', async () => {
    // 30 reports of ~700,000 characters: one answer of them was ~21 Mi characters
    const rows = makeRows(30).map((r) => ({ ...r, record: { ...r.record, meta: { ...r.record.meta, note: '报'.repeat(700_000) } } }));
    await runImport(toJson(rows as never), api, () => undefined);
    const answers: number[] = [];
    const spy: LibraryApi = {
      send: async (msg) => {
        const res = await api.send(msg);
        if (msg.type === 'library:getManyJson') answers.push(JSON.stringify(res).length);
        return res;
      },
    };
    const ids = rows.map((r) => r.id);
    const { file, reports } = await exportFile('json', ids, spy, () => undefined);
    expect(reports).toBe(30);
    expect(answers.length).toBeGreaterThan(1);
    for (const n of answers) expect(n).toBeLessThanOrEqual(MESSAGE_CHARS + 1000);
    const back = JSON.parse(await new Blob(file.data).text());
    expect(back.reports.map((r: { id: string }) => r.id)).toEqual(ids);
    expect((await fetchRows(spy, ids, () => undefined)).map((r) => r.id)).toEqual(ids);
  }, 120_000);
});
