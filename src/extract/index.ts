// DOM → ReportDocument: text blocks and table grids in document order, script-normalised,
// plus one searchable text stream over all of them whose offsets map back to CellRefs.
import type { CellRef, TextTransform } from '../model/record';
import { hasFullWidthDigits, toHalfWidth } from '../text/normalize';
import { hasPinyinGlosses, loadConverter, needsConversion, stripPinyin, type Converter } from '../text/traditional';
import { buildGrid, columnsCovered, labelHalves, layoutCells, reachingDown } from './grid';
import { walkDocument, type WalkItem, type WalkTable } from './walk';

export interface TextBlock {
  index: number;
  el: Element;
  /** textContent as on the page (whitespace squashed) */
  raw: string;
  /** after pinyin stripping and script conversion; CellRef offsets index this */
  text: string;
}

export interface TableCell {
  el: Element;
  raw: string;
  text: string;
  row: number;
  col: number;
}

export interface PageTable {
  index: number;
  el: Element;
  /** cells per <tr>, DOM order, grid coordinates */
  rows: TableCell[][];
}

type SpanTarget = { kind: 'block'; block: number } | { kind: 'cell'; table: number; row: number; col: number };

export interface StreamSpan {
  start: number;
  end: number;
  target: SpanTarget;
}

export interface ReportDocument {
  url: string | null;
  title: string | null;
  h1: string | null;
  blocks: TextBlock[];
  tables: PageTable[];
  /**
   * Every block (one line each) and every table row (cells joined by " | ") in document order,
   * half-width (full-width digits/parentheses → ASCII) so patterns stay simple. Same length as `display`.
   */
  stream: string;
  /** the stream as printed after script conversion (for CellValue.raw) */
  display: string;
  spans: StreamSpan[];
  transforms: TextTransform[];
  /** CellRef for a stretch of the stream (the cell, or the block with offsets) */
  refAt(start: number, end: number): CellRef | null;
  /** element holding the ref'd value: the table cell, or the text block's element */
  resolveRef(ref: CellRef): Element | null;
  /**
   * How many of its table's columns the cell a row reader finds at stream position `at` stands for when it spans
   * several (grid.ts columnsCovered: a merged 0 over the 行政诉讼 columns); 1 for anything else.
   */
  spanAt(at: number): number;
}

function textRoot(document: Document): Element | null {
  return document.body ?? document.documentElement;
}

/**
 * Words the character converter leaves in their Taiwan spelling: 覆議 and 答覆 (for 复议, 答复) come
 * out as 覆议 and 答覆; a Taiwan-phrasing converter also prints 資訊 for 信息, 規範性檔案 for
 * 规范性文件 and 釋出日期 for 发布日期 (档案 and 释出 alone are words of their own: only in those
 * phrases; likewise 专案 and 资料 only before a label's next word). No label matched them (table 4 and section 四, or tables 2 and 3 with sections 二 and
 * 三, or the publication date, were lost). Same length, so offsets into the text still hold.
 */
function fromTaiwanWords(text: string): string {
  if (text.indexOf('覆') >= 0) text = text.replace(/覆议/g, '复议').replace(/答覆/g, '答复');
  if (text.indexOf('资讯') >= 0) text = text.replace(/资讯/g, '信息');
  if (text.indexOf('释出') >= 0) text = text.replace(/释出(?=日期|时间|机构|会|数)/g, '发布');
  if (text.indexOf('网路') >= 0) text = text.replace(/网路/g, '网络');
  if (text.indexOf('线上访谈') >= 0) text = text.replace(/线上访谈/g, '在线访谈');
  if (text.indexOf('档案') >= 0) text = text.replace(/规范性档案/g, '规范性文件').replace(/档案数/g, '文件数');
  // the 统计表's and table 2's labels in Taiwan words (helper-38's review): 其他型别答复数,
  // 上一年专案数量, 本列资料的勾稽关系, 政府入口网站, 新闻释出会, 网路申请数, 线上访谈
  // (none of them a mainland word where they are replaced)
  if (text.indexOf('型别') >= 0) text = text.replace(/型别/g, '类型');
  if (text.indexOf('专案') >= 0) text = text.replace(/专案(?=数量|数)/g, '项目');
  if (text.indexOf('资料') >= 0) text = text.replace(/(?<=本列|所列)资料/g, '数据');
  return text.indexOf('入口网站') < 0 ? text : text.replace(/入口网站/g, '门户网站');
}

/** Words of the report's tables and headings, Simplified and Traditional. */
const REPORT_WORDS = [
  '本年新收', '主动公开', '主動公開', '行政复议', '行政復議', '行政诉讼', '行政訴訟', '统计表', '統計表', '结转下年度', '結轉下年度',
  '收到和处理', '收到和處理', '第二十条', '第二十條',
];
/** Words of the tables themselves: hidden content printing one that a shown table prints is another copy of the tables. */
const TABLE_WORDS = ['本年新收', '结转下年度', '結轉下年度', '统计表', '統計表'];

/** Text as compared for copies: no spaces, digits or number punctuation (a copy may print other numbers). */
const NOT_COMPARED = /[\s\d.,，。、|｜%％]+/g;
const PROBE = 12;

/**
 * Whether hidden text copies what the page shows: its words (numbers aside) are printed there. A
 * short text must be there whole; a longer one is probed at three places, two of which must be.
 */
function copies(hiddenText: string, shown: string): boolean {
  const t = hiddenText.replace(NOT_COMPARED, '');
  if (t.length <= 2 * PROBE) return shown.includes(t);
  let found = 0;
  for (const at of [0.25, 0.5, 0.75]) {
    const i = Math.floor(t.length * at);
    if (shown.includes(t.slice(i, i + PROBE))) found++;
  }
  return found >= 2;
}

/**
 * Which of the hidden elements to read all the same: those that print a report word and do not copy
 * what the page shows. So a report's only copy is read (a closed tab, a collapsed panel, a loader
 * that shows the page later, a page faded in by its script, sections an animate-on-scroll script
 * hides until scrolled to), while the mobile copy of a responsive portal, with other numbers, is
 * not. Element by element: a hidden "附件：统计表.xls" line had made the whole page be read, mobile
 * copy first; and copies are told by their words, not by one table word (a narrative quoting a
 * table's label made a closed tab's only copy count as one; helper-46's review).
 */
function hiddenToRead(items: WalkItem[], hidden: Element[]): Set<Element> {
  const read = new Set<Element>();
  const texts = hidden.map((el) => el.textContent ?? '');
  const candidates = hidden.map((_, i) => i).filter((i) => REPORT_WORDS.some((w) => texts[i]!.includes(w)));
  if (!candidates.length) return read;
  // the shown text, and within it the tables': a hidden element printing their words holds other
  // tables (another year's report in a closed tab was read ahead of the one shown; helper-49's
  // review). Words in the shown text alone do not count (a narrative quoting a label is no table)
  const itemTexts = items.map((item) => (item.kind === 'block' ? item.raw : (item.el.textContent ?? '')));
  const shown = itemTexts.join('').replace(NOT_COMPARED, '');
  const shownTables = itemTexts.filter((_, i) => items[i]!.kind === 'table').join('');
  const otherTables = (t: string) => TABLE_WORDS.some((w) => t.includes(w) && shownTables.includes(w));
  for (const i of candidates) if (!otherTables(texts[i]!) && !copies(texts[i]!, shown)) read.add(hidden[i]!);
  return read;
}

/** How much page text decides whether the page is Traditional (blocks; table cells come with their table). */
const SAMPLE_CHARS = 60_000;

/** The text of the items from `start` until SAMPLE_CHARS of blocks, and where it stopped. */
function sampleOf(items: WalkItem[], start: number, gridOf: (t: WalkTable) => { rows: Array<Array<{ text: string }>> }): { text: string; end: number } {
  const parts: string[] = [];
  let length = 0;
  let i = start;
  for (; i < items.length && length <= SAMPLE_CHARS; i++) {
    const item = items[i]!;
    if (item.kind === 'block') {
      parts.push(item.raw);
      length += item.raw.length;
    } else for (const row of gridOf(item).rows) for (const c of row) parts.push(c.text);
  }
  return { text: parts.join('\n'), end: i };
}

/** Traditional forms of the report's words (REPORT_WORDS) */
const TRADITIONAL_REPORT_WORDS = ['主動公開', '行政復議', '統計表', '結轉下年度', '收到和處理'];

/** The first item from `from` on that prints a Traditional report word, or -1. */
function firstTraditionalReportWord(items: WalkItem[], from: number): number {
  for (let i = from; i < items.length; i++) {
    const item = items[i]!;
    const text = item.kind === 'block' ? item.raw : (item.el.textContent ?? '');
    if (TRADITIONAL_REPORT_WORDS.some((w) => text.includes(w))) return i;
  }
  return -1;
}

/** Extracts the page. Async because opencc is imported only for Traditional-script pages. */
export async function extractDocument(document: Document, url?: string): Promise<ReportDocument> {
  const root = textRoot(document);
  const hidden: Element[] = [];
  let items = root ? walkDocument(root, hidden) : [];
  // what the page hides is left out when it is a copy of what it shows (a responsive portal's mobile
  // copy with other numbers was read); read when it is the only copy (hiddenToRead)
  const read = root && hidden.length ? hiddenToRead(items, hidden) : null;
  if (root && read?.size) items = walkDocument(root, [], read);
  const transforms: TextTransform[] = [];

  // decide script handling on a sample of the page text
  const grids = new Map<Element, ReturnType<typeof buildGrid>>();
  const gridOf = (item: WalkTable) => {
    let grid = grids.get(item.el);
    if (!grid) grids.set(item.el, (grid = buildGrid(item.el, item.readHidden ? 'readHidden' : 'shown')));
    return grid;
  };
  const titleText = (document.title ?? '').trim();
  const first = sampleOf(items, 0, gridOf);
  let sample = titleText + '\n' + first.text;
  let traditional = needsConversion(sample);
  // a Traditional report after long Simplified page furniture (a portal's menus, news and links):
  // sampled again from its first Traditional report word
  const later = traditional || first.end >= items.length ? -1 : firstTraditionalReportWord(items, first.end);
  if (later >= 0) {
    const more = sampleOf(items, later, gridOf).text;
    traditional = needsConversion(more);
    sample += '\n' + more;
  }
  const pinyin = hasPinyinGlosses(sample);
  let convert: Converter | null = null;
  if (traditional) convert = await loadConverter();
  if (hasFullWidthDigits(sample)) transforms.push('fullWidthDigits');
  let pinyinCount = 0;
  const norm = (s: string): string => {
    let t = s;
    if (pinyin) {
      const r = stripPinyin(t);
      pinyinCount += r.count;
      t = r.text;
    }
    if (convert) t = fromTaiwanWords(convert(t));
    return t;
  };

  const blocks: TextBlock[] = [];
  const tables: PageTable[] = [];
  const covers: Map<string, Element>[] = [];
  // stream position → the columns a cell merged across several stands for (spanAt)
  const merged = new Map<number, number>();
  const spans: StreamSpan[] = [];
  const displayParts: string[] = [];
  let pos = 0;
  const push = (s: string, target?: SpanTarget): void => {
    if (target) spans.push({ start: pos, end: pos + s.length, target });
    displayParts.push(s);
    pos += s.length;
  };

  for (const item of items) {
    if (item.kind === 'block') {
      const text = norm(item.raw);
      const index = blocks.length;
      blocks.push({ index, el: item.el, raw: item.raw, text });
      push(text, { kind: 'block', block: index });
      push('\n');
      continue;
    }
    const grid = gridOf(item);
    const index = tables.length;
    const spanOf = new Map<TableCell, number>();
    const down = reachingDown(grid);
    const coveredBy = columnsCovered(grid, down);
    const rows: TableCell[][] = grid.rows.map((row) =>
      row.map((c) => {
        const cell = { el: c.el, raw: c.text, text: norm(c.text).replace(/\|/g, '｜'), row: c.row, col: c.col };
        if (c.colSpan > 1) {
          const covered = coveredBy(c);
          if (covered > 1) spanOf.set(cell, covered);
        }
        return cell;
      }),
    );
    tables.push({ index, el: item.el, rows });
    covers.push(grid.cover);
    // cells left out of the stream: Word's layout cells and the empty halves of split row labels
    const layout = layoutCells(grid.rows);
    const halves = labelHalves(grid);
    const cellOf = down.size > 0 ? new Map(rows.flat().map((c) => [c.el, c])) : null;
    for (const [r, row] of rows.entries()) {
      if (row.length === 0) continue;
      // (cells of earlier rows reaching down into this one, each in its column: reachingDown)
      const from = down.get(r)?.map((c) => cellOf!.get(c.el)!) ?? [];
      const ordered = from.length ? [...row, ...from].sort((a, b) => a.col - b.col) : row;
      for (const cell of ordered) {
        if (layout.has(cell.el) || halves.has(cell.el)) continue;
        const span = spanOf.get(cell);
        // (keyed where its text starts after spaces, as a row reader finds it between the bars; an empty cell where the
        // reader puts it, past the space after it: a blank merged over two columns is two blanks, audit 127 H17)
        if (span !== undefined) merged.set(cell.text.trim() === '' ? pos + cell.text.length + 1 : pos + cell.text.length - cell.text.trimStart().length, span);
        push(cell.text, { kind: 'cell', table: index, row: cell.row, col: cell.col });
        push(' | ');
      }
      push('\n');
    }
    push('\n');
  }
  const display = displayParts.join('');
  const stream = toHalfWidth(display);
  if (convert) transforms.push('traditionalToSimplified');
  if (pinyinCount > 0) transforms.push('pinyinStripped');

  const h1El = root?.querySelector('h1') ?? null;
  const h1 = h1El ? norm((h1El.textContent ?? '').replace(/\s+/g, ' ').trim()) || null : null;

  const refAt = (start: number, end: number): CellRef | null => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid]!;
      if (s.end <= start) lo = mid + 1;
      else if (s.start > start) hi = mid - 1;
      else {
        if (s.target.kind === 'cell') return { source: 'table', table: s.target.table, row: s.target.row, col: s.target.col };
        return { source: 'text', block: s.target.block, start: start - s.start, end: Math.min(end, s.end) - s.start };
      }
    }
    return null;
  };

  const resolveRef = (ref: CellRef): Element | null => {
    if (ref.source === 'text') return blocks[ref.block]?.el ?? null;
    return covers[ref.table]?.get(`${ref.row}:${ref.col}`) ?? null;
  };

  return {
    url: url ?? null,
    title: titleText ? norm(titleText) : null,
    h1,
    blocks,
    tables,
    stream,
    display,
    spans,
    transforms,
    refAt,
    resolveRef,
    spanAt: (at: number): number => merged.get(at) ?? 1,
  };
}
