// A backup read in pieces (json-pieces.ts) gives what JSON.parse of its whole text gives, wherever
// the pieces are cut, and refuses what JSON.parse refuses; so a backup longer than Chromium's
// longest string can be imported (adv55 #5: it was called "not a JSON file").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedReport } from '../../../src/db/schema';
import { checkLibraryJson, type ParseOutcome, parseLibraryJson, readCheckedRows, readLibraryJson, toJson, toJsonParts } from '../../../src/export/json';
import { fileTextPieces, readExportPieces } from '../../../src/export/json-pieces';
import { makeRows } from './make-rows';

/** `text` cut at the given places (sorted, deduplicated) */
function cut(text: string, at: number[]): string[] {
  const places = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of places) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

/** What an import's two readings (checkLibraryJson, then readCheckedRows) make of the pieces, as readLibraryJson says it. */
async function readTwice(pieces: string[]): Promise<ParseOutcome> {
  const checked = await checkLibraryJson(pieces);
  if (!checked.ok) return checked;
  const rows: SavedReport[] = [];
  await readCheckedRows(pieces, checked, async (some) => {
    for (const r of some) rows.push(r);
  });
  expect(rows.length).toBe(checked.reports.length);
  return { ok: true, rows };
}

const ROWS = makeRows(6);
const EXPORT = toJson(ROWS, new Date('2026-12-01T00:00:00Z'));

describe('a backup read in pieces', () => {
  it('gives the rows JSON.parse gives, wherever it is cut', async () => {
    const whole = parseLibraryJson(EXPORT);
    expect(whole.ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (at) => {
        expect(await readLibraryJson(cut(EXPORT, at))).toEqual(whole);
        expect(await readTwice(cut(EXPORT, at))).toEqual(whole);
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('one character a piece, a BOM first, pretty-printed, keys in another order and escaped', async () => {
    const docs = [
      '\uFEFF' + EXPORT,
      JSON.stringify(JSON.parse(EXPORT), null, 2),
      JSON.stringify({ reports: JSON.parse(EXPORT).reports, ...JSON.parse(EXPORT), count: 6 }),
      EXPORT.replace('"reports":', '"rep\\u006frts" : '),
    ];
    for (const doc of docs) {
      const expected = parseLibraryJson(doc);
      expect(expected.ok).toBe(true);
      expect(await readLibraryJson([...doc])).toEqual(expected);
      expect(await readTwice([...doc])).toEqual(expected);
    }
  });

  it('strings holding brackets, quotes, commas and backslashes do not end a report', async () => {
    const rows = makeRows(2);
    rows[0]!.agency = '某局 ]}, "reports": [ {\\" 【】';
    rows[1]!.record.meta.title = '\\"}]';
    const doc = toJson(rows);
    const expected = parseLibraryJson(doc);
    expect(expected.ok).toBe(true);
    for (const size of [1, 2, 3, 7, 64]) {
      const pieces = [];
      for (let i = 0; i < doc.length; i += size) pieces.push(doc.slice(i, i + size));
      expect(await readLibraryJson(pieces)).toEqual(expected);
    }
  });

  it('texts of quotes, backslashes and brackets, cut anywhere', async () => {
    const text = fc.array(fc.constantFrom(...'\\"{}[],: 中a\n'.split('')), { maxLength: 12 }).map((a) => a.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, fc.array(fc.nat(), { maxLength: 30 }), async (agency, title, at) => {
        const rows = makeRows(2);
        rows[0]!.agency = agency;
        rows[1]!.record.meta.title = title;
        const doc = toJson(rows);
        expect(await readLibraryJson(cut(doc, at))).toEqual(parseLibraryJson(doc));
        expect(await readTwice(cut(doc, at))).toEqual(parseLibraryJson(doc));
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('a backup longer than the longest string V8 allows (2^29 - 24 characters) is read', async () => {
    // two reports with 540 million characters of JSON whitespace between them, made as they are read
    const between = EXPORT.indexOf('},{"id"') + 1;
    expect(between).toBeGreaterThan(1);
    const [head, tail] = [EXPORT.slice(0, between), EXPORT.slice(between + 1)];
    async function* huge() {
      yield head + ',';
      const spaces = ' '.repeat(1 << 20);
      for (let i = 0; i < 515; i++) yield spaces;
      yield tail;
    }
    let length = 0;
    for await (const p of huge()) length += p.length;
    expect(length).toBeGreaterThan(2 ** 29);
    const ids = (parseLibraryJson(EXPORT) as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
    const read = await readLibraryJson(huge());
    if (!read.ok) throw new Error(read.error);
    expect(read.rows.map((r) => r.id)).toEqual(ids);
    // the same whitespace after the reports, in the head (adv55's own repro file)
    async function* hugeHead() {
      yield EXPORT.slice(0, -1);
      const spaces = ' '.repeat(1 << 20);
      for (let i = 0; i < 515; i++) yield spaces;
      yield '}';
    }
    const again = await readLibraryJson(hugeHead());
    if (!again.ok) throw new Error(again.error);
    expect(again.rows.map((r) => r.id)).toEqual(ids);
  }, 60_000);

  it('runs of backslashes cut into pieces of one to four characters (reviewer 65 #3)', async () => {
    // a piece of backslashes only, after one that ended inside an escape: its parity was counted from the
    // escaped character, and the closing quote was taken for an escaped one
    expect(await readExportPieces(['{"reports":[],"a":"\\', '\\', '"}'])).toEqual({ head: { reports: [], a: '\\' }, reports: [] });
    const text = fc.array(fc.constantFrom('\\', '\\', '"', 'a', '中'), { maxLength: 14 }).map((a) => a.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 }), async (title, sizes) => {
        const rows = makeRows(1);
        rows[0]!.record.meta.title = title;
        const doc = toJson(rows);
        const pieces: string[] = [];
        for (let i = 0, k = 0; i < doc.length; k++) {
          const n = sizes[k % sizes.length]!;
          pieces.push(doc.slice(i, i + n));
          i += n;
        }
        expect(await readLibraryJson(pieces)).toEqual(parseLibraryJson(doc));
        expect(await readTwice(pieces)).toEqual(parseLibraryJson(doc));
      }),
      { numRuns: 400, seed: 20261208 },
    );
  });

  it('the head and the reports as JSON.parse has them, bare values too', async () => {
    const read = await readExportPieces(['{"a":[1,{"reports":[9]}],"reports":[null, 5 ,"x,]",{"b":[1,2]},[3]],"z":{}}']);
    expect(read).toEqual({ head: { a: [1, { reports: [9] }], reports: [], z: {} }, reports: [null, 5, 'x,]', { b: [1, 2] }, [3]] });
  });

  it('refuses what JSON.parse refuses, with the same message kind', async () => {
    const broken = [
      '', 'a,b,c', EXPORT.slice(0, -1), EXPORT.slice(0, EXPORT.length >> 1), EXPORT + '}', EXPORT.replace('},{', '},,{'),
      EXPORT.replace('"agency":', '"agency"'), '{"reports":[}', '{"reports":[{"a":1]]}', ']',
      '{"reports":[{"a":1},,{"b":2}]}', '{"reports":[,{"a":1}]}', '{"reports":[{"a":1},]}', '{"reports":[{"a":1} {"b":2}]}',
      '{"reports":[1 2]}', '{"reports":[1,,2]}', '{"reports":[1,]}', '{"reports":[,]}',
    ];
    for (const doc of broken) {
      expect(() => JSON.parse(doc), doc.slice(0, 40)).toThrow();
      expect(await readLibraryJson(cut(doc, [3, 50, 200])), doc.slice(0, 40)).toMatchObject({ ok: false, error: expect.stringMatching(/不是 JSON/) });
      expect(await readTwice(cut(doc, [3, 50, 200]))).toEqual(await readLibraryJson(cut(doc, [3, 50, 200])));
    }
    expect(await readLibraryJson(['{"reports":[]}'])).toMatchObject({ ok: false, error: expect.stringMatching(/不是年报助手导出/) });
    expect(await readLibraryJson(['{"format":"gov-report-annotator/library","exportVersion":2,"reports":{}}'])).toMatchObject({ ok: false, error: expect.stringMatching(/不是年报助手导出/) });
    // and the import's readings say the same of every other refusal: the head's, the version's, malformed rows
    const rows = JSON.parse(EXPORT).reports;
    const refused = [
      '{"reports":[]}', '{"format":"gov-report-annotator/library","exportVersion":2,"reports":{}}',
      JSON.stringify({ format: 'gov-report-annotator/library', exportVersion: 9, reports: rows }),
      JSON.stringify({ format: 'gov-report-annotator/library', exportVersion: 2, reports: [rows[0], { ...rows[1], year: 'x' }, 5, rows[2], null, {}] }),
      JSON.stringify({ reports: rows, format: 'gov-report-annotator/library', exportVersion: 2 }).replace('{"reports"', '{"reports":[1,2],"reports"'),
      JSON.stringify({ format: 'gov-report-annotator/library', exportVersion: 2, reports: rows }).slice(0, -1) + ',"reports":[7]}',
    ];
    for (const doc of refused) {
      expect(parseLibraryJson(doc).ok, doc.slice(0, 40)).toBe(doc.startsWith('{"reports":[1,2]'));
      expect(await readTwice(cut(doc, [5, 300, 2000]))).toEqual(parseLibraryJson(doc));
    }
  });

  it('a file is read as UTF-8 pieces, the export written in parts read back whole', async () => {
    const file = new Blob(toJsonParts(ROWS, new Date('2026-12-01T00:00:00Z')));
    const pieces: string[] = [];
    for await (const p of fileTextPieces(file)) pieces.push(p);
    expect(pieces.join('')).toBe(EXPORT);
    expect(await readLibraryJson(fileTextPieces(file))).toEqual(parseLibraryJson(EXPORT));
  });
});
