// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { CellRef } from '../../../src/model/record';
import { createHighlighter, HL_CLASS } from '../../../src/ui/highlight';
import { unwrapMark, wrapTextRanges } from '../../../src/ui/text-range';

const wrapTextRange = (el: Element, raw: string, start: number, end: number, doc: Document) => wrapTextRanges(el, raw, [[start, end]], doc)[0]!;
import { finding } from '../components/records';

afterEach(() => document.body.replaceChildren());

function para(html: string): HTMLElement {
  const p = document.createElement('p');
  p.innerHTML = html; // test fixture markup, not page content
  document.body.append(p);
  return p;
}

describe('wrapTextRanges, one value', () => {
  it('wraps exactly the characters of the value, using context to pick the right occurrence', () => {
    const p = para('  （六）其他处理 4 0 0 0 0 0 4\n  （七）总计 20 0 0 0 0 1 21 ');
    const raw = '（六）其他处理 4 0 0 0 0 0 4 （七）总计 20 0 0 0 0 1 21';
    const start = raw.lastIndexOf('21');
    const mark = wrapTextRange(p, raw, start, start + 2, document)!;
    expect(mark.tagName).toBe('MARK');
    expect(mark.textContent).toBe('21');
    expect(mark.previousSibling!.textContent!.endsWith('1 ')).toBe(true);
    unwrapMark(mark);
    expect(p.childNodes).toHaveLength(1);
    expect(p.textContent).toBe('  （六）其他处理 4 0 0 0 0 0 4\n  （七）总计 20 0 0 0 0 1 21 ');
  });

  it('unwrapping joins only the text it split: the page\'s own separate text nodes stay as they were (the node a page script holds is not merged away)', () => {
    const p = para('');
    const own = document.createTextNode('合计：');
    p.append(own, document.createTextNode('总计 21 件'));
    const mark = wrapTextRange(p, '合计：总计 21 件', 6, 8, document)!;
    expect(mark.textContent).toBe('21');
    unwrapMark(mark);
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['合计：', '总计 21 件']);
    expect(own.isConnected).toBe(true); // parent.normalize() had merged it into its neighbour
  });

  it('returns null when the range spans elements or is not there', () => {
    const p = para('总计 <b>2</b>1');
    expect(wrapTextRange(p, '总计 21', 3, 5, document)).toBeNull();
    expect(wrapTextRange(p, '别的 99', 3, 5, document)).toBeNull();
    expect(wrapTextRange(p, '总计 21', 5, 3, document)).toBeNull();
  });
});

describe('highlighter with text refs', () => {
  const ref = (block: number, start: number, end: number): CellRef => ({ source: 'text', block, start, end });

  it('marks the number in a flattened line and restores the page on clear', () => {
    const p = para('（七）总计 20 0 0 0 0 1 21');
    const raw = p.textContent!;
    const before = p.innerHTML;
    const h = createHighlighter(document, { resolveRef: () => p, blocks: [{ raw, text: raw }] });
    h.apply([finding('T3-RESULTS-SUM', 'error', { cells: [ref(0, raw.length - 2, raw.length)] })]);
    const mark = p.querySelector('mark')!;
    expect(mark.textContent).toBe('21');
    expect(mark.classList.contains(`${HL_CLASS}-error`)).toBe(true);
    expect(mark.getAttribute('title')).toContain('T3-RESULTS-SUM');
    expect(p.classList.contains(HL_CLASS)).toBe(false);
    h.clear();
    expect(p.innerHTML).toBe(before);
  });

  it('marks every number a finding names in one flattened line, and clear() restores it', () => {
    const p = para('（六）其他处理 4 0 0 0 0 0 4 （七）总计 20 0 0 0 0 1 21');
    const raw = p.textContent!;
    const before = p.innerHTML;
    const at = (s: string, from = 0) => raw.indexOf(s, from);
    const refs = [ref(0, at('4'), at('4') + 1), ref(0, at('20'), at('20') + 2), ref(0, raw.length - 2, raw.length), ref(0, at('20'), at('20') + 2)];
    const h = createHighlighter(document, { resolveRef: () => p, blocks: [{ raw, text: raw }] });
    h.apply([finding('T3-RESULTS-SUM', 'error', { cells: refs }), finding('T3-COLSUM', 'warning', { cells: [refs[2]!] })]);
    expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['4', '20', '21']);
    // 21 is named by both findings: one mark, the worse severity, both tooltips
    const last = p.querySelectorAll('mark')[2]!;
    expect(last.classList.contains(`${HL_CLASS}-error`)).toBe(true);
    expect(last.getAttribute('title')).toContain('T3-COLSUM');
    expect(p.textContent).toBe(raw);
    h.clear();
    expect(p.innerHTML).toBe(before);
  });

  it('outlines the whole line when offsets cannot be trusted', () => {
    const p = para('總計 21');
    const h = createHighlighter(document, { resolveRef: () => p, blocks: [{ raw: '總(zǒng)計 21', text: '总计 21' }] });
    h.apply([finding('T', 'warning', { cells: [ref(0, 3, 5)] })]);
    expect(p.querySelector('mark')).toBeNull();
    expect(p.classList.contains(`${HL_CLASS}-warning`)).toBe(true);
  });
});

describe('wrapTextRanges and what the parser leaves out (helper-30 review)', () => {
  it('marks the visible value, not a hidden twin of the line or an SVG label', () => {
    const p = para('<span style="display:none">（七）总计 21</span><svg><text>（七）总计 21</text></svg>（七）总计 21');
    const raw = '（七）总计 21'; // what the parser read: hidden and svg text are not in it
    const mark = wrapTextRange(p, raw, raw.indexOf('21'), raw.indexOf('21') + 2, document)!;
    expect(mark).not.toBeNull();
    expect(mark.parentElement).toBe(p); // before: inside the display:none span
    expect(p.querySelector('svg mark, span mark')).toBeNull();
  });
});

describe('a <p> cut into lines by <br> (helper-30 review)', () => {
  it('marks the value in its own line, not the same words in an earlier line', () => {
    const p = para('本年新收 5<br>其他 0<br>本年新收 5<br>其他 0');
    const lines = ['本年新收 5', '其他 0', '本年新收 5', '其他 0'];
    const h = createHighlighter(document, { blocks: lines.map((l) => ({ raw: l, text: l })), resolveRef: () => p });
    h.apply([finding('T', 'error', { cells: [{ source: 'text', block: 2, start: 5, end: 6 }] })]);
    const mark = p.querySelector('mark')!;
    // the text before the mark: two lines, then the third's words (before: the first line's 5)
    let before = '';
    for (let n: Node | null = mark.previousSibling; n; n = n.previousSibling) before = (n.textContent ?? '') + before;
    expect(before).toBe('本年新收 5其他 0本年新收 ');
    expect(mark.textContent).toBe('5');
  });
});
