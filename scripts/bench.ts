// npm run bench — detection, parse + checks, Readability and a bare textContent read over every
// fixture page, in Chromium (bundled, in a page) and in Node (linkedom); detection on non-report
// portal pages; content-script sizes from the build; listing and CSV export of 10,000 records;
// with the built extension (npm run build), the time from opening a report to its card.
// Writes bench-output/results.json and results.md and prints the Markdown.
//
// Options: --quick (few iterations, for a smoke run), --no-browser, --no-library,
//          --records N (default 10000), --only SUBSTRING (pages whose name contains it),
//          --node-library (also time the library on fake-indexeddb in Node: minutes for 10,000
//          rows; done anyway when Chromium could not run),
//          --cold-runs N (first calls per page, each in a fresh browser context; default 5, 0 = none),
//          --card-visits N (visits per page with the built extension, in Chromium and in Firefox;
//          default 5, 0 = none).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runInChromium } from './bench/browser-side';
import { bundleSizes } from './bench/bundle-size';
import { loadFixturePages, REPO_ROOT } from './bench/fixture-pages';
import type { Sample } from './bench/library-rows';
import { benchLibraryNode } from './bench/library-node';
import { load, nodeDetect, nodeFull, nodeTargets } from './bench/node-side';
import { portalPages } from './bench/portal-pages';
import { type Results, toMarkdown } from './bench/report';
import { DEFAULT_LOOP, type LoopOptions } from './bench/stats';
import { timeToCard } from './bench/time-to-card';
import { parseHTML } from 'linkedom';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const opt = (f: string) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const log = (s: string) => process.stderr.write(s + '\n');
const why = (err: unknown) => `not measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;

const loop: LoopOptions = flag('--quick') ? { warmup: 1, warmupMs: 0, iterations: 5, maxMs: 500, minIterations: 3 } : DEFAULT_LOOP;
const records = Number(opt('--records') ?? 10_000);
const only = opt('--only');
const coldRuns = Number(opt('--cold-runs') ?? (flag('--quick') ? 1 : 5));
const cardVisits = Number(opt('--card-visits') ?? (flag('--quick') ? 1 : 5));

async function main(): Promise<void> {
  const pick = <T extends { name: string }>(xs: T[]) => (only ? xs.filter((x) => x.name.includes(only)) : xs);
  const reports = pick(loadFixturePages());
  const portals = pick(portalPages());
  const results: Results = {
    startedAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? '?', platform: process.platform },
    loop: { warmup: loop.warmup, warmupMs: loop.warmupMs, iterations: loop.iterations, maxMs: loop.maxMs },
    node: [],
    chromium: 'not measured: --no-browser',
    bundles: [],
    library: 'not measured: --no-library',
    timeToCard: 'not measured: --no-browser',
    timeToCardFirefox: 'not measured: --no-browser',
  };

  log(`Node: ${reports.length} report pages, ${portals.length} non-report pages`);
  const targets = await nodeTargets();
  for (const p of reports) {
    log(`  node ${p.name}`);
    results.node.push(await nodeFull(p, targets, loop));
  }
  for (const p of portals) {
    log(`  node ${p.name}`);
    results.node.push(await nodeDetect(p, targets, loop));
  }

  const samples = flag('--no-library') ? [] : await fixtureSamples(reports, targets);
  if (!flag('--no-browser')) {
    log('Chromium:');
    try {
      results.chromium = await runInChromium(reports, portals, loop, log, flag('--no-library') ? null : { samples, count: records }, coldRuns);
    } catch (err) {
      results.chromium = why(err);
    }
  }

  if (!flag('--no-browser')) {
    const runs = [['chromium', 'Chromium', 'timeToCard'], ['firefox', 'Firefox', 'timeToCardFirefox']] as const;
    for (const [which, name, key] of runs) {
      if (cardVisits <= 0) {
        results[key] = 'not measured: --card-visits 0';
        continue;
      }
      log(`${name} with the built extension: time to card`);
      try {
        results[key] = await timeToCard(reports, cardVisits, log, which);
      } catch (err) {
        results[key] = why(err);
      }
    }
  }

  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    try {
      results.bundles.push(bundleSizes(join(REPO_ROOT, '.output'), target));
    } catch (err) {
      results.bundles.push(why(err));
    }
  }

  const chromiumLibrary = typeof results.chromium !== 'string' && typeof results.chromium.library !== 'string';
  if (!flag('--no-library') && !flag('--node-library') && chromiumLibrary) {
    results.library = 'not measured: measured in Chromium (pass --node-library for fake-indexeddb too)';
  } else if (!flag('--no-library')) {
    log(`Library (Node, fake-indexeddb): ${records} records`);
    try {
      results.library = await benchLibraryNode(samples, records, loop);
    } catch (err) {
      results.library = why(err);
    }
  }

  const out = join(REPO_ROOT, 'bench-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
  const md = toMarkdown(results);
  writeFileSync(join(out, 'results.md'), md);
  process.stdout.write(md);
  log(`\nwrote ${join('bench-output', 'results.json')} and results.md`);
}

/** Parsed fixture records + findings, to fill the library with realistic rows. */
async function fixtureSamples(pages: ReturnType<typeof loadFixturePages>, targets: Awaited<ReturnType<typeof nodeTargets>>): Promise<Sample[]> {
  if (typeof targets.parseAndCheck === 'string') return [];
  const parse = (await load('src/parse/index.ts')) as { parseDocument?: (d: Document, o: { url: string }) => Promise<unknown> } | string;
  const { runChecks } = await import('../src/checks/index');
  if (typeof parse === 'string' || !parse.parseDocument) return [];
  const samples: Sample[] = [];
  for (const p of pages) {
    try {
      const out = (await parse.parseDocument(parseHTML(p.html).document as unknown as Document, { url: p.url })) as Sample['record'] | { record: Sample['record'] };
      const record = 'cells' in out ? out : out.record;
      samples.push({ record, findings: runChecks(record) });
    } catch {
      // a page the parser cannot read simply does not seed the library
    }
  }
  return samples;
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
