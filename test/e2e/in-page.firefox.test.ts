// In-page annotation in Firefox (firefox-esr via puppeteer, the BUILT firefox-mv2 extension):
// card numbers on Shanghai 2019, outlined failing cells on Pingtan 2020, nothing on a non-report.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.ts';
import { fixturePageHtml } from './support/fixtures.ts';
import { startFixtureServer, type FixtureServer } from './support/server.ts';
import { cardStaysAbsent, waitForCardText, type Evaluates } from './support/shadow.ts';

async function cardValue(page: Evaluates, id: string): Promise<string | null> {
  const v = await page.evaluate(
    `document.querySelector('gov-report-annotator')?.shadowRoot?.querySelector('[data-testid="${id}"]')?.textContent ?? null`,
  );
  return v as string | null;
}

async function outlinedTitles(page: Evaluates): Promise<string[]> {
  return JSON.parse(
    String(await page.evaluate(`JSON.stringify([...document.querySelectorAll('.gra-hl')].map((e) => e.getAttribute('title') ?? ''))`)),
  ) as string[];
}

async function until(page: Evaluates, expression: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

let server: FixtureServer;
let firefox: FirefoxWithExtension;

before(async () => {
  // Shanghai 2019 after a hidden mobile copy of itself with other numbers (859 → 999), on a <body>
  // with the grey mourning mode's filter (helper-32 review)
  const sh = fixturePageHtml('real/001-shanghai-bgt-2019');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(sh)![1]!;
  const hostile = sh
    .replace(/<\/head>/i, '<style>.m-only{display:none} body{filter:grayscale(100%)}</style></head>')
    .replace(/(<body[^>]*>)/i, `$1<div class="m-only">${body.replace(/859/g, '999')}</div>`);
  // helper-46 #15: an anti-tamper script removing our card from under <html> on a page with the
  // grey mourning mode on <body>
  const withHead = (head: string) => sh.replace(/<\/head>/i, `${head}</head>`);
  // and a page-wide ::backdrop rule for its dialogs (adv59 #7: it dimmed the page under the re-homed card)
  const tamper = withHead('<style>body{filter:grayscale(100%)} ::backdrop{background:rgba(0,0,0,.6)}</style>').replace(
    /<\/body>/i,
    `<script>new MutationObserver((ms) => { for (const m of ms) for (const n of m.addedNodes) if (n.nodeType === 1 && n.parentNode === document.documentElement && n.localName !== 'body' && n.localName !== 'head') n.remove(); }).observe(document.documentElement, { childList: true });</script></body>`,
  );
  server = await startFixtureServer({ extraRoutes: { '/zwgk/hidden-copy.html': hostile, '/zwgk/tamper-filter.html': tamper } });
  firefox = await launchFirefoxWithExtension();
});
after(async () => {
  await firefox?.close();
  await server?.close();
});

describe('in-page annotation (Firefox)', () => {
  test('Shanghai 2019: the card shows the headline numbers', async () => {
    const page = await firefox.page();
    await page.goto(server.urlFor('real/001-shanghai-bgt-2019'));
    await waitForCardText(page);
    assert.equal(await cardValue(page, 'num-newReceived'), '859');
    assert.equal(await cardValue(page, 'num-carriedOver'), '18');
    assert.equal(await cardValue(page, 'num-processed'), '805');
    assert.equal(await cardValue(page, 'num-carriedForward'), '72');
    assert.equal(await cardValue(page, 'num-reviews'), '7');
    assert.equal(await cardValue(page, 'num-lawsuits'), '9');
  });

  test('a hidden copy with other numbers is not read; the card stays in the window on a filtered <body>', async () => {
    const page = await firefox.page();
    await page.goto(server.origin + '/zwgk/hidden-copy.html');
    await waitForCardText(page);
    assert.equal(await cardValue(page, 'num-newReceived'), '859');
    await page.evaluate('scrollTo(0, document.documentElement.scrollHeight)');
    await new Promise((r) => setTimeout(r, 200));
    const top = Number(await page.evaluate(`document.querySelector('gov-report-annotator').shadowRoot.querySelector('[data-testid="summary-card"]').getBoundingClientRect().top`));
    assert.ok(top >= 0 && top < 200, `card top ${top}`);
  });

  test('a card an anti-tamper script removed is put back and stays in the window on a filtered <body> (helper-46 #15)', async () => {
    const page = await firefox.page();
    await page.goto(server.origin + '/zwgk/tamper-filter.html');
    await waitForCardText(page);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await page.evaluate(`document.querySelector('gov-report-annotator')?.parentElement?.localName`), 'body');
    await page.evaluate('scrollTo(0, document.documentElement.scrollHeight)');
    await new Promise((r) => setTimeout(r, 200));
    const box = JSON.parse(String(await page.evaluate(`JSON.stringify(document.querySelector('gov-report-annotator').shadowRoot.querySelector('[data-testid="summary-card"]').getBoundingClientRect())`))) as DOMRect;
    const height = Number(await page.evaluate('innerHeight'));
    assert.ok(box.top >= 0 && box.bottom <= height, JSON.stringify(box));
    // in the top layer, without the page's backdrop
    assert.equal(await page.evaluate(`document.querySelector('gov-report-annotator').matches(':popover-open')`), true);
    assert.equal(await page.evaluate(`getComputedStyle(document.querySelector('gov-report-annotator'), '::backdrop').backgroundColor`), 'rgba(0, 0, 0, 0)');
  });

  test('Pingtan 2020: the failing cells are outlined and name T3-RESULTS-SUM', async () => {
    const page = await firefox.page();
    await page.goto(server.urlFor('real/012-pingtan-zone-2020'));
    await waitForCardText(page);
    await until(page, `document.querySelectorAll('.gra-hl').length > 0`);
    const titles = await outlinedTitles(page);
    assert.ok(titles.some((t) => t.includes('T3-RESULTS-SUM')), JSON.stringify(titles));
    // the parser's notes on the card, in Chinese
    const notes = (await cardValue(page, 'parse-warnings')) ?? '';
    assert.ok(notes.includes('表二 行政许可：“396442278”分成3格有28种读法'), notes.slice(0, 300));
  });

  test('the run leaves its user-timing marks on the page timeline, in order', async () => {
    const page = await firefox.page();
    await page.goto(server.urlFor('real/001-shanghai-bgt-2019'));
    await waitForCardText(page);
    await until(page, `performance.getEntriesByName('gra:card').length > 0`);
    const marks = JSON.parse(
      String(await page.evaluate(`JSON.stringify(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('gra:')).map((m) => [m.name, m.startTime]))`)),
    ) as Array<[string, number]>;
    assert.deepEqual(marks.map(([n]) => n), ['gra:start', 'gra:detected', 'gra:bundle-loaded', 'gra:analysed', 'gra:card']);
    for (let i = 1; i < marks.length; i++) assert.ok(marks[i]![1] >= marks[i - 1]![1], JSON.stringify(marks));
  });

  test('a non-report page gets no host element', async () => {
    const page = await firefox.page();
    await page.goto(server.urlFor('pages/notice-report-submission'));
    assert.equal(await cardStaysAbsent(page, 2_000), true);
    assert.equal(await page.evaluate(`document.querySelector('gov-report-annotator') === null`), true);
    assert.deepEqual(await outlinedTitles(page), []);
  });
});
