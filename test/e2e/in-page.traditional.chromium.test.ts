// The split page-side code in Chromium (built extension): the content script loads /annotator.js
// only when a report is found or annotation is asked for, and /opencc.js only for Traditional pages.
// Seed 003 (Traditional + pinyin glosses: 果耶鎮(zhèn)) must show the simplified agency name and
// the year, which needs opencc; a simplified report must not request opencc.js; a non-report page
// requests neither file.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { collectPageErrors, launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium.ts';
import { withStrictCsp } from './support/csp-page.ts';
import { startFixtureServer, type FixtureServer } from './support/server.ts';
import { cardStaysAbsent, waitForCardText } from './support/shadow.ts';

const TRADITIONAL = 'seeds/003';
const SIMPLIFIED = 'real/001-shanghai-bgt-2019';

let server: FixtureServer;
let chrome: ChromiumWithExtension;

before(async () => {
  server = await startFixtureServer({ extraRoutes: { '/zwgk/csp/report.html': withStrictCsp(TRADITIONAL) } });
  chrome = await launchChromiumWithExtension();
});
after(async () => {
  await chrome?.close();
  await server?.close();
});

/** Extension files this page requested (by path, e.g. '/annotator.js'). */
function extensionRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'chrome-extension:') seen.push(u.pathname);
  });
  return seen;
}

async function cardValue(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (id) => document.querySelector('gov-report-annotator')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ?? null,
    id,
  );
}

describe('lazy annotator and opencc (Chromium)', () => {
  test('Traditional seed 003: opencc.js is loaded on demand and the card shows 果耶镇, 2023', async () => {
    const page = await chrome.page();
    const errors = collectPageErrors(page);
    const requested = extensionRequests(page);
    await page.goto(server.urlFor(TRADITIONAL));
    await waitForCardText(page);
    const agency = await cardValue(page, 'agency');
    assert.ok(agency?.includes('果耶镇'), `simplified agency name on the card, got ${JSON.stringify(agency)}`);
    assert.equal(await cardValue(page, 'year'), '2023');
    assert.ok(requested.includes('/annotator.js'), JSON.stringify(requested));
    assert.ok(requested.includes('/opencc.js'), JSON.stringify(requested));
    assert.deepEqual(errors, []);
  });

  test('a simplified report loads /annotator.js but never /opencc.js', async () => {
    const page = await chrome.page();
    const requested = extensionRequests(page);
    await page.goto(server.urlFor(SIMPLIFIED));
    await waitForCardText(page);
    assert.equal(await cardValue(page, 'num-newReceived'), '859');
    assert.deepEqual(requested, ['/annotator.js']);
  });

  test('a non-report page loads neither file', async () => {
    const page = await chrome.page();
    const requested = extensionRequests(page);
    await page.goto(server.urlFor('pages/news-item'));
    assert.equal(await cardStaysAbsent(page, 2_000), true);
    assert.deepEqual(requested, []);
  });

  test("a page whose CSP forbids other scripts (script-src 'self') still gets the card", async () => {
    const page = await chrome.page();
    await page.goto(`${server.origin}/zwgk/csp/report.html`);
    await waitForCardText(page);
    assert.ok((await cardValue(page, 'agency'))?.includes('果耶镇'));
  });
});
