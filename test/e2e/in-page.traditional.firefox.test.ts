// The split page-side code in Firefox (built firefox-mv2): the background injects /annotator.js
// and, for Traditional pages, /opencc.js into the content-script sandbox when the page asks (MV2
// cannot make them web-accessible to *.gov.cn only, so they are not web-accessible at all). Seed 003 (果耶鎮(zhèn)) shows 果耶镇 only if
// opencc really loaded; a strict page CSP must not stop it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { withStrictCsp } from './support/csp-page.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.ts';
import { startFixtureServer, type FixtureServer } from './support/server.ts';
import { waitForCardText, type Evaluates } from './support/shadow.ts';

async function cardValue(page: Evaluates, id: string): Promise<string | null> {
  const v = await page.evaluate(
    `document.querySelector('gov-report-annotator')?.shadowRoot?.querySelector('[data-testid="${id}"]')?.textContent ?? null`,
  );
  return v as string | null;
}

let server: FixtureServer;
let firefox: FirefoxWithExtension;

before(async () => {
  server = await startFixtureServer({ extraRoutes: { '/zwgk/csp/report.html': withStrictCsp('seeds/003') } });
  firefox = await launchFirefoxWithExtension();
});
after(async () => {
  await firefox?.close();
  await server?.close();
});

describe('lazy annotator and opencc (Firefox)', () => {
  test('Traditional seed 003: the card shows the simplified agency 果耶镇 and 2023', async () => {
    const page = await firefox.page();
    await page.goto(server.urlFor('seeds/003'));
    await waitForCardText(page);
    const agency = await cardValue(page, 'agency');
    assert.ok(agency?.includes('果耶镇'), `got ${JSON.stringify(agency)}`);
    assert.equal(await cardValue(page, 'year'), '2023');
  });

  test("under a strict page CSP (script-src 'self') the card still appears", async () => {
    const page = await firefox.page();
    await page.goto(`${server.origin}/zwgk/csp/report.html`);
    await waitForCardText(page);
    assert.ok((await cardValue(page, 'agency'))?.includes('果耶镇'));
  });
});
