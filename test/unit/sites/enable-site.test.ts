import { describe, expect, it, vi } from 'vitest';
import { enableSite, type EnableSiteDeps } from '../../../src/sites/enable-site';

const PATTERN = '*://www.mirror.example.org/*';

/** A tab (id 7) on the mirror, whose address `moveTo` changes while the prompt is open. */
function deps(answer: boolean, moveTo?: string) {
  let url = 'https://www.mirror.example.org/2019.html';
  let activeId = 7;
  const calls: string[] = [];
  const d: EnableSiteDeps = {
    activeTabId: vi.fn(async () => {
      calls.push('activeTabId');
      return activeId;
    }),
    request: vi.fn(async () => {
      calls.push('request');
      if (moveTo) {
        url = moveTo;
        activeId = 8; // and the user switched tabs meanwhile
      }
      return answer;
    }),
    tabUrl: vi.fn(async (id: number) => (id === 7 ? url : 'https://elsewhere.example.com/')),
    startInTab: vi.fn(async () => ({ ok: true as const })),
  };
  return { d, calls };
}

describe('enableSite (the popup\'s "Enable on …")', () => {
  it('asks first, then starts the annotator in the tab the click was made in', async () => {
    const { d, calls } = deps(true);
    expect(await enableSite(PATTERN, d)).toBe(true);
    expect(calls[1]).toBe('request'); // nothing awaited before the prompt
    expect(d.startInTab).toHaveBeenCalledWith(7);
  });

  it('declined: nothing started', async () => {
    const { d } = deps(false);
    expect(await enableSite(PATTERN, d)).toBe(false);
    expect(d.startInTab).not.toHaveBeenCalled();
  });

  it('a tab that went to another site during the prompt is left alone, and the grant is no failure (adv55 #4)', async () => {
    // before: the tab active after the prompt was asked to start, and "Could not enable: Missing host permission" was shown
    const { d } = deps(true, 'https://www.other.example.org/');
    expect(await enableSite(PATTERN, d)).toBe(true);
    expect(d.startInTab).not.toHaveBeenCalled();
  });

  it('the user switched tabs during the prompt: the clicked tab (7) is started, not the new active one', async () => {
    const { d } = deps(true, 'https://www.mirror.example.org/2020.html');
    expect(await enableSite(PATTERN, d)).toBe(true);
    expect(d.startInTab).toHaveBeenCalledWith(7);
  });

  it('a failed start is reported', async () => {
    const { d } = deps(true);
    d.startInTab = vi.fn(async () => ({ ok: false as const, error: 'no tab' }));
    await expect(enableSite(PATTERN, d)).rejects.toThrow('no tab');
  });
});
