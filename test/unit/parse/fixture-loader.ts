// Loads a fixture page into a linkedom document, exactly as the CLI does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodePage, pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures');

export interface FixtureCase {
  name: string;
  source: string;
  meta: Record<string, any> | null;
}

export function listCases(): FixtureCase[] {
  const out: FixtureCase[] = [];
  const real = join(FIXTURES, 'real');
  for (const name of readdirSync(real).sort()) {
    const dir = join(real, name);
    const source = ['source.html', 'source.txt'].map((f) => join(dir, f)).find(existsSync);
    if (!source) continue;
    out.push({ name, source, meta: JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) });
  }
  const seeds = join(FIXTURES, 'seeds');
  for (const f of readdirSync(seeds).sort()) if (f.endsWith('.txt')) out.push({ name: `seed-${f.slice(0, 3)}`, source: join(seeds, f), meta: null });
  return out;
}

export async function parseFile(path: string, url?: string) {
  const text = decodePage(readFileSync(path));
  const { document } = parseHTML(pageHtml(text, path.endsWith('.txt')));
  return parseDocument(document as unknown as Document, url ? { url } : {});
}
