// Records are keyed by canonical URL so that the same report reached through a
// tracking link, another fragment or an upper-case host is saved once.

/** Query parameters that only track the visitor, never select content. */
const TRACKING_PARAMS = new Set([
  'spm', 'from', 'share_token', 'fbclid', 'gclid', 'msclkid', 'yclid', 'scene', 'clicktime',
  'enterid', 'isappinstalled', 'sharer_sharetime', 'sharer_shareid', 'share_source', '_t', 'timestamp',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
}

/**
 * Lower-case scheme and host, no default port, no fragment, no tracking params; path and the
 * remaining query are kept (in their original order, since some CMSs read them positionally).
 * Returns null for anything that is not an http(s) URL.
 */
export function canonicalUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !isTracking(k));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  // URL already lower-cases the host and drops default ports.
  let out = url.toString();
  if (kept.length === 0 && out.endsWith('?')) out = out.slice(0, -1);
  return out;
}
