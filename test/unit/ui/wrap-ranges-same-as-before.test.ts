// @vitest-environment happy-dom
// wrapTextRanges wraps several values of a block in one reading of it (speed: highlighting a
// flattened table re-read its whole block per value). The one-value-at-a-time code it replaced is
// kept here as the oracle: for values that do not overlap, the page must end up the same, and the
// same values must be wrapped.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { wrapTextRanges } from '../../../src/ui/text-range';

afterEach(() => document.body.replaceChildren());

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
interface Pos {
  node: Text;
  offset: number;
}
function squashedBefore(el: Element): { text: string; at: Pos[] } {
  let text = '';
  const at: Pos[] = [];
  let lastSpace = true;
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
function wrapBefore(el: Element, raw: string, start: number, end: number, doc: Document): HTMLElement | null {
  if (!(start >= 0 && end > start && end <= raw.length)) return null;
  const { text, at } = squashedBefore(el);
  if (text.length > 2_000_000) return null;
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

// a paragraph of text pieces and inline elements, like a flattened table's line
const piece = fc.oneof(
  fc.stringMatching(/^[ 0-9总计（）\n]{1,12}$/).map((t) => ({ tag: null as string | null, t })),
  fc.tuple(fc.constantFrom('b', 'span', 'script'), fc.stringMatching(/^[ 0-9计]{1,6}$/)).map(([tag, t]) => ({ tag, t })),
);
function build(pieces: Array<{ tag: string | null; t: string }>): HTMLElement {
  const p = document.createElement('p');
  for (const { tag, t } of pieces) {
    if (!tag) p.append(document.createTextNode(t));
    else {
      const e = document.createElement(tag);
      e.textContent = t;
      p.append(e);
    }
  }
  document.body.append(p);
  return p;
}
const rawOf = (el: Element) => squashedBefore(el).text.trimEnd();

describe('wrapTextRanges, same as wrapping one value at a time', () => {
  it('for values that do not overlap: same page, same values wrapped', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 4 })), { maxLength: 6 }), (pieces, picks) => {
        const a = build(pieces);
        const b = build(pieces);
        const raw = rawOf(a);
        // disjoint ranges inside raw (and a few outside it), in a shuffled order
        const ranges: Array<[number, number]> = [];
        for (const [s, len] of picks) {
          const r: [number, number] = [s % (raw.length + 2), (s % (raw.length + 2)) + len];
          if (!ranges.some(([x, y]) => r[0] < y && x < r[1])) ranges.push(r);
        }
        const before = ranges.map(([s, e]) => wrapBefore(a, raw, s, e, document) !== null);
        const now = wrapTextRanges(b, raw, ranges, document).map((m) => m !== null);
        expect(now).toEqual(before);
        expect(b.innerHTML).toBe(a.innerHTML);
        a.remove();
        b.remove();
      }),
      { numRuns: 1500 },
    );
  });

  it('a value overlapping one already wrapped gets null; the text is unchanged', () => {
    const p = build([{ tag: null, t: '总计 1234 5678' }]);
    const raw = rawOf(p);
    // 123 and 34 overlap: wrapped from the right, 34 wins; 5678 touches neither
    const marks = wrapTextRanges(p, raw, [[3, 6], [5, 8], [8, 12]], document);
    expect(marks.map((m) => m?.textContent ?? null)).toEqual([null, '34 ', '5678']);
    expect(p.textContent).toBe('总计 1234 5678');
  });
});
