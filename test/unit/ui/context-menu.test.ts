// The context-menu entry is made at every background start, not only in runtime.onInstalled:
// Firefox's persistent background page loses its menus with it (adv55 #11).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../../src/background/other-sites', () => ({
  enableInTab: vi.fn(),
  injectBundle: vi.fn(),
  startInOpenTabs: vi.fn(async () => undefined),
  syncSiteScripts: vi.fn(async () => ['*://www.mirror.example.org/*']),
}));

import { MENU_ID, registerPageHandlers } from '../../../src/background/page';

const menus = new Map<string, Record<string, unknown>>();
const contextMenus = {
  removeAll: vi.fn(async () => menus.clear()),
  create: vi.fn((p: { id: string }) => {
    if (menus.has(p.id)) throw new Error(`Cannot create item with duplicate id ${p.id}`);
    menus.set(p.id, { ...p });
  }),
  update: vi.fn(async (id: string, p: Record<string, unknown>) => {
    const m = menus.get(id);
    if (!m) throw new Error(`Cannot find menu item with id ${id}`);
    Object.assign(m, p);
  }),
  onClicked: { addListener: vi.fn() },
};

beforeEach(() => {
  fakeBrowser.reset();
  menus.clear();
  const event = { addListener: vi.fn() };
  Object.assign(fakeBrowser, { contextMenus, permissions: { onAdded: event, onRemoved: event } });
  Object.assign(fakeBrowser.i18n, { getMessage: () => '用年报助手分析此页' });
});

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('context menu', () => {
  it('is there after a start without onInstalled (add-on enabled again, browser restarted)', async () => {
    registerPageHandlers();
    await settle();
    expect(menus.get(MENU_ID)).toMatchObject({ id: MENU_ID, documentUrlPatterns: ['*://*.gov.cn/*', '*://www.mirror.example.org/*'] });
  });

  it('is made once when the background starts again with the entry still there (Chrome keeps menus)', async () => {
    menus.set(MENU_ID, { id: MENU_ID, documentUrlPatterns: ['*://*.gov.cn/*'] });
    registerPageHandlers();
    await settle();
    expect(menus.size).toBe(1);
    expect(menus.get(MENU_ID)!.documentUrlPatterns).toEqual(['*://*.gov.cn/*', '*://www.mirror.example.org/*']);
  });
});
