// Toolbar badge per tab (from the content script's page:status) and the context-menu entry
// "用年报助手分析此页 / Annotate this page", which asks the tab's content script to annotate.
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Message } from '../messaging/protocol';
import { badgeFor } from '../ui/badge';
import { enableInTab, injectBundle, startInOpenTabs, syncSiteScripts } from './other-sites';
import { GOV_PATTERN } from '../sites/site-pattern';

export const MENU_ID = 'gra-annotate';
/** Where the content script runs by the manifest; sites the user enabled are added at runtime. */
export const MENU_PATTERNS = [GOV_PATTERN];

type ActionApi = typeof browser.action;

/** MV3 has `action`, Firefox MV2 `browserAction`; both have the badge calls we use. */
function actionApi(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

export async function setBadge(tabId: number, isReport: boolean, counts: { error: number; warning: number; info: number }): Promise<void> {
  const action = actionApi();
  if (!action) return;
  const look = badgeFor(isReport, counts);
  await action.setBadgeText({ tabId, text: look.text });
  if (look.text) await action.setBadgeBackgroundColor({ tabId, color: look.color });
  await action.setTitle({ tabId, title: look.title });
}

/** Handles page:status, site:enable and page:loadBundle; null for messages that are not ours (other listeners answer them). */
export function handlePageMessage(msg: unknown, tabId: number | undefined, frameId?: number): Promise<{ ok: boolean }> | null {
  const type = (msg as { type?: unknown } | null)?.type;
  if (type === 'site:enable') {
    const target = (msg as Partial<Message<'site:enable'>>).tabId;
    return typeof target === 'number' ? enableInTab(target) : Promise.resolve({ ok: false, error: 'site:enable needs a tabId' });
  }
  if (type === 'page:loadBundle') return injectBundle(tabId, frameId, (msg as Partial<Message<'page:loadBundle'>>).file);
  const m = msg as Partial<Message<'page:status'>> | null;
  if (!m || m.type !== 'page:status') return null;
  if (tabId === undefined || typeof m.isReport !== 'boolean' || !m.findings) return Promise.resolve({ ok: false });
  return setBadge(tabId, m.isReport, m.findings).then(
    () => ({ ok: true }),
    () => ({ ok: false }), // the tab closed meanwhile
  );
}

function createMenu(): void {
  try {
    browser.contextMenus.create({
      id: MENU_ID,
      title: i18n.t('contextMenuAnnotate'),
      contexts: ['page', 'selection'],
      documentUrlPatterns: MENU_PATTERNS,
    });
  } catch {
    /* already exists (removeAll failed) */
  }
}

/** Content script registration and the context menu follow the granted sites. */
async function followGrantedSites(): Promise<void> {
  const sites = await syncSiteScripts();
  await browser.contextMenus.update(MENU_ID, { documentUrlPatterns: [...MENU_PATTERNS, ...sites] }).catch(() => undefined);
}

export function registerPageHandlers(): void {
  browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const pending = handlePageMessage(msg, sender.tab?.id, sender.frameId);
    if (!pending) return false;
    pending.then(sendResponse);
    return true;
  });

  // A navigation clears the badge until the new page reports its status.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) void setBadge(tabId, false, { error: 0, warning: 0, info: 0 }).catch(() => undefined);
  });

  // The menu entry is made at every start, not in onInstalled: Firefox's persistent background
  // page takes its menus with it, and a start after disable/enable or a browser restart has no
  // onInstalled (adv55 #11). Firefox forgets runtime registrations with its background page too;
  // every start re-registers (a no-op in Chrome when the persisted registration is current).
  void browser.contextMenus
    .removeAll()
    .then(createMenu, createMenu)
    .then(followGrantedSites)
    .catch(() => undefined);
  browser.permissions.onAdded.addListener((added) => {
    void followGrantedSites()
      .then(() => startInOpenTabs(added.origins))
      .catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(() => void followGrantedSites().catch(() => undefined));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: 'page:annotate' }).catch(() => {
      // No content script in this tab (not a *.gov.cn page, or loaded before the extension).
    });
  });
}
