// A report page that fetches its tables after the page has loaded (a portal's article shell, then
// the tables rendered by script): analysed as soon as its text named a report, the card showed
// dashes and false findings, and nothing read the tables when they came (helper-40's review).

/** Words only a report's tables print: a weather or calendar widget's table is none of them. */
const REPORT_TABLE = /本年新收|第二十条|行政复议|行政诉讼|结转|统计|申请|主动公开|本年制发|處理|復議|統計/;

function addsReportTable(n: Node): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  const tables = el.localName === 'table' ? [el] : Array.from(el.getElementsByTagName('table'));
  return tables.some((t) => REPORT_TABLE.test(t.textContent ?? ''));
}

/**
 * Calls `added` once tables have been added to the page and it has stayed still for `quietMs`;
 * watches for `forMs` after the start (a bounded cost: only on report pages, and only added nodes
 * are looked at). Returns the stop function.
 */
export function watchLateTables(doc: Document, added: () => void, { forMs = 10_000, quietMs = 500, maxWaitMs = 2_000 } = {}): () => void {
  if (typeof MutationObserver === 'undefined' || !doc.documentElement) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0; // when the tables now waited for began to come
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => Array.from(r.addedNodes).some(addsReportTable))) return;
    // quiet for quietMs, but no longer than maxWaitMs after they began (a widget re-rendering its
    // own table every few hundred ms had put the report's tables off to the end of the window)
    const now = Date.now();
    if (!timer) firstAt = now;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        added();
      },
      Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now)),
    );
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const end = setTimeout(() => observer.disconnect(), forMs);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(end);
  };
}
