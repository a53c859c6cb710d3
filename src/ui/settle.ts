// After an in-page navigation (history.pushState): when has the page finished changing? A portal
// that fetches, then renders, changes its DOM some time after the address changes; reading at once
// read the old report under the new address.

/**
 * Resolves once the document has changed and then stayed still for `quietMs`; or, when nothing
 * changes at all, after `firstChangeMs` (the address moved without new content); never later than
 * `maxMs`.
 */
export function pageSettled(doc: Document, { quietMs = 500, firstChangeMs = 2000, maxMs = 5000 } = {}): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(done, firstChangeMs);
    const cap = setTimeout(done, maxMs);
  });
}
