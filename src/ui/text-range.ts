// For tables flattened into text: wrap the characters of a value (a text CellRef) in a <mark>,
// built with createElement/splitText — never innerHTML — so the highlight covers the number, not
// the whole paragraph. Returns null when the range cannot be found inside one text node; the
// caller then outlines the whole line.

import { type HidingMode, hiddenFromReader, hidingModeAt, SKIP } from '../extract/walk';

/** A stretch of the squashed text read one to one from a text node: text[at + k] is node.data[offset + k]. */
interface Piece {
  at: number;
  node: Text;
  offset: number;
  length: number;
}

/** the whitespace walk.ts squashes (String.prototype.trim's wider set is not squashed there either) */
const SPACE_RUN = /[ \t\n\r\f]+/g;

/**
 * The element's text as src/extract/walk.ts squashes it, and where each of its characters is on
 * the page: pieces copied one to one from a text node, a squashed whitespace run standing for its
 * first character. Read with a regex per text node, not char by char: on the first call (which is
 * the only one on a page) a character loop over a flattened report cost 6–17 ms.
 */
function squashedText(el: Element): { text: string; pieces: Piece[] } {
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let length = 0;
  let lastSpace = true; // leading whitespace is trimmed
  const take = (node: Text, offset: number, s: string): void => {
    pieces.push({ at: length, node, offset, length: s.length });
    parts.push(s);
    length += s.length;
  };
  const mode: HidingMode = hidingModeAt(el);
  const visit = (n: Node): void => {
    if (n.nodeType === 3) {
      const node = n as Text;
      const data = node.data;
      let pos = 0;
      SPACE_RUN.lastIndex = 0;
      for (let m = SPACE_RUN.exec(data); m; m = SPACE_RUN.exec(data)) {
        if (m.index > pos) {
          take(node, pos, data.slice(pos, m.index));
          lastSpace = false;
        }
        if (!lastSpace) {
          take(node, m.index, ' ');
          lastSpace = true;
        }
        pos = m.index + m[0].length;
      }
      if (pos < data.length) {
        take(node, pos, data.slice(pos));
        lastSpace = false;
      }
      return;
    }
    // what the parser leaves out (walk.ts): hidden text, svg, form controls … A mark there showed
    // nothing, or took the hidden twin of the line instead of the line the reader sees
    if (n.nodeType !== 1 || SKIP.has((n as Element).tagName.toLowerCase()) || hiddenFromReader(n as Element, mode, true)) return;
    for (const child of Array.from(n.childNodes)) visit(child);
  };
  for (const child of Array.from(el.childNodes)) visit(child);
  return { text: parts.join(''), pieces };
}

/** The piece holding character k of the squashed text (k within it). */
function pieceAt(pieces: Piece[], k: number): Piece {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= k) lo = mid;
    else hi = mid - 1;
  }
  return pieces[lo]!;
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
export function wrapTextRanges(el: Element, raw: string, ranges: readonly TextRange[], doc: Document, linesBefore: readonly string[] = []): Array<HTMLElement | null> {
  const out: Array<HTMLElement | null> = ranges.map(() => null);
  const valid = (r: TextRange) => r[0] >= 0 && r[1] > r[0] && r[1] <= raw.length;
  if (!ranges.some(valid)) return out;
  const { text, pieces } = squashedText(el);
  if (text.length > 2_000_000) return out; // pathological page: outline the line instead
  // lines of the same element before this one (a <p> cut into lines by <br>): passed over, so a
  // value is found in its own line, not in an earlier line printing the same words
  let searchFrom = 0;
  for (const line of linesBefore) {
    const at = text.indexOf(line, searchFrom);
    if (at >= 0) searchFrom = at + line.length;
  }
  // where each value starts and ends on the page (its first and last character)
  const found: Array<{ i: number; from: number; to: number; node: Text; first: number; last: number }> = [];
  ranges.forEach((r, i) => {
    if (!valid(r)) return;
    const [start, end] = r;
    const ctxStart = Math.max(0, start - 16);
    const at = text.indexOf(raw.slice(ctxStart, Math.min(raw.length, end + 16)), searchFrom);
    if (at < 0) return;
    const from = at + start - ctxStart;
    const to = from + (end - start);
    if (to > text.length) return;
    const a = pieceAt(pieces, from);
    const b = pieceAt(pieces, to - 1);
    if (a.node !== b.node) return;
    found.push({ i, from, to, node: a.node, first: a.offset + (from - a.at), last: b.offset + (to - 1 - b.at) });
  });
  found.sort((x, y) => y.from - x.from);
  let wrappedFrom = Infinity; // leftmost character wrapped so far
  for (const { i, from, to, node, first, last } of found) {
    if (to > wrappedFrom) continue; // overlaps a value already wrapped
    const middle = node.splitText(first);
    middle.splitText(last - first + 1);
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
  const before = mark.previousSibling;
  const after = mark.nextSibling;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  // the text nodes wrapping split apart are joined again, and only those: parent.normalize() also
  // merged the page's own adjacent text nodes, which a page script may hold
  const first = before?.nextSibling ?? parent.firstChild;
  let node = before && before.nodeType === 3 ? before : first;
  while (node && node.nextSibling && node !== after) {
    const next: ChildNode = node.nextSibling;
    if (node.nodeType === 3 && next.nodeType === 3) {
      (node as Text).data += (next as Text).data;
      const stop = next === after;
      parent.removeChild(next);
      if (stop) break;
    } else node = next;
  }
}
