// The library page's heap during the import of a large JSON backup, in Node (run with
// --expose-gc): `npx tsx --expose-gc scripts/bench/import-memory.ts [reports] [cells a report]`.
// The backup is generated to a temporary file first (in its own process: its garbage is not
// counted); the import then reads it as the page does (a Blob's stream) and sends its chunks to
// a background that checks them as the real one does, stores nothing and answers counts. The
// heap is sampled every 10 ms; the peak above the heap before the import is printed.
import { spawnSync } from 'node:child_process';
import { openAsBlob } from 'node:fs';
import { runImport } from '../../components/library/export-actions';
import type { LibraryApi } from '../../components/library/api';
import { validateRows } from '../../src/export/json';
import type { Message } from '../../src/messaging/protocol';
import { generatedBackup } from './import-backup';

const reports = Number(process.argv[2] ?? 3000);
const cellsEach = Number(process.argv[3] ?? 300);

if (process.argv[4] === 'generate') {
  await generatedBackup(reports, cellsEach);
  process.exit(0);
}
// generated in a process of its own: its garbage is not in the heap measured
spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, String(reports), String(cellsEach), 'generate'], { stdio: 'inherit' });
const path = await generatedBackup(reports, cellsEach);

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
