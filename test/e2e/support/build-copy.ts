/**
 * A throw-away copy of a built extension with its manifest edited, e.g. a site granted up front
 * where a test cannot answer the browser's permission prompt. Delete it with `rm` when done.
 *
 *   const dir = await buildCopyWith(CHROME_BUILD, (m) => m.host_permissions.push('*://x.example.org/*'));
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBuild } from './preconditions.ts';

export async function buildCopyWith<M = Record<string, unknown>>(buildDir: string, edit: (manifest: M) => void): Promise<string> {
  requireBuild(buildDir);
  const dir = await mkdtemp(join(tmpdir(), 'gra-build-copy-'));
  await cp(buildDir, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as M;
  edit(manifest);
  await writeFile(path, JSON.stringify(manifest));
  return dir;
}
