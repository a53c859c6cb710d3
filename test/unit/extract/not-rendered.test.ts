// The in-page test for a digit hidden against scraping by its class (walk.ts notRendered), with
// the browser's answers stubbed: linkedom computes no styles. The real pages are in the e2e
// hostile-pages tests (Chromium) and in-page.firefox.
import { describe, expect, it } from 'vitest';
import { notRendered } from '../../../src/extract/walk';

/** a classed one-digit <span> the browser shows (checkVisibility) with these computed styles */
function digit(style: Partial<CSSStyleDeclaration>): Element {
  const computed = { fontSize: '16px', color: 'rgb(0, 0, 0)', width: 'auto', height: 'auto', overflowX: 'visible', overflowY: 'visible', scale: 'none', transform: 'none', ...style };
  return {
    localName: 'span',
    textContent: '7',
    firstElementChild: null,
    hasAttribute: (name: string) => name === 'class',
    checkVisibility: () => true,
    ownerDocument: { defaultView: { getComputedStyle: () => computed } },
  } as unknown as Element;
}

describe('a digit hidden by its class (helper-46 #18)', () => {
  it('is read when shown as it is', () => {
    expect(notRendered(digit({}), true)).toBe(false);
    // a zero width that does not clip, a transform that keeps an area
    expect(notRendered(digit({ width: '0px' }), true)).toBe(false);
    expect(notRendered(digit({ transform: 'matrix(0.5, 0, 0, 2, 3, 0)' }), true)).toBe(false);
    expect(notRendered(digit({ transform: 'matrix(0, 1, -1, 0, 0, 0)' }), true)).toBe(false); // rotate(90deg)
  });

  it('is left out when shrunk to nothing: zero width or height clipped, scaled to zero', () => {
    expect(notRendered(digit({ width: '0px', height: '0px', overflowX: 'hidden', overflowY: 'hidden' }), true)).toBe(true);
    expect(notRendered(digit({ height: '0px', overflowY: 'clip' }), true)).toBe(true);
    expect(notRendered(digit({ transform: 'matrix(0, 0, 0, 0, 0, 0)' }), true)).toBe(true);
    expect(notRendered(digit({ transform: 'matrix(0, 0, 0, 1, 0, 0)' }), true)).toBe(true); // scaleX(0)
    expect(notRendered(digit({ scale: '0' }), true)).toBe(true);
    expect(notRendered(digit({ scale: '1 0' }), true)).toBe(true);
    expect(notRendered(digit({ scale: '0.5' }), true)).toBe(false);
  });
});
