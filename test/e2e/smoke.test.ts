// Smoke test of the BUILT extension in real browsers (needs `npm run build`; `npm test` does it).
// Chromium: a real report page gets the content script's card in its shadow root; the popup and
// the library page load without console errors. Firefox: the same report page gets the card.
// Card assertions stay minimal (the card's content is owned by the in-page feature).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { collectPageErrors, launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.ts';
import { startFixtureServer, type FixtureServer } from './support/server.ts';
import { cardStaysAbsent, waitForCardText } from './support/shadow.ts';

const REPORT = '001-shanghai-bgt-2019';
// Year or agency name of the Shanghai 2019 report, as printed on the page.
const CARD_MENTIONS_REPORT = /2019|上海市人民政府办公厅/;

let server: FixtureServer;
before(async () => {
  server = await startFixtureServer({
    extraRoutes: {
      '/xwzx/index.html':
        '<!doctype html><html><head><meta charset="utf-8"><title>新闻中心</title></head><body><h1>新闻中心</h1><p>今日要闻</p></body></html>',
    },
  });
});
after(async () => {
  await server?.close();
});

describe('Chromium', () => {
  let chrome: ChromiumWithExtension;
  before(async () => {
    chrome = await launchChromiumWithExtension();
  });
  after(async () => {
    await chrome?.close();
  });

  test('report page on a gov.cn host shows the summary card in the shadow root', async () => {
    const page = await chrome.page();
    const errors = collectPageErrors(page);
    await page.goto(server.urlFor(REPORT));
    const text = await waitForCardText(page);
    assert.match(text, CARD_MENTIONS_REPORT);
    assert.ok(server.requests.some((p) => p.includes(REPORT)), 'the page came from the fixture server');
    // The fixture page has no scripts of its own, so any console error reported for it is ours.
    assert.deepEqual(errors, []);
  });

  test('a gov.cn page that is not a report gets no card', async () => {
    const page = await chrome.page();
    await page.goto(`${server.origin}/xwzx/index.html`);
    assert.equal(await cardStaysAbsent(page, 2_000), true);
  });

  for (const [name, path] of [
    ['popup', 'popup.html'],
    ['library', 'library.html'],
  ] as const) {
    test(`${name} page opens without console errors`, async () => {
      const page = await chrome.page();
      const errors = collectPageErrors(page);
      const response = await page.goto(chrome.extensionUrl(path));
      assert.ok(response?.ok(), `${path} loaded`);
      // The Preact app has rendered something into #app.
      await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(errors, []);
    });
  }
});

describe('Firefox', () => {
  let firefox: FirefoxWithExtension;
  before(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  after(async () => {
    await firefox?.close();
  });

  test('the add-on installs under its gecko id', () => {
    assert.equal(firefox.addonId, 'gov-report-annotator@example.org');
  });

  test('report page on a gov.cn host shows the summary card in the shadow root', async () => {
    const page = await firefox.page();
    await page.goto(server.urlFor(REPORT));
    const text = await waitForCardText(page);
    assert.match(text, CARD_MENTIONS_REPORT);
  });
});
