// DOM → document-order list of text blocks and leaf tables, using only childNodes,
// textContent and getAttribute so it behaves the same in the page and under linkedom.

// rt/rp: a ruby gloss (<ruby>報<rt>bào</rt></ruby>) is read above its character, not in the text
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'select', 'button', 'textarea', 'rt', 'rp']);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer',
  'main', 'aside', 'nav', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'center', 'form', 'fieldset', 'figure',
  'figcaption', 'address', 'body', 'html', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'hr',
]);

export type WalkItem = { kind: 'block'; el: Element; raw: string } | { kind: 'table'; el: Element };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SPACE_RUN = /[ \t\r\n\f]+/g;
/** same whitespace set as String.prototype.trim (NBSP and U+3000 included) */
const NONBLANK = /\S/;
const DISPLAY_NONE = /display\s*:\s*none/i;

/** hidden="" or an inline display:none (indexOf first: most elements have no style at all) */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && style.indexOf('none') >= 0 && DISPLAY_NONE.test(style);
}

type Checkable = Element & { checkVisibility?: (o?: { visibilityProperty?: boolean }) => boolean };

/**
 * Not rendered by the page's own CSS: display:none from a stylesheet class (the mobile copy of a
 * responsive portal's report), or visibility:hidden. Only where the browser computes styles
 * (checkVisibility; linkedom has none): a hidden copy with other numbers was read, and outlined,
 * instead of the visible report. Asked of blocks and tables only, the elements such copies are;
 * an element hidden by a rule naming neither its class nor its id is still read.
 */
function notRendered(el: Element): boolean {
  const check = (el as Checkable).checkVisibility;
  // a stylesheet reaches such a copy through an attribute (class, id, data-device=…): elements
  // with none (most of a page) are not asked, which halves the cost on a large page. Tables are
  // always asked: a copy hidden by a rule such as `.wap > div` is caught by its tables.
  if (check === undefined || !(el.hasAttributes() || el.localName === 'table') || check.call(el, { visibilityProperty: true })) return false;
  // display:contents has no box of its own, so checkVisibility says false; its children are shown
  return el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents';
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

// Speed (content script runs this on every report page): one pass over the nodes with
// firstChild/nextSibling (no childNodes arrays), text collected in an array and joined once per block.
/**
 * `hidden`: when given, blocks and tables the page's CSS does not render are left out and listed
 * there (see notRendered); without it, everything is read.
 */
export function walkDocument(root: Element, hidden?: Element[]): WalkItem[] {
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
  const visit = (node: Node): void => {
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
    if (isHidden(el)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (hidden && block && tag !== 'body' && tag !== 'html' && notRendered(el)) {
      hidden.push(el);
      return;
    }
    // a table holding other tables is page layout: read its cells as ordinary blocks
    if (tag === 'table' && isLeafTable(el)) {
      flush();
      items.push({ kind: 'table', el });
      return;
    }
    if (block) {
      flush();
      owners.push(el);
    }
    // a footnote or index mark is not part of the number beside it: "60<sub>2</sub>" read 602
    const apart = tag === 'sup' || tag === 'sub';
    if (apart) pushSpace();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (apart) pushSpace();
    if (block) {
      flush();
      owners.pop();
    }
  };
  visit(root);
  flush();
  return items;
}
