import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundle } from '../../../src/ui/load-bundle';

// The script at the URL registers its API on globalThis; importUrl stands in for import().
const g = globalThis as Record<string, unknown>;
let n = 0;
const fresh = () => ({ file: `/test-${++n}.js`, global: `__testBundle${n}` });

afterEach(() => {
  for (const k of Object.keys(g)) if (k.startsWith('__testBundle')) delete g[k];
});

describe('loadBundle', () => {
  it('imports the extension URL once and returns what the script registered', async () => {
    const ref = fresh();
    const api = { hello: () => 'hi' };
    const importUrl = vi.fn(async (url: string) => {
      expect(url).toMatch(new RegExp(`${ref.file}$`));
      g[ref.global] = api;
    });
    const [a, b] = await Promise.all([loadBundle(ref, importUrl), loadBundle(ref, importUrl)]);
    expect(a).toBe(api);
    expect(b).toBe(api);
    expect(await loadBundle(ref, importUrl)).toBe(api);
    expect(importUrl).toHaveBeenCalledOnce();
  });

  it('names the file when the import fails, and a later call retries', async () => {
    const ref = fresh();
    const failing = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await expect(loadBundle(ref, failing)).rejects.toThrow(`Could not load ${ref.file}: Failed to fetch`);
    const working = vi.fn(async () => {
      g[ref.global] = { ok: true };
    });
    await expect(loadBundle(ref, working)).resolves.toEqual({ ok: true });
  });

  it('says so when the script loaded but registered nothing', async () => {
    const ref = fresh();
    await expect(loadBundle(ref, async () => undefined)).rejects.toThrow(`registered no ${ref.global}`);
  });

  it('a load started by one copy of this module is shared with another (content script and annotator.js each bundle one)', async () => {
    const ref = fresh();
    vi.resetModules();
    const other = (await import('../../../src/ui/load-bundle')).loadBundle;
    expect(other).not.toBe(loadBundle);
    let finish!: () => void;
    const importUrl = vi.fn(
      () =>
        new Promise<void>((r) => {
          finish = () => {
            g[ref.global] = { shared: true };
            r();
          };
        }),
    );
    const first = loadBundle(ref, importUrl);
    const second = other(ref, importUrl); // still in flight: no second import
    finish();
    expect(await first).toEqual({ shared: true });
    expect(await second).toEqual({ shared: true });
    expect(importUrl).toHaveBeenCalledOnce();
  });
});

