// What a reader waits for: with the BUILT extension (.output/chrome-mv3 in Chromium,
// .output/firefox-mv2 in firefox-esr), each report page is opened in a new tab, `visits` times,
// and the in-page run's user-timing marks
// (src/ui/timing.ts) are read from the page's timeline: when the content script started, and how
// long detection, loading /annotator.js, parse + checks and mounting the card took. The first
// page opened in the fresh profile is reported on its own: no script of the extension has been
// run (or code-cached) yet.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromiumWithExtension } from '../../test/e2e/support/chromium.ts';
import { launchFirefoxWithExtension } from '../../test/e2e/support/firefox.ts';
import { CHROME_BUILD, FIREFOX_BUILD } from '../../test/e2e/support/preconditions.ts';
import { startFixtureServer } from '../../test/e2e/support/server.ts';
import { MARKS } from '../../src/ui/timing';
import { type BenchPage, REPO_ROOT } from './fixture-pages';
import { summarise } from './stats';

/** ms since navigation start, as the marks give them */
export interface CardVisit {
  /** content script started (document_idle) */
  start: number;
  detect: number;
  /** detected → /annotator.js loaded (fetch, compile, top-level run) */
  loadBundle: number;
  /** parse + checks */
  analyse: number;
  /** card mounted */
  mount: number;
  /** navigation start → card */
  card: number;
}

export interface CardPage {
  page: string;
  visits: number;
  /** median of each field over the visits */
  median: CardVisit;
}

export interface TimeToCard {
  /** the first visit of all, in the fresh profile */
  first: CardVisit & { page: string };
  pages: CardPage[];
  /** set when the build is older than the source it is built from */
  stale?: string;
}

const MARK_NAMES = [MARKS.start, MARKS.detected, MARKS.bundleLoaded, MARKS.analysed, MARKS.card];

/** the fixture server's name for a bench page */
const serverName = (p: BenchPage) => (p.kind === 'seed' ? `seeds/${p.name.replace(/^seed-/, '')}` : `real/${p.name}`);

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** Why the build may not be what the source says, if it may not. */
function staleness(build: string): string | undefined {
  const built = statSync(join(build, 'annotator.js')).mtimeMs;
  const changed = Math.max(...['src', 'entrypoints', 'components'].map((d) => newest(join(REPO_ROOT, d))));
  return changed > built ? 'the extension build is older than src/, entrypoints/ or components/: run npm run build for current numbers' : undefined;
}

export type CardBrowser = 'chromium' | 'firefox';

/**
 * What the bench asks of a tab: Playwright's and puppeteer's pages both have it, when driven by
 * expressions (their function-with-argument forms differ).
 */
interface Tab {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

const launch = (which: CardBrowser): Promise<{ page(): Promise<Tab>; close(): Promise<void> }> =>
  which === 'chromium' ? launchChromiumWithExtension() : launchFirefoxWithExtension();

/** Polls for the card's mark (its time stamp, not the polling, is what is reported). */
async function marksOnceCarded(tab: Tab): Promise<number[]> {
  const end = Date.now() + 30_000;
  while (!(await tab.evaluate(`performance.getEntriesByName(${JSON.stringify(MARKS.card)}).length > 0`))) {
    if (Date.now() > end) throw new Error('no card within 30 s');
    await new Promise((r) => setTimeout(r, 25));
  }
  const read = `JSON.stringify(${JSON.stringify(MARK_NAMES)}.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null))`;
  return (JSON.parse(String(await tab.evaluate(read))) as (number | null)[]).map((v) => v ?? NaN);
}

export async function timeToCard(pages: BenchPage[], visits: number, log: (s: string) => void, which: CardBrowser = 'chromium'): Promise<TimeToCard | string> {
  const build = which === 'chromium' ? CHROME_BUILD : FIREFOX_BUILD;
  if (!existsSync(join(build, 'manifest.json'))) return `not measured: no extension build at ${build} (npm run build first)`;
  const reports = pages.filter((p) => p.kind !== 'portal');
  const server = await startFixtureServer();
  const browser = await launch(which);
  try {
    const visit = async (p: BenchPage): Promise<CardVisit> => {
      const tab = await browser.page();
      try {
        await tab.goto(server.urlFor(serverName(p)));
        const [start, detected, loaded, analysed, card] = (await marksOnceCarded(tab)) as [number, number, number, number, number];
        return { start, detect: detected - start, loadBundle: loaded - detected, analyse: analysed - loaded, mount: card - analysed, card };
      } finally {
        await tab.close();
      }
    };
    const out: CardPage[] = [];
    let first: TimeToCard['first'] | null = null;
    for (const p of reports) {
      log(`  time to card (${which}): ${p.name}`);
      const vs: CardVisit[] = [];
      for (let i = 0; i < visits; i++) vs.push(await visit(p));
      first ??= { page: p.name, ...vs[0]! };
      const m = (k: keyof CardVisit) => summarise(vs.map((v) => v[k])).median;
      out.push({ page: p.name, visits: vs.length, median: { start: m('start'), detect: m('detect'), loadBundle: m('loadBundle'), analyse: m('analyse'), mount: m('mount'), card: m('card') } });
    }
    if (!first) return 'not measured: no report pages';
    const stale = staleness(build);
    return { first, pages: out, ...(stale ? { stale } : {}) };
  } finally {
    await browser.close();
    await server.close();
  }
}
