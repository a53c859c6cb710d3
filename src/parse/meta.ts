// Report-level facts (spec §5.1): title, year, agency, publication date (the statistics period: stat-period.ts).
import type { AgencyKind, ReportMeta } from '../model/record';
import type { ReportDocument } from '../extract';
import { CN_DATE_SOURCE, isoDate, isoFromChinese, yearFromDigits } from '../text/dates';
import { toHalfWidth } from '../text/normalize';
import { yearEndCutoffYear } from './stat-period';

/**
 * a year as titles print it: 2019, or 二〇一九, its zero also typed as a Latin or full-width O or a
 * digit 0 (二O二二: the title was passed over for a subheading naming last year's report, reviewer 88 P1);
 * full-width digits are made ASCII before matching
 */
const YEAR = '(?:(?:19|20)\\d{2}|二[〇○零OＯo0][〇○零OＯo0一二三四五六七八九]{2})';
/** a report's title in a line (its oracle form: titleMatch finds the same match faster) */
export const TITLE_RE = new RegExp(`[^\\n|。]{0,60}?${YEAR}\\s*年度?[^\\n|。]{0,60}?(?:(?:政府|政务)?信息公开|政务公开)[^\\n|。]{0,12}?(?:年度)?(?:报告|年报)`);
/** TITLE_RE's match: where it starts and what it holds (no groups) */
export interface TitleMatch {
  index: number;
  0: string;
}

/** TITLE_RE from its year on, tried at each year (sticky) */
const TITLE_FROM_YEAR = new RegExp(`${YEAR}\\s*年度?[^\\n|。]{0,60}?(?:(?:政府|政务)?信息公开|政务公开)[^\\n|。]{0,12}?(?:年度)?(?:报告|年报)`, 'y');
const A_YEAR = new RegExp(YEAR, 'g');
const TITLE_STOPS = '\n|。';

/**
 * What `TITLE_RE.exec(text)` gives (index and match), read with ASCII digits unless `ascii` is false
 * (the match is as long as printed). TITLE_RE's lazy opening, up to 60 characters before the year, made
 * V8 try every start of a block against every length (17 µs on one line of Shenzhen 2024). The same
 * match, found from the year: the first year from which the rest matches decides it (a match starting
 * earlier would need an earlier such year), and the match starts up to 60 characters before that year,
 * not before a line break, | or 。 (the opening's characters). A text without 信息公开 or 政务公开, and 报告 or
 * 年报, has none. Kept equal to TITLE_RE by test/unit/parse/title-match.test.ts.
 */
export function titleMatch(text: string, ascii = true): TitleMatch | null {
  if (!(text.includes('信息公开') || text.includes('政务公开')) || !(text.includes('报告') || text.includes('年报'))) return null;
  const t = ascii ? asciiDigits(text) : text;
  A_YEAR.lastIndex = 0;
  for (let y = A_YEAR.exec(t); y !== null; y = A_YEAR.exec(t)) {
    const at = y.index;
    A_YEAR.lastIndex = at + 1; // years may overlap (2020 20…): try every start
    TITLE_FROM_YEAR.lastIndex = at;
    const rest = TITLE_FROM_YEAR.exec(t);
    if (rest === null) continue;
    let start = at;
    while (start > 0 && at - start < 60 && !TITLE_STOPS.includes(t[start - 1]!)) start--;
    A_YEAR.lastIndex = 0;
    return { index: start, 0: t.slice(start, at + rest[0].length) };
  }
  return null;
}
const YEAR_IN_TITLE = new RegExp(`(${YEAR})\\s*年`);
const isDigitYear = (y: string): boolean => /^\d{4}$/.test(y);

const SPACE = /\s/;
const TITLE_LABEL = /标\s*题\s*[:：]\s*([^\n]+)/g;

/**
 * An archived page's "标题: …" line: the title (group 1 of the plain form
 * /(?:^|\n)\s*标\s*题\s*[:：]\s*([^\n]+)/, its first match), or undefined. Each 标题： found by a
 * literal-led scan counts when only spaces stand between it and the line's start. The lookbehind form
 * /(?<=(?:^|\n)\s*)标…/ had V8 trying every character (15 µs on a 4,000-character head with none).
 */
export function archivedTitle(head: string): string | undefined {
  TITLE_LABEL.lastIndex = 0;
  for (let m = TITLE_LABEL.exec(head); m !== null; m = TITLE_LABEL.exec(head)) {
    let i = m.index;
    while (i > 0 && head[i - 1] !== '\n' && SPACE.test(head[i - 1]!)) i--;
    if (i === 0 || head[i - 1] === '\n') {
      TITLE_LABEL.lastIndex = 0;
      return m[1];
    }
    TITLE_LABEL.lastIndex = m.index + 1;
  }
  return undefined;
}

const isBarOrSpace = (c: string): boolean => c === '|' || c === '｜' || SPACE.test(c);

/** `text` without the spaces and table bars around it (what .replace(/^[\s|｜]+|[\s|｜]+$/g, '') gives, without its scan of every space run) */
export function trimBars(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let start = 0;
  let end = text.length;
  while (start < end && isBarOrSpace(text[start]!)) start++;
  while (end > start && isBarOrSpace(text[end - 1]!)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * a whole short line that is a report's title without a year, an agency's name first:
 * XX区人民政府办公室政府信息公开工作年度报告; not a column's or breadcrumb's name (政府信息公开年度报告,
 * 首页 > 政府信息公开 > 年度报告)
 */
const YEARLESS_TITLE = /^\s*(?!首页|当前位置|您的位置)[^\n|。，,：:；;\d>»/·\s]{2,40}?(?:政府|办公室|办公厅|局|委员会|委|厅|院|署|中心|所|站|队|镇|乡|街道|区|县|市|省|会|处|部)(?:政府|政务)?信息公开[^\n|。，,\d>»/\s]{0,12}?(?:年度)?(?:报告|年报)\s*$/;

/** a link to another page or an attachment: 上一篇：, 【下一篇】, « , 附件： */
const NOT_A_TITLE_LINE = /^\s*(?:[«‹<>»]|[【\[〔(（]?\s*(?:[上下前后]\s*一?\s*[篇条]|附\s*(?:件|[:：])|相\s*关))/;

/** a numbered subheading's opening: （一）, 一、, 1. */
const NUMBERED_HEADING = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d))/;

/** a breadcrumb: 当前位置：首页 > 政务公开 > … */
// (您所在的位置, 您当前的位置, and separators →, -, /, —: audits 137 M08–M10, 138 D09, D10)
const BREADCRUMB = /^\s*(?:当前位置|您的位置|您现在的位置|现在的位置|您?所在的?位置|您?当前的?位置)|(?:首页|主页)\s*(?:[>»＞›→]|[-/—]\s*[\u4e00-\u9fff])/;

/** A link to a neighbouring page ("上一篇：…2021年…年度报告"): its year and agency are not this report's. */
// (also in brackets, 【上一篇】: reviewer 119 M45, last year's report became the title and 上一篇… the agency)
const NAVIGATION = /^\s*[【\[〔(（]?\s*(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关(?:链接|阅读|文章|信息|文件|新闻)?|推荐阅读|热点|猜你喜欢)/;

/** a list's heading in a page's sidebar or footer: 往年年报, 历年年报, 相关报告, 更多, 最新动态, 热点信息, or a link's (相关阅读, 上一篇): what follows links to other pages */
const isListHeading = (text: string): boolean => LIST_HEADING.test(text) || NAVIGATION.test(text);
// (最新…, 热点…, 推荐… only as lists are named: a body's subheading 最新进展 or 热点回应 is none, reviewer 115 R9)
// (and a column of other offices' reports, 部门年报, 乡镇年报, one of the column's own pages, 本栏目信息, and
// 通知公告, 延伸阅读: reviewer 119 T01, M22, L01; another office's title or year had been taken)
const LIST_HEADING = /^\s*[【\[〔]?\s*(?:(?:往\s*年|历\s*年|往\s*期|以\s*往|其他年度|更\s*多|相\s*关)[^\n。，,\d]{0,6}|最\s*新\s*(?:动\s*态|信\s*息|发\s*布|文\s*章|资\s*讯|消\s*息|公\s*开)|热\s*[点门]\s*(?:信\s*息|新\s*闻|文\s*章|推\s*荐|资\s*讯)?|推\s*荐\s*(?:阅\s*读|文\s*章|信\s*息)?|(?:部\s*门|乡\s*镇|街\s*道|镇\s*街|区\s*直|县\s*直|市\s*直|各\s*单\s*位|下\s*级)\s*(?:政\s*府\s*信\s*息\s*公\s*开\s*)?(?:工\s*作\s*)?(?:年\s*度\s*报\s*告|年\s*报)|本\s*栏\s*目[^\n。，,\d]{0,4}|通\s*知\s*公\s*告|延\s*伸\s*阅\s*读)[】\]〕]?\s*[:：]?\s*$/;

/**
 * The report's title. `periodYears`: the years the statistics period starts and ends in, when
 * printed: after a title printed without its year, a title line naming another year is a link to
 * another year's report (a 相关阅读 list under the body: reviewer 91; a period from October to
 * September names two: reviewer 93).
 */
export function findTitle(page: ReportDocument, periodYears: number[] = []): FoundTitle {
  const found = titleAsPrinted(page, periodYears);
  return found.title === null ? found : { ...found, title: withoutFieldLabel(found.title) };
}

export interface FoundTitle {
  title: string | null;
  h1: string | null;
  /**
   * Dated report lines printed side by side in text, the title among them, when nothing strong says which is the page's
   * own (its info bar's 来源 names no one of them alone): the parse then warns, as the choice may be another office's
   * (audit 128 T01–T09: every weaker cue was fooled by some page).
   */
  uncertainAmong?: string[];
}

/** Whether the info bar's 来源/发布机构 names `title`'s agency and none of the others'. */
function sourceNamesOnly(page: ReportDocument, title: string, others: string[]): boolean {
  const names = sourceNames(page);
  const namesTitle = (t: string): boolean => names(agencyFromTitle(t));
  return namesTitle(title) && !others.some((o) => o !== title && namesTitle(o));
}

/** Whether the article's info bar gives an agency as its 来源 / 发布机构 (one name holding the other); false without one. */
function sourceNames(page: ReportDocument): (agency: string | null) => boolean {
  const source = SOURCE_LABEL.exec(page.stream.slice(0, 4000))?.[1];
  return (agency) => !!source && agency !== null && (source.includes(agency) || agency.includes(source));
}

/**
 * A title without an info table's field label before it (名称：…, 信息名称：…, 文件名称：…, 题名：…) or a notice ticker's
 * (通知公告：…): the label had become part of the title and of the agency (名称：福州市仓山区教育局: audits 126 M02, M06,
 * 127 M06).
 */
function withoutFieldLabel(title: string): string {
  const label = FIELD_LABEL.exec(title);
  return label && label[0].length < title.length ? title.slice(label[0].length) : title;
}
/** a notice ticker's name: 通知公告, 最新公告, 滚动新闻 (titleLineAt's TICKER also takes a bare 公告) */
const TICKER_NAME = String.raw`通\s*知\s*公\s*告|最\s*新\s*公\s*告|滚\s*动\s*新\s*闻`;
const FIELD_LABEL = new RegExp(String.raw`^\s*(?:(?:信息|文件|文章|公开|主题)?(?:名\s*称|标\s*题|题\s*名)|${TICKER_NAME})\s*[:：]\s*`);

function titleAsPrinted(page: ReportDocument, periodYears: number[]): FoundTitle {
  const head = page.stream.slice(0, 4000);
  // (one naming a report: not a search form's 标题：[ ] 全文：[ ] 搜索, whose 全文 became the agency, reviewer 119
  // M05, T07; an info table's cell bars left out, M06)
  const archived = trimBars(archivedTitle(head));
  if (archived && /报告|年报/.test(archived)) return { title: archived, h1: page.h1 };
  const contradicted = (title: string) => periodYears.length > 0 && !periodYears.includes(yearFrom(title)!);
  const laterEntryIsOwn = (first: string, later: string): boolean => {
    const own = ownAgencyCue(page, agencyFromTitle(first), agencyFromTitle(later));
    return own !== null ? own === 1 : contradicted(first) && !contradicted(later);
  };
  // <title> and <h1> first when they name a report's year (not a site's or column's name, 平潭县人民政府-年度报告,
  // 政府信息公开年报: reviewer 119 M02, M31, M57, whose words became the agency), nor one the statistics period
  // contradicts (a stale <title>: M16); the site's name before a separator is cut off (平潭县人民政府_…: M03)
  const fromTitle = reportTitleIn(page.title);
  if (fromTitle && !contradicted(fromTitle)) return { title: fromTitle, h1: page.h1 };
  const fromH1 = reportTitleIn(page.h1);
  if (fromH1 && !contradicted(fromH1)) return { title: fromH1, h1: page.h1 };
  // a title printed without its year, once seen: a title line within six blocks after it may still
  // be the title (a column's name above the title: reviewer 89 R1); past them, the year-less one is
  // the title, never a later sentence naming last year's report, whose year was taken for the report's (88 P1)
  let yearless: { title: string; at: number } | null = null;
  // before any title: a title in a link (a sidebar's 最新信息 list above the article: reviewer 114 P1, the
  // agency was another office's), kept in case no other comes; a list's heading (最新动态), after which
  // the title lines of its run of short lines are its entries but the last, the article's title (114 P2)
  let linked: string | null = null;
  let linkedInList = false;
  const sideBySide: string[] = [];
  let listed: string | null = null;
  let inList = false;
  const blocks = page.blocks.slice(0, 60);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (yearless && i - yearless.at > 6) break;
    if (inList && (b.text.length > 60 || /[。，；]/.test(b.text))) {
      if (listed !== null) return { title: listed, h1: page.h1 };
      inList = false;
    }
    // (a list's heading under a title that is a link, 相关阅读, heads other pages: its last entry had beaten that
    // title, audit 122 L15; its entries are passed over below)
    if (!yearless && isListHeading(b.text)) {
      if (linked === null) inList = true;
      continue;
    }
    // (not a block of 200 characters or more, a page printed as one line: its opening words may be a
    // link to another year's report as well as its title, reviewers 103 P1, 104 P2, P3)
    // nor a breadcrumb (当前位置：首页 > … > 2022年度…年度报告专栏: reviewer 114 N01, its year and "agency" were taken)
    if (b.text.length >= 200 || (!yearless && NAVIGATION.test(b.text)) || BREADCRUMB.test(b.text)) continue;
    // a title printed on two lines, the agency and year over the report's words (平潭县教育局2023年度 /
    // 政府信息公开工作年度报告: reviewer 119 M47, the year had come from a link; an agency's name alone over the
    // rest is left to agencyAboveTitle)
    const joined = twoLineTitle(blocks, i);
    if (joined !== null) i++;
    const text = joined ?? b.text;
    // matched with ASCII digits ("２０１９年…"), returned as printed (same length)
    const m = titleMatch(text);
    // a numbered subheading naming a report is none (（一）2021年度政府信息公开工作年度报告所提问题的整改情况:
    // reviewer 88 P1), unless it is the whole block (一、XX区2022年…年度报告: reviewer 89 R3)
    const whole = m !== null && text.trim().length - m[0].trim().length <= 2;
    // after a year-less title, a title line but not a link to the report before or after (上 一 篇：…,
    // 【下一篇】…), an 附件 line, a numbered item (reviewer 90 T1–T4) nor a sentence (…年度报告社会评议意见，…);
    // the agency may be written otherwise than in the year-less line (简称, 关于…, 《…》: reviewer 91)
    const taken = m !== null && (yearless ? !NOT_A_TITLE_LINE.test(text) && !NUMBERED_HEADING.test(text) && !/[，。；,;]/.test(text.slice(m.index + m[0].length)) : whole || !NUMBERED_HEADING.test(text));
    const title = taken ? text.slice(m!.index, m!.index + m![0].length).trim() : null;
    if (title !== null && !yearless) {
      // (one in a heading, <h2><a>, over one in a list: reviewer 115 U5)
      const sideBySideLine = datedTitleLine(text) && (datedTitleLine(blocks[i - 1]?.text) || datedTitleLine(blocks[i + 1]?.text));
      if (sideBySideLine) sideBySide.push(title);
      if (isListEntry(b.el) || sideBySideLine) {
        const inItem = typeof b.el.closest === 'function' && b.el.closest('li') !== null;
        // (of entries side by side, the one whose agency the report's body names, or else the one the statistics period
        // does not contradict: a sidebar's dated line right above the article's own, in text, had made another office
        // the agency, reviewer 124 T11, 125 T01, T08, T10, T15; the period alone picked a sidebar line under the
        // article's own when the period sentence was last year's, audit 125 T07)
        if (linked === null || (linkedInList && !inItem) || laterEntryIsOwn(linked, title)) [linked, linkedInList] = [title, inItem];
      }
      else if (inList) listed = title;
      // after a linked title, a title line, not a sentence naming a report, an 附件 line nor a title naming a
      // year the statistics period contradicts (reviewer 115 R6, R7)
      // (nor a sentence naming it, 根据《条例》要求，现发布《…年度报告》。: audit 122 T11, its words became the agency)
      // (nor, after a linked title, an entry under a list's heading, 相关阅读: audit 122 L15)
      else if (linked === null || (whole && !underListHeading(page, b.index) && !NOT_A_TITLE_LINE.test(text) && !/[，,；;]/.test(title) && !contradicted(title))) return { title, h1: page.h1 };
      continue;
    }
    // after a year-less title, not a link to another year's report: one in a list of links, or
    // naming a year the statistics period contradicts (reviewer 91: the 2020 report became the title)
    if (title !== null && !(yearless && (isLink(b.el) || contradicted(title)))) return { title, h1: page.h1 };
    // a list's heading after a year-less title (往年年报, 相关阅读): what follows are other pages (reviewer 91)
    if (yearless && isListHeading(b.text)) break;
    if (!yearless && YEARLESS_TITLE.test(b.text)) {
      yearless = { title: b.text.trim(), at: i };
      // the entries of a list above it are not the title (reviewer 114 N04)
      listed = null;
      inList = false;
    }
  }
  if (yearless) return { title: yearless.title, h1: page.h1 };
  // (a title that is a link in a heading, then a layout table's, then a contradicted <title> or <h1>, then a link in a list)
  const headingLink = linked !== null && !linkedInList ? linked : null;
  const title = listed ?? headingLink ?? tableTitle(page, contradicted) ?? fromTitle ?? fromH1 ?? linked ?? page.title;
  const unsure = title !== null && title === linked && sideBySide.length >= 2 && sideBySide.includes(title) && !sourceNamesOnly(page, title, sideBySide);
  return unsure ? { title, h1: page.h1, uncertainAmong: sideBySide } : { title, h1: page.h1 };
}

/** an agency's name and a year alone on a line: 平潭县教育局2023年度 */
const AGENCY_AND_YEAR = new RegExp(`^\\s*[\\u4e00-\\u9fff（）()]{2,30}?${YEAR}\\s*年度?\\s*$`);
/** a report's words alone on a line: 政府信息公开工作年度报告 */
const REPORT_WORDS = /^\s*(?:政府|政务)?信息公开[^\n。，,|]{0,12}?(?:年度)?(?:报告|年报)\s*$/;

/**
 * Block i and i+1 as one title line when block i is the agency and year and i+1 the report's words; else null.
 * Neither a link.
 */
function twoLineTitle(blocks: ReportDocument['blocks'], i: number): string | null {
  const [a, b] = [blocks[i], blocks[i + 1]];
  if (!a || !b) return null;
  // the wording first: isLink asks the DOM (closest) for every block
  const split = (AGENCY_AND_YEAR.test(asciiDigits(a.text)) && REPORT_WORDS.test(asciiDigits(b.text))) || brokenTitle(a.text, b.text);
  if (!split) return null;
  return isLink(a.el) || isLink(b.el) ? null : a.text.trim() + b.text.trim();
}

/**
 * A title a PDF copy broke elsewhere than after its year (闽侯县水利局2022年政府信息公开 / 工作年度报告): two short lines
 * without punctuation, neither a title alone, the bottom ending the report's words, together one title from start to
 * end. The preamble's sentence naming the report had been taken instead, with 根据中华人民共和国 or 布闽侯县水利局 as the
 * agency (audit 126 M07, M08).
 */
function brokenTitle(top: string, bottom: string): boolean {
  const [a, b] = [top.trim(), bottom.trim()];
  if (a.length > 40 || b.length > 16 || BROKEN_TITLE_PUNCTUATION.test(a + b) || !/(?:报告|年报)$/.test(b)) return false;
  // (neither line a title alone: a site's header over 2023年度政府信息公开年报 is no part of it, audit 123 T28)
  if (titleMatch(a) !== null || titleMatch(b) !== null) return false;
  const joined = titleMatch(a + b);
  return joined !== null && joined.index === 0 && joined[0].length === a.length + b.length;
}
const BROKEN_TITLE_PUNCTUATION = /[，。；,;：:《》]/;

/** a year and a report's words, no agency: 2023年度政府信息公开工作年度报告 */
const YEAR_AND_REPORT = new RegExp(`^\\s*${YEAR}\\s*年度?(?:政府|政务)?信息公开[^\\n。，,|]{0,12}?(?:年度)?(?:报告|年报)\\s*$`);

/**
 * The agency's name on the line right above a title naming none, in the same container (<div class="title"><p>平潭县教育局
 * </p><p>2023年度…报告</p></div>: reviewer 119 M10), for a page whose signature names none either. Not in text, nor
 * across containers: a site's header there (陇西县人民政府 over a town's report) or a sidebar group's name over its
 * entries had been taken (audits 123 T03, 124 A03, A05, A33, T02).
 */
export function agencyAboveTitle(page: ReportDocument, title: string | null): string | null {
  if (!title || !YEAR_AND_REPORT.test(asciiDigits(title))) return null;
  const blocks = page.blocks.slice(0, 60);
  const at = blocks.findIndex((b) => b.text.trim() === title);
  const [above, own] = [at > 0 ? blocks[at - 1]! : null, blocks[at]];
  if (!above || !own || isLink(above.el) || isListEntry(own.el)) return null;
  const parent = own.el.parentElement;
  if (!parent || parent !== above.el.parentElement || /^(?:BODY|HTML)$/.test(parent.tagName)) return null;
  return isAgencyName(above.text.trim()) ? above.text.trim() : null;
}

/**
 * Which of two list entries' agencies is the page's own (0: the first, 1: the second, null: no cue): the one the
 * article's info bar gives as its 来源 / 发布机构 (来源：福州市长乐区教育局 under the two title lines: audit 127 T02), else
 * the one the overview's opening names first, as its subject (2023年，张掖市甘州区民政局坚持…: audits 124 T11, 125 T01,
 * T08, T10, T15). The whole body had been asked, where a cited office (按照…区人民政府办公室《通知》) or a 相关文章 entry at
 * the foot named another office (audit 127 T02, T04).
 */
function ownAgencyCue(page: ReportDocument, a: string | null, b: string | null): 0 | 1 | null {
  if (a === null || b === null || a === b) return null;
  const names = sourceNames(page);
  const [sa, sb] = [names(a), names(b)];
  if (sa !== sb) return sa ? 0 : 1;
  const body = headerLength(page.stream.slice(0, 4000));
  const opening = page.stream.slice(body, body + 160);
  const [pa, pb] = [opening.indexOf(a), opening.indexOf(b)];
  if (pa < 0 && pb < 0) return null;
  if (pa < 0 || pb < 0) return pa < 0 ? 1 : 0;
  return pa <= pb ? 0 : 1;
}
/** an info bar's source: 来源：福州市长乐区教育局, 发布机构：…, 信息来源：… */
const SOURCE_LABEL = /(?:信息来源|来\s*源|发布机构|发文机关)\s*[:：]\s*([^\s|｜:：，,。]{2,30})/;

/** a title line in text followed by its date alone (a list's entry when a line beside it is one too) */
function datedTitleLine(text: string | undefined): boolean {
  if (!text || text.length > 100) return false;
  const m = titleMatch(text);
  return m !== null && DATE_ONLY.test(text.slice(m.index + m[0].length));
}

/**
 * A title in a small layout table's cell (<table class="article-head"><td>…年度报告</td>), read as a table, not a
 * block: the whole cell, not a link, nor one the statistics period contradicts (reviewer 119 M42, M43, M48: a
 * sidebar's link had been taken, with another office's agency or last year's year).
 */
function tableTitle(page: ReportDocument, contradicted: (title: string) => boolean): string | null {
  for (const table of page.tables.slice(0, 6)) {
    // (a layout table of a few rows and cells holding no link: not a data table's caption, an 附件 list or a
    // sidebar's table, audit 123 H14, H43, H44)
    if (table.rows.length > 4 || table.rows.some((r) => r.length > 3) || table.el.getElementsByTagName('a').length > 0) continue;
    for (const row of table.rows) {
      for (const cell of row) {
        const text = cell.text.trim();
        if (text.length > 80) continue;
        const m = titleMatch(text);
        if (!m || text.length - m[0].trim().length > 2 || isLink(cell.el)) continue;
        const title = text.slice(m.index, m.index + m[0].length).trim();
        if (!contradicted(title)) return title;
      }
    }
  }
  return null;
}

/** the site's name and a separator before a report's title: 平潭县人民政府_, 某某网 - , 首页|, 平潭县人民政府——, 某市人民政府-某局 */
const SITE_BEFORE = /^[^_|｜丨]{0,40}?(?:_|[|｜丨]|\s*[-—–－]{1,2}\s*)\s*/;
/** a report's words: a title names its 信息公开 or 政务公开 (not a column's 2023年度报告: audit 122 G14) */
const REPORT_NAMED = /(?:信息|政务)公开[^\n]{0,16}?(?:报告|年报)/;

/**
 * The report's title in a page's <title> or <h1>: the text when it names a report and a year, after the site's
 * name (and the column's, 政务公开 - …: audit 122 G22) when that comes first, and after an agency's name and a space
 * before another's (福州市人民政府 福州市生态环境局2023年度…: G01); else null.
 */
function reportTitleIn(text: string | null): string | null {
  if (!text || !REPORT_NAMED.test(text)) return null;
  let title = text;
  // (a year anywhere: …年度报告（2023年度）, …2023年政务公开工作年度报告)
  if (!YEAR_IN_TITLE.test(asciiDigits(title))) return null;
  // (a bare - or a space only after a site's name, 某市人民政府-…, not inside an agency's, 中国（福建）自由贸易试验区-福州片区,
  // 国家税务总局 福州市税务局: audit 123 H01, H06, H07; what is left may name no agency, then the signature's is the
  // report's, H35)
  for (let guard = 0; guard < 3; guard++) {
    const site = SITE_BEFORE.exec(title) ?? SITE_THEN_SPACE.exec(title);
    if (!site) break;
    const rest = title.slice(site[0].length);
    const strong = /_|[|｜丨]|\s[-—–－]{1,2}\s|——/.test(site[0]);
    if (!strong && !SITE_WORD_END.test(site[0].replace(/[\s\-—–－]+$/, ''))) break;
    if (!REPORT_NAMED.test(rest) || !YEAR_IN_TITLE.test(asciiDigits(rest))) break;
    title = rest;
  }
  return withoutSiteAfter(title);
}
/**
 * The title without a site's name after it: `…年度报告_漳州市龙文区人民政府`, `…年度报告 - 某某网`, `…年度報告-紅星紙業`. Kept,
 * it was the stored title, and no block of the page equals it, so the date line under the title and the agency line over
 * it were never found (audit 140 M16, M17, F10). Not a bracket after the report's name, `…年度报告（2023年度）`, nor words
 * going on from it, `…年度报告的通知`.
 */
function withoutSiteAfter(title: string): string {
  const named = REPORT_NAMED.exec(title);
  if (!named) return title;
  SITE_AFTER.lastIndex = named.index + named[0].length;
  const m = SITE_AFTER.exec(title);
  return m ? title.slice(0, m.index + m[1]!.length) : title;
}
/** after a report's name: a bracketed part (group 1, with it), then a separator and a site's name (no digit: not `- 2023年度报告`) to the end */
// (not `——` before an agency's name, `…年度报告——岳阳市云溪区水利局`, the report's own: audit 141 D03; a site's name after
// a column's, `_政府信息公开年报_漳州市龙海区人民政府`, goes with it, D01)
const SITE_AFTER = /((?:\s*[（(][^（）()]{1,16}[）)])?)\s*(?!——)(?:[_|｜丨]|[-—–－]{1,2})\s*[^_|｜丨\d]{2,40}(?:\s*[_|｜丨-]\s*[^_|｜丨\d]{2,40})*$/y;
/** a site's name and a space before the title: 福州市人民政府 福州市生态环境局… (audit 122 G01) */
const SITE_THEN_SPACE = /^[\u4e00-\u9fff（）()]{2,25}\s+(?=\S)/;
/** how a site's name ends */
const SITE_WORD_END = /(?:人民政府|政府|门户网站|网站|网|政务公开|信息公开|首页)$/;

const BODY_YEAR = /((?:19|20)\d{2})\s*年度?(?:政府信息公开|政务公开)/g;

/**
 * A report year named in the text (2021年度政府信息公开…), for a page whose title and period give
 * none: the first not in a link, nor within three blocks after a list's heading (往年年报, 相关阅读),
 * whose entries name other years' reports (reviewer 91: the 2020 report's year was taken), nor one
 * a sentence compares with or looks back to (namesAnotherYear).
 */
export function bodyYear(page: ReportDocument): number | null {
  BODY_YEAR.lastIndex = 0;
  for (let m = BODY_YEAR.exec(page.stream); m; m = BODY_YEAR.exec(page.stream)) {
    const ref = page.refAt(m.index, m.index + 1);
    if (ref?.source === 'text' && (isLink(page.blocks[ref.block]!.el) || underListHeading(page, ref.block))) continue;
    if (namesAnotherYear(page.stream, m.index, m.index + m[0].length)) continue;
    return Number(m[1]);
  }
  // else the year the report's figures run to the end of (截至2021年12月31日，主动公开政府信息394条)
  return yearEndCutoffYear(page.stream);
}

/**
 * Whether the year at `from`..`to` is one the sentence compares with or looks back to: `与2020年度政府信息公开
 * 工作相比`, `（一）2020年度…年度报告所提问题的整改情况` (reviewer 114 Y12, Y13: the report's year was taken as 2020).
 */
function namesAnotherYear(stream: string, from: number, to: number): boolean {
  return COMPARED_WITH.test(stream.slice(Math.max(0, from - 3), from)) || LOOKED_BACK_TO.test(stream.slice(to, to + 40));
}
// (right before the year only: a 同比 or 相比 later in the sentence compares the report's own year with
// another, and 会同 is no comparison: reviewer 115 R1–R5, the report's year had been skipped)
// (and 同 or 和 before it, 同2023年度…相比, but not 会同 or 协同: reviewer 117 R1)
const COMPARED_WITH = /(?:与|较|比|相较于?|对照|(?<![会协共陪])同|和|跟)\s*$/;
/**
 * the year's report's problems or their rectification, in the same clause: …年度报告所提问题, …年度报告中提出的问题已整改;
 * or problems an evaluation of that year found: 2023年政务公开工作第三方评估指出的问题, 2023年度政务公开考核反馈的问题 (reviewer 117 R1)
 */
const LOOKED_BACK_TO = /^[^。\n，,；;]{0,20}?报告[^。\n，,；;]{0,6}?(?:所提|提出|指出|反映|存在)(?:的|出的)?(?:问题|意见)|^[^。\n，,；;]{0,20}?报告[^。\n，,；;]{0,8}?整改|^[^。\n，,；;]{0,24}?(?:评估|考核|检查|督查|测评|评议|审计)[^。\n，,；;]{0,6}?(?:指出|反馈|发现|提出|反映)的?问题/;

/** Whether block `b` is within three blocks under a list's heading (往年年报, 相关文章), or is a link to another page (上一篇：…). */
function underListHeading(page: ReportDocument, b: number): boolean {
  if (NAVIGATION.test(page.blocks[b]!.text)) return true;
  for (let i = Math.max(0, b - 3); i < b; i++) if (isListHeading(page.blocks[i]!.text)) return true;
  return false;
}

/** a block that is a link, or an item of a list of links */
function isLink(el: Element): boolean {
  if (typeof el.closest !== 'function') return false;
  if (el.closest('a')) return true;
  const item = el.closest('li');
  const links = (item ?? el).getElementsByTagName('a');
  if (links.length === 0) return false;
  if (item !== null) return true;
  // a block that is one link and nothing more, or one link and its date (<div><a>…</a><span>2024-01-19</span></div>,
  // the commonest list markup: reviewer 119 M40, another office's title had been taken)
  const text = (el.textContent ?? '').trim();
  const link = (links[0]!.textContent ?? '').trim();
  return text === link || (link.length > 0 && text.startsWith(link) && DATE_ONLY.test(text.slice(link.length)));
}
/** a list entry's date after its title: 2024-01-19, [2024-01-19], (2024年01月19日) */
const DATE_ONLY = /^[\s\[【(（]*(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?[\s\]】)）]*$/;

/**
 * A block that is an entry of a list of other pages: a link (isLink), or an item with no link of a list whose
 * items name several reports (<li onclick>: reviewer 119 M08). Not the article's own title in an <li> among its
 * date and source (audit 122 L03: a sidebar's link had beaten it), nor, in text, a title followed by its date
 * (…年度报告 2024-01-18 is the article's as often as a list's: audit 122 T01, T04).
 */
function isListEntry(el: Element): boolean {
  if (isLink(el)) return true;
  const item = typeof el.closest === 'function' ? el.closest('li') : null;
  const list = item?.parentElement;
  if (!list) return false;
  let titles = 0;
  for (const li of Array.from(list.children)) if (li.tagName === 'LI' && titleMatch(li.textContent ?? '') !== null && ++titles >= 2) return true;
  return false;
}

type PubSource = ReportMeta['publishedOnSource'];
const DATE_AFTER_LABEL = String.raw`\s*(?:[:：]\s*)?(?:[|｜]\s*)?((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})`;
/** page-date labels, searched in the head and then the whole page (as before) */
// or the date in Chinese numerals ("发布日期：二〇二三年一月二十日", groups 4–6): it was not read
// (also the labels portals print for the same date: 公开时间 in an info table, 生成日期 on Anhui's portals' info bars,
// 发稿时间, 录入时间, 上传时间; after the usual ones, which win when both are printed: audit 140 M15, T10)
const PAGE_LABELS: Array<{ source: PubSource; all: RegExp }> = (['发布日期', '发布时间', '公开日期', '公开时间', '生成日期', '发稿时间', '录入时间', '上传时间'] as const).map((label) => ({
  source: label,
  all: new RegExp(`${label}(?:${DATE_AFTER_LABEL}|\\s*(?:[:：]\\s*)?(?:[|｜]\\s*)?${CN_DATE_SOURCE})`, 'g'),
}));

/**
 * The page's first labelled date that is not in a list of links to other pages: a portal's 相关文章
 * list gives each entry its 发布日期, and one of them (2023-06-15) beat the report's own date (a
 * false PUB-LATE).
 */
function ownLabelledDate(page: ReportDocument, all: RegExp, from = 0): { date: string; at: number } | null {
  all.lastIndex = from;
  const linkItems = new Map<Element, boolean>(); // one look for links per list item, not per date in it
  for (let m = all.exec(page.stream); m; m = all.exec(page.stream)) {
    if (inLinkList(page, page.refAt(m.index, m.index + 1), linkItems)) continue;
    const d = m[1] !== undefined ? isoDate(m[1], m[2]!, m[3]!) : isoFromChinese(m[4]!, m[5]!, m[6]!);
    if (d) return { date: d, at: m.index };
  }
  return null;
}

/**
 * Whether the text at `ref` is in a list item that holds a link (a list of other pages).
 * `seen` keeps each item's answer: 4,000 dated links in one <li> took 2.7 s under linkedom, which
 * walks the item again for every getElementsByTagName.
 */
function inLinkList(page: ReportDocument, ref: ReturnType<ReportDocument['refAt']>, seen: Map<Element, boolean>): boolean {
  const el = ref ? page.resolveRef(ref) : null;
  const item = el && typeof el.closest === 'function' ? el.closest('li') : null;
  if (item === null) return false;
  let links = seen.get(item);
  if (links === undefined) seen.set(item, (links = item.getElementsByTagName('a').length > 0));
  return links;
}
/**
 * Bare 日期/时间 labels ("日期: 2019-03-25", "时间:2019-01-18") count as the page date only in the
 * header (before the first section heading) and only standing alone, so 统计时间/填报日期/成文日期
 * never match. Recorded as '发布日期'/'发布时间' (the union has no generic value).
 */
const GENERIC_LABEL = new RegExp(String.raw`(?:^|[\s|｜])(日期|时间)` + DATE_AFTER_LABEL, 'g');
/** a weekday, as a clock prints it after the date: 星期二, （星期二）, 周二 (not a name, 周一鸣: audit 128 M20) */
const WEEKDAY = /(?:星期|礼拜)[一二三四五六日天]|(?:^|[\s（(])周[一二三四五六日天](?![\u4e00-\u9fff])/;
/** an article's own field beside its date (来源, 发布单位, 作者 …): that line is its info bar, wherever it stands */
// (not a clock's 天气来源：中国天气网, audit 129 M05; 浏览量 and 发布者 as info bars print them above a title, M14, M15)
const ARTICLE_FIELD = /(?:(?<!天气)来\s*源|发布(?:单位|机构|人|者)|信息(?:提供|来源)|所属(?:机构|单位)|作\s*者|审\s*核|责任人|浏览(?:次数|量)|阅读(?:次数|量)|点击(?:数|率|次数|量))\s*[:：]?/;

/**
 * The header's first bare 日期/时间 date, not a portal clock's: a top bar above the article's title prints today's date
 * with its weekday (日期：2024年03月05日 星期二, also after a time, in brackets, or beside 无障碍阅读, 字体, the weather or a
 * visitor count), which had beaten the article's 发布时间 under the body (reviewer 119 M35, a false PUB-LATE; audits
 * 125, 127, 128 M12–M16, M22). Under the title, or beside an article's field (来源, 发布单位 …), such a date is the
 * article's own info bar's (audits 125, 127 and 128 M01–M11, M20, M23: each earlier rule had skipped some of them).
 * `titleAt`: where the article's title line starts in the stream (-1: not found, and no date is taken for a clock).
 */
function headerDate(header: string, titleAt: number): RegExpExecArray | null {
  GENERIC_LABEL.lastIndex = 0;
  for (let m = GENERIC_LABEL.exec(header); m !== null; m = GENERIC_LABEL.exec(header)) {
    const nl = header.indexOf('\n', m.index + m[0].length);
    const line = header.slice(header.lastIndexOf('\n', m.index) + 1, nl < 0 ? header.length : nl);
    const after = header.slice(m.index + m[0].length, nl < 0 ? header.length : nl);
    if (titleAt > m.index && (WEEKDAY.test(after) || weekdayLineAfter(header, after, nl)) && !ARTICLE_FIELD.test(line)) continue;
    GENERIC_LABEL.lastIndex = 0;
    return m;
  }
  return null;
}

/**
 * The date ends its line and the next line is a weekday alone (<div id="date">日期：2024年03月05日</div><div id="week">
 * 星期二</div>): a clock printed in two elements, whose date had been taken for the page's (audit 127 M05, a false PUB-LATE).
 */
function weekdayLineAfter(header: string, after: string, nl: number): boolean {
  // (the label's date pattern leaves its 日 after it)
  if (nl < 0 || !/^[日号\s]*$/.test(after)) return false;
  const next = header.indexOf('\n', nl + 1);
  return WEEKDAY_LINE.test(header.slice(nl + 1, next < 0 ? header.length : next));
}
const WEEKDAY_LINE = /^\s*[（(]?\s*(?:(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日天])\s*[）)]?\s*$/;

/**
 * Where the article's title line starts in the stream: the first line before `before` (the header's end) holding the
 * title's words up to its 报告/年报 (a <title>'s site after them cut off) that is no breadcrumb (当前位置：首页 > … > the
 * title) nor a notice ticker (通知公告：…, audit 127 M06); -1 when none. Not the last such line: the content area or an
 * 附件 link repeating the title under the info bar made the article's own date a clock (audit 129 M01, M06, M07); a
 * banner naming the title above the clock (127 M10) is taken for the title line, and that clock for the date.
 */
function titleLineAt(stream: string, title: string | null, before: number): number {
  if (!title) return -1;
  // (a tag before the title, 【年度报告】…, 年度报告：…, holds a 报告 of its own: audit 129 M18, M24, M25)
  const bare = title.replace(TITLE_TAG, '');
  const end = bare.slice(6).search(/报告|年报/);
  const core = printedTitle(end >= 0 ? bare.slice(0, end + 8) : bare).trim();
  if (core.length < 6) return -1;
  for (let at = stream.indexOf(core); at >= 0 && at < before; at = stream.indexOf(core, at + 1)) {
    const lineStart = stream.lastIndexOf('\n', at) + 1;
    const line = stream.slice(lineStart, at);
    if (!BREADCRUMB.test(line) && !/[>»＞›]/.test(line) && !TICKER.test(line)) return lineStart;
  }
  return -1;
}
/** a tag before a title: 【年度报告】, [年报], 年度报告： */
const TITLE_TAG = /^\s*(?:[【\[〔][^】\]〕]{1,8}[】\]〕]|[^\s：:]{2,6}[：:])\s*/;
/** a notice ticker's opening: 通知公告：… */
const TICKER = new RegExp(String.raw`(?:${TICKER_NAME}|公\s*告)\s*[:：]`);
const DOC_LABELS: Array<{ source: PubSource; re: RegExp }> = (['发文日期', '成文日期'] as const).map((label) => ({
  source: label,
  re: new RegExp(label + DATE_AFTER_LABEL),
}));
/** a line that starts with a date, as under a title: "2024-01-22 作者:佚名 点击数:" */
// (not a period's start, 2023年1月1日—2023年12月31日: reviewer 119 T06, its first day had been the page's)
const BARE_DATE = String.raw`((?:19|20)\d{2})\s*(?:[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)(?![\d年月日至到])(?!\s*[-—–~～－]+\s*(?:(?:19|20)\d{2}|\d{1,2}\s*月))`;
const BARE_DATE_LINE = new RegExp(String.raw`^\s*` + BARE_DATE);
/** a date standing alone among an info bar's fields (BARE_DATE after a space) */
const INFO_BAR_DATE = new RegExp(String.raw`(?<=\s)` + BARE_DATE);
/** the ISO date of a BARE_DATE match: 2024-01-22 (groups 2, 3) or 2024年1月22日 (groups 4, 5) */
const bareDateIso = (m: RegExpExecArray): string | null => (m[2] ? isoDate(m[1]!, m[2], m[3]!) : isoDate(m[1]!, m[4]!, m[5]!));
/**
 * The first section heading (一、) at the start or after a space or |. Found from each 一 (indexOf),
 * checking the character before it and the numeral's stop after it: V8 had tried the lookbehind form
 * /(?<=^|[\s|])一\s*[、.．]/ at every character (10–24 µs on the Pingtan pages' heads). headerLength
 * gives the place where the plain form /(?:^|\n|[\s|])一\s*[、.．]/ matches: the character before the
 * 一, or 0 (pinned to it by meta-same-as-before.test.ts).
 */
const HEADING_STOP = /一\s*[、.．]/y;

/** Where the page header ends: at the first section heading, or the end of `head`. */
export function headerLength(head: string): number {
  for (let at = head.indexOf('一'); at >= 0; at = head.indexOf('一', at + 1)) {
    if (at > 0 && head[at - 1] !== '|' && !SPACE.test(head[at - 1]!)) continue;
    HEADING_STOP.lastIndex = at;
    if (HEADING_STOP.test(head)) return Math.max(0, at - 1);
  }
  return head.length;
}
// a signature line holds the date alone or after the agency's name: nothing else (no 至, no
// 统计时间:…) may precede it, so the end of a statistical-period sentence never counts
const SIGNATURE_LEAD = String.raw`^[\u4e00-\u9fff\s()（）]*?`;
const SIGNATURE_DATE = new RegExp(SIGNATURE_LEAD + String.raw`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$`);
const SIGNATURE_CN_DATE = new RegExp(SIGNATURE_LEAD + CN_DATE_SOURCE + String.raw`\s*$`);

function dateAt(re: RegExp, text: string, group = 1): string | null {
  const m = re.exec(text);
  return m ? isoDate(m[group]!, m[group + 1]!, m[group + 2]!) : null;
}

/**
 * The date after a label in the head, else in the whole page (as dateAt(re, head) ??
 * dateAt(re, stream)), scanning a page longer than the head once: the page's first match, when it
 * ends inside the head, is the head's first match too (the label regex has no lookahead or $).
 */
export function headThenPageDate(re: RegExp, head: string, stream: string): string | null {
  if (stream.length <= head.length) return dateAt(re, head);
  const m = re.exec(stream);
  if (!m) return null;
  const inPage = isoDate(m[1]!, m[2]!, m[3]!);
  return m.index + m[0].length <= head.length ? inPage : (dateAt(re, head) ?? inPage);
}

/** Date line in the few short blocks right under the title (the page's own date). */
function dateUnderTitle(page: ReportDocument, title: string | null): string | null {
  const blocks = page.blocks;
  let at = -1;
  for (let i = 0; i < Math.min(blocks.length, 60); i++) {
    const t = blocks[i]!.text;
    // (not a breadcrumb ending in the title, a clock under it: audit 136 M12)
    if (t.length < 200 && (title ? t.includes(title) : titleMatch(t, false) !== null) && !BREADCRUMB.test(t) && !/[>»＞›→]/.test(t)) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  for (let i = at + 1; i < Math.min(blocks.length, at + 6); i++) {
    // pipes and spaces are layout leftovers of flattened headers
    // (a date in brackets, （2024年1月18日）, as a notice prints it, full-width digits too: audits 135 M01, 136 M10)
    const t = toHalfWidth(blocks[i]!.text).replace(/[\s|｜]+/g, ' ').trim().replace(/^\(\s*((?:19|20)\d{2}[^()]{3,12})\s*\)$/, '$1');
    if (t.length > 80) break;
    const m = BARE_DATE_LINE.exec(t);
    // (a bare date over a weekday alone is taken too: telling a portal's clock under a banner repeating the title, audit
    // 135 M14, 137 M15, from the page's own date under its title, the body or a heading repeating the title, 136 M01,
    // 137 M01–M04, 138 D01–D16, by the title printed again, by navigation or by headings misread more pages than it mended)
    if (m) return bareDateIso(m);
    // (an info bar's date printed without a label after its other fields, `来源：顺庆区统计局  2024-01-22  【字号：大 中 小】`:
    // the page's date; it had been lost, with no note, audit 140 M14; not a date after a label of its own, `成文日期： …`)
    const bar = ARTICLE_FIELD.test(t) ? INFO_BAR_DATE.exec(t) : null;
    // (nor after a label printed without its colon, `成文日期 2023-01-10`: audit 141 D10)
    if (bar && !/(?:[:：]|日\s*期|时\s*间)\s*$/.test(t.slice(0, bar.index))) return bareDateIso(bar);
  }
  return null;
}

/**
 * The page's publication date, most credible first: the page's own date (发布日期/发布时间/公开日期,
 * a bare 日期/时间 label or a date line under the title) > 发文日期 > 成文日期 > a date in the URL >
 * the signature (落款) date. Dates inside the statistical-period sentence or the narrative never count.
 */
export function findPublished(page: ReportDocument, url: string | null, title: string | null = null): Pick<ReportMeta, 'publishedOn' | 'publishedOnSource'> {
  const head = page.stream.slice(0, 6000);
  let labelled: { publishedOn: string; publishedOnSource: PubSource; at: number } | null = null;
  for (const { source, all } of PAGE_LABELS) {
    const d = ownLabelledDate(page, all);
    if (d) {
      labelled = { publishedOn: d.date, publishedOnSource: source, at: d.at };
      break;
    }
  }
  // a labelled date above the title, in a sidebar's list (通知公告 / … / 发布日期：…), gives way to one under the title
  // (reviewer 119 M21, T10: the sidebar's entry's date had been the page's)
  // (the title as printed in the article, without a <title>'s site after it)
  const titleAt = labelled && title ? page.stream.indexOf(printedTitle(title)) : -1;
  if (labelled && titleAt > labelled.at && inTextList(page, labelled.at)) {
    for (const { source, all } of PAGE_LABELS) {
      const d = ownLabelledDate(page, all, titleAt);
      if (d) {
        labelled = { publishedOn: d.date, publishedOnSource: source, at: d.at };
        break;
      }
    }
  }
  const headingAt = headerLength(head);
  const own = labelled && { publishedOn: labelled.publishedOn, publishedOnSource: labelled.publishedOnSource };
  if (own && labelled!.at < headingAt) return own;
  // (nor, after it, an entry of a list in text: 相关文章 / …推进会 发布日期:2022-01-10 beat the signature, reviewer 114 P3)
  const listed = labelled !== null && inTextList(page, labelled.at);
  // a labelled date after the report's first heading (a 相关信息 list at its foot, not in <li>s)
  // gives way to the header's own date: the next year's report linked below had made a false PUB-LATE
  const header = head.slice(0, headingAt);
  const g = headerDate(header, titleLineAt(page.stream, title, header.length));
  const gd = g ? isoDate(g[2]!, g[3]!, g[4]!) : null;
  if (gd) return { publishedOn: gd, publishedOnSource: g![1] === '时间' ? '发布时间' : '发布日期' };
  const under = dateUnderTitle(page, title);
  if (under) return { publishedOn: under, publishedOnSource: '发布日期' };
  // when the first label found dates only a link (发布日期 in a 上一篇 line or a 相关链接 list): that label printed again for
  // the page itself (its foot's 发布日期 after a 上一篇 line, audit 144 D05), else a label lower in PAGE_LABELS' order in the
  // page's info bar above its first heading (生成日期 beside 索引号 and 发布机构; see inInfoBar) or on the line right under
  // the title; the page's date had been lost, audit 141 D06, D07. Never an attachment's 上传时间, a sidebar's, a list entry's
  // or a 解读/图解 card's date (audit 143 D04, D06; 144 D03, D07, D09; 145 D03, D07, D12; 146 P01, P03, P04, P11, P13, P17)
  // (after the header's own date and one under the title: 发布时间 under the title beats 生成日期 in the bar above it, audit 143 D08)
  if (labelled && (listed || onLinkLine(page.stream, labelled.at))) {
    const first = PAGE_LABELS.findIndex((l) => l.source === labelled!.publishedOnSource);
    // (the page's own foot bar may print only its views beside it, 发布日期：… 浏览次数：; a bar's line, not a list entry's,
    // `…年度报告 发布日期：… 浏览次数：96` under 相关链接, a 解读 card's or a 热门文章 entry's: audit 146 P01, P11, P17)
    const again = labelledDateWhere(page, PAGE_LABELS[first]!.all, (at) => (inInfoBar(page.stream, at) || (VIEWS_FIELD.test(lineAt(page.stream, at)) && opensBar(page.stream, at))) && !onLinkLine(page.stream, at));
    if (again) return { publishedOn: again.date, publishedOnSource: labelled.publishedOnSource };
    for (let i = first + 1; i < PAGE_LABELS.length; i++) {
      const { source, all } = PAGE_LABELS[i]!;
      // (or on the line right under the title, opening it, 发布时间：2023-01-18 09:30, or beside 来源 or the font buttons,
      // 发稿时间：2024-01-22 来源：区经信局 【字体：大 中 小】, audit 143 D08, 144 N17; not under a 图解 card's line between them, 145 D03)
      const placed = (at: number) => inInfoBar(page.stream, at) || (titleAt >= 0 && at > titleAt && lineRightAfter(page.stream, titleAt, at) && opensBar(page.stream, at));
      const d = labelledDateWhere(page, all, (at) => at < headingAt && placed(at) && !onLinkLine(page.stream, at) && !inTextList(page, at));
      if (d) return { publishedOn: d.date, publishedOnSource: source };
    }
  }
  if (own && !listed) return own;
  for (const { source, re } of DOC_LABELS) {
    const d = headThenPageDate(re, head, page.stream);
    if (d) return { publishedOn: d, publishedOnSource: source };
  }
  if (url) {
    const m = /[/_t]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_]|\d{0,6}[/_.])/.exec(url) ?? /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url);
    const d = m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
    if (d) return { publishedOn: d, publishedOnSource: 'url' };
  }
  const signed = findSignature(page, title);
  if (signed) return { publishedOn: signed.date, publishedOnSource: '落款日期' };
  return { publishedOn: null, publishedOnSource: null };
}

/** whether the line at `at` is a link to another page or file: 上一篇/下一篇, an attachment (附件 other than 附件：无, a file's name) */
function onLinkLine(s: string, at: number): boolean {
  const nl = s.indexOf('\n', at);
  return LINK_LINE.test(s.slice(s.lastIndexOf('\n', at) + 1, nl < 0 ? s.length : nl));
}
const LINK_LINE = /上\s*一\s*[篇条]|下\s*一\s*[篇条]|附\s*件(?!\s*[:：]?\s*无)|\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)\b/i;

/** whether the text at `at` is an entry of a list in text (under a list's heading) */
function inTextList(page: ReportDocument, at: number): boolean {
  const ref = page.refAt(at, at + 1);
  return ref?.source === 'text' && underListHeading(page, ref.block);
}

/**
 * Whether the label at `at` opens its line, or follows only a bar's own fields (`来源：某局  发布日期：…`): not a list entry's
 * or a card's date after its title (`图解：一图读懂… 来源：… 发布时间：…`, audit 146 P04)
 */
function opensBar(s: string, at: number): boolean {
  return BAR_LEAD.test(s.slice(Math.max(s.lastIndexOf('\n', at - 1) + 1, at - 80), at));
}
const BAR_LEAD = /^[\s|｜]*(?:【?\s*(?:(?:信息|文章)?来\s*源|发\s*布\s*(?:机\s*构|单\s*位)|作\s*者|(?:责\s*任\s*)?编\s*辑)\s*[:：][^\s:：]{0,30}\s*】?[\s|｜]*)*$/;

/**
 * Whether the label at `at` stands in a page's info bar: on its own line (a row of an info table is one line), a field only
 * such bars print (索引号, 发布机构, 公开方式, …), or both 来源 and 浏览次数, which a list's entries print one at a time (a
 * sidebar's `… 来源：某局 发稿时间：…`, audit 145 D07; a field on the line before had let an attachment's 上传时间 in, D12)
 */
// (a bar of 来源 and 浏览次数 only when the label follows only its fields: a sidebar's entry prints both after its title, audit 146 P03, P13)
function inInfoBar(s: string, at: number): boolean {
  const line = lineAt(s, at);
  return INFO_BAR_FIELD.test(line) || (SOURCE_FIELD.test(line) && VIEWS_FIELD.test(line) && opensBar(s, at));
}
/** the line holding `at`, up to 300 characters each side */
function lineAt(s: string, at: number): string {
  const nl = s.indexOf('\n', at);
  return s.slice(Math.max(s.lastIndexOf('\n', at) + 1, at - 300), Math.min(nl < 0 ? s.length : nl, at + 300));
}
const INFO_BAR_FIELD = /索\s*引\s*号|发\s*布\s*机\s*构|公\s*开\s*方\s*式|主\s*题\s*分\s*类|发\s*文\s*机\s*关|所\s*属\s*机\s*构|公\s*开\s*范\s*围/;
const SOURCE_FIELD = /来\s*源\s*[:：]/;
const VIEWS_FIELD = /浏\s*览\s*(?:次\s*数|量)|点\s*击\s*(?:数|量|率)|阅\s*读\s*(?:次\s*数|量)/;

/** whether the line at `at` is the one right after the line holding `titleAt` (blank lines between aside) */
function lineRightAfter(s: string, titleAt: number, at: number): boolean {
  const titleEnd = s.indexOf('\n', titleAt);
  return titleEnd >= 0 && titleEnd < at && s.slice(titleEnd, s.lastIndexOf('\n', at - 1) + 1).trim() === '';
}

/** the first date labelled by `all` (as ownLabelledDate reads it) at a place `ok` accepts */
function labelledDateWhere(page: ReportDocument, all: RegExp, ok: (at: number) => boolean): { date: string; at: number } | null {
  for (let from = 0; ; ) {
    const d = ownLabelledDate(page, all, from);
    if (!d || ok(d.at)) return d;
    from = d.at + 1;
  }
}

/** the title as printed in the article, without a <title>'s site after it */
const printedTitle = (title: string): string => title.replace(/\s*(?:[_|｜]|\s[-—–]\s).*$/, '');

/** The signature (落款): a short block near the end holding only a date, or a date after the agency's name; its date and block. */
function findSignature(page: ReportDocument, title: string | null = null): { date: string; block: number } | null {
  // (under the article's title, or the report's first heading: on a short page the last 40 blocks reach the portal's
  // header, whose clock, 2024年3月5日 over 星期二, had been taken for the signature's date, with a false PUB-LATE: audit 134
  // M04–M16; the title's last line before the heading, so that a cover note's signature above 一、 counts, 136 M04, and a
  // sidebar's 一、 or headings numbered 1、 do not matter, M06, M07)
  const floor = Math.max(0, page.blocks.length - 40, (lastTitleBlock(page, title) ?? firstHeadingBlock(page)) + 1);
  for (let i = page.blocks.length - 1; i >= floor; i--) {
    const printed = page.blocks[i]!.text;
    if (printed.length > 60) continue;
    const t = asciiDigits(printed); // "２０２３年１月２０日"
    const d = dateAt(SIGNATURE_DATE, t) ?? (() => {
      const m = SIGNATURE_CN_DATE.exec(t);
      return m ? isoFromChinese(m[1]!, m[2]!, m[3]!) : null;
    })();
    if (d) return { date: d, block: i };
  }
  return null;
}

/** The last block printing the title before the report's first heading after it (among the first 40), or null. */
function lastTitleBlock(page: ReportDocument, title: string | null): number | null {
  if (!title) return null;
  const core = printedTitle(title).trim();
  if (core.length < 6) return null;
  const n = Math.min(page.blocks.length, 40);
  let last: number | null = null;
  // (up to the first heading after the title: a sidebar's 一、 above it is no heading of the report's, audit 136 M06)
  for (let i = 0; i < n; i++) {
    const text = page.blocks[i]!.text;
    if (text.includes(core)) last = i;
    else if (last !== null && FIRST_HEADING_BLOCK.test(text)) break;
  }
  return last;
}

/** The block of the report's first section heading (一、…), or -1. */
function firstHeadingBlock(page: ReportDocument): number {
  const n = Math.min(page.blocks.length, 80);
  for (let i = 0; i < n; i++) if (FIRST_HEADING_BLOCK.test(page.blocks[i]!.text)) return i;
  return -1;
}
// (一、, 一 with a space, 第一部分, （一）: audit 135 M03, M05, M12, M14)
const FIRST_HEADING_BLOCK = /^\s*(?:一\s*[、.．]|一[\s\u3000]+[\u4e00-\u9fff]|第\s*一\s*(?:部\s*分|章|节)|[（(]\s*一\s*[)）])/;

/**
 * The agency the signature names, for a page whose title names none: the name before the signature's
 * date, in its block or the one above it (某市某区市场监督管理局 / 2022年1月20日: reviewer 114 G01, no agency was read).
 */
export function signatureAgency(page: ReportDocument, title: string | null = null): string | null {
  const signed = findSignature(page, title);
  if (!signed) return null;
  const own = asciiDigits(page.blocks[signed.block]!.text).replace(TRAILING_DATE, '').trim();
  if (own) return isAgencyName(own) ? own : null;
  // the top one of two name lines (某局 / 某局办公室: reviewer 115 E03, the office had been taken)
  let name: string | null = null;
  for (let i = signed.block - 1; i >= Math.max(0, signed.block - 2); i--) {
    const line = page.blocks[i]!.text.trim();
    if (!isAgencyName(line)) break;
    name = line;
  }
  return name;
}
/** a line that is an agency's name, not a sentence ending in one (如有疑问请联系区政务服务中心: reviewer 115 S1–S3) */
const isAgencyName = (line: string): boolean => AGENCY_NAME.test(line) && !SENTENCE_WORDS.test(line);
// (words, not characters of names: 交通运输局, 公共资源交易中心, 自由贸易试验区 are names, reviewer 117 R2)
const SENTENCE_WORDS = /请|如有|联系|咨询|交由|交给|审核|负责|电话|地址|邮编|网址|统一|报送|本机关|我[局委办院]/;
const TRAILING_DATE = new RegExp(String.raw`(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|${CN_DATE_SOURCE})\s*$`);
/** a whole block that is an agency's name: hanzi (brackets allowed) ending as agencies' names do */
const AGENCY_NAME = /^[\u4e00-\u9fff（）()]{2,25}?(?:政府|办公室|办公厅|局|委员会|委|厅|院|署|中心|所|站|队|镇|乡|街道办事处|街道|管委会|处|部)$/;

/** Full-width digits as ASCII, nothing else changed (a title's other characters are shown as printed). */
function asciiDigits(s: string): string {
  return FULL_WIDTH_DIGIT.test(s) ? s.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : s;
}
const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;

/**
 * The report year a title names: the last year before its 信息公开 (`…2022年政务公开工作要点暨2021年度政府信息
 * 公开工作年度报告` is the 2021 report: reviewer 114 Y04 had 2022), else its first.
 */
export function yearFrom(title: string | null): number | null {
  if (!title) return null;
  const t = asciiDigits(title);
  const end = t.indexOf('信息公开');
  let m = YEAR_IN_TITLE.exec(t);
  if (!m) return null;
  if (end > m.index) {
    const all = new RegExp(YEAR_IN_TITLE.source, 'g');
    for (let n = all.exec(t); n && n.index < end; n = all.exec(t)) m = n;
  }
  return isDigitYear(m[1]!) ? Number(m[1]) : yearFromDigits(m[1]!);
}

/** a report year as printed in a title: 2019年, 2019 年度, 二〇一九年度 */
const TITLE_YEAR = /(?:(?:19|20)\d{2}|二[〇○零OＯo0][〇○零OＯo0一二三四五六七八九]{2})\s*年度?/g;

/** a work plan's or summary's name joined to the report's by 暨 (2022年政务公开工作要点暨) */
// (the year in digits or numerals: 二〇二二年政务公开工作要点暨, reviewer 115 U1)
// (暨, or 及, 和, 与: …2024年政务公开工作要点及2023年度…, reviewer 119 M33)
// (not a 工作总结及年度报告, which is the report itself: audit 124 A17)
const WORK_PLAN_AND = new RegExp(`${YEAR}\\s*年度?[^\\n暨及和与\\d]{0,12}?工作(?:(?:要点|计划|总结|安排)暨|(?:要点|计划|安排)(?:及|和|与))`);

/** a range's first year and dash (2020-2021年, 2020年至2021年): stripping only 2021年 left "某县人民政府2020-" */
const RANGE_START = /(?:19|20)\d{2}\s*(?:年度?)?\s*[-－—–~～至到]\s*(?=(?:19|20)\d{2})/g;

/** the words a re-issue is marked with: 更正, 修订, 勘误, 重新发布 … (store's pairing prefers such a title) */
const REISSUE_WORDS = '(?:更正|修订|修正|勘误|修改|重新发布|重新印发|重发)';
export const REISSUE = new RegExp(REISSUE_WORDS);
/** what a mark's brackets may hold besides its word: words, digits and a date's punctuation (（已更正，2024年2月1日）) */
const MARK_TEXT = '[\\u4e00-\\u9fff\\d\\s，,、：:.．/\\-—]';
/**
 * a bracketed mark anywhere: （更正）, 【更正公告】, （已更正） after the name ("某县司法局（已更正）"),
 * （根据审计意见已更正）; only words and digits inside, so no bracket of the name goes with it
 */
const BRACKETED_MARK = new RegExp(`[（(【\\[〔]\\s*${MARK_TEXT}{0,16}?${REISSUE_WORDS}${MARK_TEXT}{0,16}?[）)】\\]〕]`, 'g');
/** the same at the start with its opening bracket gone, as older parsers stored it: "更正）某局", "已更正）某局" */
const OPENED_MARK = new RegExp(`^${MARK_TEXT}{0,16}?${REISSUE_WORDS}${MARK_TEXT}{0,16}?[）)】\\]〕]\\s*`);
/** a mark after the name, set apart by a space or a comma: "某局 更正", "某局，修订版" ("法规修订处" stays) */
const TRAILING_MARK = new RegExp(`[\\s：:，,、]+(?:已|经)?${REISSUE_WORDS}(?:版|稿|说明|公告|声明)?$`);
// (and a <title>'s separators before the year: 平潭县教育局-2023年度…, 某片区_2023年度…: audit 123 H03, H04, H21)
const TRAILING_SEPARATORS = /[\s：:，,、"_|｜\-—–－]+$/;
/** brackets left empty once the year inside went ("某局（2023年度）" → "某局（）") */
const EMPTY_BRACKETS = /[（(【\[〔]\s*[）)】\]〕]/g;
/**
 * an unbracketed mark at the start, closed by a colon, comma or space, or by 版/稿/后/的 (更正：,
 * 更正版 , 更正后的, 第二次更正：, 更正说明：). Only these words around it: "法规修订处：" and
 * "修正区" are names, not marks.
 */
const WORDED_MARK = new RegExp(
  `^(?:已|经|再次|第[一二三四五六七八九十\\d]{1,2}次)?${REISSUE_WORDS}(?:版|稿|后的?|说明|公告|声明|通知)?(?:[：:，,、\\s]+|(?<=版|稿|后|的))`,
);
const NON_HANZI_START = /^[^\u4e00-\u9fff]+/;

/** closing brackets and quotes with the opening one each must follow */
const OPENER_OF: Record<string, string> = { '）': '（', ')': '(', '】': '【', ']': '[', '〕': '〔', '”': '“', '’': '‘', '》': '《', '〉': '〈', '」': '「', '』': '『' };
const OPENERS = new Set(Object.values(OPENER_OF));

/**
 * The text without brackets and quotes that pair with none ("某县人民政府”" once "“" went with the
 * text before it, "某县）人民政府" once "（" went with a mark): a name's own pairs are kept ("中国（上海）…").
 */
function withoutStrayBrackets(text: string): string {
  const open: number[] = [];
  const stray = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPENERS.has(c)) open.push(i);
    else if (c in OPENER_OF) {
      if (open.length > 0 && text[open[open.length - 1]!] === OPENER_OF[c]) open.pop();
      else stray.add(i);
    }
  }
  for (const i of open) stray.add(i);
  if (stray.size === 0) return text;
  return [...text].filter((_, i) => !stray.has(i)).join('');
}

/**
 * A bracketed mark gone, or only its mark when a name part comes before it, set apart by a comma
 * ("（市行政复议局，2024年3月修订）" → "（市行政复议局）": the name's own bracket, reviewer 68 #6).
 */
function withoutMark(bracketed: string): string {
  const inner = bracketed.slice(1, -1);
  const word = inner.search(REISSUE);
  const cut = Math.max(inner.lastIndexOf('，', word), inner.lastIndexOf(',', word), inner.lastIndexOf('、', word));
  const kept = cut > 0 ? inner.slice(0, cut).trim() : '';
  // a version (第二版, 修订稿) is part of the mark, not of the name
  return kept && !/\d|版|稿/.test(kept) && !REISSUE.test(kept) ? bracketed[0] + kept + bracketed[bracketed.length - 1] : '';
}

/**
 * The name part of a title (its years and its 信息公开 words already cut) as the agency's name:
 * without re-issue marks (a re-issue named "更正）某县人民政府" or "某县司法局（已更正）" was never
 * paired with its neighbours), without 关于印发《 of a notice issuing the report (detection's
 * ISSUED_REPORT), and without brackets and separators left unpaired at either end. Also applied
 * to a stored name to repair what an earlier parser kept (current-form's repairedAgencyName).
 */
export function cleanAgencyName(text: string): string {
  const leadingMark = (s: string) => s.replace(NON_HANZI_START, '').replace(OPENED_MARK, '').replace(WORDED_MARK, '').replace(NON_HANZI_START, '');
  let t = leadingMark(text.replace(BRACKETED_MARK, withoutMark).replace(EMPTY_BRACKETS, ''));
  t = t.replace(/^关于/, '').replace(/^(?:印发|转发)[《〈“"]?/, '');
  t = leadingMark(t); // a mark inside the notice's 《》
  return withoutStrayBrackets(t).replace(NON_HANZI_START, '').replace(TRAILING_SEPARATORS, '').replace(TRAILING_MARK, '');
}

export function agencyFromTitle(title: string | null): string | null {
  // (a title naming no report is a site's or page's name, 平潭县人民政府: no agency of a report's, reviewer 119 M53)
  if (!title || !/报告|年报/.test(title)) return null;
  // a notice issuing the report names it whole in 《》: its agency is the report's (X关于印发《X2023年度…报告》的通知
  // had given X关于印发X, reviewer 119 M55)
  const issued = ISSUED_REPORT.exec(title);
  if (issued && issued.index > 0) return agencyFromTitle(issued[1]!);
  // the year goes first, wherever it sits: stripping leading digits first left "年上海市…"
  // (a work plan's name before 暨 is no part of it: 某局2022年政务公开工作要点暨2021年度…, reviewer 114 Y04)
  // (a column's tag in brackets before it, 【年度报告】, is none of it either: M59; an agency's, 【某局】, is)
  let t = asciiDigits(title).replace(COLUMN_TAG, (tag, inner: string) => (isAgencyName(inner) ? inner : '')).replace(WORK_PLAN_AND, '').replace(RANGE_START, '').replace(TITLE_YEAR, '');
  // …政务公开工作年度报告 (a title detection accepts when the tables are printed) names no 信息公开
  t = cleanAgencyName(t.replace(/(?:关于)?(?:(?:政府|政务)?信息公开|政务公开(?:工作)?(?:年度)?(?:报告|年报)).*$/, ''));
  // "…区人民政府信息公开…": the 政府 cut above was the name's own (no agency ends in 人民)
  if (t.endsWith('人民')) t += '政府';
  return t.length >= 2 && t.length <= 40 ? t : null;
}

/** a report's title in 《》 inside a notice's (group 1) */
const ISSUED_REPORT = /《([^《》]{4,60}?(?:信息|政务)公开[^《》]{0,16}?(?:报告|年报))》/;
/** a bracketed tag opening a title: 【年度报告】, 【平潭县教育局】 (its words in group 1) */
const COLUMN_TAG = /^\s*【([^】]{1,12})】/;

/** The text without its report years. Every year ends in 年: most phrases before 信息公开 hold none, and skip the regex. */
function withoutYears(text: string): string {
  return text.includes('年') ? text.replace(TITLE_YEAR, '') : text;
}

/** The text without a final 政府/政务 (as replacing /(?:政府|政务)$/ does). */
function withoutTrailingGovernment(text: string): string {
  return text.endsWith('政府') || text.endsWith('政务') ? text.slice(0, -2) : text;
}

/**
 * Whether the phrase before `at` can end with the name's last character once its years and a
 * final 政府/政务 are cut. A year ends in 年 or 度, so any other character stays in place; after a
 * final 政府/政务 the character before it comes last. Most places where 信息公开 occurs are ruled
 * out here, without slicing the phrase and running its regexes.
 */
function mayEndLike(name: string, head: string, at: number): boolean {
  let last = at - 1;
  if (head[last - 1] === '政' && (head[last] === '府' || head[last] === '务')) last -= 2;
  const c = head[last];
  return c === name[name.length - 1] || c === '年' || c === '度';
}

/**
 * The title may shorten the name the preamble prints in full ("平潭市场监督管理局" in the title,
 * "现公布2016年平潭综合实验区市场监督管理局政府信息公开工作年度报告" below it). Looks for a phrase
 * before 信息公开 in the page head that ends like the title's name (≥3 shared final characters) and
 * starts with the name's remaining prefix; returns that longer form, else the title's name.
 */
export function fullerAgencyName(name: string | null, stream: string): string | null {
  if (!name || name.length < 4) return name;
  const head = stream.slice(0, 3000);
  let from = 0;
  for (let at = head.indexOf('信息公开', from); at >= 0 && from < head.length; at = head.indexOf('信息公开', from)) {
    from = at + 4;
    if (!mayEndLike(name, head, at)) continue;
    const before = withoutTrailingGovernment(withoutYears(head.slice(Math.max(0, at - 40), at)));
    let shared = 0;
    while (shared < name.length && shared < before.length && name[name.length - 1 - shared] === before[before.length - 1 - shared]) shared++;
    if (shared < 3 || shared === name.length) continue;
    const prefix = name.slice(0, name.length - shared);
    const start = before.lastIndexOf(prefix, before.length - shared - 1);
    if (start < 0) continue;
    const candidate = before.slice(start);
    if (candidate.length > name.length && candidate.length <= 30 && /^[\u4e00-\u9fff]+$/.test(candidate)) return candidate;
  }
  return name;
}

/**
 * URL path sections that say what kind of body publishes there, for pages whose name is missing
 * or says nothing: qzfgzbm = 区政府工作部门, szfgzbm/xzfgzbm likewise, *bm = 部门 (Pingtan's
 * ptzhsyqbm), *pq = 片区, xzjd = 乡镇街道.
 */
export function agencyKindFromUrl(url: string | null): AgencyKind {
  if (!url) return 'unknown';
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return 'unknown';
  }
  const parts = path.split('/');
  if (parts.some((p) => /^(?:[a-z]*zfgzbm|[a-z]{2,}bm|bmxxgk|bmgk)$/.test(p))) return 'department';
  if (parts.some((p) => /^(?:xzjd|[a-z]{2,}pq|jdxxgk|xzxxgk)$/.test(p))) return 'township';
  return 'unknown';
}

export function agencyKind(name: string | null, url: string | null = null): AgencyKind {
  if (!name) return agencyKindFromUrl(url);
  if (/(?:镇|乡|街道|街道办事处|片区管理局|片区管委会)(?:人民政府)?$/.test(name)) return 'township';
  // a zone's 管理委员会 is its government, as its 管委会 is (a city's 城市管理委员会 is a department)
  const zoneCommittee = /(?:开发区|高新区|新区|园区|实验区|试验区|保税区|合作区|示范区)管理委员会$/.test(name);
  if (/(?:局|委|委员会|办|办公室|办公厅|厅|中心|院|所|站|队|处|署|会)$/.test(name) && !/管委会$/.test(name) && !zoneCommittee) return 'department';
  if (/(?:人民政府|管委会|市|县|区|州|盟|旗|省)$/.test(name) || /实验区/.test(name) || zoneCommittee) return 'government';
  return agencyKindFromUrl(url);
}

/**
 * 国办(公开办)函〔year〕n号 (in group 1, 2) or 国务院令第n号 (group 3), in one pass: neither holds a 国
 * after its first character, so no match of one starts inside a match of the other, and one scan
 * visits every match of both.
 */
const BASIS = /国办(?:公开办)?函\s*[〔[(（]\s*(\d{4})\s*[〕\])）]\s*(\d+)\s*号|国务院令第\s*(\d+)\s*号/g;

export function basisCited(stream: string): string[] {
  const letters: string[] = [];
  const decrees: string[] = [];
  const head = stream.slice(0, 20000);
  BASIS.lastIndex = 0;
  for (let m = BASIS.exec(head); m; m = BASIS.exec(head)) {
    if (m[3] === undefined) letters.push(`国办公开办函〔${m[1]}〕${m[2]}号`);
    else decrees.push(`国务院令第${m[3]}号`);
  }
  // the letters first, as listed before
  return [...new Set([...letters, ...decrees])];
}
