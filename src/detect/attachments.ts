// Documents a page links or embeds (PDF, Word, Excel, WPS, OFD): many portals publish the annual
// report as such a file under a page holding only its title. The annotator cannot read them, so it
// says where the report is instead of finding nothing (detect) or "no report on this page" (parse).

export interface Attachment {
  /** the link's text, else the file's name */
  name: string;
  /** absolute when the page's address is known */
  href: string;
  kind: 'PDF' | 'Word' | 'Excel' | 'WPS' | 'OFD';
}

const KINDS: Record<string, Attachment['kind']> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  wps: 'WPS',
  et: 'WPS',
  ofd: 'OFD',
};
/** a file name's extension at the end of a path or of a `file=` parameter (a pdf.js viewer's) */
const FILE_EXT = /\.(pdf|docx?|xlsx?|wps|et|ofd)$/i;
/** the same, anywhere in a link: most links are pages, passed over without parsing their address */
const MAY_BE_FILE = /\.(?:pdf|docx?|xlsx?|wps|et|ofd)(?:$|[?#&%])/i;
/** files a portal links on every page (forms, guides), never the report itself */
const NOT_A_REPORT_FILE = /申请表|登记表|申请书|指南|目录|表格下载|样表|模板|须知|流程/;
/** links looked at: a portal page with a long list of links stops here */
const LINKS_LOOKED_AT = 2000;
const KEPT = 5;

/** The kind of document `url` points at, by its path or its `file=` parameter; null when none. */
export function documentKind(url: string, base: string | null): Attachment['kind'] | null {
  if (!MAY_BE_FILE.test(url)) return null;
  let u: URL;
  try {
    u = new URL(url, base ?? 'http://x.invalid/');
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  for (const path of [u.pathname, u.searchParams.get('file') ?? '']) {
    const m = FILE_EXT.exec(decodeSafely(path));
    if (m) return KINDS[m[1]!.toLowerCase()] ?? null;
  }
  return null;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function absolute(url: string, base: string | null): string {
  try {
    return base ? new URL(url, base).href : url;
  } catch {
    return url;
  }
}

function fileName(url: string): string {
  const path = url.split(/[?#]/)[0]!;
  return decodeSafely(path.slice(path.lastIndexOf('/') + 1));
}

/** the address the page's relative links resolve against: its <base href>, else its own */
function baseOf(doc: Document, pageUrl: string | null): string | null {
  const href = doc.getElementsByTagName('base')[0]?.getAttribute('href');
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl ?? undefined).href;
  } catch {
    return pageUrl;
  }
}

/**
 * The documents the page links (<a href>) or embeds (<iframe>, <embed>, <object>), in page order,
 * each once, forms and guides left out; at most KEPT.
 */
export function findAttachments(doc: Document, pageUrl: string | null): Attachment[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const base = baseOf(doc, pageUrl);
  const out: Attachment[] = [];
  const seen = new Set<string>();
  const add = (url: string | null, text: string) => {
    if (!url || out.length >= KEPT) return;
    const kind = documentKind(url, base);
    if (!kind) return;
    const href = absolute(url, base);
    const name = text.replace(/\s+/g, ' ').trim().slice(0, 80) || fileName(href);
    if (seen.has(href) || NOT_A_REPORT_FILE.test(name)) return;
    seen.add(href);
    out.push({ name, href, kind });
  };
  const links = root.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < LINKS_LOOKED_AT && out.length < KEPT; i++) {
    const a = links[i]!;
    add(a.getAttribute('href'), a.getAttribute('title') || a.textContent || '');
  }
  for (const tag of ['iframe', 'embed'] as const) {
    const els = root.getElementsByTagName(tag);
    for (let i = 0; i < els.length; i++) add(els[i]!.getAttribute('src'), els[i]!.getAttribute('title') ?? '');
  }
  const objects = root.getElementsByTagName('object');
  for (let i = 0; i < objects.length; i++) add(objects[i]!.getAttribute('data'), objects[i]!.getAttribute('title') ?? '');
  return out;
}

/** "name (PDF), name (Word)": the attachments as a note names them */
export const attachmentList = (list: Attachment[]): string => list.map((a) => `${a.name} (${a.kind})`).join(', ');
