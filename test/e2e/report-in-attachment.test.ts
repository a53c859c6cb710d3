// A report published as a PDF under a page holding only its title, in Chromium and Firefox with the
// BUILT extension: the card appears by itself and says where the report is, with no finding about
// a report it did not read; a page with the same title and no file gets no card.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.ts';
import { startFixtureServer, type FixtureServer } from './support/server.ts';
import { cardStaysAbsent, waitForCardText, type Evaluates } from './support/shadow.ts';

const TITLE = '某市某局2023年政府信息公开工作年度报告';
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}_某市人民政府</title></head><body><div class="nav"><a href="/">首页</a> &gt; 年度报告</div><h1>${TITLE}</h1><div class="info">发布日期：2024-01-20</div>${body}</body></html>`;

let server: FixtureServer;
before(async () => {
  server = await startFixtureServer({
    extraRoutes: {
      '/zwgk/pdf-only.html': page(`<div class="content"><p>附件：<a href="/files/2023ndbg.pdf">${TITLE}.pdf</a></p></div>`),
      '/zwgk/loading.html': page('<div class="content"><p>正在加载…</p></div>'),
    },
  });
});
after(async () => {
  await server?.close();
});

const cardText = (id: string) => `document.querySelector('gov-report-annotator')?.shadowRoot?.querySelector('[data-testid="${id}"]')?.textContent ?? null`;

async function checkBoth(open: () => Promise<Evaluates & { goto(url: string): Promise<unknown> }>): Promise<void> {
  const tab = await open();
  await tab.goto(`${server.origin}/zwgk/pdf-only.html`);
  await waitForCardText(tab);
  const note = String(await tab.evaluate(cardText('no-report')));
  assert.match(note, /页面链接了 某市某局2023年政府信息公开工作年度报告\.pdf \(PDF\)，年报可能在其中/);
  assert.equal(await tab.evaluate(cardText('num-newReceived')), null); // no numbers of a report not read
  assert.equal(await tab.evaluate(cardText('count-error')), '0');
  assert.equal(await tab.evaluate(cardText('count-warning')), '0');
  const other = await open();
  await other.goto(`${server.origin}/zwgk/loading.html`);
  assert.equal(await cardStaysAbsent(other, 2_000), true);
}

describe('a report published as a linked PDF', () => {
  test('Chromium: the card says where the report is', async () => {
    let chrome: ChromiumWithExtension | undefined;
    try {
      chrome = await launchChromiumWithExtension();
      await checkBoth(() => chrome!.page());
    } finally {
      await chrome?.close();
    }
  });
  test('Firefox: the card says where the report is', async () => {
    let firefox: FirefoxWithExtension | undefined;
    try {
      firefox = await launchFirefoxWithExtension();
      await checkBoth(() => firefox!.page());
    } finally {
      await firefox?.close();
    }
  });
});
