// The popup's "Enable on <host>": the permission prompt, then the annotator started in the tab the
// click was made in. Kept apart from the popup's entry so that tests can drive it without a browser.
import { siteOf } from './site-pattern';

export interface EnableSiteDeps {
  /** the prompt; must be called before anything is awaited (the click's user gesture) */
  request(): Promise<boolean>;
  /** the active tab's id, when the popup opened */
  activeTabId(): Promise<number>;
  /** that tab's address now */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** site:enable to the background: register for the site and start the content script in the tab */
  startInTab(tabId: number): Promise<{ ok: true } | { ok: false; error: string }>;
}

/**
 * true: granted (and started in the tab if it still shows the site); false: declined. The tab is
 * the one clicked in, taken before the prompt: taken after it, a tab gone to another site while
 * the prompt was open was asked to start there, and the popup said "Could not enable" although the
 * site was granted (adv55 #4). A tab that left the site is left alone: the grant starts the annotator
 * in the site's open tabs anyway (background, permissions.onAdded).
 */
export async function enableSite(pattern: string, deps: EnableSiteDeps): Promise<boolean> {
  const tabId = deps.activeTabId(); // started, not awaited: the prompt comes first
  tabId.catch(() => undefined);
  const granted = await deps.request();
  if (!granted) return false;
  const id = await tabId;
  const site = siteOf(await deps.tabUrl(id));
  if (site.kind !== 'other' || site.pattern !== pattern) return true;
  const r = await deps.startInTab(id);
  if (!r.ok) throw new Error(r.error);
  return true;
}
