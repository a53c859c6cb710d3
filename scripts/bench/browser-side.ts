// Chromium side of the bench: the same stages, bundled for the page (esbuild, the copy tsx
// already brings), run inside real Chromium via playwright-core, timed with performance.now()
// in the page. Pages are served by request interception at their own *.gov.cn URL.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type BenchPage, REPO_ROOT } from './fixture-pages';
import type { LibraryBench } from './library-bench';
import type { Sample } from './library-rows';
import type { PageTimings } from './node-side';
import type { LoopOptions } from './stats';

const OUT_DIR = join(REPO_ROOT, 'bench-output', '.bundle');

const MODULES: [name: string, rel: string][] = [
  ['detect', 'src/detect/index.ts'],
  ['parse', 'src/parse/index.ts'],
  ['checks', 'src/checks/index.ts'],
];

/** How the bench's in-page scripts are bundled: one classic script each, for Chromium. */
const PAGE_SCRIPT = { bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent' } as const;

/** Writes the page entry importing only the modules that exist, bundles it, returns the code. */
export async function buildPageBundle(): Promise<{ code: string; missing: string[] }> {
  mkdirSync(OUT_DIR, { recursive: true });
  const lines: string[] = [];
  const missing: string[] = [];
  for (const [name, rel] of MODULES) {
    const abs = join(REPO_ROOT, rel);
    if (existsSync(abs)) lines.push(`import * as ${name} from ${JSON.stringify(abs)};`);
    else {
      lines.push(`const ${name} = ${JSON.stringify(`${rel} does not exist yet`)};`);
      missing.push(rel);
    }
  }
  // The extension loads the converter from its own /opencc.js file; the bench page has no
  // extension URL, so it installs a loader building the same converter (bundled in, called once
  // in warm-up): src/text/opencc-fast.ts over opencc-js's dictionaries, as entrypoints/opencc.ts.
  const traditional = join(REPO_ROOT, 'src/text/traditional.ts');
  const fast = join(REPO_ROOT, 'src/text/opencc-fast.ts');
  if (existsSync(traditional) && readFileSync(traditional, 'utf8').includes('export function setConverterLoader')) {
    lines.push(`import { setConverterLoader } from ${JSON.stringify(traditional)};`);
    lines.push(`setConverterLoader(async () => {
  const [fast, tw, hk, cn] = await Promise.all([import(${JSON.stringify(fast)}), import('opencc-js/from/tw'), import('opencc-js/from/hk'), import('opencc-js/to/cn')]);
  return fast.createFastConverter(tw.default, hk.default, cn.default);
});`);
  }
  lines.push(`import { installPageBench } from ${JSON.stringify(join(REPO_ROOT, 'scripts/bench/page-entry.ts'))};`);
  // the library page's Excel export deflates in /deflate-worker.js; the bench page starts the same
  // worker half from a blob
  const worker = await build({
    ...PAGE_SCRIPT,
    stdin: { contents: `import { serveDeflate } from ${JSON.stringify(join(REPO_ROOT, 'src/export/deflate-worker.ts'))}; serveDeflate(self as never);`, loader: 'ts', resolveDir: REPO_ROOT },
  });
  lines.push(`installPageBench(detect as never, parse as never, checks as never, ${JSON.stringify(worker.outputFiles[0]!.text)});`);
  const entry = join(OUT_DIR, 'entry.ts');
  writeFileSync(entry, lines.join('\n'));
  const result = await build({
    ...PAGE_SCRIPT,
    entryPoints: [entry],
    nodePaths: [join(REPO_ROOT, 'node_modules')],
    define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.DEV': 'false', 'process.env.NODE_ENV': '"production"' },
  });
  return { code: result.outputFiles[0]!.text, missing };
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface BrowserRun {
  version: string;
  /** false when performance.now() stayed coarse (100 µs): short calls were batched anyway */
  isolated: boolean;
  timings: PageTimings[];
  /** first parse + checks (and first Readability parse) in a fresh browser context, per report page */
  cold: ColdPage[];
  library: LibraryBench | string;
}

export interface ColdTiming {
  /** ms */
  median: number;
  min: number;
  max: number;
  n: number;
}

export interface ColdPage {
  page: string;
  ours: ColdTiming | string;
  readability: ColdTiming | string;
}

type PageBench = {
  run(mode: 'detect' | 'full', url: string, loop: LoopOptions): Promise<Omit<PageTimings, 'page' | 'kind'>>;
  cold(which: 'ours' | 'readability', url: string): Promise<number | string>;
  library(samples: Sample[], count: number, loop: LoopOptions): Promise<LibraryBench>;
};

/** Pages load over https (a secure context is needed for cross-origin isolation); the stages still get the page's own URL. */
const served = (url: string) => url.replace(/^http:/, 'https:');

async function open(page: Page, url: string, html: string, code: string): Promise<boolean> {
  await page.route('**/*', (route) => {
    // cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
    if (route.request().url() === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html });
    return route.fulfill({ status: 404, body: '' }); // images, css: nothing leaves the machine
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.unroute('**/*');
  await page.addScriptTag({ content: code });
  return page.evaluate(() => globalThis.crossOriginIsolated);
}

async function runOn(page: Page, bench: BenchPage, code: string, mode: 'detect' | 'full', loop: LoopOptions): Promise<PageTimings & { isolated: boolean }> {
  const isolated = await open(page, served(bench.url), bench.html, code);
  const r = await page.evaluate(
    ([m, u, l]) => (globalThis as unknown as { __bench: PageBench }).__bench.run(m, u, l),
    [mode, bench.url, loop] as const,
  );
  return { page: bench.name, kind: bench.kind, ...r, isolated };
}

/** Median of `runs` first calls, each in a new browser context (its own renderer, nothing compiled yet). */
async function coldFirstCall(browser: Browser, bench: BenchPage, code: string, which: 'ours' | 'readability', runs: number): Promise<ColdTiming | string> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await open(page, served(bench.url), bench.html, code);
      const r = await page.evaluate(([w, u]) => (globalThis as unknown as { __bench: PageBench }).__bench.cold(w, u), [which, bench.url] as const);
      if (typeof r === 'string') return r;
      samples.push(r);
    } finally {
      await context.close();
    }
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1]!, min: samples[0]!, max: samples[samples.length - 1]!, n: samples.length };
}

export async function runInChromium(
  reports: BenchPage[],
  portals: BenchPage[],
  loop: LoopOptions,
  log: (s: string) => void,
  library: { samples: Sample[]; count: number } | null,
  coldRuns: number,
): Promise<BrowserRun> {
  const { code } = await buildPageBundle();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
    const version = browser.version();
    const timings: PageTimings[] = [];
    let isolated = true;
    // Each page in a browser context of its own (its own renderer): in one tab, a page's ratio to
    // Readability depended on the pages timed before it, by up to 2x (004 alone 1.8x, after the
    // other Pingtan pages 3.0x: closing note 23); a reader opens one report in a tab, not twenty.
    for (const [list, mode] of [[reports, 'full'], [portals, 'detect']] as const) {
      for (const p of list) {
        log(`  chromium ${p.name}`);
        const context = await browser.newContext();
        try {
          const { isolated: iso, ...t } = await runOn(await context.newPage(), p, code, mode, loop);
          isolated &&= iso;
          timings.push(t);
        } finally {
          await context.close();
        }
      }
    }
    const cold: ColdPage[] = [];
    for (const p of coldRuns > 0 ? reports : []) {
      log(`  chromium first call, fresh context: ${p.name}`);
      cold.push({ page: p.name, ours: await coldFirstCall(browser, p, code, 'ours', coldRuns), readability: await coldFirstCall(browser, p, code, 'readability', coldRuns) });
    }
    let lib: LibraryBench | string = 'not measured: --no-library';
    if (library) {
      log(`  chromium library ${library.count} records`);
      lib = await libraryOnDisk(code, library, loop);
    }
    return { version, isolated, timings, cold, library: lib };
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

/**
 * The library bench in a profile on disk, as the extension's own IndexedDB is. A throwaway
 * (off-the-record) context keeps IndexedDB in memory under a small quota, which 10,000 full rows
 * of the larger fixtures sometimes exceeded (QuotaExceededError in the import).
 */
async function libraryOnDisk(code: string, library: { samples: Sample[]; count: number }, loop: LoopOptions): Promise<LibraryBench | string> {
  const profile = mkdtempSync(join(tmpdir(), 'gra-bench-library-'));
  let context: BrowserContext | null = null;
  try {
    // precise heap sizes and gc(): the JSON export's peak heap is measured here (nothing else uses them)
    const args = [...ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];
    context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args });
    const page = await context.newPage();
    await open(page, 'https://library.bench.gov.cn/', '<!doctype html><title>library bench</title>', code);
    return await page.evaluate(
      ([s, n, l]) => (globalThis as unknown as { __bench: PageBench }).__bench.library(s, n, l),
      [library.samples, library.count, loop] as const,
    );
  } catch (err) {
    return `not measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}
