/**
 * Debian's firefox-esr with the BUILT extension (.output/firefox-mv2) installed as a temporary
 * add-on, driven by puppeteer-core 24 over WebDriver BiDi. `network.dns.forceResolve` sends every
 * host name to 127.0.0.1, so `http://www.example.gov.cn:PORT/…` reaches server.ts.
 *
 * moz-extension:// pages are opened with `extensionPages: true` (adv55's harness): the add-on gets a
 * fixed UUID by pref, and `--remote-allow-system-access` lets BiDi navigate there and evaluate in
 * the browser's own window (`chromeEval`: doorhangers, AddonManager). The navigation's load event
 * is not seen over BiDi: `extensionPage` waits for the page's own content instead.
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
  /** With extensionPages: a new tab on moz-extension://…/`path`, once `ready` (a page expression) is true. */
  extensionPage(path: string, ready: string): Promise<Page>;
  /** With extensionPages: evaluates `expr` (awaited) in the browser window's chrome scope. */
  chromeEval(expr: string): Promise<unknown>;
  close(): Promise<void>;
}

/** The add-on's moz-extension:// UUID when its pages are opened (extensions.webextensions.uuids). */
const EXTENSION_UUID = '11111111-2222-4333-8444-555555555555';
const GECKO_ID = 'gov-report-annotator@example.org';

export async function waitForExpression(page: Page, expr: string, ms = 20_000): Promise<unknown> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      last = await page.evaluate(expr);
      if (last) return last;
    } catch (e) {
      last = String(e);
    }
    if (Date.now() > end) throw new Error(`timeout waiting for ${expr} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export interface FirefoxOptions {
  headless?: boolean;
  /** Unpacked extension folder or .zip/.xpi; default .output/firefox-mv2. */
  extensionPath?: string;
  /** open moz-extension:// pages and the browser's own window (see above) */
  extensionPages?: boolean;
  /** more Firefox prefs (e.g. a storage limit) */
  prefs?: Record<string, unknown>;
}

export async function launchFirefoxWithExtension(options: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const extensionPath = options.extensionPath ?? FIREFOX_BUILD;
  requireBrowser(FIREFOX_PATH, 'firefox-esr');
  if (!/\.(zip|xpi)$/.test(extensionPath)) requireBuild(extensionPath);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    args: options.extensionPages ? ['--remote-allow-system-access'] : [],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      ...(options.extensionPages ? { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) } : {}),
      ...options.prefs,
    },
  });
  let addonId: string;
  try {
    addonId = await browser.installExtension(extensionPath);
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw new Error(`Firefox refused to install the extension from ${extensionPath}: ${String(err)}`);
  }
  // raw BiDi: the browser window's context is listed only in the chrome scope
  const bidi = (method: string, params: unknown) => (browser as unknown as { connection: { send(m: string, p: unknown): Promise<{ result?: unknown }> } }).connection.send(method, params);
  const chromeEval = async (expr: string) => {
    const tree = (await bidi('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result?: { contexts: Array<{ context: string }> }; contexts?: Array<{ context: string }> };
    const context = (tree.result ?? tree).contexts![0]!.context;
    const r = (await bidi('script.evaluate', { expression: expr, target: { context }, awaitPromise: true, resultOwnership: 'none' })) as { result?: unknown };
    const res = (r.result ?? r) as { type: string; result?: { value?: unknown }; exceptionDetails?: unknown };
    if (res.type === 'exception') throw new Error(`chrome eval: ${JSON.stringify(res.exceptionDetails).slice(0, 500)}`);
    return res.result?.value;
  };
  const extensionPage = async (path: string, ready: string) => {
    const page = await browser.newPage();
    await page.goto(`moz-extension://${EXTENSION_UUID}/${path}`, { timeout: 3000 }).catch(() => undefined);
    await waitForExpression(page, ready);
    return page;
  };
  return {
    browser,
    addonId,
    page: () => browser.newPage(),
    extensionPage,
    chromeEval,
    close: () => browser.close().catch(() => undefined),
  };
}
