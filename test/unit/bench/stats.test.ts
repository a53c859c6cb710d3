// The bench's timing loops: functions whose ratio is reported are sampled in turn, each after
// its own warm-up, with its own batch size; a failing function does not hide the others.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { timeSamePage } from '../../../scripts/bench/same-page';
import { pairedRatio, quantile, summarise, timed, timeInTurn, timeLoop, type LoopOptions } from '../../../scripts/bench/stats';

const QUICK: LoopOptions = { warmup: 3, warmupMs: 0, iterations: 6, maxMs: 10_000, minIterations: 3 };

/** busy-waits `ms` (the clock must see the calls) */
const spin = (ms: number) => {
  const t0 = performance.now();
  while (performance.now() - t0 < ms);
};

describe('timeInTurn', () => {
  it('warms each function, then takes their samples in turn', async () => {
    const log: string[] = [];
    const a = timed(() => { log.push('a'); spin(2.5); }, () => undefined);
    const b = timed((n: number) => { log.push(`b${n}`); spin(2.5); }, () => 7);
    const [ta, tb] = await timeInTurn([a, b], QUICK);
    // warm-up: ≥ 3 untimed calls of a, then the calibration call; the same for b
    const firstB = log.indexOf('b7');
    expect(log.slice(0, firstB).every((x) => x === 'a')).toBe(true);
    expect(firstB).toBeGreaterThanOrEqual(4);
    // then strictly alternating samples (batch 1: each call already takes ≥ 2 ms)
    const timedCalls = log.slice(log.length - 12);
    expect(timedCalls).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 ? 'b7' : 'a')));
    for (const t of [ta!, tb!]) {
      expect(t.n).toBe(6);
      expect(t.batch).toBe(1);
      expect(t.median).toBeGreaterThanOrEqual(2.5);
    }
  });

  it('batches calls shorter than ~2 ms, and tells a slow function from a fast one', async () => {
    // 20 ms against 0.05 ms: far apart, so a machine busy with other work (the rest of the suite on
    // both cores) does not blur them (a 1 ms one did, and once in session 19 a 6 ms one)
    const [fast, slow] = await timeInTurn([timed(() => spin(0.05), () => undefined), timed(() => spin(20), () => undefined)], QUICK);
    expect(fast!.batch).toBeGreaterThan(1);
    expect(fast!.median).toBeGreaterThanOrEqual(0.05);
    expect(slow!.median).toBeGreaterThan(fast!.median * 5);
  });

  it('timeLoop is the one-function case', async () => {
    let calls = 0;
    const t = await timeLoop(() => { calls++; spin(2.5); }, () => undefined, QUICK);
    expect(t.n).toBe(6);
    expect(calls).toBe(3 + 1 + 6);
  });
});

describe('timeSamePage', () => {
  const { document } = parseHTML('<!doctype html><html><head><title>t</title></head><body><article><p>一段正文。</p></article></body></html>');
  const doc = document as unknown as Document;

  it('times ours, Readability and textContent, and reports what ours returned', async () => {
    const r = await timeSamePage(doc, 'https://x.gov.cn/', async () => ({ cells: 3, findings: 2 }), QUICK);
    expect(r.cells).toBe(3);
    expect(r.findings).toBe(2);
    for (const t of [r.parseAndCheck, r.readability, r.textContent]) expect(typeof t === 'object' && t.n >= 3).toBe(true);
  });

  it('a parser that throws is reported as not measured, and Readability is still timed', async () => {
    let n = 0;
    const flaky = async () => {
      if (++n > 1) throw new Error('boom on call 2');
      return { cells: 1, findings: 0 };
    };
    const r = await timeSamePage(doc, 'https://x.gov.cn/', flaky, QUICK);
    expect(r.parseAndCheck).toBe('not measured: threw boom on call 2');
    expect(typeof r.readability).toBe('object');
    expect(typeof r.textContent).toBe('object');
  });

  it('a parser that is missing is named as such', async () => {
    const r = await timeSamePage(doc, 'https://x.gov.cn/', 'src/parse has no parseDocument export', QUICK);
    expect(r.parseAndCheck).toBe('not measured: src/parse has no parseDocument export');
    expect(typeof r.readability).toBe('object');
  });
});

describe('order statistics', () => {
  it('median and nearest-rank p95', () => {
    expect(summarise([5, 1, 3])).toMatchObject({ median: 3, min: 1, n: 3 });
    expect(summarise([4, 1, 3, 2]).median).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95)).toBe(19);
  });
});

describe('sync functions', () => {
  it('are timed without a microtask turn per call: a batch runs in one synchronous stretch', async () => {
    let callsInTurn = 0;
    let maxInTurn = 0;
    const f = timed(() => {
      callsInTurn++;
      maxInTurn = Math.max(maxInTurn, callsInTurn);
      queueMicrotask(() => (callsInTurn = 0)); // reset once the batch yields
    }, () => undefined);
    const [t] = await timeInTurn([f], { warmup: 1, warmupMs: 0, iterations: 3, maxMs: 1000, minIterations: 1 });
    expect(t!.batch).toBeGreaterThan(8);
    expect(maxInTurn).toBe(t!.batch);
  });
});

describe('pairedRatio', () => {
  it('is the median of the per-round ratios, not the ratio of the medians', () => {
    // drift: round 3 ran everything 10× slower; per round, a is always half of b
    const a = [1, 2, 10, 1.5, 1];
    const b = [2, 4, 20, 3, 2];
    expect(pairedRatio(a, b)).toMatchObject({ median: 0.5, min: 0.5, p95: 0.5, n: 5 });
    // a slow stretch of b alone moves the per-round ratio in those rounds only
    const r = pairedRatio([1, 1, 1, 1, 1], [2, 2, 8, 8, 2])!;
    expect(r.median).toBe(0.5);
    expect(r.min).toBe(0.125);
  });

  it('is null without rounds, or when a sample of the divisor is 0', () => {
    expect(pairedRatio([], [])).toBeNull();
    expect(pairedRatio([1, 2], [1, 0])).toBeNull();
  });

  it('timeSamePage reports it for parse + checks against Readability, round by round', async () => {
    const { document } = parseHTML('<!doctype html><html><body><article><p>一段正文。</p></article></body></html>');
    const r = await timeSamePage(document as unknown as Document, 'https://x.gov.cn/', async () => {
      spin(2.5);
      return { cells: 0, findings: 0 };
    }, QUICK);
    const ours = r.parseAndCheck as { median: number; n: number };
    // one ratio per round (no timing assertion: the arithmetic is tested above)
    expect(r.perRoundRatio?.n).toBe(ours.n);
    expect(r.perRoundRatio!.median).toBeGreaterThan(0);
    expect(r.perRoundRatio!.min).toBeLessThanOrEqual(r.perRoundRatio!.median);
    // nothing to pair when ours is not measured
    expect((await timeSamePage(document as unknown as Document, 'https://x.gov.cn/', 'not built', QUICK)).perRoundRatio).toBeUndefined();
  });
});
