// Records are keyed by canonical URL so that the same report reached through a tracking link, a
// fragment that only scrolls, or an upper-case host is saved once; and two different reports
// never share a key (a shared key silently replaced the first report with the second).

/** Query parameters that only track the visitor, never select content. */
const TRACKING_PARAMS = new Set([
  'spm', 'share_token', 'fbclid', 'gclid', 'msclkid', 'yclid', 'scene', 'clicktime',
  'enterid', 'isappinstalled', 'sharer_sharetime', 'sharer_shareid', 'share_source',
]);
/** WeChat's and Weibo's `from` values; any other `from` may select content (art.jsp?from=2019&id=5) */
const TRACKING_FROM = new Set(['singlemessage', 'groupmessage', 'timeline', 'message', 'weibo', 'qq', 'wechat', 'weixin', 'share', 'app', 'appmessage']);
/** cache-busting time stamps: `_t` / `timestamp` holding epoch seconds or milliseconds */
const EPOCH = /^\d{10}(?:\d{3})?$/;

function isTracking(rawName: string, rawValue: string): boolean {
  const n = decoded(rawName).toLowerCase();
  if (n.startsWith('utm_') || TRACKING_PARAMS.has(n)) return true;
  const v = decoded(rawValue);
  if (n === 'from') return TRACKING_FROM.has(v.toLowerCase());
  if (n === '_t' || n === 'timestamp') return EPOCH.test(v);
  return false;
}

/** A query part's name or value as text, for the tracking test only (kept as printed otherwise). */
function decoded(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s; // not UTF-8 (a GBK query): matches no tracking name
  }
}

/**
 * https for http too, lower-case host, no default port, no tracking params; path, query and a route
 * fragment kept as printed. The query is never decoded and re-encoded: older CMSs put GBK in it
 * (?name=%D5%FE%B8%AE), which a UTF-8 decode turned into U+FFFD, so every value of one length
 * became the same key. A fragment that routes a single-page site (#/report/2019, #!/detail?id=1)
 * selects the report and is kept; any other only scrolls and is dropped.
 * Returns null for anything that is not an http(s) URL.
 */
export function canonicalUrl(input: string): string | null {
  const url = httpUrl(input);
  if (!url) return null;
  const fragment = /^#!?\//.test(url.hash) ? url.hash : '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => {
      if (part === '') return false;
      const eq = part.indexOf('=');
      return !(eq < 0 ? isTracking(part, '') : isTracking(part.slice(0, eq), part.slice(eq + 1)));
    });
  // URL already lower-cases the host and drops default ports. http and https are one report (a
  // portal reached both ways had it saved, listed and exported twice): the key says https, the
  // record keeps the address as it was visited (links go there, not to the key)
  return `https://${url.host}${url.pathname}${kept.length ? `?${kept.join('&')}` : ''}${fragment}`;
}

/** The input as an http(s) URL, or null. */
function httpUrl(input: string): URL | null {
  try {
    const url = new URL(input.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
