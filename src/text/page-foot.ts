// A text copy of a printed page keeps each page's foot where the page broke, inside a table row or a label: a page
// number on a line of its own, bare (`6`) or between dashes (`— 6 —`). Regexes that read past it share its source.

/** optionally, a line holding only a page number, bare or between dashes, after the line before: `\n6`, `\n— 6 —` */
export const PAGE_NUMBER_LINE_AFTER = String.raw`(?:\n[ \t]*(?:\d{1,3}|[-－—–][ \t]*\d{1,3}[ \t]*[-－—–])[ \t]*)?`;
