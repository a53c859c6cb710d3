// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { CellRef } from '../../../src/model/record';
import { createHighlighter, HL_CLASS, PULSE_CLASS, tooltipOf } from '../../../src/ui/highlight';
import { finding } from '../components/records';

function page() {
  document.head.innerHTML = ''; // test fixture markup, not page content
  document.body.innerHTML =
    '<table><tr><td id="a" title="orig">41</td><td id="b">42</td><td id="c">7</td></tr></table><p id="line">（七）总计 27</p>';
  const resolver = {
    resolveRef(ref: CellRef): Element | null {
      if (ref.source === 'text') return document.getElementById('line');
      if (ref.row === 99) throw new Error('stale ref');
      return document.getElementById(['a', 'b', 'c'][ref.col] ?? 'none');
    },
  };
  return { resolver, el: (id: string) => document.getElementById(id)! };
}

const tref = (col: number, row = 0): CellRef => ({ source: 'table', table: 0, row, col });

describe('highlighter', () => {
  let p: ReturnType<typeof page>;
  beforeEach(() => {
    p = page();
  });

  it('outlines every cell of failing findings, coloured by the worst severity, with tooltips', () => {
    const h = createHighlighter(document, p.resolver);
    const n = h.apply([
      finding('T3-BALANCE', 'warning', { cells: [tref(0), tref(1)] }),
      finding('T3-TOTAL', 'error', { cells: [tref(1)], formula: '20 ≠ 26' }),
      finding('NA', 'error', { outcome: 'notAssessable', cells: [tref(2)] }),
    ]);
    expect(n).toBe(2);
    expect(p.el('a').classList.contains(`${HL_CLASS}-warning`)).toBe(true);
    expect(p.el('b').classList.contains(`${HL_CLASS}-error`)).toBe(true);
    expect(p.el('b').classList.contains(`${HL_CLASS}-warning`)).toBe(false);
    expect(p.el('c').classList.contains(HL_CLASS)).toBe(false);
    expect(p.el('b').getAttribute('title')).toBe('T3-BALANCE: 一+二 = 41 ≠ 三(七)+四 = 42\nT3-TOTAL: 20 ≠ 26');
    expect(document.getElementById('gra-hl-style')).not.toBeNull();
  });

  it('highlights the line of a flattened text table', () => {
    const h = createHighlighter(document, p.resolver);
    h.apply([finding('T3-TOTAL', 'error', { cells: [{ source: 'text', block: 3, start: 0, end: 2 }] })]);
    expect(p.el('line').classList.contains(HL_CLASS)).toBe(true);
  });

  it('focus pulses the cells, and reports a finding with no cells on the page', () => {
    const h = createHighlighter(document, p.resolver);
    expect(h.focus(finding('X', 'error', { cells: [tref(7)] }))).toBe(false);
    expect(h.focus(finding('X', 'error', { cells: [tref(0, 99)] }))).toBe(false);
    expect(h.focus(finding('T', 'error', { cells: [tref(0)] }))).toBe(true);
    return new Promise<void>((done) =>
      requestAnimationFrame(() => {
        expect(p.el('a').classList.contains(PULSE_CLASS)).toBe(true);
        done();
      }),
    );
  });

  it('clear() takes the pulse off every cell, a non-failing finding\'s and one scheduled for the next frame (helper-30 review)', async () => {
    const h = createHighlighter(document, p.resolver);
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
    // a not-assessable finding's cell: pulsed, not marked
    expect(h.focus(finding('NA', 'error', { outcome: 'notAssessable', cells: [tref(2)] }))).toBe(true);
    await frame();
    expect(p.el('c').classList.contains(PULSE_CLASS)).toBe(true);
    h.clear();
    expect(p.el('c').classList.contains(PULSE_CLASS)).toBe(false);
    // a failing one clicked and dismissed in the same frame
    h.focus(finding('T', 'error', { cells: [tref(0)] }));
    h.clear();
    await frame();
    expect(p.el('a').classList.contains(PULSE_CLASS)).toBe(false);
    expect(document.querySelector(`.${PULSE_CLASS}`)).toBeNull();
  });

  it('clear() restores titles and classes and removes the stylesheet', () => {
    const h = createHighlighter(document, p.resolver);
    h.apply([finding('T', 'error', { cells: [tref(0), tref(1)] })]);
    h.clear();
    expect(p.el('a').getAttribute('title')).toBe('orig');
    expect(p.el('b').hasAttribute('title')).toBe(false);
    expect(document.querySelector(`.${HL_CLASS}`)).toBeNull();
    expect(document.getElementById('gra-hl-style')).toBeNull();
  });

  it('clear() leaves no empty class attribute, and focus() says a re-rendered cell is not on the page (helper-32 review)', () => {
    p.el('c').className = 'kept';
    const h = createHighlighter(document, p.resolver);
    h.apply([finding('T', 'error', { cells: [tref(0), tref(1), tref(2)] })]);
    h.focus(finding('U', 'info', { cells: [tref(1)] }));
    h.clear();
    expect(p.el('a').hasAttribute('class')).toBe(false); // class="" before
    expect(p.el('b').hasAttribute('class')).toBe(false);
    expect(p.el('c').getAttribute('class')).toBe('kept');
    // the page re-rendered the table: its old cells are gone from the document
    const gone = createHighlighter(document, p.resolver);
    const old = p.el('a');
    old.closest('table')!.replaceWith(old.closest('table')!.cloneNode(true));
    expect(gone.focus(finding('T', 'error', { cells: [{ source: 'table', table: 0, row: 0, col: 0 }] }))).toBe(true); // resolver finds the new one by id
    const stale = createHighlighter(document, { resolveRef: () => old });
    expect(stale.focus(finding('T', 'error', { cells: [tref(0)] }))).toBe(false);
  });

  it('clear() also undoes the copies a page made of outlined cells by rewriting its body (helper-36 review)', () => {
    const h = createHighlighter(document, p.resolver);
    h.apply([finding('T', 'error', { cells: [tref(0), tref(1), { source: 'text', block: 0, start: 0, end: 2 }] })]);
    const before = document.body.innerHTML;
    expect(before).toContain('gra-hl');
    document.body.innerHTML = document.body.innerHTML; // a 简/繁 switch or font-size script
    h.clear();
    expect(document.querySelector('.gra-hl, [data-gra-hl], [data-gra-title], mark')).toBeNull();
    expect(document.getElementById('a')!.getAttribute('title')).toBe('orig');
    expect(document.getElementById('b')!.hasAttribute('title')).toBe(false);
    expect(document.getElementById('b')!.hasAttribute('class')).toBe(false);
  });

  it('puts hostile finding text only into the title attribute', () => {
    const h = createHighlighter(document, p.resolver);
    h.apply([finding('<img src=x onerror=alert(1)>', 'error', { cells: [tref(0)], formula: '<script>x</script>' })]);
    expect(p.el('a').querySelector('img,script')).toBeNull();
    expect(p.el('a').textContent).toBe('41');
    expect(tooltipOf(finding('R', 'error', { formula: 'x'.repeat(10000) })).length).toBe(500);
  });
});
