// The library page's heap during the import of a large JSON backup, in Node (run with
// --expose-gc): `npx tsx --expose-gc scripts/bench/import-memory.ts [reports] [cells a report]`.
// The backup is generated to a temporary file first (in its own process: its garbage is not
// counted); the import then reads it as the page does (a Blob's stream) and sends its chunks to
// a background that checks them as the real one does, stores nothing and answers counts. The
// heap is sampled every 10 ms; the peak above the heap before the import is printed.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, openAsBlob } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { runImport } from '../../components/library/export-actions';
import type { LibraryApi } from '../../components/library/api';
import type { Message } from '../../src/messaging/protocol';
import { EXPORT_FORMAT, EXPORT_VERSION, validateRows } from '../../src/export/json';
import { makeRows, syntheticSample } from './library-rows';

const reports = Number(process.argv[2] ?? 3000);
const cellsEach = Number(process.argv[3] ?? 300);
const path = join(tmpdir(), `import-memory-${reports}-${cellsEach}.json`);

/** Writes the backup one report at a time (never the whole text). */
async function generate(): Promise<void> {
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(JSON.stringify({ format: EXPORT_FORMAT, exportVersion: EXPORT_VERSION, exportedAt: new Date().toISOString(), count: reports }).slice(0, -1) + ',"reports":[');
  const sample = syntheticSample();
  for (let n = 0; n < cellsEach; n++) {
    sample.record.cells[`custom.k${n}`] = { value: n, raw: `${n}（件）`, kind: 'number', ref: { source: 'text', block: n, start: 3, end: 9 } };
  }
  for (let i = 0; i < reports; i++) {
    const [row] = makeRows([sample], i + 1).slice(i);
    await write((i ? ',' : '') + JSON.stringify(row));
  }
  await write(']}');
  out.end();
  await once(out, 'finish');
}

if (process.argv[4] === 'generate') {
  await generate();
  process.exit(0);
}
if (!existsSync(path)) spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, String(reports), String(cellsEach), 'generate'], { stdio: 'inherit' });

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const background: LibraryApi = {
  send: async (msg) => {
    if (msg.type !== 'library:import') throw new Error(msg.type);
    const { rows } = msg as Message<'library:import'>;
    const valid = validateRows(rows);
    if (!valid.ok) return valid as never;
    return { ok: true, added: rows.length, updated: 0, skipped: 0 } as never;
  },
};

const blob = await openAsBlob(path);
gc();
const before = process.memoryUsage().heapUsed;
let peak = before;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().heapUsed);
};
const timer = setInterval(sample, 10);
const started = performance.now();
const counts = await runImport(blob, background, sample);
const ms = performance.now() - started;
clearInterval(timer);
sample();
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
console.log(`${reports} reports, ${mb(blob.size)} file: ${counts.added} imported in ${(ms / 1000).toFixed(1)} s; heap before ${mb(before)}, peak ${mb(peak)} (+${mb(peak - before)})`);
