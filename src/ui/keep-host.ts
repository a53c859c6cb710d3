// The card's host against a page that removes what it did not put under <html> (an anti-tamper
// observer, a "clean stray nodes" pass after load): the card went, and its outlines stayed with
// nothing to explain or dismiss them (helper-40's review).

/**
 * Watches the host's parent (its child list only: cheap on a busy page). Removed, the host is put
 * back once, at the end of <body>, where such scripts do not look; removed again, the card is given
 * up and `gone` runs (the annotator then clears the outlines). Returns the stop function, to call
 * before removing the host ourselves.
 */
export function keepHost(host: Element, gone: () => void): () => void {
  const doc = host.ownerDocument;
  let movedOnce = false;
  let observer: MutationObserver | null = null;
  const stop = (): void => {
    observer?.disconnect();
    observer = null;
  };
  const watch = (): void => {
    stop();
    const parent = host.parentNode;
    if (!parent || typeof MutationObserver === 'undefined') return;
    observer = new MutationObserver(() => {
      if (host.isConnected) return;
      if (!movedOnce && doc.body) {
        movedOnce = true;
        doc.body.appendChild(host);
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
