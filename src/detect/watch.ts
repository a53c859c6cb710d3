// Pages whose article arrives after load (script-rendered portals): re-run detection on DOM
// changes, throttled, and give up after a time and batch budget so an ordinary page pays nothing.
import { detectReport, type Detection } from './index';

export interface WatchOptions {
  /** stop watching after this long (ms) */
  maxMs?: number;
  /** stop after this many detection runs (each run covers a batch of mutations) */
  maxBatches?: number;
  /** wait this long after a mutation before re-detecting, so a burst costs one run */
  throttleMs?: number;
}

export interface Watch {
  stop(): void;
  /** detection runs so far (for tests and the popup's reasons) */
  runs(): number;
}

export function watchForReport(
  doc: Document,
  url: () => string,
  onDetected: (d: Detection) => void,
  { maxMs = 10_000, maxBatches = 50, throttleMs = 250 }: WatchOptions = {},
): Watch {
  const view = doc.defaultView;
  const MO = view?.MutationObserver;
  let runs = 0;
  let stopped = false;
  let pending: number | null = null;
  if (!MO || !view) return { stop() {}, runs: () => 0 };

  const observer = new MO(() => {
    if (stopped || pending !== null) return;
    pending = view.setTimeout(check, throttleMs);
  });
  const deadline = view.setTimeout(() => stop(), maxMs);

  function check(): void {
    pending = null;
    if (stopped) return;
    runs++;
    const d = detectReport(doc, url(), { headings: false }); // the heading scan runs once, at idle (annotator.ts)
    if (d.isReport) {
      stop();
      onDetected(d);
    } else if (runs >= maxBatches) stop();
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    view!.clearTimeout(deadline);
    if (pending !== null) view!.clearTimeout(pending);
  }

  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return { stop, runs: () => runs };
}
