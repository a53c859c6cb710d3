// Which sites are covered by the manifest, and the host pattern a user can switch on for another
// site (an optional host permission requested at runtime, e.g. a Traditional-script mirror).
// Pure, so the popup and the background share it and unit tests need no browser.

export const GOV_PATTERN = '*://*.gov.cn/*';

/** Scripts the background may inject into a page of an enabled site (content-script requests are checked against it). */
export const INJECTABLE_FILES = ['/content-scripts/content.js', '/annotator.js', '/opencc.js'] as const;
export type InjectableFile = (typeof INJECTABLE_FILES)[number];

export function isInjectable(file: unknown): file is InjectableFile {
  return typeof file === 'string' && (INJECTABLE_FILES as readonly string[]).includes(file);
}

export function isGovHost(hostname: string): boolean {
  const host = hostname.replace(/\.$/, ''); // www.example.gov.cn. is the same host
  return host === 'gov.cn' || host.endsWith('.gov.cn');
}

export type SiteOf =
  | { kind: 'gov'; host: string }
  | { kind: 'other'; host: string; pattern: string }
  /** browser pages, files, the extension's own pages: nothing to annotate */
  | { kind: 'unsupported' };

/** What a tab's URL means for the extension: covered, enable-able (with its pattern), or not a web page. */
export function siteOf(url: string | undefined): SiteOf {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return { kind: 'unsupported' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { kind: 'unsupported' };
  const host = u.hostname.toLowerCase();
  if (!host) return { kind: 'unsupported' };
  if (isGovHost(host)) return { kind: 'gov', host };
  // one host, any scheme and port: what the user saw in the address bar, nothing wider
  return { kind: 'other', host, pattern: `*://${host}/*` };
}
