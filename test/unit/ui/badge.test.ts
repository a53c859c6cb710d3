import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePageMessage } from '../../../src/background/page';
import { badgeFor, BADGE_COLORS } from '../../../src/ui/badge';

describe('badgeFor', () => {
  it('is empty on a non-report page', () => {
    expect(badgeFor(false, { error: 3, warning: 0, info: 0 }).text).toBe('');
  });
  it('counts errors + warnings, coloured by the worst', () => {
    expect(badgeFor(true, { error: 2, warning: 3, info: 9 })).toMatchObject({ text: '5', color: BADGE_COLORS.error });
    expect(badgeFor(true, { error: 0, warning: 1, info: 0 })).toMatchObject({ text: '1', color: BADGE_COLORS.warning });
  });
  it("shows ✓ for a clean report and caps huge counts", () => {
    expect(badgeFor(true, { error: 0, warning: 0, info: 4 })).toMatchObject({ text: '✓', color: BADGE_COLORS.ok });
    expect(badgeFor(true, { error: 5000, warning: 0, info: 0 }).text).toBe('999+');
  });
});

describe('handlePageMessage', () => {
  it('ignores messages that are not page:status', () => {
    expect(handlePageMessage({ type: 'library:list' }, 1)).toBeNull();
    expect(handlePageMessage(null, 1)).toBeNull();
  });
  it('sets the badge of the sending tab', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    const setBadgeBackgroundColor = vi.fn(async () => undefined);
    const setTitle = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { action: { setBadgeText, setBadgeBackgroundColor, setTitle } });
    const res = await handlePageMessage({ type: 'page:status', isReport: true, findings: { error: 1, warning: 1, info: 0 } }, 7);
    expect(res).toEqual({ ok: true });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '2' });
    expect(setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 7, color: BADGE_COLORS.error });
  });
  it('answers ok:false without a tab or with a malformed body', async () => {
    expect(await handlePageMessage({ type: 'page:status', isReport: true, findings: { error: 0, warning: 0, info: 0 } }, undefined)).toEqual({ ok: false });
    expect(await handlePageMessage({ type: 'page:status' }, 3)).toEqual({ ok: false });
  });
});
