// matchesOf replaced `[...text.matchAll(re)]` in the TEXT-* rules (issue #7: matchAll copies the
// regex on every call). These pin it to matchAll, empty matches and surrogate pairs included,
// and check that a regex left mid-scan elsewhere does not shift the next search.
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../src/checks/read';

const same = (re: RegExp, text: string) => {
  const want = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
  expect(matchesOf(re, text).map((m) => [m.index, ...m])).toEqual(want);
};

describe('matchesOf', () => {
  it('finds what matchAll finds', () => {
    same(/((?:19|20)\d{2})\s*年/g, '2018年，我局共收到申请12件；2019年将继续加强。2020 年');
    same(/([\u4e00-\u9fa5]{2}(?:镇|乡))政府/g, '甲乙镇政府与丙丁乡政府');
    same(/x/g, 'no match here');
    same(/a*/g, 'baaac');
    same(/(?:)/gu, 'a😀b');
    same(/(?:)/g, 'a😀b');
    same(/😀?/gu, '😀x😀');
  });

  it('starts from the beginning whatever a previous scan left in lastIndex', () => {
    const re = /\d+/g;
    re.exec('12 34');
    expect(re.lastIndex).toBe(2);
    expect(matchesOf(re, '12 34').map((m) => m[0])).toEqual(['12', '34']);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a non-global regex, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
