// DOM → document-order list of text blocks and leaf tables, using only childNodes,
// textContent and getAttribute so it behaves the same in the page and under linkedom.

// rt/rp: a ruby gloss (<ruby>報<rt>bào</rt></ruby>) is read above its character, not in the text;
// del/s/strike: struck out, what the page says is no longer so (`<del>520</del>524` read 520524)
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'select', 'button', 'textarea', 'rt', 'rp', 'del', 's', 'strike']);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer',
  'main', 'aside', 'nav', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'center', 'form', 'fieldset', 'figure',
  'figcaption', 'address', 'body', 'html', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'hr',
]);

export type WalkItem = { kind: 'block'; el: Element; raw: string } | WalkTable;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SPACE_RUN = /[ \t\r\n\f]+/g;
/** same whitespace set as String.prototype.trim (NBSP and U+3000 included) */
const NONBLANK = /\S/;
/** Inline styles that take an element out of the layout, in any case (old Word and FrontPage exports write DISPLAY:NONE). */
const REMOVED_STYLE = /display\s*:\s*none/i;
/** Struck-out text: what the page says is no longer so, descendants included (text decoration carries down). */
const STRUCK_STYLE = /text-decoration(?:-line)?\s*:[^;]*line-through/i;
/**
 * Inline styles that hide an element's own text: visibility:hidden, a font size of 0. Only on an
 * element without element children: on a wrapper they are undone below it (the inline-block
 * spacing trick sets font-size:0 on the parent; a child may set visibility:visible), and a
 * visible table under such a wrapper was dropped (helper-46's review).
 */
const UNSEEN_STYLE = /visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])/i;

/** hidden="" or an inline style that hides or strikes out (most elements have no style at all) */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style === null || style.length < 8) return false;
  return REMOVED_STYLE.test(style) || STRUCK_STYLE.test(style) || (el.firstElementChild === null && UNSEEN_STYLE.test(style));
}

/** A table cell whose own inline style hides its text (visibility:hidden, font size 0): it keeps its slot, blank. */
export function cellOutOfSight(el: Element): boolean {
  if (isHidden(el)) return true;
  const style = el.getAttribute('style');
  // as on any wrapper, undone by a child that sets its own (the cell's <p style="font-size:14px">)
  return style !== null && style.length >= 8 && UNSEEN_STYLE.test(style) && el.querySelector('[style]') === null;
}

/**
 * A row, row group or cell that takes no place in its table: the hidden attribute, display:none,
 * or (rows) visibility:collapse. A cell hidden otherwise (visibility:hidden, struck out) keeps its
 * slot, its text out of sight: removing it moved every later cell one column left.
 */
export function removedFromTable(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && style.length >= 8 && (REMOVED_STYLE.test(style) || /visibility\s*:\s*collapse/i.test(style));
}

const CAPTION_BELOW = /caption-side\s*:\s*bottom/i;
const RAISED = /vertical-align\s*:\s*(?:super|sub)/i;
/**
 * A footnote or index mark: <sup>, <sub>, text raised by an inline style (Word and web editors
 * paste `<span style="vertical-align:super">`), Word's footnote reference. Its text is kept apart
 * from the number beside it ("821<sup>1</sup>" is not 8211).
 */
export function isMark(el: Element, tag: string): boolean {
  if (tag === 'sup' || tag === 'sub') return true;
  if (tag === 'a') return (el.getAttribute('href') ?? '').startsWith('#_ftn');
  const style = el.getAttribute('style');
  if (style !== null && RAISED.test(style)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && cls.includes('FootnoteReference');
}

const WORD_END = /[\u3400-\u9fff\uf900-\ufaffA-Za-z）)》」』]\s*$/;
/**
 * A mark right after a word is a label's footnote (`（一）予以公开<sup>1</sup>`): left out, or it
 * became the row's first value. `parts`: the text so far, in pieces (only its end is looked at).
 */
export function marksAWord(parts: readonly string[]): boolean {
  let tail = '';
  for (let i = parts.length - 1; i >= 0 && tail.length < 8; i--) tail = parts[i]! + tail;
  return WORD_END.test(tail.slice(-8));
}

type Checkable = Element & { checkVisibility?: (o?: { visibilityProperty?: boolean; opacityProperty?: boolean }) => boolean };

/**
 * Not rendered by the page's own CSS: display:none from a stylesheet class (the mobile copy of a
 * responsive portal's report), visibility:hidden, opacity:0, and tables squeezed to a pixel (a
 * screen-reader-only copy). Only where the browser computes styles (checkVisibility; linkedom has
 * none): a hidden copy with other numbers was read, and outlined, instead of the visible report.
 * Asked of elements with attributes (a stylesheet reaches a copy, or a digit hidden against
 * scraping, through its class, id or style; most of a page has none, which halves the cost on a
 * large page) and of every table (a copy hidden by a rule such as `.wap > div` is caught by its
 * tables). An element hidden by a rule naming neither it nor an attribute of it is still read.
 */
export function notRendered(el: Element, inline = false): boolean {
  const check = (el as Checkable).checkVisibility;
  if (check === undefined) return false;
  const table = el.localName === 'table';
  if (inline) {
    // inline markup is asked only when it could be a digit hidden against scraping: a classed leaf
    // of a few characters (Word and Excel exports class every cell and span: asking them all
    // doubled the cost of reading such a page); an inline style is read by isHidden
    if (!el.hasAttribute('class') || el.firstElementChild !== null || (el.textContent ?? '').length > 4) return false;
    if (!check.call(el, { visibilityProperty: true, opacityProperty: true })) return true;
    // shown, but unreadable: a zero font size or a transparent colour from the class (helper-46)
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    return style !== undefined && (style.fontSize === '0px' || style.color === 'transparent' || style.color === 'rgba(0, 0, 0, 0)');
  }
  if (!(table || el.hasAttributes())) return false;
  if (check.call(el, { visibilityProperty: true, opacityProperty: true })) return (table || el.localName === 'div') && squeezed(el, table);
  // display:contents has no box of its own, so checkVisibility says false; its children are shown
  return el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents';
}

/**
 * Rendered, but in a box of a pixel that clips its content: a screen-reader-only copy (`.sr-only`:
 * 1×1, overflow hidden, clip). A table squeezed to a line is hidden whatever clips it. A tiny box
 * whose content overflows visibly (an empty float wrapper) is shown.
 */
function squeezed(el: Element, table: boolean): boolean {
  const box = el.getBoundingClientRect();
  if (table) return box.width <= 1 || box.height <= 1;
  if (box.width > 1 || box.height > 1) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style !== undefined && (style.overflow !== 'visible' || style.clip !== 'auto');
}

/**
 * Under an element the page hides but that is read anyway (its only copy of the report, see
 * extract/index.ts): every descendant "is not rendered" there, so only an element's own
 * display:none (not inherited, so computed even in a hidden subtree) says it is hidden.
 */
function ownDisplayNone(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const view = el.ownerDocument.defaultView;
  return typeof view?.getComputedStyle === 'function' && (el as Checkable).checkVisibility !== undefined && view.getComputedStyle(el).display === 'none';
}

/**
 * How hidden content is judged: `shown` in the page as rendered, `readHidden` under an element the
 * page hides that is read anyway, `attributes` where only markup counts (hidden, inline display:none).
 */
export type HidingMode = 'shown' | 'readHidden' | 'attributes';

/** How content under `el` is judged: `readHidden` when the page hides `el` itself (then it was read as its only copy). */
export function hidingModeAt(el: Element): HidingMode {
  const check = (el as Checkable).checkVisibility;
  if (check === undefined) return 'attributes';
  return check.call(el, { visibilityProperty: true, opacityProperty: true }) ? 'shown' : 'readHidden';
}

/** Hidden from a reader, by markup or (in the browser) by the page's CSS, as `mode` judges it. */
export function hiddenFromReader(el: Element, mode: HidingMode, inline = false): boolean {
  if (isHidden(el)) return true;
  if (mode === 'shown') return notRendered(el, inline);
  return mode === 'readHidden' && ownDisplayNone(el);
}

/**
 * A table of data, not page layout: no table inside, or only tables of one or two cells that wrap
 * a cell's text (`<td><table><tr><td>821</td></tr></table></td>`). Read as layout, such a report
 * table fell apart into one line per cell, blank cells vanished and its numbers were re-split.
 */
function isLeafTable(table: Element): boolean {
  const inner = table.getElementsByTagName('table');
  for (let i = 0; i < inner.length; i++) {
    const t = inner[i]!;
    if (t.getElementsByTagName('td').length + t.getElementsByTagName('th').length > 2) return false;
  }
  return true;
}

/** A table, and whether it lies under hidden content read anyway (its cells judged accordingly). */
export type WalkTable = { kind: 'table'; el: Element; readHidden: boolean };

// Speed (content script runs this on every report page): one pass over the nodes with
// firstChild/nextSibling (no childNodes arrays), text collected in an array and joined once per block.
/**
 * `hidden`: when given, what the page hides (by markup, by its CSS, or a closed <details>) is left
 * out and its outermost elements are listed there; `read` of them are read all the same (their
 * own hidden descendants still left out). Without `hidden`, only markup hiding counts.
 */
export function walkDocument(root: Element, hidden?: Element[], read?: ReadonlySet<Element>): WalkItem[] {
  const items: WalkItem[] = [];
  const owners: Element[] = [root];
  let buf: string[] = [];
  let bufHasText = false;
  let bufOwner: Element = root;
  const flush = (): void => {
    if (bufHasText) {
      const joined = buf.length === 1 ? buf[0]! : buf.join('');
      items.push({ kind: 'block', el: bufOwner, raw: joined.replace(SPACE_RUN, ' ').trim() });
    }
    if (buf.length) buf = [];
    bufHasText = false;
  };
  const pushSpace = (): void => {
    if (buf.length === 0) bufOwner = owners[owners.length - 1]!;
    buf.push(' ');
  };
  const visit = (node: Node, mode: HidingMode): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data === '') return;
      if (buf.length === 0) bufOwner = owners[owners.length - 1]!;
      buf.push(data);
      if (!bufHasText && NONBLANK.test(data)) bufHasText = true;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName ?? el.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (read?.has(el)) mode = 'readHidden';
    else if (el !== root && hiddenFromReader(el, mode, !BLOCK.has(tag))) {
      if (hidden && mode === 'shown') hidden.push(el);
      return;
    }
    if (tag === 'br') {
      flush();
      return;
    }
    // a table holding other tables is page layout: read its cells as ordinary blocks
    if (tag === 'table' && isLeafTable(el)) {
      flush();
      // its <caption>, shown above it (政府信息公开情况统计表 金额单位：元), is a line of its own: the
      // grid reads rows only, and the caption's unit was lost (reviewer 90 E3)
      // (below it when it says so: caption-side:bottom, align="bottom")
      let below: Element | null = null;
      for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
        if (child.localName !== 'caption') continue;
        if (CAPTION_BELOW.test(child.getAttribute('style') ?? '') || child.getAttribute('align')?.toLowerCase() === 'bottom') below = child;
        else visit(child, mode);
      }
      items.push({ kind: 'table', el, readHidden: mode === 'readHidden' });
      if (below) visit(below, mode);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      owners.push(el);
    }
    // a footnote or index mark is not part of the number beside it: "60<sub>2</sub>" read 602;
    // after a word it is the word's footnote, and no number of the row
    const apart = isMark(el, tag);
    if (apart && marksAWord(buf)) {
      pushSpace();
      return;
    }
    if (apart) pushSpace();
    // a closed <details> shows its <summary> only (no attribute or style says so)
    const closed = tag === 'details' && mode === 'shown' && !el.hasAttribute('open');
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (closed && !(child.nodeType === ELEMENT_NODE && ((child as Element).localName === 'summary' || read?.has(child as Element)))) {
        if (child.nodeType === ELEMENT_NODE) hidden?.push(child as Element);
        continue;
      }
      visit(child, mode);
    }
    if (apart) pushSpace();
    if (block) {
      flush();
      owners.pop();
    }
  };
  visit(root, hidden ? 'shown' : 'attributes');
  flush();
  return items;
}
