// End to end in Firefox (firefox-esr, the built extension), on the extension's own pages (adv55):
// the context-menu entry after the background starts again without onInstalled (#11), and the
// library page's persistent-storage question only from a click (#3). Needs `npm run build`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.ts';

let firefox: FirefoxWithExtension;
before(async () => {
  firefox = await launchFirefoxWithExtension({ extensionPages: true });
});
after(async () => {
  await firefox?.close();
});

const LISTED = `document.querySelector('[data-testid=count]')?.textContent.includes('份报告')`;
const openLibrary = () => firefox.extensionPage('library.html', LISTED);
/** the browser's open doorhangers, by id */
const NOTIFICATIONS = `JSON.stringify(gBrowser.browsers.flatMap((b) => PopupNotifications.getNotificationsForBrowser(b)).map((n) => n.id))`;
const menuThere = (p: Page) => p.evaluate(`browser.contextMenus.update('gra-annotate', {}).then(() => 'there', (e) => e.message)`);

test('no persistent-storage prompt at opening; best-effort shown; the button asks', async () => {
  const lib = await openLibrary();
  await new Promise((r) => setTimeout(r, 1000));
  assert.deepEqual(JSON.parse(String(await firefox.chromeEval(NOTIFICATIONS))), []);
  assert.match(String(await lib.evaluate(`document.querySelector('[data-testid=storage-state]').textContent`)), /Best-effort storage/);
  await lib.evaluate(`document.querySelector('[data-testid=ask-persist]').click()`);
  const asked = () => firefox.chromeEval(NOTIFICATIONS).then((n) => JSON.parse(String(n)).includes('persistent-storage'));
  for (let i = 0; i < 50 && !(await asked()); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(await asked(), 'the click asks');
  await firefox.chromeEval(`(() => { const n = gBrowser.browsers.flatMap((b) => PopupNotifications.getNotificationsForBrowser(b)).find((n) => n.id === 'persistent-storage'); n.mainAction.callback({ checkboxChecked: false }); PopupNotifications.remove(n); })()`);
  await lib.waitForFunction(`document.querySelector('[data-testid=storage-state]').textContent.includes('Persistent storage')`);
  await lib.close();
});

test('the context-menu entry is there after the add-on is disabled and enabled', async () => {
  let lib = await openLibrary();
  assert.equal(await menuThere(lib), 'there');
  await lib.close();
  await firefox.chromeEval(`(async () => {
    const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
    const a = await AddonManager.getAddonByID(${JSON.stringify(firefox.addonId)});
    await a.disable();
    await new Promise((r) => setTimeout(r, 500));
    await a.enable();
  })()`);
  lib = await openLibrary();
  let answer: unknown;
  for (let i = 0; i < 30 && (answer = await menuThere(lib)) !== 'there'; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(answer, 'there');
});
