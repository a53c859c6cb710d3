// For tables flattened into text: wrap the characters of a value (a text CellRef) in a <mark>,
// built with createElement/splitText — never innerHTML — so the highlight covers the number, not
// the whole paragraph. Returns null when the range cannot be found inside one text node; the
// caller then outlines the whole line.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The element's text as src/extract/walk.ts squashes it, with the text node and offset of every
 * character (parallel arrays: an object per character made this the slow part of highlighting).
 */
function squashedText(el: Element): { text: string; nodes: Text[]; offsets: number[] } {
  let text = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
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
        nodes.push(node);
        offsets.push(i);
      }
      return;
    }
    if (n.nodeType !== 1 || SKIP.has((n as Element).tagName)) return;
    for (const child of Array.from(n.childNodes)) visit(child);
  };
  visit(el);
  return { text, nodes, offsets };
}

/** raw[start, end) of a block: a value of a flattened table. */
export type TextRange = readonly [start: number, end: number];

/**
 * Wraps each raw[start, end) of the block whose squashed text is `raw`, found inside `el`. Context
 * around a value locates it when the same digits occur more than once. One reading of the
 * element's text serves all the values: a flattened table is often one block holding the whole
 * report, and a finding names a dozen of its numbers; reading the block per value cost tens of
 * milliseconds on the first page. The values are wrapped from the last to the first, so splitting
 * a text node never moves a character still to be wrapped; the page ends up as wrapping them one
 * by one leaves it. Null for a value that is not there, spans elements, or overlaps one already
 * wrapped.
 */
export function wrapTextRanges(el: Element, raw: string, ranges: readonly TextRange[], doc: Document): Array<HTMLElement | null> {
  const out: Array<HTMLElement | null> = ranges.map(() => null);
  const valid = (r: TextRange) => r[0] >= 0 && r[1] > r[0] && r[1] <= raw.length;
  if (!ranges.some(valid)) return out;
  const { text, nodes, offsets } = squashedText(el);
  if (text.length > 2_000_000) return out; // pathological page: outline the line instead
  const found: Array<{ i: number; from: number; to: number }> = [];
  ranges.forEach((r, i) => {
    if (!valid(r)) return;
    const [start, end] = r;
    const ctxStart = Math.max(0, start - 16);
    const at = text.indexOf(raw.slice(ctxStart, Math.min(raw.length, end + 16)));
    if (at < 0) return;
    const from = at + start - ctxStart;
    const to = from + (end - start);
    if (to > nodes.length || nodes[from] !== nodes[to - 1]) return;
    found.push({ i, from, to });
  });
  found.sort((x, y) => y.from - x.from);
  let wrappedFrom = Infinity; // leftmost character wrapped so far
  for (const { i, from, to } of found) {
    if (to > wrappedFrom) continue; // overlaps a value already wrapped
    const node = nodes[from]!;
    const middle = node.splitText(offsets[from]!);
    middle.splitText(offsets[to - 1]! - offsets[from]! + 1);
    const mark = doc.createElement('mark');
    mark.setAttribute('data-gra-mark', '');
    node.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    out[i] = mark;
    wrappedFrom = from;
  }
  return out;
}

/** Undoes a wrap (wrapTextRanges): the text goes back where it was and is merged with its neighbours. */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  parent.normalize();
}
