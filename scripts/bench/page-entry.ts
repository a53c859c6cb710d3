// Runs inside the bench page (bundled by browser-side.ts): exposes globalThis.__bench.run,
// which times the stages on the live document with performance.now().
import { Readability } from '@mozilla/readability';
import { DB_NAME } from '../../src/db/schema';
import { openWorkerDeflater, type WorkerLike } from '../../src/export/deflate-worker';
import { deflateHere } from '../../src/export/zip';
import { summariseDetection } from './detection-summary';
import { benchLibrary } from './library-bench';
import type { Sample } from './library-rows';
import { safely } from './safely';
import { timeSamePage } from './same-page';
import { type LoopOptions, timeLoop } from './stats';
import { resolveTargets } from './targets';

type Mod = Record<string, unknown> | string;

/**
 * `deflateWorkerCode`: the worker half of src/export/deflate-worker.ts, bundled (browser-side.ts),
 * started from a blob as the library page starts /deflate-worker.js; null: Excel deflates on the page.
 */
export function installPageBench(detectMod: Mod, parseMod: Mod, checksMod: Mod, deflateWorkerCode: string | null = null): void {
  const t = resolveTargets(detectMod, parseMod, checksMod);
  const run = async (mode: 'detect' | 'full', url: string, loop: LoopOptions) => {
    const out: Record<string, unknown> = {};
    if (typeof t.detect === 'string') out.detect = `not measured: ${t.detect}`;
    else {
      const detect = t.detect;
      out.detected = await safely(async () => summariseDetection(await detect(document, url)));
      out.detect = await safely(() => timeLoop(() => detect(document, url), () => undefined, loop));
    }
    if (mode === 'detect') return out;
    Object.assign(out, await timeSamePage(document, url, t.parseAndCheck, loop));
    return out;
  };
  // The first call in a fresh browser context: what a reader pays on opening a report, with the
  // code still uncompiled (lazy function compilation, regex compilation, interpreter). Only one
  // of the two runs per context, so neither warms anything for the other.
  const cold = async (which: 'ours' | 'readability', url: string): Promise<number | string> => {
    if (which === 'readability') {
      const c = document.cloneNode(true) as Document;
      const t0 = performance.now();
      new Readability(c).parse();
      return performance.now() - t0;
    }
    if (typeof t.parseAndCheck === 'string') return `not measured: ${t.parseAndCheck}`;
    const pc = t.parseAndCheck;
    const t0 = performance.now();
    const r = await safely(() => pc(document, url));
    return typeof r === 'string' ? r : performance.now() - t0;
  };
  // 10,000 records in this page's real IndexedDB (deleted first, so every run starts empty)
  const library = async (samples: Sample[], count: number, loop: LoopOptions) => {
    await new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = resolve;
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('deleteDatabase blocked'));
    });
    const workerUrl = deflateWorkerCode ? URL.createObjectURL(new Blob([deflateWorkerCode], { type: 'text/javascript' })) : null;
    const openDeflater = workerUrl ? () => openWorkerDeflater(() => new Worker(workerUrl) as unknown as WorkerLike, deflateHere) : undefined;
    return benchLibrary(samples, count, loop, 'Chromium IndexedDB in a profile on disk, as the extension\'s, in a page', openDeflater);
  };
  (globalThis as unknown as { __bench: unknown }).__bench = { run, cold, library };
}
