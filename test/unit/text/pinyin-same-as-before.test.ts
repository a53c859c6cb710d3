// stripPinyin and hasPinyinGlosses find glosses by hand (indexOf '(' and a letter table) for
// speed. This pins them to the lookbehind-regex versions they replaced, on texts made of the
// characters that matter: CJK at and around the range's ends, parentheses, pinyin letters with
// and without tone marks, look-alikes outside the class, digits, long letter runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasPinyinGlosses, stripPinyin } from '../../../src/text/traditional';

/** The previous code, verbatim apart from names. */
// (later change, in both) or a zhuyin gloss, 申(ㄕㄣ), which needs no tone mark
// (later change, in both) full-width parentheses, and a tone number after the letters, 報(bao4)
// (later change, in both) a word's gloss, 2–6 words of 1–14 letters with spaces between and a tone mark: 许可(xǔ kě), 行政许可(xíngzhèng xǔkě)
const PINYIN_AFTER_CJK = /(?<=[\u3400-\u9fff])[(（](?:(?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[1-5]?|(?=[\u02c7\u02ca\u02cb\u02d9]*[\u3105-\u312f])[\u3105-\u312f\u02c7\u02ca\u02cb\u02d9]{1,7}|(?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,14}(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,14}){1,5})[)）]/g;
const PINYIN_TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ\u3105-\u312f1-5]/;

function regexStripPinyin(text: string, allowToneless = false): { text: string; count: number } {
  let count = 0;
  const out = text.replace(PINYIN_AFTER_CJK, (m) => {
    if (!allowToneless && !PINYIN_TONED.test(m)) return m;
    count++;
    return '';
  });
  return { text: out, count };
}

function regexHasPinyinGlosses(text: string): boolean {
  PINYIN_AFTER_CJK.lastIndex = 0;
  let m: RegExpExecArray | null;
  let toned = 0;
  while ((m = PINYIN_AFTER_CJK.exec(text))) {
    if (PINYIN_TONED.test(m[0])) toned++;
    if (toned >= 2) return true;
  }
  return false;
}

const cjk = fc.constantFrom('鎮', '數', '机', '構', '\u3400', '\u33ff', '\u9fff', '\ua000', '〇', '，', '：');
const letter = fc.constantFrom(...'abczxyāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêㄅㄕㄣㄯˇˊˋ˙');
const notLetter = fc.constantFrom('A', 'Z', 'ǹ', 'ń', 'ḿ', 'ë', 'ô', '0', '9', '1', '5', '6', ' ', '-', '\u0101\u0300', '\ud800', '\u3104', '\u3130', 'ˉ', '（', '）');
const gloss = fc
  .tuple(fc.array(fc.oneof({ arbitrary: letter, weight: 8 }, { arbitrary: notLetter, weight: 1 }), { maxLength: 10 }), fc.boolean())
  .map(([ls, closed]) => `(${ls.join('')}${closed ? ')' : ''}`);
const piece = fc.oneof(
  { arbitrary: cjk, weight: 4 },
  { arbitrary: gloss, weight: 4 },
  { arbitrary: letter, weight: 2 },
  { arbitrary: notLetter, weight: 1 },
  { arbitrary: fc.constantFrom('(', ')', '()', '(2019)', '((zhèn))', '（bào）', '(bao4)', '（ㄕㄣ)', '(ab12)', '(xíngzhèng xǔkě)', '(ab cd)', '(a b c d e f gà)', '(xǔ  kě)', '(xǔ kě )', '(zhèngfǔxìnxīgōngkāi ab)', '(abcdefghijklmnà b)'), weight: 1 },
);
const text = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));

describe('stripPinyin and hasPinyinGlosses give what the regex versions gave', () => {
  it('on generated texts', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(stripPinyin(s)).toEqual(regexStripPinyin(s));
        expect(stripPinyin(s, true)).toEqual(regexStripPinyin(s, true));
        expect(hasPinyinGlosses(s)).toBe(regexHasPinyinGlosses(s));
      }),
      { numRuns: 6000, seed: 20261205 },
    );
  });
  it('on edge cases', () => {
    const cases = ['', '(', '鎮(', '鎮()', '鎮(a)', '(zhèn)', '鎮(zhèn)', '鎮(zhènzhèn)', '鎮(abcdefg)', '鎮(abcdefgh)', '鎮(zhèn)(shù)', '鎮(zhèn)數(shù)', '鎮 (zhèn)', '\u9fff(ā)', '\ua000(ā)', '\u3400(ā)', '\u33ff(ā)', '机构(ABC)', '條例(2019)', '鎮(zhèn)2023年 點擊數(shù): 條例(2019)'];
    for (const s of cases) {
      expect(stripPinyin(s), s).toEqual(regexStripPinyin(s));
      expect(stripPinyin(s, true), s).toEqual(regexStripPinyin(s, true));
      expect(hasPinyinGlosses(s), s).toBe(regexHasPinyinGlosses(s));
    }
  });
});
