// A large JSON backup for the import benches, written one report at a time (never the whole text):
// generated rows (library-rows.ts) with `cellsEach` extra cells, ~40 KB of JSON a report at 300.
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/export/json';
import { makeRows, syntheticSample } from './library-rows';

/** The backup's path, written first when it is not there yet. */
export async function generatedBackup(reports: number, cellsEach: number): Promise<string> {
  const path = join(tmpdir(), `import-bench-${reports}-${cellsEach}.json`);
  if (existsSync(path)) return path;
  const out = createWriteStream(`${path}.part`);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(JSON.stringify({ format: EXPORT_FORMAT, exportVersion: EXPORT_VERSION, exportedAt: new Date().toISOString(), count: reports }).slice(0, -1) + ',"reports":[');
  const sample = syntheticSample();
  for (let n = 0; n < cellsEach; n++) {
    sample.record.cells[`custom.k${n}`] = { value: n, raw: `${n}（件）`, kind: 'number', ref: { source: 'text', block: n, start: 3, end: 9 } };
  }
  // (the rows share the sample's cells: small until written out)
  const rows = makeRows([sample], reports);
  for (let i = 0; i < reports; i++) await write((i ? ',' : '') + JSON.stringify(rows[i]));
  await write(']}');
  out.end();
  await once(out, 'finish');
  await rename(`${path}.part`, path);
  return path;
}
