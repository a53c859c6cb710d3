// matchesOf replaced `[...text.matchAll(re)]` in the TEXT-* rules (issue #7: matchAll copies the
// regex on every call). These pin it to matchAll, empty matches and surrogate pairs included,
// and check that a regex left mid-scan elsewhere does not shift the next search.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstMatchOf, matchesOf } from '../../../src/checks/read';

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

// firstMatchOf replaced `matchesOf(re, text).find(accept)` in TEXT-NONE: the same match, found
// without collecting the later ones. The old form is the oracle.
describe('firstMatchOf', () => {
  const sources = ['申请', '(未|没有|无)(收到|接到|受理)[^。；]{0,16}申请', '\\d+', 'a*', '(?:)', '😀?', '[未无]'];
  const alphabet = ['申', '请', '未', '收', '到', '无', '。', 'a', '1', '2', ' ', '😀', '\uD83D'];
  it('finds what matchesOf(…).find finds, and leaves lastIndex as a finished scan does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.constantFrom('g', 'gu'),
        fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join('')),
        fc.integer({ min: 0, max: 3 }),
        (source, flags, text, skip) => {
          // accept the match unless it is among the first `skip` ones, or holds a digit 1
          let seen = 0;
          const accept = (m: RegExpExecArray) => seen++ >= skip && !m[0].includes('1');
          const want = matchesOf(new RegExp(source, flags), text).find((m) => accept(m));
          seen = 0;
          const re = new RegExp(source, flags);
          const got = firstMatchOf(re, text, accept);
          expect(got && [got.index, ...got]).toEqual(want && [want.index, ...want]);
          expect(re.lastIndex).toBe(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
