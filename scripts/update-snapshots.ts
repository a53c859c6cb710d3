// npm run snapshots:update — regenerates test/snapshots/<case>/expected.json for every fixture
// (Readability style). Review the git diff before committing: each change is a parser change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCases, parseFile } from '../test/unit/parse/fixture-loader';
import { snapshotOf } from '../test/unit/parse/snapshot-shape';

const root = join(import.meta.dirname, '../test/snapshots');
for (const c of listCases()) {
  const { record } = await parseFile(c.source, c.meta?.provenance?.url);
  const dir = join(root, c.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(snapshotOf(record), null, 2) + '\n');
  console.log(`${c.name}: ${Object.keys(record.cells).length} cells`);
}
