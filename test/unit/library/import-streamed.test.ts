// A backup imported in the memory of a few reports (helper 66): all its reports parsed at once
// were gigabytes of objects for ~11,700 long reports and the page ran out of memory. The file is
// read twice: checked (nothing imported when a row is malformed), then sent chunk by chunk as read.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryApi } from '../../../components/library/api';
import { ImportStopped, runImport } from '../../../components/library/export-actions';
import { handleLibraryMessage } from '../../../src/background/library';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { allReports } from '../../../src/db/store';
import { parseLibraryJson, toJson } from '../../../src/export/json';
import { makeRows } from '../export/make-rows';

const background: LibraryApi = { send: (msg) => handleLibraryMessage(msg) as never };

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeLibraryDb();
});

const PIECE = 16 * 1024;

/**
 * A file as the page's File is read: each reading a stream of 16 KiB pieces, pulled as they are
 * read. The n-th reading finds texts[n] (the last text for later ones), or throws `error`.
 */
function watchedFile(texts: Array<string | Error>) {
  const seen = { readings: 0, pulled: [] as number[] };
  const bytes = texts.map((t) => (typeof t === 'string' ? new TextEncoder().encode(t) : t));
  const first = bytes[0] as Uint8Array;
  const file = {
    size: first.byteLength,
    stream() {
      const reading = seen.readings++;
      const content = bytes[Math.min(reading, bytes.length - 1)]!;
      seen.pulled.push(0);
      return new ReadableStream<Uint8Array>({
        pull(out) {
          if (content instanceof Error) throw content;
          const at = seen.pulled[reading]!;
          if (at >= content.byteLength) return out.close();
          out.enqueue(content.slice(at, at + PIECE));
          seen.pulled[reading] = at + PIECE;
        },
      });
    },
  } as unknown as Blob;
  return { file, seen };
}

/** The background, with each library:import's size kept, and `onImport` called first. */
function spyOn(onImport: () => void = () => undefined) {
  const sent: number[] = [];
  const api: LibraryApi = {
    send: (msg) => {
      if (msg.type === 'library:import') {
        onImport();
        sent.push((msg as { rows: unknown[] }).rows.length);
      }
      return background.send(msg);
    },
  };
  return { api, sent };
}

const stored = async () => (await allReports(await openLibraryDb())).length;

describe('an import of a backup read twice', () => {
  it('sends the first chunk while the file is still being read, not after reading it whole', async () => {
    const rows = makeRows(1200);
    const { file, seen } = watchedFile([toJson(rows)]);
    const atFirst: Array<{ readings: number; pulled: number }> = [];
    const { api, sent } = spyOn(() => atFirst.push({ readings: seen.readings, pulled: seen.pulled[1] ?? -1 }));
    expect(await runImport(file, api, () => undefined)).toEqual({ added: 1200, updated: 0, skipped: 0 });
    expect(sent).toEqual([500, 500, 200]);
    // the check read the file to its end; the second reading had read less than half of it when
    // the first chunk was sent, and most of it by the second
    expect(seen.readings).toBe(2);
    expect(seen.pulled[0]).toBeGreaterThanOrEqual(file.size);
    expect(atFirst[0]!.readings).toBe(2);
    expect(atFirst[0]!.pulled).toBeLessThan(file.size / 2);
    expect(atFirst[1]!.pulled).toBeLessThan(file.size);
    expect(await stored()).toBe(1200);
  });

  it('a malformed row, even the last one: nothing is sent, with the message of before', async () => {
    const rows: unknown[] = makeRows(1200);
    rows[1199] = { ...(rows[1199] as object), lastSavedAt: 'yesterday' };
    rows[3] = 7;
    const text = JSON.stringify({ ...JSON.parse(toJson([])), count: rows.length, reports: rows });
    const expected = parseLibraryJson(text);
    if (expected.ok) throw new Error('the rows should be refused');
    const { file, seen } = watchedFile([text]);
    const { api, sent } = spyOn();
    const err = await runImport(file, api, () => undefined).catch((e: Error) => e);
    expect(err).not.toBeInstanceOf(ImportStopped);
    expect((err as Error).message).toBe(expected.error);
    expect((err as Error).message).toMatch(/2 record\(s\) are malformed; nothing was imported\. .*row 4: .*row 1200: lastSavedAt/);
    expect(sent).toEqual([]);
    expect(seen.readings).toBe(1);
    expect(await stored()).toBe(0);
  });

  it('a version-1 file: amounts converted as a whole-file import converts them', async () => {
    const doc = JSON.parse(toJson(makeRows(3)));
    doc.exportVersion = 1;
    doc.reports[0].record.cells['table2.centralProcurement.amountYuan'].value = 2290.54;
    const { file } = watchedFile([JSON.stringify(doc)]);
    await runImport(file, background, () => undefined);
    const values = (await allReports(await openLibraryDb())).map((r) => r.record.cells['table2.centralProcurement.amountYuan']!.value);
    expect(values).toEqual([22905400, 22905400, 22905400]);
  });

  it('a second "reports" key: only the last array is imported, as JSON.parse reads the file', async () => {
    const [a, b] = [makeRows(3), makeRows(5).slice(3)];
    const text = toJson(a).slice(0, -1) + `,"reports":${JSON.stringify(b)}}`;
    const { file } = watchedFile([text]);
    const { api, sent } = spyOn();
    expect(await runImport(file, api, () => undefined)).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(sent).toEqual([2]);
  });

  it('progress rises from checking to importing and reaches 1', async () => {
    const { file } = watchedFile([toJson(makeRows(1200))]);
    const progress: Array<[number, string]> = [];
    await runImport(file, background, (f, phase) => progress.push([f, phase]));
    const fractions = progress.map(([f]) => f);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]!))).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    // the check moves the bar as its bytes are read, then each chunk answered does
    const checking = progress.filter(([, p]) => p.includes('checking')).map(([f]) => f);
    expect(checking.length).toBeGreaterThan(10);
    expect(checking.at(-1)).toBe(0.2);
    expect(progress.filter(([, p]) => p.includes('importing')).map(([f]) => f)).toEqual([0.2 + (0.8 * 500) / 1200, 0.2 + (0.8 * 1000) / 1200, 1]);
  });
});

describe('a file changed between the two readings', () => {
  const rows = makeRows(1200);
  const text = toJson(rows);

  it('fewer reports now: stopped at the end, the chunks sent before are imported, the message says the rest were not', async () => {
    const { file } = watchedFile([text, toJson(rows.slice(0, 1100))]);
    const err = await runImport(file, background, () => undefined).catch((e) => e);
    expect(err).toBeInstanceOf(ImportStopped);
    expect(err).toMatchObject({ imported: 1000, total: 1200 });
    expect(err.message).toContain('Import stopped after 1000 of 1200 reports (1000 added, 0 updated, 0 skipped); the other 200 were NOT imported');
    expect(err.message).toContain('The file changed during the import (只有 1100 份报告，不是 1200 份 / 1100 reports, not 1200)');
    expect(await stored()).toBe(1000);
  });

  it('more reports now: stopped before the extra one, what was sent is imported', async () => {
    const { file } = watchedFile([text, toJson(makeRows(1300))]);
    const err = await runImport(file, background, () => undefined).catch((e) => e);
    expect(err).toBeInstanceOf(ImportStopped);
    expect(err).toMatchObject({ imported: 1000, total: 1200 });
    expect(err.message).toContain('The file changed during the import (报告多于 1200 份 / more than 1200 reports)');
    expect(await stored()).toBe(1000);
  });

  it('a row malformed now: stopped there, the chunks sent before it are imported', async () => {
    const changed = JSON.parse(text);
    changed.reports[699].year = 'soon';
    const { file } = watchedFile([text, JSON.stringify(changed)]);
    const { api, sent } = spyOn();
    const err = await runImport(file, api, () => undefined).catch((e) => e);
    expect(err).toBeInstanceOf(ImportStopped);
    expect(err).toMatchObject({ imported: 500, total: 1200 });
    expect(err.message).toContain('Import stopped after 500 of 1200 reports (500 added, 0 updated, 0 skipped); the other 700 were NOT imported');
    expect(err.message).toContain('The file changed during the import (第 700 条 / row 700: year');
    expect(sent).toEqual([500]);
    expect(await stored()).toBe(500);
  });

  it('as many reports, another one in row 700 (a backup of another day saved over it): stopped there', async () => {
    const changed = JSON.parse(text);
    changed.reports[699] = JSON.parse(toJson(makeRows(1300))).reports[1299];
    const { file } = watchedFile([text, JSON.stringify(changed)]);
    const err = await runImport(file, background, () => undefined).catch((e) => e);
    expect(err).toMatchObject({ imported: 500, total: 1200 });
    expect(err.message).toContain('The file changed during the import (第 700 条不是检查过的那份报告 / row 700 is not the report checked)');
    changed.reports[699] = { ...rows[699], lastSavedAt: '2027-01-01T00:00:00.000Z' };
    await closeLibraryDb();
    globalThis.indexedDB = new IDBFactory();
    const again = await runImport(watchedFile([text, JSON.stringify(changed)]).file, background, () => undefined).catch((e) => e);
    expect(again.message).toContain('row 700 is not the report checked');
    expect(await stored()).toBe(500);
  });

  it('no longer JSON, or no longer readable: nothing imported, and why', async () => {
    const cutShort = watchedFile([text, text.slice(0, 1000)]);
    const err = await runImport(cutShort.file, background, () => undefined).catch((e) => e);
    expect(err).toMatchObject({ imported: 0, total: 1200 });
    expect(err.message).toMatch(/^导入失败，没有导入任何报告。.*The file changed during the import \(.*no longer JSON/);
    // a browser refuses to read a File changed on disk since it was chosen
    const unreadable = Object.assign(new Error('The requested file could not be read.'), { name: 'NotReadableError' });
    const gone = watchedFile([text, unreadable]);
    const again = await runImport(gone.file, background, () => undefined).catch((e) => e);
    expect(again).toBeInstanceOf(ImportStopped);
    expect(again.message).toContain('The file could not be read again (changed or moved?): The requested file could not be read.');
    expect(await stored()).toBe(0);
  });
});
