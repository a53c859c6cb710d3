/**
 * A real report page under a strict Content-Security-Policy (as some portals send): the extension's
 * lazily imported /annotator.js and /opencc.js must still load, since they are imported from the
 * content script's world, not the page's.
 */
import { fixturePageHtml } from './fixtures.ts';

export const STRICT_CSP = "script-src 'self'; object-src 'none'";

export function withStrictCsp(fixture: string): string {
  const html = fixturePageHtml(fixture);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => `${h}${meta}`) : `${meta}${html}`;
}
