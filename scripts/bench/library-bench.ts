// 10,000 saved records in IndexedDB through the library store API: time listing the summaries
// (what the library page asks for first; + a JSON round trip ≈ what Chrome's messaging does to
// the answer) and a CSV export the way the library page does it (light export rows fetched 1,000
// ids at a time and decoded, then the wide/long CSV built in chunks). Fetching the full rows (what
// JSON and Excel export read) is timed too, for comparison, and the Excel workbook built from them. Runs against whatever `indexedDB` is global: the
// browser's in the bench page, fake-indexeddb (pure JS, much slower) in Node.
import { closeLibraryDb, openLibraryDb } from '../../src/db/open';
import { decodeExportValues } from '../../src/db/export-values';
import { getExportValues, getReports, importReports, listSummaries } from '../../src/db/store';
import { toCsvLongParts, toCsvWideParts } from '../../src/export/csv';
import { toXlsx } from '../../src/export/xlsx';
import { makeRows, type Sample } from './library-rows';
import { type LoopOptions, type Timing, timeLoop } from './stats';

export type { Sample } from './library-rows';

export interface LibraryBench {
  records: number;
  source: string;
  list: Timing;
  listAndTransfer: Timing;
  /** fetching and decoding every light export row, 1,000 ids at a time (part of both CSV timings) */
  fetchRows: Timing;
  /** fetching every full row, 200 ids at a time (JSON/Excel export; what CSV read before DB v5) */
  fetchFullRows: Timing;
  csvWide: Timing;
  csvLong: Timing;
  csvWideBytes: number;
  /** the Excel workbook the library page builds: full rows fetched, then toXlsx (no budget in the issue) */
  xlsx: Timing;
  xlsxBytes: number;
  note: string;
}

export async function benchLibrary(samples: Sample[], count: number, loop: LoopOptions, note: string): Promise<LibraryBench> {
  await closeLibraryDb();
  const db = await openLibraryDb();
  const source = samples.length ? `${samples.length} parsed fixture records, varied` : 'synthetic records (parser not available)';
  // untimed setup: one import transaction of `count` rows
  const counts = await importReports(db, makeRows(samples, count));
  if (counts.added !== count) throw new Error(`library setup: expected ${count} rows added, got ${JSON.stringify(counts)}`);
  const few = { ...loop, iterations: Math.min(loop.iterations, 15), warmup: 2, warmupMs: 0, minIterations: 5 };
  const list = await timeLoop(() => listSummaries(db), () => undefined, few);
  const listAndTransfer = await timeLoop(async () => JSON.parse(JSON.stringify(await listSummaries(db))) as unknown, () => undefined, few);
  const ids = (await listSummaries(db)).map((s) => s.id);
  const fetchFull = async () => {
    const out = [];
    for (let i = 0; i < ids.length; i += 200) out.push(...(await getReports(db, ids.slice(i, i + 200))));
    return out;
  };
  const fetchAll = async () => {
    const out = [];
    for (let i = 0; i < ids.length; i += 1000) out.push(...(await getExportValues(db, ids.slice(i, i + 1000))).map(decodeExportValues));
    return out;
  };
  // exports of 10,000 rows take seconds each: a few timed runs, no warm-up (the list above warmed the store)
  const slow = { ...few, iterations: 3, warmup: 0, minIterations: 1, maxMs: 20_000 };
  const fetchFullRows = await timeLoop(fetchFull, () => undefined, slow);
  const fetchRows = await timeLoop(fetchAll, () => undefined, slow);
  let bytes = 0;
  const csvWide = await timeLoop(async () => {
    const parts = await toCsvWideParts(await fetchAll());
    bytes = parts.reduce((a, p) => a + p.length, 0);
  }, () => undefined, slow);
  const csvLong = await timeLoop(async () => toCsvLongParts(await fetchAll()), () => undefined, slow);
  let xlsxBytes = 0;
  const xlsx = await timeLoop(async () => {
    const parts = await toXlsx(await fetchFull());
    xlsxBytes = parts.reduce((a, p) => a + p.length, 0);
  }, () => undefined, { ...slow, iterations: 2 });
  db.close();
  await closeLibraryDb();
  return { records: count, source, list, listAndTransfer, fetchRows, fetchFullRows, csvWide, csvLong, csvWideBytes: bytes, xlsx, xlsxBytes, note };
}
