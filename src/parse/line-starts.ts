// Where the line holding a position starts, for pages printed as one long line (the Pingtan
// pages hold their whole body, tables included, on one line of 2,000–6,000 characters): there
// `s.lastIndexOf('\n', at - 1)` walked back to the page's start for every label found. The
// newlines of the last text asked about are kept (a parse asks about one stream throughout).

let lastText: string | null = null;
let breaks: number[] = [];

function breaksOf(s: string): number[] {
  if (s !== lastText) {
    breaks = [];
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) breaks.push(i);
    lastText = s;
  }
  return breaks;
}

/** `s.lastIndexOf('\n', from)` (the last newline at or before `from`, a negative `from` read as 0), by binary search. */
export function lastNewline(s: string, from: number): number {
  const at = Math.min(Math.max(from, 0), s.length);
  const b = breaksOf(s);
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? b[lo - 1]! : -1;
}

/** Where the line holding `at` starts: `s.lastIndexOf('\n', at - 1) + 1`. */
export const lineStartOf = (s: string, at: number): number => lastNewline(s, at - 1) + 1;
