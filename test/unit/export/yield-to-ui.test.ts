// The writers' yield: a timer while the page is shown, not while it is hidden, where timers are
// clamped to a second (adv55 #10: an export behind another tab took 10–70× as long in Firefox).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToUi } from '../../../src/export/chunks';

const g = globalThis as { document?: unknown };
afterEach(() => {
  vi.useRealTimers();
  delete g.document;
});

/** whether the promise settles without the timers moving */
async function settlesWithoutTimers(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 20 && !done; i++) await new Promise<void>((r) => queueMicrotask(r)).then(() => new Promise((r) => setImmediate(r)));
  return done;
}

describe('yieldToUi', () => {
  it('a hidden page: no timer, so no clamping', async () => {
    g.document = { visibilityState: 'hidden' };
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    expect(await settlesWithoutTimers(yieldToUi())).toBe(true);
  });

  it('a shown page: a timer, so that the progress bar paints', async () => {
    g.document = { visibilityState: 'visible' };
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const p = yieldToUi();
    expect(await settlesWithoutTimers(p)).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(p).resolves.toBeUndefined();
  });
});
