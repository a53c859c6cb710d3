import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupApi } from '../../components/popup/PopupApp';
import { sendMessage } from '../../src/messaging/client';
import { enableSite } from '../../src/sites/enable-site';
import { siteOf } from '../../src/sites/site-pattern';
import './popup.css';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab as typeof tab & { id: number };
}

// Chrome MV3 injects with `scripting`, an optional permission asked for in the same prompt;
// Firefox MV2 injects with tabs.executeScript, which the host permission alone allows.
type Permissions = Parameters<typeof browser.permissions.request>[0];
const forSite = (pattern: string): Permissions =>
  ({ origins: [pattern], permissions: import.meta.env.MANIFEST_VERSION === 3 ? ['scripting'] : [] }) as Permissions;

const api: PopupApi = {
  async ask(req) {
    return browser.tabs.sendMessage((await activeTab()).id, req);
  },
  openLibrary() {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  },
  async site() {
    const site = siteOf((await activeTab()).url);
    if (site.kind !== 'other') return site;
    return { ...site, enabled: (await browser.permissions.contains(forSite(site.pattern))) as boolean };
  },
  enableSite(pattern) {
    return enableSite(pattern, {
      request: async () => (await browser.permissions.request(forSite(pattern))) as boolean,
      activeTabId: async () => (await activeTab()).id,
      tabUrl: async (id) => (await browser.tabs.get(id)).url,
      startInTab: (tabId) => sendMessage({ type: 'site:enable', tabId }),
    });
  },
  async disableSite(pattern) {
    // `scripting` stays: other enabled sites may still need it, and it grants no site access by itself
    await browser.permissions.remove({ origins: [pattern] });
  },
};

render(<PopupApp api={api} />, document.getElementById('app')!);
