// Is this page an annual report? Cheap and certain (Zotero's detectWeb idea):
// 1. prefilter on URL + title + first heading strings — no body read, well under a millisecond;
// 2. only when the prefilter points at a report: negative cues, then body markers in the first
//    BODY_LIMIT characters of the body text.
import {
  BODY_MARKERS,
  ISSUED_REPORT,
  printedAsHeading,
  TITLE_NEGATIVE,
  TITLE_SITE_SEPARATOR,
  TITLE_REPORT,
  TITLE_REPORT_LOOSE,
  URL_SEGMENT,
  markerText,
} from './cues';

export interface Detection {
  isReport: boolean;
  /** 0 when the prefilter rejected the page; otherwise cue points (title 3, URL 1, marker 1 each) */
  score: number;
  /** why, in short English/Chinese phrases (shown in the popup and in test failures) */
  reasons: string[];
  /**
   * The body text read looks Traditional (several characters of the marker map's Traditional
   * side). A hint only, for loading the converter early: the parser decides on its own sample.
   */
  traditional?: boolean;
}

/** Body text read for the content check (markers sit in the first tables and headings). */
export const BODY_LIMIT = 64 * 1024;
/** Markers that narratives, guides and news also use; the rest come from the report tables. */
const NARRATIVE_MARKERS = new Set(['统计期限', '依申请公开情况', '主动公开情况', '存在的主要问题', '行政复议、行政诉讼', '收到和处理政府信息公开申请情况', '收费及减免情况']);
/** Report links on one page above which it is a listing, unless the page itself has tables. */
const LISTING_LINKS = 5;

/** Pinyin glosses that mirror sites put after characters: 報(bào)告 → 報告 (spec §8). */
const PINYIN_GLOSS = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+[1-5]?[)）]/g;
/** Ruby glosses' letters, taken out of the body text of a page that has <rt> (textContent keeps them). */
const RUBY_LETTERS = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+/g;

function clean(s: string | null | undefined): string {
  return (s ?? '').slice(0, 600).replace(PINYIN_GLOSS, '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** The page's own name for itself: <title>, first <h1>, and the CMS ArticleTitle meta. */
export function titleCandidates(doc: Document): string[] {
  const out = [clean(doc.title)];
  const h1 = doc.querySelector('h1');
  if (h1) out.push(clean(h1.textContent));
  const meta = articleTitleMeta(doc);
  if (meta) out.push(clean(meta.getAttribute('content')));
  return out.filter((t) => t.length > 0);
}

/**
 * The first <meta name="ArticleTitle"> (or "articletitle", as some CMS templates write it), in
 * document order: the same element as querySelector('meta[name="ArticleTitle"], …'), found by
 * the tag list instead of a selector (half the time under linkedom, which compiles the selector
 * on every call and walks the whole page; in a browser both are a few microseconds).
 */
function articleTitleMeta(doc: Document): Element | null {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const name = metas[i]!.getAttribute('name');
    if (name === 'ArticleTitle' || name === 'articletitle') return metas[i]!;
  }
  return null;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Where a portal prints the article's title when its <title> and <h1> carry only the site's name
 * (`<div class="article-title">…年度报告</div>`): the first few h2/h3 and title-classed elements,
 * short texts only. Read only when the page's own titles name no report, and weak (a year-less
 * title's cue): a homepage prints report headlines in such elements too.
 */
const HEADING_LIKE = 'h2, h3, [class*="title" i], [id*="title" i]';
const HEADING_LOOKED_AT = 40;
export function headingTitles(doc: Document): string[] {
  const out: string[] = [];
  let found: NodeListOf<Element>;
  try {
    found = doc.querySelectorAll(HEADING_LIKE);
  } catch {
    return out; // a DOM without the `i` attribute flag
  }
  for (let i = 0; i < found.length && i < HEADING_LOOKED_AT; i++) {
    // a title is a line, not a container of blocks (a "title-wrap" holding the whole article)
    if (found[i]!.childElementCount > 3) continue;
    const text = found[i]!.textContent ?? '';
    if (text.length <= 200) out.push(clean(text));
  }
  return out.filter((t) => t.length > 0 && t.length <= 120);
}

/** Step 1: strings only. Returns the cue points and reasons, or null when nothing points at a report. */
export function prefilter(
  url: string,
  titles: string[],
  headings: () => string[] = () => [],
): { score: number; strongTitle: boolean; reasons: string[]; printedTitle?: string } | null {
  const reasons: string[] = [];
  let score = 0;
  let strongTitle = false;
  let printedTitle: string | undefined;
  const strong = titles.find((t) => TITLE_REPORT.test(t));
  if (strong) {
    strongTitle = true;
    score += 3;
    reasons.push(`title: ${strong.slice(0, 60)}`);
  } else {
    const loose = titles.find((t) => TITLE_REPORT_LOOSE.test(t));
    if (loose) {
      score += 2;
      reasons.push(`title (no year): ${loose.slice(0, 60)}`);
    } else {
      const naming = headings().filter((t) => TITLE_REPORT.test(t) || TITLE_REPORT_LOOSE.test(t));
      const printed = naming[0];
      // headings naming several reports are a list of them (search results, a column), not a title
      if (printed && new Set(naming).size === 1) {
        score += 2;
        reasons.push(`heading on the page (not its title): ${printed.slice(0, 60)}`);
        printedTitle = printed;
      }
    }
  }
  const seg = URL_SEGMENT.exec(pathOf(url));
  if (seg) {
    score += 1;
    reasons.push(`url segment: ${seg[2]}`);
  }
  if (score === 0) return null;
  return printedTitle ? { score, strongTitle, reasons, printedTitle } : { score, strongTitle, reasons };
}

/** Body markers present in (the start of) a text. */
export function bodyMarkers(text: string): string[] {
  return readBody(text).markers;
}

/** Traditional characters (of the marker map) in the text read: enough of them to call it Traditional. */
const TRADITIONAL_HINT = 5;

/** The markers of (the start of) a body text, and whether it looks Traditional. */
function readBody(text: string): { markers: string[]; traditional: boolean } {
  const { text: t, traditional } = markerText(text.slice(0, BODY_LIMIT).replace(PINYIN_GLOSS, ''));
  return { markers: BODY_MARKERS.filter(([re, , heading]) => (heading ? asHeading(re, t) : re.test(t))).map(([, name]) => name), traditional: traditional >= TRADITIONAL_HINT };
}

/** Some match of `re` in `t` printed as a heading (the first few matches looked at). */
function asHeading(re: RegExp, t: string): boolean {
  let all = globalOf.get(re);
  if (!all) globalOf.set(re, (all = new RegExp(re.source, 'g')));
  all.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < 8 && (m = all.exec(t)); n++) if (printedAsHeading(t, m.index)) return true;
  return false;
}

const globalOf = new Map<RegExp, RegExp>(); // each heading marker's global twin, made once

/**
 * Links titled like a report, counted up to `upTo` (all that is asked: is this a listing?) among
 * the first 2,000: a 政府信息公开年报 column of 2,000 entries took over 1 ms to count whole.
 */
function countReportLinks(doc: Document, upTo: number): number {
  let n = 0;
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 2000 && n < upTo; i++) {
    const a = links[i]!;
    // a listing shortens long titles ("…2022年度政府信..."): the full one is in the title attribute
    if (TITLE_REPORT.test(a.textContent ?? '') || TITLE_REPORT.test(a.getAttribute('title') ?? '')) n++;
  }
  return n;
}

/**
 * `headings: false` leaves out the scan of headings printed on the page (headingTitles): one pass
 * over the whole document, 0.1–0.3 ms on a large portal page, which the content script runs once
 * at idle time on pages with no other cue, not at load or in the watch.
 */
export function detectReport(doc: Document, url: string, options: { headings?: boolean } = {}): Detection {
  const titles = titleCandidates(doc);
  const pre = prefilter(url, titles, options.headings === false ? () => [] : () => headingTitles(doc));
  if (!pre) return { isReport: false, score: 0, reasons: ['no report cue in URL, title or h1'] };
  const reasons = [...pre.reasons];
  let score = pre.score;

  // the page's own part of the titles that name a report (a site's h1 "政府信息公开目录" is not the page's)
  const naming = titles.filter((t) => TITLE_REPORT.test(t) || TITLE_REPORT_LOOSE.test(t));
  if (pre.printedTitle) naming.push(pre.printedTitle);
  const own = naming.map((t) => t.replace(TITLE_SITE_SEPARATOR, ''));
  // a notice issuing the report is weak, and only the other cues can rule it out
  const issued = own.some((t) => ISSUED_REPORT.test(t));
  if (issued) reasons.push('notice issuing the report (关于印发《…报告》的通知): needs the tables\' words');
  // a printed heading is the page's title only if the page's own titles say nothing against it
  // (a search page "站内搜索_某县人民政府" or a 解读 page under a column heading 政府信息公开年报)
  const judged = pre.printedTitle ? [...titles, pre.printedTitle] : naming;
  const judgedOwn = pre.printedTitle ? judged.map((t) => t.replace(TITLE_SITE_SEPARATOR, '')) : own;
  const negative = TITLE_NEGATIVE.find(([re, , whole]) => (whole ? judged : judgedOwn.filter((t) => !ISSUED_REPORT.test(t))).some((t) => re.test(t)));
  if (negative) {
    reasons.push(`negative ${negative[1]}`);
    return { isReport: false, score: 0, reasons };
  }

  let body = doc.body?.textContent ?? '';
  if (doc.getElementsByTagName('rt').length) body = body.slice(0, 4 * BODY_LIMIT).replace(RUBY_LETTERS, '');
  const { markers, traditional } = readBody(body);
  score += markers.length;
  reasons.push(markers.length ? `body markers: ${markers.join(', ')}` : 'no body markers');

  const tableMarkers = markers.filter((m) => !NARRATIVE_MARKERS.has(m)).length;
  // the outline printed as the page's own numbered headings (a listing's snippets are sentences)
  const headings = markers.filter((m) => NARRATIVE_MARKERS.has(m) && m !== '统计期限').length;
  // a page with its own outline is a report whatever it links to (an old report with a box of five
  // earlier years' reports was taken for a listing); one with only the tables' words in its text is
  // a listing when it links ten reports or more (a 年报 column whose summaries quote the tables)
  const listingAt = tableMarkers < 2 ? LISTING_LINKS : 2 * LISTING_LINKS;
  if (headings < 2 && countReportLinks(doc, listingAt) >= listingAt) {
    reasons.push(`listing page: ${listingAt} or more report links`);
    return { isReport: false, score: 0, reasons };
  }

  const host = hostOf(url);
  if (host && !/(^|\.)gov\.cn$/.test(host)) reasons.push(`host ${host} is not *.gov.cn (mirror?)`);

  // A report title needs two markers of any kind. Without one (URL cue or a year-less title) the
  // page needs two table markers too: headings alone also appear on homepages and guides.
  const strong = pre.strongTitle && !issued;
  const needed = strong ? 2 : 3;
  const isReport = markers.length >= needed && (strong || tableMarkers >= 2);
  if (!isReport) reasons.push(`needs ${needed} body markers${strong ? '' : ' (2 from tables)'}, found ${markers.length} (${tableMarkers} from tables)`);
  return { isReport, score, reasons, ...(traditional ? { traditional } : {}) };
}
