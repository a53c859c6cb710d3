// In-page annotation in Chromium with the BUILT extension (npm run build first; npm test does it):
// the card shows the right numbers on Shanghai 2019, the failing cells of Pingtan 2020 are outlined
// and pulse when their finding is clicked, a non-report page gets nothing, the badge counts the
// findings, the context-menu/popup "annotate this page" path works, dismiss cleans up.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { collectPageErrors, launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium.ts';
import { fixturePageHtml } from './support/fixtures.ts';
import { startFixtureServer, type FixtureServer } from './support/server.ts';
import { cardStaysAbsent, waitForCardText } from './support/shadow.ts';

const SHANGHAI = 'real/001-shanghai-bgt-2019';
const PINGTAN_2020 = 'real/012-pingtan-zone-2020';

/** textContent of `[data-testid=<id>]` inside the card's shadow root. */
async function cardValue(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (id) => document.querySelector('gov-report-annotator')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ?? null,
    id,
  );
}

async function clickInCard(page: Page, selector: string): Promise<void> {
  await page.locator(`gov-report-annotator [data-testid="summary-card"] ${selector}`).first().click();
}

/** Outlined page elements with their tooltip. */
async function outlined(page: Page): Promise<Array<{ tag: string; cls: string; title: string }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.gra-hl')].map((e) => ({ tag: e.tagName, cls: e.className, title: e.getAttribute('title') ?? '' })),
  );
}

let server: FixtureServer;
let chrome: ChromiumWithExtension;

/** Shanghai 2019 rendered by the page's own script 600 ms after load (a script-rendered portal). */
function lateRenderedPage(): string {
  const full = fixturePageHtml(SHANGHAI);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(full)?.[1] ?? full;
  const title = /<title>([^<]*)<\/title>/i.exec(full)?.[1] ?? '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>加载中…</title></head><body><div id="app">加载中…</div>
<script>setTimeout(() => { document.title = ${JSON.stringify(title)}; document.getElementById('app').innerHTML = ${JSON.stringify(body).replace(/</g, '\\u003c')}; }, 600);</script>
</body></html>`;
}

before(async () => {
  server = await startFixtureServer({ extraRoutes: { '/zwgk/late/report.html': lateRenderedPage() } });
  chrome = await launchChromiumWithExtension();
});
after(async () => {
  await chrome?.close();
  await server?.close();
});

/** The badge text of the tab showing `url`, read in the service worker. */
async function badgeOf(url: string): Promise<string> {
  const worker = chrome.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  return worker.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const tabs = await c.tabs.query({});
    const tab = tabs.find((t: { url?: string }) => t.url === url);
    return tab ? c.action.getBadgeText({ tabId: tab.id }) : `no tab for ${url}`;
  }, url);
}

describe('in-page annotation (Chromium)', () => {
  test('Shanghai 2019: the card shows the headline numbers', async () => {
    const page = await chrome.page();
    const errors = collectPageErrors(page);
    await page.goto(server.urlFor(SHANGHAI));
    await waitForCardText(page);
    assert.equal(await cardValue(page, 'year'), '2019');
    assert.equal(await cardValue(page, 'num-newReceived'), '859');
    assert.equal(await cardValue(page, 'num-carriedOver'), '18');
    assert.equal(await cardValue(page, 'num-processed'), '805');
    assert.equal(await cardValue(page, 'num-carriedForward'), '72');
    assert.equal(await cardValue(page, 'num-reviews'), '7');
    assert.equal(await cardValue(page, 'num-lawsuits'), '9');
    assert.deepEqual(errors, []);
  });

  test('the run leaves its user-timing marks on the page timeline, in order (npm run bench reads them)', async () => {
    const page = await chrome.page();
    await page.goto(server.urlFor(SHANGHAI));
    await waitForCardText(page);
    await page.waitForFunction(() => performance.getEntriesByName('gra:card').length > 0, null, { timeout: 10_000 });
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('gra:')).map((m) => [m.name, m.startTime] as const));
    assert.deepEqual(marks.map(([n]) => n), ['gra:start', 'gra:detected', 'gra:bundle-loaded', 'gra:analysed', 'gra:card']);
    for (let i = 1; i < marks.length; i++) assert.ok(marks[i]![1] >= marks[i - 1]![1], JSON.stringify(marks));
  });

  test('Pingtan 2020: failing cells are outlined with the rule and numbers, the badge counts, a click pulses', async () => {
    const page = await chrome.page();
    const url = server.urlFor(PINGTAN_2020);
    await page.goto(url);
    await waitForCardText(page);
    await page.waitForFunction(() => document.querySelectorAll('.gra-hl').length > 0, null, { timeout: 10_000 });
    const marks = await outlined(page);
    const sum = marks.filter((m) => m.title.includes('T3-RESULTS-SUM'));
    assert.ok(sum.length > 0, `an outlined element names T3-RESULTS-SUM; got ${JSON.stringify(marks.map((m) => m.title))}`);
    // the 总计 column: printed （七） 21 against the outcome rows' sum 27 (fixture meta.json)
    assert.ok(sum.some((m) => /21/.test(m.title) && /27/.test(m.title)), JSON.stringify(sum.map((m) => m.title)));
    // flattened text table: the numbers themselves are marked, not whole paragraphs
    assert.ok(sum.some((m) => m.tag === 'MARK'), 'a <mark> wraps a value of the flattened table');
    assert.ok(sum.every((m) => /gra-hl-(error|warning)/.test(m.cls)));
    assert.ok(Number(await cardValue(page, 'count-error')) + Number(await cardValue(page, 'count-warning')) > 0);

    // what could not be read exactly is listed on the card, in Chinese: 表二's run-together digits
    const notes = (await cardValue(page, 'parse-warnings')) ?? '';
    assert.ok(notes.includes('表二 行政许可：“396442278”分成3格有28种读法'), notes.slice(0, 300));
    assert.ok(!notes.includes('reads'), 'no English in the Chinese card');

    const badge = await badgeOf(url);
    assert.match(badge, /^\d+$/, `badge shows the number of findings, got ${badge}`);
    assert.ok(Number(badge) > 0);

    await clickInCard(page, '[data-testid="toggle-findings"]');
    await clickInCard(page, '[data-testid="finding"][data-rule="T3-RESULTS-SUM"]');
    await page.waitForFunction(() => document.querySelectorAll('.gra-hl-pulse').length > 0, null, { timeout: 5_000 });
  });

  test('a non-report page gets no host element and no outlines; "annotate this page" still works on request', async () => {
    const page = await chrome.page();
    const url = server.urlFor('pages/news-item');
    await page.goto(url);
    assert.equal(await cardStaysAbsent(page, 2_000), true);
    assert.equal(await page.evaluate(() => document.querySelector('gov-report-annotator') === null), true);
    assert.equal((await outlined(page)).length, 0);
    assert.equal(await badgeOf(url), '');

    // What the context menu and the popup send to the tab.
    const worker = chrome.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const status = await worker.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      const tab = (await c.tabs.query({})).find((t: { url?: string }) => t.url === url);
      return c.tabs.sendMessage(tab.id, { type: 'page:annotate' });
    }, url);
    assert.equal((status as { analysed: boolean }).analysed, true);
    await waitForCardText(page);
  });

  test("the popup's Save names the page it showed: once the tab shows another report, that save is refused, the shown page's is saved (adv55 #7)", async () => {
    const page = await chrome.page();
    const first = server.urlFor(PINGTAN_2020);
    await page.goto(first);
    await waitForCardText(page);
    const worker = chrome.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const toTab = (msg: object) =>
      worker.evaluate(async ([msg, url]) => {
        const c = (globalThis as unknown as { chrome: any }).chrome;
        const tab = (await c.tabs.query({})).find((t: { url?: string }) => t.url === url);
        return c.tabs.sendMessage(tab.id, msg);
      }, [msg, page.url()] as const);
    const shown = (await toTab({ type: 'page:getStatus' })) as { url: string; year: number };
    assert.equal(shown.url, first);
    assert.equal(shown.year, 2020);
    await page.goto(server.urlFor('real/001-shanghai-bgt-2019')); // the popup still names Pingtan 2020
    await waitForCardText(page);
    const refused = (await toTab({ type: 'page:save', url: shown.url })) as { ok: boolean; otherPage?: boolean; id?: string };
    assert.deepEqual([refused.ok, refused.otherPage, refused.id], [false, true, undefined]);
    const now = (await toTab({ type: 'page:getStatus' })) as { url: string };
    const saved = (await toTab({ type: 'page:save', url: now.url })) as { ok: boolean; id?: string };
    assert.equal(saved.ok, true);
    assert.match(saved.id ?? '', /001-shanghai-bgt-2019/);
  });

  test('a report rendered by script after load is detected by the bounded observer', async () => {
    const page = await chrome.page();
    await page.goto(`${server.origin}/zwgk/late/report.html`);
    await waitForCardText(page);
    assert.equal(await cardValue(page, 'num-newReceived'), '859');
  });

  test('language switch, collapse with Esc, dismiss removes card and outlines', async () => {
    const page = await chrome.page();
    await page.goto(server.urlFor(PINGTAN_2020));
    await waitForCardText(page);
    await clickInCard(page, '[data-testid="lang"]');
    assert.match((await cardValue(page, 'toggle-findings')) ?? '', /Show findings/);
    await page.locator('gov-report-annotator [data-testid="save"]').focus();
    await page.keyboard.press('Escape');
    assert.equal(await cardValue(page, 'num-newReceived'), null);
    // The choice is remembered per site: a reload shows the card collapsed and in English.
    await page.reload();
    await waitForCardText(page);
    assert.equal(await cardValue(page, 'num-newReceived'), null);
    assert.equal(
      await page.evaluate(() => document.querySelector('gov-report-annotator')?.shadowRoot?.querySelector('[data-testid="collapse"]')?.getAttribute('aria-label')),
      'Expand',
    );
    await clickInCard(page, '[data-testid="dismiss"]');
    await page.waitForFunction(() => !document.querySelector('gov-report-annotator'));
    assert.equal((await outlined(page)).length, 0);
  });
});
