// lastNewline / lineStartOf answer from a kept list of the text's newlines (binary search) what
// String.prototype.lastIndexOf('\n', …) answers by walking back: the same at every position,
// before the text, past its end, and when the text asked about changes between calls.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastNewline, lineStartOf } from '../../../src/parse/line-starts';

const text = fc.array(fc.constantFrom('\n', 'a', '表', '|', ' ', '1'), { maxLength: 40 }).map((cs) => cs.join(''));

describe('lastNewline and lineStartOf', () => {
  it('equal lastIndexOf at every position, before the text and past it', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const s of [a, b, a]) {
          for (let at = -3; at <= s.length + 3; at++) {
            expect(lastNewline(s, at)).toBe(s.lastIndexOf('\n', at));
            expect(lineStartOf(s, at)).toBe(s.lastIndexOf('\n', at - 1) + 1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a one-line page of several thousand characters: the line starts at 0, after a newline at its newline', () => {
    const s = '表'.repeat(3000);
    expect(lineStartOf(s, 2999)).toBe(0);
    const t = s + '\n' + '一';
    expect(lineStartOf(t, 3001)).toBe(3001);
    expect(lineStartOf(t, 3000)).toBe(0); // the newline itself is on the line it ends
    expect(lastNewline(t, 0)).toBe(-1);
    expect(lastNewline('\nx', -5)).toBe(0); // a negative position reads as 0, as lastIndexOf has it
  });
});
