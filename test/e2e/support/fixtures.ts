/**
 * Turns the shared report fixtures into whole HTML pages, the way a portal would serve them.
 *
 * - `real/<case>/source.html` fragments are wrapped in a minimal portal page (a full document is
 *   served as it is); `source.txt` and `seeds/*.txt` become one `<p>` per line, HTML-escaped.
 * - The `<title>` comes from the page's own text (a `标题:` line, else the first line that reads
 *   like a report title, else the first non-empty line) — never from meta.json, so detection is
 *   tested on what a real page would show.
 * - Real cases are also given the path of their `provenance.url` (detection uses URL cues).
 *
 * Used by server.ts; unit tests may import `fixturePageHtml` to parse the same pages in Node.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repo root (…/main), found from this file, so tests work from any cwd. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `../shared/fixtures` beside the repo; FIXTURES_DIR overrides it (e.g. a CI checkout elsewhere). */
export const FIXTURES_DIR = resolve(process.env.FIXTURES_DIR ?? join(REPO_ROOT, '../shared/fixtures'));

/** Extra non-report pages other tests add: served verbatim at /pages/<file>. */
export const EXTRA_PAGES_DIR = join(REPO_ROOT, 'test/e2e/pages');

export type FixtureKind = 'real' | 'seed' | 'page';

export interface FixturePage {
  kind: FixtureKind;
  /** `001-shanghai-bgt-2019`, `001_e60c3c3fc476d400`, or `not-a-report` (file name without .html) */
  name: string;
  /** Main path, e.g. `/zwgk/…/t20200120_80576.htm` (real case with a provenance URL), `/real/<case>/`, `/seeds/<name>/`, `/pages/<file>` */
  path: string;
  /** Every path this page answers to (the main one first). */
  paths: string[];
  /** The original URL the material came from, if known (real cases only). */
  provenanceUrl: string | null;
  /** Builds the page HTML on demand (files are read lazily). */
  html(): string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// A report title names a year and ends in 报告; 年报 alone also matches breadcrumbs (当前位置 … 年报).
const REPORT_TITLE = /(19|20)\d{2}.{0,60}?(报告|報告)/;
// Pinyin glosses some portals add after rare characters: 鎮(zhèn), 報(bào).
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)/g;

/** Title as a reader sees it on the page: 标题: line, else a report-like line near the top, else line one. */
export function titleFromText(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').replace(/[\s|]+$/, '').trim())
    .filter((l) => l.length > 0);
  const labelled = lines.find((l) => /^标\s*题\s*[:：]/.test(l));
  const pick =
    (labelled ? labelled.replace(/^标\s*题\s*[:：]\s*/, '') : undefined) ||
    lines.slice(0, 12).find((l) => l.length <= 80 && REPORT_TITLE.test(l.replace(PINYIN_GLOSS, ''))) ||
    lines[0] ||
    '';
  return pick.slice(0, 120);
}

/** Visible text of an HTML fragment, line per block element (good enough to find its title). */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<(br|\/p|\/div|\/h\d|\/tr|\/li|\/title)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function portalPage(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${body}\n</body></html>\n`;
}

/** Page for an HTML fragment (or a whole document, served as is). */
export function pageFromHtmlSource(source: string): string {
  if (/<html[\s>]/i.test(source)) return source;
  return portalPage(titleFromText(textOfHtml(source)), source);
}

/** Page for a text extraction: one <p> per line, blank lines kept as empty paragraphs. */
export function pageFromTextSource(source: string): string {
  const body = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  return portalPage(titleFromText(source), body);
}

function requireDir(dir: string, what: string): void {
  if (!existsSync(dir)) {
    throw new Error(
      `${what} not found at ${dir}. The fixtures live in ../shared/fixtures beside the repo ` +
        `(or set FIXTURES_DIR).`,
    );
  }
}

function pathOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const p = new URL(url).pathname;
    return p && p !== '/' ? p : null;
  } catch {
    return null;
  }
}

/** All real cases, seeds and extra pages. Throws a clear error if the fixtures folder is missing. */
export function listFixturePages(): FixturePage[] {
  requireDir(join(FIXTURES_DIR, 'real'), 'Report fixtures (real/)');
  const pages: FixturePage[] = [];

  for (const name of readdirSync(join(FIXTURES_DIR, 'real')).sort()) {
    const dir = join(FIXTURES_DIR, 'real', name);
    const htmlFile = join(dir, 'source.html');
    const txtFile = join(dir, 'source.txt');
    if (!existsSync(htmlFile) && !existsSync(txtFile)) continue;
    let provenanceUrl: string | null = null;
    const metaFile = join(dir, 'meta.json');
    if (existsSync(metaFile)) {
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { provenance?: { url?: string | null } };
      provenanceUrl = meta.provenance?.url ?? null;
    }
    const own = `/real/${name}/`;
    const real = pathOf(provenanceUrl);
    pages.push({
      kind: 'real',
      name,
      path: real ?? own,
      paths: real ? [real, own] : [own],
      provenanceUrl,
      html: () =>
        existsSync(htmlFile)
          ? pageFromHtmlSource(readFileSync(htmlFile, 'utf8'))
          : pageFromTextSource(readFileSync(txtFile, 'utf8')),
    });
  }

  const seedsDir = join(FIXTURES_DIR, 'seeds');
  if (existsSync(seedsDir)) {
    for (const file of readdirSync(seedsDir).sort()) {
      if (!file.endsWith('.txt')) continue;
      const name = file.slice(0, -4);
      const path = `/seeds/${name}/`;
      pages.push({
        kind: 'seed',
        name,
        path,
        paths: [path],
        provenanceUrl: null,
        html: () => pageFromTextSource(readFileSync(join(seedsDir, file), 'utf8')),
      });
    }
  }

  if (existsSync(EXTRA_PAGES_DIR)) {
    for (const file of readdirSync(EXTRA_PAGES_DIR).sort()) {
      if (!file.endsWith('.html')) continue;
      const path = `/pages/${file}`;
      pages.push({
        kind: 'page',
        name: file.slice(0, -5),
        path,
        paths: [path],
        provenanceUrl: null,
        html: () => readFileSync(join(EXTRA_PAGES_DIR, file), 'utf8'),
      });
    }
  }
  return pages;
}

/**
 * Finds a page by name. Accepts a full case name (`001-shanghai-bgt-2019`), a seed file name
 * (`001_e60c3c3fc476d400`), or a kind-prefixed prefix: `real/012`, `seeds/003`, `pages/not-a-report`.
 * Throws, listing what exists, when nothing or more than one page matches.
 */
export function findFixturePage(pages: FixturePage[], query: string): FixturePage {
  const m = /^(real|seeds?|pages?)\/(.+)$/.exec(query);
  const kind: FixtureKind | undefined = m
    ? m[1] === 'real'
      ? 'real'
      : m[1]!.startsWith('seed')
        ? 'seed'
        : 'page'
    : undefined;
  const key = (m ? m[2]! : query).replace(/\.html$/, '').replace(/\/$/, '');
  const pool = kind ? pages.filter((p) => p.kind === kind) : pages;
  const exact = pool.filter((p) => p.name === key);
  const hits = exact.length > 0 ? exact : kind ? pool.filter((p) => p.name.startsWith(key)) : [];
  if (hits.length === 1) return hits[0]!;
  const known = pages.map((p) => `${p.kind === 'seed' ? 'seeds' : p.kind === 'page' ? 'pages' : 'real'}/${p.name}`);
  throw new Error(
    `${hits.length === 0 ? 'No' : 'More than one'} fixture page matches "${query}". Known pages:\n  ${known.join('\n  ')}`,
  );
}

/** The page HTML for a fixture, as the server serves it (for parsing the same page in Node). */
export function fixturePageHtml(query: string): string {
  return findFixturePage(listFixturePages(), query).html();
}
