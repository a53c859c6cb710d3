// 10,000 saved records in (fake) IndexedDB through the library store API: time listing the
// summaries (what the library page asks for first) and a CSV export the way the library page
// does it (rows fetched 200 ids at a time, then the wide/long CSV built in chunks).
// fake-indexeddb is a pure-JS IndexedDB, slower than the browser's; a budget met here is met
// with margin in the browser, a miss here must be confirmed there.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Finding } from '../../src/model/finding';
import type { ReportRecord } from '../../src/model/record';
import { type LoopOptions, type Timing, timeLoop } from './stats';

export interface LibraryBench {
  records: number;
  source: string;
  list: Timing;
  listAndClone: Timing;
  csvWide: Timing;
  csvLong: Timing;
  csvWideBytes: number;
  note: string;
}

export interface Sample {
  record: ReportRecord;
  findings: Finding[];
}

/** A plausible record when no parsed fixture is available (says so in the results). */
function syntheticSample(i: number): Sample {
  const cells: ReportRecord['cells'] = {};
  const rows = ['newReceived', 'carriedOver', 'granted', 'partiallyGranted', 'resultsTotal', 'carriedForward'];
  const cols = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
  let n = 0;
  for (const r of rows) for (const c of cols) cells[`table3.${c}.${r}`] = { value: (i + n) % 97, raw: String((i + n++) % 97), kind: 'number', ref: { source: 'table', table: 2, row: n, col: 1 } };
  return {
    record: {
      schemaVersion: 1,
      meta: {
        url: null, title: '', h1: null, reportYear: null, reportYearSource: null, agencyName: null, agencyKind: 'department',
        publishedOn: null, publishedOnSource: null, formatVersion: 'rev2021', formatEvidence: [], basisCited: [], statPeriod: null,
        textTransforms: [], sectionsFound: [], parserVersion: 'synthetic',
      },
      cells, sections: {}, narrative: [], warnings: [],
    },
    findings: [],
  };
}

export async function benchLibrary(samples: Sample[], count: number, loop: LoopOptions): Promise<LibraryBench> {
  globalThis.indexedDB = new IDBFactory();
  const { openLibraryDb, closeLibraryDb } = await import('../../src/db/open');
  const { importReports, listSummaries, getReports } = await import('../../src/db/store');
  const { agencyKey, countFindings } = await import('../../src/db/summary');
  const { toCsvWideParts, toCsvLongParts } = await import('../../src/export/csv');
  await closeLibraryDb();
  const db = await openLibraryDb();
  const source = samples.length ? `${samples.length} parsed fixture records, varied` : 'synthetic records (parser not available)';
  const base = samples.length ? samples : [syntheticSample(0)];
  const rows = Array.from({ length: count }, (_, i) => {
    const s = base[i % base.length]!;
    const agencyName = `${s.record.meta.agencyName ?? '某某局'}${Math.floor(i / 16)}`;
    const year = 2009 + (i % 16);
    const url = `https://www.b${i % 97}.gov.cn/zfxxgknb/${year}/t_${i}.htm`;
    const record: ReportRecord = { ...s.record, meta: { ...s.record.meta, url, agencyName, reportYear: year } };
    const stamp = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
    return {
      id: url, record, findings: s.findings, crossYear: [], firstSavedAt: stamp, lastSavedAt: stamp,
      parserVersion: record.meta.parserVersion, agency: agencyKey(agencyName), year, format: record.meta.formatVersion,
      counts: countFindings(s.findings), saveCount: 1,
    };
  });
  // untimed setup: one import transaction of 10,000 rows
  const counts = await importReports(db, rows);
  if (counts.added !== count) throw new Error(`library setup: expected ${count} rows added, got ${JSON.stringify(counts)}`);
  const few = { ...loop, iterations: Math.min(loop.iterations, 15), warmup: 2, minIterations: 5 };
  const list = await timeLoop(() => listSummaries(db), () => undefined, few);
  // the list crosses the messaging boundary: structured clone ≈ what the browser does to it
  const listAndClone = await timeLoop(async () => structuredClone(await listSummaries(db)), () => undefined, few);
  const ids = (await listSummaries(db)).map((s) => s.id);
  const fetchAll = async () => {
    const out = [];
    for (let i = 0; i < ids.length; i += 200) out.push(...(await getReports(db, ids.slice(i, i + 200))));
    return out;
  };
  const slow = { ...few, iterations: 5, warmup: 1, minIterations: 3 };
  let bytes = 0;
  const csvWide = await timeLoop(async () => {
    const parts = await toCsvWideParts(await fetchAll());
    bytes = parts.reduce((a, p) => a + p.length, 0);
  }, () => undefined, slow);
  const csvLong = await timeLoop(async () => toCsvLongParts(await fetchAll()), () => undefined, slow);
  await closeLibraryDb();
  return {
    records: count,
    source,
    list,
    listAndClone,
    csvWide,
    csvLong,
    csvWideBytes: bytes,
    note: 'Node + fake-indexeddb (pure JS, slower than a browser IndexedDB); CSV time includes fetching the rows 200 ids at a time',
  };
}
