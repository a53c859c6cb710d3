// 10,000 saved records in IndexedDB through the library store API: time listing the summaries
// (what the library page asks for first; then as the page does it: the background's library:list
// answer through a JSON round trip ≈ what Chrome's messaging does to it, decoded on the page) and the exports with the library page's own code (components/library/
// export-actions.ts) against the background's own handler: CSV reads light export rows 1,000 ids
// a message, one message ahead (the long CSV written as they arrive); Excel reads the light rows
// and each report's findings rows; JSON the full rows, 200 ids a message, each written as it
// arrives. Reading the rows alone is timed too. Runs against whatever `indexedDB` is global:
// the browser's in the bench page, fake-indexeddb (pure JS, much slower) in Node.
import { closeLibraryDb, openLibraryDb } from '../../src/db/open';
import { buildExport, exportFile, fetchExportRows, fetchRows as fetchFull } from '../../components/library/export-actions';
import type { LibraryApi } from '../../components/library/api';
import type { OpenDeflater } from '../../src/export/deflate-worker';
import { handleLibraryMessage } from '../../src/background/library';
import { importReports, listSummaries } from '../../src/db/store';
import { decodeListing } from '../../src/db/listing';
import { makeRows, type Sample } from './library-rows';
import { type LoopOptions, type Timing, timeLoop } from './stats';

export type { Sample } from './library-rows';

export interface LibraryBench {
  records: number;
  source: string;
  list: Timing;
  /** the library page's listing: the background's answer (the snapshot's JSON) through a JSON round trip, then decoded */
  listAndTransfer: Timing;
  /** fetching (with the JSON round trip) and decoding every light export row, as the wide CSV does before writing */
  fetchRows: Timing;
  /** fetching every full row, 200 ids a message with the JSON round trip (what JSON and Excel export read) */
  fetchFullRows: Timing;
  csvWide: Timing;
  csvLong: Timing;
  csvWideBytes: number;
  /**
   * the Excel export as the library page runs it: light rows and findings rows fetched, the
   * workbook written, its parts deflated in a worker when `openDeflater` gave one (no budget in the issue)
   */
  xlsx: Timing;
  xlsxBytes: number;
  /** where xlsx deflated: 'worker' as in the extension, or 'page' */
  xlsxDeflatedIn: OpenDeflater['where'];
  /** the same export deflating on the page's own thread (null when xlsx already did) */
  xlsxOnPage: Timing | null;
  /** the JSON (lossless) export as the library page runs it: full rows, each written as it arrives */
  json: Timing;
  jsonBytes: number;
  /**
   * MB of V8 heap above the start at the JSON export's peak (sampled every 10 ms), as the page
   * does it and reading every full row first then writing (as before the streamed export). The
   * V8 heap holds strings and objects, not ArrayBuffer contents: the page's export keeps each
   * row's UTF-8 bytes (jsonBytes in all) outside it. Null where the browser does not expose
   * precise heap sizes and gc()
   */
  jsonPeakHeapMB: { streamed: number; allRowsFirst: number } | null;
  note: string;
}

/** MB the V8 heap grew to above where it started while `f` ran, after a gc (null: not measurable here). */
async function peakHeapDuring(f: () => Promise<unknown>): Promise<number | null> {
  const gc = (globalThis as { gc?: () => void }).gc;
  // a fresh MemoryInfo each time: Chromium's is a snapshot taken when `performance.memory` is read
  const used = () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
  if (!gc || used() === undefined) return null;
  gc();
  const base = used()!;
  let peak = base;
  const timer = setInterval(() => void (peak = Math.max(peak, used()!)), 10);
  try {
    await f(); // its result stays referenced until the last sample
    peak = Math.max(peak, used()!);
  } finally {
    clearInterval(timer);
  }
  gc();
  return Math.round((peak - base) / 1e6);
}

/** `openDeflater`: the worker the Excel export deflates in, as the library page's (on the page when not given). */
export async function benchLibrary(
  samples: Sample[],
  count: number,
  loop: LoopOptions,
  note: string,
  openDeflater?: () => Promise<OpenDeflater>,
): Promise<LibraryBench> {
  await closeLibraryDb();
  const db = await openLibraryDb();
  const source = samples.length ? `${samples.length} parsed fixture records, varied` : 'synthetic records (parser not available)';
  // untimed setup: one import transaction of `count` rows
  const counts = await importReports(db, makeRows(samples, count));
  if (counts.added !== count) throw new Error(`library setup: expected ${count} rows added, got ${JSON.stringify(counts)}`);
  const few = { ...loop, iterations: Math.min(loop.iterations, 15), warmup: 2, warmupMs: 0, minIterations: 5 };
  const list = await timeLoop(() => listSummaries(db), () => undefined, few);
  // as the library page lists: the background's handler answers with the snapshot's JSON, the
  // answer goes through messaging's JSON round trip, the page decodes it (LibraryApp.tsx)
  const listAndTransfer = await timeLoop(async () => {
    const answer = JSON.parse(JSON.stringify(await handleLibraryMessage({ type: 'library:list' }))) as { ok: boolean; listingJson?: string };
    if (!answer.ok || answer.listingJson === undefined) throw new Error(`library:list failed: ${JSON.stringify(answer).slice(0, 200)}`);
    return decodeListing(answer.listingJson);
  }, () => undefined, few);
  const ids = (await listSummaries(db)).map((s) => s.id);

  // the library page's own export code, talking to the background's own handler; each answer
  // goes through a JSON round trip, as Chrome's extension messaging serialises it. On one thread
  // here, so pessimistic: in the extension the background's half runs in its own process.
  const api: LibraryApi = { send: async (msg) => JSON.parse(JSON.stringify(await handleLibraryMessage(msg))) as never };
  const none = () => undefined;
  // exports of 10,000 rows take seconds each: a few timed runs, no warm-up (the list above warmed the store)
  const slow = { ...few, iterations: 3, warmup: 0, minIterations: 1, maxMs: 20_000 };
  const fetchFullRows = await timeLoop(() => fetchFull(api, ids, none), none, slow);
  const fetchRows = await timeLoop(() => fetchExportRows(api, ids, none), none, slow);
  let bytes = 0;
  const csvWide = await timeLoop(async () => {
    const { file } = await exportFile('csvWide', ids, api, none);
    bytes = file.data.reduce((a: number, p) => a + (p as string).length, 0);
  }, none, slow);
  const csvLong = await timeLoop(() => exportFile('csvLong', ids, api, none), none, slow);
  let xlsxBytes = 0;
  let xlsxDeflatedIn = 'page' as OpenDeflater['where']; // set by the timed runs
  const opening = openDeflater
    ? async () => {
        const d = await openDeflater();
        xlsxDeflatedIn = d.where;
        return d;
      }
    : undefined;
  const xlsx = await timeLoop(async () => {
    const { file } = await exportFile('xlsx', ids, api, none, opening);
    xlsxBytes = file.data.reduce((a: number, p) => a + (p as Uint8Array).length, 0);
  }, none, { ...slow, iterations: 2 });
  const xlsxOnPage = xlsxDeflatedIn === 'worker' ? await timeLoop(() => exportFile('xlsx', ids, api, none), none, { ...slow, iterations: 2 }) : null;
  let jsonBytes = 0;
  const json = await timeLoop(async () => {
    const { file } = await exportFile('json', ids, api, none);
    // UTF-8 bytes: the rows are bytes already, the document's head and commas plain ASCII
    jsonBytes = file.data.reduce((a: number, p) => a + (typeof p === 'string' ? p.length : (p as Uint8Array).byteLength), 0);
  }, none, { ...slow, iterations: 2 });
  const streamedPeak = await peakHeapDuring(() => exportFile('json', ids, api, none));
  const allRowsFirstPeak = await peakHeapDuring(async () => buildExport('json', await fetchFull(api, ids, none), none));
  const jsonPeakHeapMB = streamedPeak !== null && allRowsFirstPeak !== null ? { streamed: streamedPeak, allRowsFirst: allRowsFirstPeak } : null;
  db.close();
  await closeLibraryDb();
  return { records: count, source, list, listAndTransfer, fetchRows, fetchFullRows, csvWide, csvLong, csvWideBytes: bytes, xlsx, xlsxBytes, xlsxDeflatedIn, xlsxOnPage, json, jsonBytes, jsonPeakHeapMB, note };
}
