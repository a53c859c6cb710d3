/**
 * Reads what the content script renders inside its shadow root, in Chromium (playwright) and
 * Firefox (puppeteer) alike: the code runs in the page via `page.evaluate(string)`.
 *
 * The host element is `<gov-report-annotator>` (WXT createShadowRootUi, name 'gov-report-annotator',
 * open shadow root); the summary card inside carries `data-testid="summary-card"`.
 *
 *   const text = await waitForCardText(page);            // throws with a diagnosis on timeout
 *   const state = await readShadow(page);                // { hasHost, hasShadowRoot, cardText, … }
 *   const n = await countInShadow(page, '[data-finding]');
 */
export const HOST_TAG = 'gov-report-annotator';
export const CARD_SELECTOR = '[data-testid="summary-card"]';

/** Anything with `evaluate(expression)` — a playwright Page or a puppeteer Page. */
export interface Evaluates {
  evaluate(expression: string): Promise<unknown>;
}

export interface ShadowState {
  url: string;
  title: string;
  hasHost: boolean;
  hasShadowRoot: boolean;
  /** textContent of the summary card, or null when there is none. */
  cardText: string | null;
  /** textContent of the whole shadow root (minus <style>), or null. */
  shadowText: string | null;
}

const READ_SHADOW = `(() => {
  const host = document.querySelector(${JSON.stringify(HOST_TAG)});
  const root = host ? host.shadowRoot : null;
  const card = root ? root.querySelector(${JSON.stringify(CARD_SELECTOR)}) : null;
  const textOf = (n) => n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT' ? ''
    : n.nodeType === 3 ? n.nodeValue : Array.from(n.childNodes).map(textOf).join('');
  const shadowText = root ? textOf(root) : null;
  return JSON.stringify({
    url: location.href,
    title: document.title,
    hasHost: !!host,
    hasShadowRoot: !!root,
    cardText: card ? card.textContent : null,
    shadowText,
  });
})()`;

export async function readShadow(page: Evaluates): Promise<ShadowState> {
  return JSON.parse(String(await page.evaluate(READ_SHADOW))) as ShadowState;
}

/** Number of elements matching `selector` inside the shadow root (0 when there is no root). */
export async function countInShadow(page: Evaluates, selector: string): Promise<number> {
  const n = await page.evaluate(`(() => {
    const root = document.querySelector(${JSON.stringify(HOST_TAG)})?.shadowRoot;
    return root ? root.querySelectorAll(${JSON.stringify(selector)}).length : 0;
  })()`);
  return Number(n);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits until the summary card exists and has text, and returns that text. On timeout it throws
 * an error saying how far the page got (no host / no shadow root / no card), with URL and title.
 */
export async function waitForCardText(page: Evaluates, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last: ShadowState | undefined;
  for (;;) {
    try {
      last = await readShadow(page);
      if (last.cardText && last.cardText.trim()) return last.cardText;
    } catch {
      // navigation in progress: the execution context was replaced; try again
    }
    if (Date.now() > deadline) break;
    await delay(150);
  }
  const stage = !last
    ? 'the page could not be read'
    : !last.hasHost
      ? `no <${HOST_TAG}> element (content script did not run or did not detect a report)`
      : !last.hasShadowRoot
        ? `<${HOST_TAG}> has no open shadowRoot`
        : `no non-empty ${CARD_SELECTOR} inside the shadow root (shadow text: ${JSON.stringify(last.shadowText?.slice(0, 200))})`;
  throw new Error(`Summary card did not appear within ${timeoutMs} ms: ${stage}. url=${last?.url} title=${JSON.stringify(last?.title)}`);
}

/** Resolves true if no card appears within `ms` (for pages that must NOT be annotated). */
export async function cardStaysAbsent(page: Evaluates, ms = 3_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const s = await readShadow(page).catch(() => undefined);
    if (s?.cardText) return false;
    await delay(150);
  }
  return true;
}
