// The card's host against a page that removes what it did not put under <html> (an anti-tamper
// observer, a "clean stray nodes" pass after load): the card went, and its outlines stayed with
// nothing to explain or dismiss them (helper-40's review).

/**
 * Watches the host's parent (its child list only: cheap on a busy page). Removed, the host is put
 * back once, at the end of <body>, where such scripts do not look, in the top layer (see
 * intoTopLayer); removed again, the card is given up and `gone` runs (the annotator then clears the
 * outlines). Returns the stop function, to call before removing the host ourselves.
 */
export function keepHost(host: Element, gone: () => void): () => void {
  const doc = host.ownerDocument;
  let movedOnce = false;
  let observer: MutationObserver | null = null;
  let stopReopening: (() => void) | null = null;
  const unobserve = (): void => {
    observer?.disconnect();
    observer = null;
  };
  const stop = (): void => {
    unobserve();
    stopReopening?.();
    stopReopening = null;
  };
  const watch = (): void => {
    unobserve();
    const parent = host.parentNode;
    if (!parent || typeof MutationObserver === 'undefined') return;
    observer = new MutationObserver(() => {
      if (host.isConnected) return;
      if (!movedOnce && doc.body) {
        movedOnce = true;
        doc.body.appendChild(host);
        if (intoTopLayer(host)) stopReopening = keepOpen(host);
        watch();
        return;
      }
      stop();
      gone();
    });
    observer.observe(parent, { childList: true });
  };
  watch();
  return stop;
}

/**
 * Puts the host in the top layer (a manual popover), which is laid out against the window whatever
 * its ancestors: under <body>, a filter or transform on <body> (the grey mourning mode, zoom tools)
 * made <body> the card's containing block and the card scrolled away with the page — the reason the
 * card is placed under <html> (helper-46's review). Where the browser has no popovers, it stays as it is.
 */
function intoTopLayer(host: Element): boolean {
  const el = host as HTMLElement;
  if (typeof el.showPopover !== 'function') return false;
  // the browser's popover box (centred, bordered, padded, on a background) undone: still a 0×0 anchor
  Object.assign(el.style, { position: 'fixed', inset: '0 auto auto 0', margin: '0', padding: '0', border: '0', background: 'transparent' });
  el.setAttribute('popover', 'manual');
  try {
    el.showPopover();
    return true;
  } catch {
    // refused (a page's own popover of that element?): it stays under <body>
    return false;
  }
}

/** More closes than this within REOPEN_WINDOW_MS: reopened once the page has been quiet for REOPEN_LATER_MS. */
const MAX_REOPENS = 10;
const REOPEN_WINDOW_MS = 5_000;
const REOPEN_LATER_MS = 1_000;

/**
 * A page that closes popovers (every `[popover]` on scroll, "the open one" before its own menu)
 * closed the card's too: back under the filtered <body>, it scrolled away (adv59 #9). Each close is
 * undone at once; a page that closes it over and over (on every scroll event, or on our own
 * reopening) has it reopened a second after its last close, so neither fights the other. The card
 * is never given up for it: giving up dismissed the card and its outlines after a second of
 * scrolling on such a page (reviewer 65 #1).
 */
function keepOpen(host: Element): () => void {
  const el = host as HTMLElement;
  let closes: number[] = [];
  let later: ReturnType<typeof setTimeout> | undefined;
  const reopen = (): void => {
    if (!el.isConnected) return;
    try {
      el.showPopover();
    } catch {
      // refused, or open already: it stays as it is
    }
  };
  const onToggle = (e: Event): void => {
    if ((e as Event & { newState?: string }).newState !== 'closed' || !el.isConnected) return;
    const now = Date.now();
    closes = [...closes.filter((t) => now - t < REOPEN_WINDOW_MS), now];
    clearTimeout(later);
    if (closes.length <= MAX_REOPENS) reopen();
    else later = setTimeout(reopen, REOPEN_LATER_MS);
  };
  el.addEventListener('toggle', onToggle);
  return () => {
    clearTimeout(later);
    el.removeEventListener('toggle', onToggle);
  };
}
