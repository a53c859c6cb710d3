// toHalfWidth became a table-driven loop (speed); the regex replace it replaced is kept here as
// the oracle, and both must give the same string for any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../../../src/text/normalize';

const BEFORE = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]/g;
function before(s: string): string {
  return s.replace(BEFORE, (ch) => {
    const c = ch.charCodeAt(0);
    return c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ' ';
  });
}

// the targets, their neighbours on both sides, CJK, ASCII and surrogate halves
const EDGES = [0xff00, 0xff01, 0xff10, 0xff5e, 0xff5f, 0x3000, 0x3001, 0x00a0, 0x00a1, 0x2001, 0x2002, 0x2003, 0x2004, 0x2009, 0x200a, 0x200b, 0x200c, 0xfeff, 0xfefe, 0xd83d, 0xde00, 0x4e00, 0x9fff, 0x20, 0x7e, 0x0a];
const char = fc.oneof(
  fc.constantFrom(...EDGES.map((c) => String.fromCharCode(c))),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('，', '：', '（', '）', '１', '２', '０', '报', '告', '1', ' ', '|'),
);

describe('toHalfWidth, same as the regex it replaced', () => {
  it('on random text around every target', () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }).map((a) => a.join('')), (s) => {
        expect(toHalfWidth(s)).toBe(before(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('on every char code', () => {
    let all = '';
    for (let c = 0; c <= 0xffff; c++) all += String.fromCharCode(c);
    expect(toHalfWidth(all)).toBe(before(all));
  });

  it('keeps length, returns the input itself when nothing changes', () => {
    const s = '二〇二一年政府信息公开工作年度报告 2021';
    expect(toHalfWidth(s)).toBe(s);
    expect(toHalfWidth('（一）　１２，３')).toBe('(一) 12,3');
    expect(toHalfWidth('')).toBe('');
  });
});
