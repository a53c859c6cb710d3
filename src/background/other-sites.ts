// Sites outside *.gov.cn that the user switched on from the popup (optional host permission,
// plus the optional `scripting` permission in Chrome MV3). The background keeps the content
// script registered for exactly the granted hosts, injects it into the tab where the user
// switched it on, and injects the lazy bundles (/annotator.js, /opencc.js) on request: those
// are web-accessible to *.gov.cn only, so a page elsewhere cannot fetch them by URL.
import { browser } from 'wxt/browser';
import { GOV_PATTERN, isInjectable, type InjectableFile } from '../sites/site-pattern';

export const SCRIPT_ID = 'gra-other-sites';
const CONTENT_FILE: InjectableFile = '/content-scripts/content.js';

interface ScriptingApi {
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
}
interface Mv2Apis {
  contentScripts?: { register(o: { matches: string[]; js: { file: string }[]; runAt: 'document_idle' }): Promise<{ unregister(): Promise<void> }> };
  tabs: { executeScript(tabId: number, o: { file: string; frameId?: number; runAt?: 'document_idle' }): Promise<unknown> };
}

/** Chrome MV3: present only once `scripting` was granted. */
const scripting = (): ScriptingApi | undefined => (browser as unknown as { scripting?: ScriptingApi }).scripting;
const mv2 = (): Mv2Apis => browser as unknown as Mv2Apis;

/** Granted host patterns other than the manifest's own *.gov.cn. */
export async function enabledSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => o !== GOV_PATTERN).sort();
}

let mv2Registration: { unregister(): Promise<void> } | null = null;
let syncing: Promise<string[]> = Promise.resolve([]);

/** Re-registers the content script for the enabled sites (serialised: grants and removals may race). */
export function syncSiteScripts(): Promise<string[]> {
  syncing = syncing.catch(() => []).then(registerFor);
  return syncing;
}

async function registerFor(): Promise<string[]> {
  const sites = await enabledSites();
  const s = scripting();
  if (s) {
    const existing = await s.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    // the service worker restarts often: leave an up-to-date registration alone
    if (existing.length && sameSet(existing[0]!.matches ?? [], sites)) return sites;
    if (existing.length) await s.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (sites.length) {
      await s.registerContentScripts([{ id: SCRIPT_ID, matches: sites, js: [CONTENT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
    }
  } else if (mv2().contentScripts) {
    // Firefox MV2: registrations live as long as this background page, so startup calls this again.
    await mv2Registration?.unregister();
    mv2Registration = sites.length ? await mv2().contentScripts!.register({ matches: sites, js: [{ file: CONTENT_FILE }], runAt: 'document_idle' }) : null;
  }
  return sites;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === b[i]);

/** Runs one of our scripts in a tab (a frame of it), through whichever API this browser has. */
export async function injectFile(tabId: number, file: InjectableFile, frameId?: number): Promise<void> {
  const s = scripting();
  if (s) {
    await s.executeScript({ target: frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] }, files: [file] });
    return;
  }
  if (import.meta.env.MANIFEST_VERSION === 3) {
    throw new Error('缺少 scripting 权限，请在弹出窗口中重新启用此网站 / The scripting permission is missing: enable the site again from the popup');
  }
  await mv2().tabs.executeScript(tabId, frameId === undefined ? { file, runAt: 'document_idle' } : { file, frameId });
}

/** True when our content script answers in the tab (already registered, or injected earlier). */
async function hasContentScript(tabId: number): Promise<boolean> {
  try {
    const s = (await browser.tabs.sendMessage(tabId, { type: 'page:getStatus' })) as { ok?: boolean } | undefined;
    return !!s?.ok;
  } catch {
    return false;
  }
}

type Outcome = { ok: true } | { ok: false; error: string };
/** per tab, the start under way: the popup's site:enable and permissions.onAdded may ask at once */
const starting = new Map<number, Promise<Outcome>>();

/** After the permission was granted: register for the site and start the content script in this tab (once). */
export function enableInTab(tabId: number): Promise<Outcome> {
  let p = starting.get(tabId);
  if (!p) {
    p = startInTab(tabId).finally(() => starting.delete(tabId));
    starting.set(tabId, p);
  }
  return p;
}

async function startInTab(tabId: number): Promise<Outcome> {
  try {
    await syncSiteScripts();
    if (!(await hasContentScript(tabId))) await injectFile(tabId, CONTENT_FILE);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A grant also starts the annotator in the open tabs of the new sites: the popup may be gone by the
 * time the user answers the prompt (Firefox can close it), and then its site:enable never arrives.
 */
export async function startInOpenTabs(origins: string[] | undefined): Promise<void> {
  const patterns = (origins ?? []).filter((o) => o !== GOV_PATTERN);
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(tabs.map((t) => (t.id === undefined ? null : enableInTab(t.id))));
}

/** A content script on an enabled site asks for a lazy bundle. */
export async function injectBundle(tabId: number | undefined, frameId: number | undefined, file: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  if (tabId === undefined || !isInjectable(file) || file === CONTENT_FILE) return { ok: false, error: `not injectable: ${String(file)}` };
  try {
    await injectFile(tabId, file, frameId);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
