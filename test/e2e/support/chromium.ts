/**
 * Debian's Chromium with the BUILT extension (.output/chrome-mv3) loaded, driven by playwright-core.
 * Every *.gov.cn host resolves to 127.0.0.1, so pages of server.ts open as
 * `http://www.example.gov.cn:PORT/…` and the content script's `*://*.gov.cn/*` match applies.
 * *.example.org hosts resolve there too: a site outside gov.cn that the user may enable.
 * All other hosts fail to resolve (tests never touch the network).
 *
 *   const browser = await launchChromiumWithExtension();
 *   const page = await browser.page();
 *   const errors = collectPageErrors(page);           // console errors + uncaught exceptions
 *   await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
 *   await browser.close();
 *
 * Fails with a clear message when /usr/bin/chromium or the build is missing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_PATH, requireBrowser, requireBuild } from './preconditions.ts';

export interface ChromiumWithExtension {
  context: BrowserContext;
  /** Host of the extension's service worker URL: chrome-extension://<id>/… */
  extensionId: string;
  /** `chrome-extension://<id>/<path>`, e.g. extensionUrl('library.html') */
  extensionUrl(path: string): string;
  /** A new tab. */
  page(): Promise<Page>;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** Default true; the demo passes false when a display exists. */
  headless?: boolean;
  /** Unpacked extension folder; default .output/chrome-mv3. */
  extensionDir?: string;
  acceptDownloads?: boolean;
  viewport?: { width: number; height: number } | null;
  /** More command-line switches (the import bench's precise memory info). */
  args?: string[];
}

export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP *.example.org 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

export async function launchChromiumWithExtension(options: ChromiumOptions = {}): Promise<ChromiumWithExtension> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  requireBrowser(CHROMIUM_PATH, 'Chromium');
  requireBuild(extensionDir);

  const profile = await mkdtemp(join(tmpdir(), 'gra-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [...chromiumArgs(extensionDir), ...(options.args ?? [])],
  });
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };

  let extensionId: string;
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
    extensionId = new URL(worker.url()).host;
  } catch (err) {
    await close();
    throw new Error(
      `The extension's service worker did not start in Chromium (is ${extensionDir} a valid MV3 build?): ${String(err)}`,
    );
  }

  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    page: () => context.newPage(),
    close,
  };
}

/**
 * Starts recording a page's console errors and uncaught exceptions; read the array at the end.
 * Failed requests for favicon.ico are ignored (browser noise, not the extension's).
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (/favicon\.ico/.test(msg.location().url)) return;
    errors.push(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}
