// Toolbar badge per tab (from the content script's page:status) and the context-menu entry
// "用年报助手分析此页 / Annotate this page", which asks the tab's content script to annotate.
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Message } from '../messaging/protocol';
import { badgeFor } from '../ui/badge';

export const MENU_ID = 'gra-annotate';
/** Where the content script runs; other sites would need the optional host permission + scripting. */
export const MENU_PATTERNS = ['*://*.gov.cn/*'];

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

/** Handles page:status; returns null for messages that are not ours (other listeners answer them). */
export function handlePageMessage(msg: unknown, tabId: number | undefined): Promise<{ ok: boolean }> | null {
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
    /* already exists (Firefox keeps menus across background restarts) */
  }
}

export function registerPageHandlers(): void {
  browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const pending = handlePageMessage(msg, sender.tab?.id);
    if (!pending) return false;
    pending.then(sendResponse);
    return true;
  });

  // A navigation clears the badge until the new page reports its status.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) void setBadge(tabId, false, { error: 0, warning: 0, info: 0 }).catch(() => undefined);
  });

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(createMenu, createMenu);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: 'page:annotate' }).catch(() => {
      // No content script in this tab (not a *.gov.cn page, or loaded before the extension).
    });
  });
}
