// DOM → document-order list of text blocks and leaf tables, using only childNodes,
// textContent and getAttribute so it behaves the same in the page and under linkedom.

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'select', 'button', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer',
  'main', 'aside', 'nav', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'center', 'form', 'fieldset', 'figure',
  'figcaption', 'address', 'body', 'html', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'hr',
]);

export type WalkItem = { kind: 'block'; el: Element; raw: string } | { kind: 'table'; el: Element };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function walkDocument(root: Element): WalkItem[] {
  const items: WalkItem[] = [];
  const owners: Element[] = [root];
  let buf = '';
  let bufOwner: Element = root;
  const flush = (): void => {
    if (buf.trim() !== '') items.push({ kind: 'block', el: bufOwner, raw: buf.replace(/[ \t\r\n\f]+/g, ' ').trim() });
    buf = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      if (buf === '') bufOwner = owners[owners.length - 1]!;
      buf += (node as Text).data;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (el.getAttribute('hidden') !== null || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return;
    if (tag === 'br') {
      flush();
      return;
    }
    // a table holding other tables is page layout: read its cells as ordinary blocks
    if (tag === 'table' && !el.querySelector('table')) {
      flush();
      items.push({ kind: 'table', el });
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      owners.push(el);
    }
    for (const child of Array.from(el.childNodes)) visit(child);
    if (block) {
      flush();
      owners.pop();
    }
  };
  visit(root);
  flush();
  return items;
}
