// Expected-record snapshots per fixture (test/snapshots/<case>/expected.json).
// Regenerate with `npm run snapshots:update` and review the diff.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCases, parseFile } from './fixture-loader';
import { snapshotOf } from './snapshot-shape';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../snapshots');

describe('expected-record snapshots', () => {
  for (const c of listCases()) {
    it(c.name, async () => {
      const file = join(root, c.name, 'expected.json');
      expect(existsSync(file), `missing ${file}: run npm run snapshots:update`).toBe(true);
      const { record } = await parseFile(c.source, c.meta?.provenance?.url);
      expect(JSON.parse(JSON.stringify(snapshotOf(record)))).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
