// User-timing marks of the in-page run, so that what a reader waits for can be seen (DevTools →
// Performance → Timings) and measured (npm run bench, "time to card"). The content script's
// isolated world shares the page's performance timeline, so the page can read them too.
// Marks only, one run per page: nothing accumulates.

export const MARKS = {
  /** the content script starts (document_idle) */
  start: 'gra:start',
  /** detection said "report" (or annotation was asked for) */
  detected: 'gra:detected',
  /** /annotator.js (parser, checks, card) is loaded */
  bundleLoaded: 'gra:bundle-loaded',
  /** parse + checks done */
  analysed: 'gra:analysed',
  /** the summary card is in the page */
  card: 'gra:card',
} as const;

export type MarkName = (typeof MARKS)[keyof typeof MARKS];

/** Sets a mark; never throws (no performance API, or a page that replaced it). */
export function mark(name: MarkName): void {
  try {
    globalThis.performance?.mark?.(name);
  } catch {
    // timing is a diagnostic: a page without it loses nothing
  }
}
