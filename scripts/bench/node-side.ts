// Node side of the bench: every page parsed with linkedom, then detection, parse + checks,
// Readability (on a fresh clone each iteration, untimed clone) and a bare body.textContent read,
// the last three timed in turn (same-page.ts).
import { parseHTML } from 'linkedom';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summariseDetection } from './detection-summary';
import type { BenchPage } from './fixture-pages';
import { REPO_ROOT } from './fixture-pages';
import { safely } from './safely';
import { type SamePageTimings, timeSamePage } from './same-page';
import { type LoopOptions, type Timing, timeLoop } from './stats';
import { type Targets, resolveTargets } from './targets';

export interface PageTimings extends SamePageTimings {
  page: string;
  kind: BenchPage['kind'];
  detect: Timing | string;
  /** what detection answered on this page (JSON-ish summary), to spot false positives */
  detected?: unknown;
}

export async function load(rel: string): Promise<Record<string, unknown> | string> {
  try {
    return (await import(pathToFileURL(join(REPO_ROOT, rel)).href)) as Record<string, unknown>;
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return `${rel} could not be loaded (${msg})`;
  }
}

export async function nodeTargets(): Promise<Targets> {
  return resolveTargets(await load('src/detect/index.ts'), await load('src/parse/index.ts'), await load('src/checks/index.ts'));
}

const doc = (html: string) => parseHTML(html).document as unknown as Document;

/** Detection only (non-report portal pages). */
export async function nodeDetect(page: BenchPage, t: Targets, loop: LoopOptions): Promise<PageTimings> {
  const d = doc(page.html);
  const out: PageTimings = { page: page.name, kind: page.kind, detect: `not measured: ${t.detect}` };
  if (typeof t.detect !== 'string') {
    const detect = t.detect;
    out.detected = await safely(async () => summariseDetection(await detect(d, page.url)));
    out.detect = await safely(() => timeLoop(() => detect(d, page.url), () => undefined, loop));
  }
  return out;
}

/** Everything, on a report page. */
export async function nodeFull(page: BenchPage, t: Targets, loop: LoopOptions): Promise<PageTimings> {
  const out = await nodeDetect(page, t, loop);
  const d = doc(page.html);
  Object.assign(out, await timeSamePage(d, page.url, t.parseAndCheck, loop));
  return out;
}
