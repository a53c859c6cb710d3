// A report page that fetches its tables after the page has loaded (a portal's article shell, then
// the tables rendered by script): analysed as soon as its text named a report, the card showed
// dashes and false findings, and nothing read the tables when they came (helper-40's review).

/**
 * Calls `added` once tables have been added to the page and it has stayed still for `quietMs`;
 * watches for `forMs` after the start (a bounded cost: only on report pages, and only added nodes
 * are looked at). Returns the stop function.
 */
export function watchLateTables(doc: Document, added: () => void, { forMs = 10_000, quietMs = 500 } = {}): () => void {
  if (typeof MutationObserver === 'undefined' || !doc.documentElement) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hasTable = (n: Node): boolean => n.nodeType === 1 && ((n as Element).localName === 'table' || (n as Element).getElementsByTagName('table').length > 0);
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => Array.from(r.addedNodes).some(hasTable))) return;
    clearTimeout(timer);
    timer = setTimeout(() => added(), quietMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const end = setTimeout(() => observer.disconnect(), forMs);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(end);
  };
}
