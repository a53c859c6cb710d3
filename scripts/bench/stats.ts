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

/**
 * Times `run` (sync or async). `prepare` runs before each call, untimed — e.g. cloning a
 * document for Readability, which mutates the DOM it reads. Calls much shorter than the
 * clock's resolution (Chromium coarsens performance.now() to 0.1 ms unless the page is
 * cross-origin isolated) are timed in batches: one sample = batch time ÷ calls.
 */
export async function timeLoop<T>(
  run: (input: T) => unknown,
  prepare: () => T,
  opts: LoopOptions = DEFAULT_LOOP,
): Promise<Timing> {
  // await only real promises: a sync function must not pay for a microtask turn
  const call = async (input: T) => {
    const r = run(input);
    if (r && typeof (r as Promise<unknown>).then === 'function') await r;
  };
  const warmStart = performance.now();
  for (let i = 0; i < opts.warmup || performance.now() - warmStart < opts.warmupMs; i++) await call(prepare());
  // calibrate: how many calls make a sample of at least ~2 ms
  let batch = 1;
  for (;;) {
    const inputs = Array.from({ length: batch }, prepare);
    const t0 = performance.now();
    for (const input of inputs) await call(input);
    const dt = performance.now() - t0;
    if (dt >= 2 || batch >= 1024) break;
    batch *= dt > 0.2 ? Math.ceil(2 / dt) : 8;
  }
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < opts.iterations; i++) {
    const inputs = Array.from({ length: batch }, prepare);
    const t0 = performance.now();
    if (batch === 1) {
      const r = run(inputs[0]!);
      if (r && typeof (r as Promise<unknown>).then === 'function') await r;
    } else for (const input of inputs) await call(input);
    const dt = performance.now() - t0;
    samples.push(dt / batch);
    spent += dt;
    if (spent > opts.maxMs && samples.length >= opts.minIterations) break;
  }
  return { ...summarise(samples), batch };
}
