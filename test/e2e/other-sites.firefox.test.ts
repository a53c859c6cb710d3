// A site outside *.gov.cn that the user enabled, in firefox-esr with the built add-on. Firefox MV2
// registers runtime content scripts with contentScripts.register (forgotten when the background
// page stops, so the background registers again at every start) and injects the lazy bundles with
// tabs.executeScript. The copy of the build grants www.mirror.example.org up front: the optional
// permission prompt is browser UI this driver cannot answer (see other-sites.chromium.test.ts).
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.ts';
import { buildCopyWith } from './support/build-copy.ts';
import { FIREFOX_BUILD } from './support/preconditions.ts';
import { FIXTURE_HOST, startFixtureServer, type FixtureServer } from './support/server.ts';
import { cardStaysAbsent, waitForCardText } from './support/shadow.ts';

const MIRROR_HOST = 'www.mirror.example.org';
const TRADITIONAL = 'seeds/003';

let server: FixtureServer;
let firefox: FirefoxWithExtension;
let buildCopy: string;

function grantedBuild(): Promise<string> {
  return buildCopyWith<{ permissions: string[] }>(FIREFOX_BUILD, (m) => m.permissions.push(`*://${MIRROR_HOST}/*`));
}

before(async () => {
  server = await startFixtureServer();
  buildCopy = await grantedBuild();
  firefox = await launchFirefoxWithExtension({ extensionPath: buildCopy });
});
after(async () => {
  await firefox?.close();
  await server?.close();
  if (buildCopy) await rm(buildCopy, { recursive: true, force: true });
});

describe('a site the user enabled outside *.gov.cn (Firefox)', () => {
  test('a Traditional report there gets the card, converted by the injected opencc bundle', async () => {
    const page = await firefox.page();
    await page.goto(server.urlFor(TRADITIONAL).replace(FIXTURE_HOST, MIRROR_HOST));
    await waitForCardText(page);
    const agency = await page.evaluate(
      () => document.querySelector('gov-report-annotator')?.shadowRoot?.querySelector('[data-testid="agency"]')?.textContent ?? null,
    );
    assert.ok(agency?.includes('果耶镇'), `simplified agency name, got ${JSON.stringify(agency)}`);
  });

  test('a site that was not enabled gets nothing', async () => {
    const page = await firefox.page();
    await page.goto(server.urlFor(TRADITIONAL).replace(FIXTURE_HOST, 'www.other.example.org'));
    assert.equal(await cardStaysAbsent(page, 2_000), true);
  });
});
