// A site outside *.gov.cn that the user enabled (here www.mirror.example.org, like the Traditional
// mirror sites seed 003 comes from), in Chromium with the built extension.
//
// Chromium shows the permission prompt as a native dialog that automation cannot accept, so this
// test loads a copy of the build whose manifest already grants the site and `scripting` (the two
// things the popup's "Enable on …" asks for). Everything after the grant is the real code: the
// background registers the content script for the granted site at startup, injects it into an
// open tab on site:enable (what the popup sends after the grant), and injects /annotator.js and
// /opencc.js when the page asks, because they stay web-accessible to *.gov.cn only.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Page, Worker } from 'playwright-core';
import { collectPageErrors, launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium.ts';
import { buildCopyWith } from './support/build-copy.ts';
import { CHROME_BUILD } from './support/preconditions.ts';
import { FIXTURE_HOST, startFixtureServer, type FixtureServer } from './support/server.ts';
import { cardStaysAbsent, waitForCardText } from './support/shadow.ts';

const MIRROR_HOST = 'www.mirror.example.org';
const MIRROR_PATTERN = `*://${MIRROR_HOST}/*`;
const TRADITIONAL = 'seeds/003';
const SCRIPT_ID = 'gra-other-sites';

let server: FixtureServer;
let chrome: ChromiumWithExtension;
let buildCopy: string;

/** The built extension with the mirror site and `scripting` granted, as after "Enable on …". */
function grantedBuild(): Promise<string> {
  return buildCopyWith<{ permissions: string[]; host_permissions: string[]; optional_permissions?: string[] }>(CHROME_BUILD, (m) => {
    assert.deepEqual(m.optional_permissions, ['scripting'], 'the real build asks for scripting only with a site');
    m.permissions.push('scripting');
    m.host_permissions.push(MIRROR_PATTERN);
  });
}

const onMirror = (url: string) => url.replace(FIXTURE_HOST, MIRROR_HOST);

function worker(): Worker {
  return chrome.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
}

async function cardValue(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (id) => document.querySelector('gov-report-annotator')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ?? null,
    id,
  );
}

before(async () => {
  server = await startFixtureServer();
  buildCopy = await grantedBuild();
  chrome = await launchChromiumWithExtension({ extensionDir: buildCopy });
});
after(async () => {
  await chrome?.close();
  await server?.close();
  if (buildCopy) await rm(buildCopy, { recursive: true, force: true });
});

describe('a site the user enabled outside *.gov.cn (Chromium)', () => {
  test('the background registers the content script for exactly the granted site', async () => {
    // registration happens when the background starts; give it a moment
    let matches: string[] = [];
    for (let i = 0; i < 50 && matches.length === 0; i++) {
      matches = await worker().evaluate(async (id) => {
        const c = (globalThis as unknown as { chrome: any }).chrome;
        const [s] = await c.scripting.getRegisteredContentScripts({ ids: [id] });
        return (s?.matches ?? []) as string[];
      }, SCRIPT_ID);
      if (matches.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(matches, [MIRROR_PATTERN]);
  });

  test('a Traditional report there gets the card, with annotator.js and opencc.js injected by the background', async () => {
    const page = await chrome.page();
    const errors = collectPageErrors(page);
    await page.goto(onMirror(server.urlFor(TRADITIONAL)));
    await waitForCardText(page);
    assert.ok((await cardValue(page, 'agency'))?.includes('果耶镇'), 'simplified agency name: opencc ran');
    assert.equal(await cardValue(page, 'year'), '2023');
    assert.deepEqual(errors, []);
    // the lazy bundles are still not web-accessible to this site: the page cannot fetch them
    const fetched = await page.evaluate(async (url) => fetch(url).then(() => 'fetched', () => 'refused'), chrome.extensionUrl('annotator.js'));
    assert.equal(fetched, 'refused');
  });

  test('site:enable starts the annotator in a tab that was open before the site was enabled', async () => {
    await worker().evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      await c.scripting.unregisterContentScripts({ ids: [id] });
    }, SCRIPT_ID);
    const page = await chrome.page();
    const url = onMirror(server.urlFor(TRADITIONAL)) + '?opened-before';
    await page.goto(url);
    assert.equal(await cardStaysAbsent(page, 1_500), true, 'nothing runs there before the site is enabled');

    // what the popup sends after permissions.request resolved true — twice at once, as the popup and
    // the background's permissions.onAdded handler may both ask: the annotator must start once
    const popup = await chrome.page();
    await popup.goto(chrome.extensionUrl('popup.html'));
    const answers = await popup.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      const tab = (await c.tabs.query({})).find((t: { url?: string }) => t.url === url);
      return Promise.all([1, 2].map(() => c.runtime.sendMessage({ type: 'site:enable', tabId: tab.id })));
    }, url);
    assert.deepEqual(answers, [{ ok: true }, { ok: true }]);
    await waitForCardText(page);
    assert.equal(await cardValue(page, 'year'), '2023');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await page.evaluate(() => document.querySelectorAll('gov-report-annotator').length), 1, 'one card, one content script');
    // and the registration is back for the next visits
    const matches = await worker().evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      return ((await c.scripting.getRegisteredContentScripts({ ids: [id] }))[0]?.matches ?? []) as string[];
    }, SCRIPT_ID);
    assert.deepEqual(matches, [MIRROR_PATTERN]);
  });

  test('a site that was not enabled gets nothing', async () => {
    const page = await chrome.page();
    await page.goto(server.urlFor(TRADITIONAL).replace(FIXTURE_HOST, 'www.other.example.org'));
    assert.equal(await cardStaysAbsent(page, 2_000), true);
  });
});
