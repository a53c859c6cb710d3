// `npm run demo`: the main job on bundled sample reports. Builds the Chrome extension, serves the
// sample report pages as http://www.example.gov.cn:PORT/…, opens them in Debian's Chromium with
// the extension loaded (headed when a display exists, otherwise headless), waits for the
// extension's card and saves screenshots of the annotated pages to demo-output/.
//
//   npm run demo                 build + screenshots (headed: the browser stays open until closed)
//   npm run demo -- --no-build   reuse .output/chrome-mv3
//   npm run demo -- --headless   never open a window
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromiumWithExtension } from '../test/e2e/support/chromium.ts';
import { REPO_ROOT } from '../test/e2e/support/fixtures.ts';
import { startFixtureServer } from '../test/e2e/support/server.ts';
import { CARD_SELECTOR, HOST_TAG, waitForCardText } from '../test/e2e/support/shadow.ts';

const SAMPLES: Array<{ page: string; what: string }> = [
  { page: 'real/001-shanghai-bgt-2019', what: 'Shanghai 2019, HTML tables (2019 format)' },
  { page: 'real/012-pingtan-zone-2020', what: 'Pingtan 2020, a genuine table inconsistency' },
  { page: 'real/004-pingtan-zone-2022', what: 'Pingtan 2022 (2021 format)' },
  { page: 'real/007-pingtan-county-2013', what: 'Pingtan county 2013, legacy statistics table' },
  { page: 'seeds/001', what: 'Seed 001: Qingzhen 2020' },
  { page: 'seeds/003', what: 'Seed 003: Guoye 2023, Traditional script' },
];

const OUT = join(REPO_ROOT, 'demo-output');
const args = new Set(process.argv.slice(2));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.has('--headless') || !hasDisplay;

function build(): void {
  console.log('demo: building the Chrome extension (wxt build) …');
  const r = spawnSync(join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`demo: wxt build failed (exit ${r.status}).`);
    process.exit(1);
  }
}

async function main(): Promise<number> {
  if (!args.has('--no-build')) build();
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });

  const server = await startFixtureServer();
  const chrome = await launchChromiumWithExtension({ headless, viewport: { width: 1280, height: 900 } });
  console.log(`demo: Chromium ${headless ? 'headless (no display)' : 'with a window'}; pages from ${server.origin}/`);

  let failures = 0;
  for (const [i, sample] of SAMPLES.entries()) {
    const stem = `${String(i + 1).padStart(2, '0')}-${sample.page.replace(/^real\//, '').replace(/^seeds\//, 'seed-')}`;
    const page = await chrome.page();
    const url = server.urlFor(sample.page);
    await page.goto(url);
    let status: string;
    try {
      await waitForCardText(page);
      // innerText keeps the card's visual line breaks, unlike textContent.
      const text = await page.locator(`${HOST_TAG} ${CARD_SELECTOR}`).innerText();
      status = `card: ${text.replace(/\s+/g, ' ').trim().slice(0, 110)}`;
      // Let highlights and late renders settle before the picture.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    } catch (err) {
      failures++;
      status = `NO CARD — ${(err as Error).message}`;
    }
    await page.screenshot({ path: join(OUT, `${stem}.png`) });
    await page.screenshot({ path: join(OUT, `${stem}-full.png`), fullPage: true });
    console.log(`  ${stem}  ${sample.what}\n      ${url}\n      ${status}`);
    if (headless) await page.close();
  }

  console.log(`\ndemo: screenshots in ${OUT}`);
  for (const f of (await readdir(OUT)).sort()) console.log(`  ${join(OUT, f)}`);
  if (failures > 0) console.error(`\ndemo: ${failures} of ${SAMPLES.length} pages showed no card.`);

  if (!headless) {
    console.log('\ndemo: the browser stays open — close its window (or press Ctrl+C) to finish.');
    await new Promise<void>((resolve) => {
      chrome.context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
  }
  await chrome.close();
  await server.close();
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
