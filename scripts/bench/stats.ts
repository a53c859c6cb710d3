// Timing loops and order statistics, shared by the Node side and the in-page bench bundle.

export interface Timing {
  /** milliseconds */
  median: number;
  p95: number;
  min: number;
  /** timed samples (after warm-up) */
  n: number;
  /** calls per sample (>1 when one call is too short for the clock) */
  batch?: number;
}

export interface LoopOptions {
  /** untimed calls before timing, at least this many ... */
  warmup: number;
  /**
   * ... and for at least this long (ms). V8 moves a function to its optimising tiers only after
   * many calls; the parser's small functions needed several hundred calls on these pages, so a
   * fixed 5-call warm-up timed a mix of tiers. Every timed function gets the same warm-up.
   */
  warmupMs: number;
  iterations: number;
  /** stop early (but after at least `minIterations`) once this much time was spent timing */
  maxMs: number;
  minIterations: number;
}

export const DEFAULT_LOOP: LoopOptions = { warmup: 5, warmupMs: 600, iterations: 60, maxMs: 3000, minIterations: 10 };

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  // nearest-rank: the smallest value with at least q of the samples at or below it
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export function summarise(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, p95: quantile(s, 0.95), min: s[0] ?? NaN, n: s.length };
}

/** A function to time, and what to give it on each call (made untimed, before the call). */
export interface Timed<T = unknown> {
  run: (input: T) => unknown;
  prepare: () => T;
}

/** `run` and `prepare` as one entry of a timeInTurn list, whatever the input type. */
export const timed = <T>(run: (input: T) => unknown, prepare: () => T): Timed => ({ run: run as (input: unknown) => unknown, prepare });

/** Calls `f`; its promise when it returned one (only those are awaited: a sync function must not pay for a microtask turn). */
function callOnce<T>(f: Timed<T>, input: T): PromiseLike<unknown> | undefined {
  const r = f.run(input);
  return r && typeof (r as PromiseLike<unknown>).then === 'function' ? (r as PromiseLike<unknown>) : undefined;
}

/** One sample: `batch` calls timed together, per call (inputs prepared before the clock starts). */
async function sampleOf<T>(f: Timed<T>, batch: number): Promise<number> {
  const inputs = Array.from({ length: batch }, f.prepare);
  const t0 = performance.now();
  for (const input of inputs) {
    const pending = callOnce(f, input);
    if (pending) await pending;
  }
  return (performance.now() - t0) / batch;
}

/** Untimed calls until both minimums are met, then how many calls make a sample of at least ~2 ms. */
async function warmAndCalibrate<T>(f: Timed<T>, opts: LoopOptions): Promise<number> {
  const warmStart = performance.now();
  for (let i = 0; i < opts.warmup || performance.now() - warmStart < opts.warmupMs; i++) await callOnce(f, f.prepare());
  let batch = 1;
  for (;;) {
    const dt = (await sampleOf(f, batch)) * batch;
    if (dt >= 2 || batch >= 1024) return batch;
    batch *= dt > 0.2 ? Math.ceil(2 / dt) : 8;
  }
}

/**
 * Times several functions sample by sample in turn (a, b, c, a, b, c, …), each after the same
 * warm-up and with its own batch size. Used for functions whose ratio is reported (ours ÷
 * Readability): on a shared machine the speed drifts by tens of percent over seconds, and timing
 * one function's samples after the other's put that drift into the ratio.
 *
 * Calls much shorter than the clock's resolution (Chromium coarsens performance.now() to 0.1 ms
 * unless the page is cross-origin isolated) are timed in batches: one sample = batch time ÷ calls.
 * Stops after `iterations` rounds, or once the rounds took `maxMs` per function (after at least
 * `minIterations`).
 */
export async function timeInTurn(fns: Timed[], opts: LoopOptions = DEFAULT_LOOP): Promise<Timing[]> {
  return (await sampleInTurn(fns, opts)).timings;
}

/** timeInTurn's timings, and the samples behind them: samples[k][i] is function k's sample in round i. */
export async function sampleInTurn(fns: Timed[], opts: LoopOptions = DEFAULT_LOOP): Promise<{ timings: Timing[]; samples: number[][] }> {
  const batches: number[] = [];
  for (const f of fns) batches.push(await warmAndCalibrate(f, opts));
  const samples: number[][] = fns.map(() => []);
  const t0 = performance.now();
  for (let i = 0; i < opts.iterations; i++) {
    for (let k = 0; k < fns.length; k++) samples[k]!.push(await sampleOf(fns[k]!, batches[k]!));
    if (performance.now() - t0 > opts.maxMs * fns.length && i + 1 >= opts.minIterations) break;
  }
  return { timings: samples.map((s, k) => ({ ...summarise(s), batch: batches[k]! })), samples };
}

/**
 * The ratio a ÷ b round by round (a's and b's samples of the same round were taken back to back),
 * summarised: median, p95 and min of the per-round ratios. The machine's drift over a run lands
 * on both sides of each ratio, where the ratio of two medians can pair a fast stretch of one with
 * a slow stretch of the other. Null when there are no rounds or a sample of b is 0.
 */
export function pairedRatio(a: number[], b: number[]): Timing | null {
  const n = Math.min(a.length, b.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!(b[i]! > 0)) return null;
    ratios.push(a[i]! / b[i]!);
  }
  return ratios.length ? summarise(ratios) : null;
}

/** Times `run` (sync or async); `prepare` runs before each call, untimed (see timeInTurn). */
export async function timeLoop<T>(run: (input: T) => unknown, prepare: () => T, opts: LoopOptions = DEFAULT_LOOP): Promise<Timing> {
  return (await timeInTurn([timed(run, prepare)], opts))[0]!;
}
