// For tables flattened into text: wrap the characters of one value (a text CellRef) in a <mark>,
// built with createElement/splitText — never innerHTML — so the highlight covers the number, not
// the whole paragraph. Returns null when the range cannot be found inside one text node; the
// caller then outlines the whole line.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

interface Pos {
  node: Text;
  offset: number;
}

/** The element's text as src/extract/walk.ts squashes it, with the text position of every character. */
function squashedText(el: Element): { text: string; at: Pos[] } {
  let text = '';
  const at: Pos[] = [];
  let lastSpace = true; // leading whitespace is trimmed
  const visit = (n: Node): void => {
    if (n.nodeType === 3) {
      const node = n as Text;
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        const c = data[i]!;
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
          if (lastSpace) continue;
          lastSpace = true;
          text += ' ';
        } else {
          lastSpace = false;
          text += c;
        }
        at.push({ node, offset: i });
      }
      return;
    }
    if (n.nodeType !== 1 || SKIP.has((n as Element).tagName)) return;
    for (const child of Array.from(n.childNodes)) visit(child);
  };
  visit(el);
  return { text, at };
}

/**
 * Wraps raw[start, end) of the block whose squashed text is `raw`, found inside `el`.
 * Context around the value locates it when the same digits occur more than once.
 */
export function wrapTextRange(el: Element, raw: string, start: number, end: number, doc: Document): HTMLElement | null {
  if (!(start >= 0 && end > start && end <= raw.length)) return null;
  const { text, at } = squashedText(el);
  if (text.length > 2_000_000) return null; // pathological page: outline the line instead
  const ctxStart = Math.max(0, start - 16);
  const ctx = raw.slice(ctxStart, Math.min(raw.length, end + 16));
  let from = text.indexOf(ctx);
  if (from >= 0) from += start - ctxStart;
  else return null;
  const a = at[from];
  const b = at[from + (end - start) - 1];
  if (!a || !b || a.node !== b.node) return null;
  const node = a.node;
  const middle = node.splitText(a.offset);
  middle.splitText(b.offset - a.offset + 1);
  const mark = doc.createElement('mark');
  mark.setAttribute('data-gra-mark', '');
  node.parentNode!.insertBefore(mark, middle);
  mark.appendChild(middle);
  return mark;
}

/** Undoes wrapTextRange: the text goes back where it was and is merged with its neighbours. */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  parent.normalize();
}
