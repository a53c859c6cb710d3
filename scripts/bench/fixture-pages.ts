// The shared report fixtures as whole HTML pages (as a portal would serve them), for the bench
// and the fuzz seeds: .txt → one <p> per line, HTML-escaped; HTML fragments wrapped in a page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES_DIR = resolve(process.env.FIXTURES_DIR ?? join(REPO_ROOT, '../shared/fixtures'));

export interface BenchPage {
  name: string;
  kind: 'real' | 'seed' | 'portal';
  url: string;
  html: string;
  /** bytes of the source file, for the table */
  sourceBytes: number;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function titleOf(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const labelled = lines.find((l) => /^标\s*题\s*[:：]/.test(l));
  if (labelled) return labelled.replace(/^标\s*题\s*[:：]\s*/, '');
  return lines.slice(0, 12).find((l) => l.length <= 80 && /(19|20)\d{2}.{0,60}?(报告|報告)/.test(l)) ?? lines[0] ?? '';
}

export function textToPage(text: string): string {
  const body = text
    .split(/\r?\n/)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n');
  return wrap(titleOf(text), body);
}

export function wrap(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

function htmlToPage(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const text = html.replace(/<[^>]*>/g, '\n');
  return wrap(titleOf(text), html);
}

function provenanceUrl(dir: string): string | null {
  try {
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { provenance?: { url?: string } };
    return meta.provenance?.url ?? null;
  } catch {
    return null;
  }
}

/** Every real case and seed, as pages. Throws a clear error when the fixtures are missing. */
export function loadFixturePages(): BenchPage[] {
  if (!existsSync(FIXTURES_DIR)) throw new Error(`fixtures not found at ${FIXTURES_DIR} (set FIXTURES_DIR)`);
  const pages: BenchPage[] = [];
  const realDir = join(FIXTURES_DIR, 'real');
  for (const name of readdirSync(realDir).sort()) {
    const dir = join(realDir, name);
    const url = provenanceUrl(dir) ?? `https://www.example.gov.cn/real/${name}.html`;
    for (const file of ['source.html', 'source.txt']) {
      const path = join(dir, file);
      if (!existsSync(path)) continue;
      const src = readFileSync(path, 'utf8');
      const html = file.endsWith('.html') ? htmlToPage(src) : textToPage(src);
      pages.push({ name, kind: 'real', url, html, sourceBytes: Buffer.byteLength(src) });
      break;
    }
  }
  const seedDir = join(FIXTURES_DIR, 'seeds');
  for (const file of readdirSync(seedDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const src = readFileSync(join(seedDir, file), 'utf8');
    const name = file.replace(/\.txt$/, '');
    pages.push({ name: `seed-${name}`, kind: 'seed', url: `https://www.example.gov.cn/seeds/${name}.html`, html: textToPage(src), sourceBytes: Buffer.byteLength(src) });
  }
  return pages;
}
