/**
 * Debian's firefox-esr with the BUILT extension (.output/firefox-mv2) installed as a temporary
 * add-on, driven by puppeteer-core 24 over WebDriver BiDi. `network.dns.forceResolve` sends every
 * host name to 127.0.0.1, so `http://www.example.gov.cn:PORT/…` reaches server.ts.
 *
 * moz-extension:// pages cannot be opened from here: test popup and library in Chromium.
 *
 *   const firefox = await launchFirefoxWithExtension();
 *   const page = await firefox.page();
 *   await page.goto(server.urlFor('001-shanghai-bgt-2019'));
 *   await firefox.close();
 *
 * Fails with a clear message when /usr/bin/firefox-esr or the build is missing.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, FIREFOX_PATH, requireBrowser, requireBuild } from './preconditions.ts';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports (the gecko id from the manifest). */
  addonId: string;
  /** A new tab. */
  page(): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  headless?: boolean;
  /** Unpacked extension folder or .zip/.xpi; default .output/firefox-mv2. */
  extensionPath?: string;
}

export async function launchFirefoxWithExtension(options: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const extensionPath = options.extensionPath ?? FIREFOX_BUILD;
  requireBrowser(FIREFOX_PATH, 'firefox-esr');
  if (!/\.(zip|xpi)$/.test(extensionPath)) requireBuild(extensionPath);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1' },
  });
  let addonId: string;
  try {
    addonId = await browser.installExtension(extensionPath);
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw new Error(`Firefox refused to install the extension from ${extensionPath}: ${String(err)}`);
  }
  return {
    browser,
    addonId,
    page: () => browser.newPage(),
    close: () => browser.close().catch(() => undefined),
  };
}
