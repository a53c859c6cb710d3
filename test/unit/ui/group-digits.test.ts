// groupDigits prints integers as toLocaleString('en-US') does (which it replaced on the card, to
// spare the page ICU's start-up), and hands everything else to it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../../src/ui/group-digits';

const en = (n: number) => n.toLocaleString('en-US');

describe('groupDigits', () => {
  it('is toLocaleString("en-US") for every safe integer', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.maxSafeInteger(), fc.integer(), fc.constantFrom(0, -0, 999, 1000, -1000, 999999, 1000000, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER)), (n) => {
        expect(groupDigits(n)).toBe(en(n));
      }),
      { numRuns: 5000 },
    );
  });

  it('and for numbers it does not format itself', () => {
    for (const n of [1.5, -2.25, 1234.5678, 2 ** 60, NaN, Infinity, -Infinity, 1e20]) expect(groupDigits(n)).toBe(en(n));
  });

  it('prints numbers from 1e21 on with an exponent, not hundreds of digits', () => {
    expect(groupDigits(Number.MAX_VALUE)).toBe('1.8e+308');
    expect(groupDigits(-1e21)).toBe('-1e+21');
    expect(groupDigits(1.234e25)).toBe('1.23e+25');
  });

  it('reads as expected', () => {
    expect(groupDigits(859)).toBe('859');
    expect(groupDigits(1882)).toBe('1,882');
    expect(groupDigits(-1234567)).toBe('-1,234,567');
  });
});
