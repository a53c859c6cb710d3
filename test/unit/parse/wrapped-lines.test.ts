// joinWrappedLines takes out the line breaks inside a sentence by indexOf of each break, instead of
// WRAPPED_LINE's lookbehind tried at every character. This pins it to the regex, the oracle, on
// generated text and on the opening 10,000 characters of every page of the review corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinWrappedLines, WRAPPED_LINE } from '../../../src/parse/stat-period';
import { loadPages } from './review-corpus';

const oracle = (text: string) => text.replace(WRAPPED_LINE, '');
const pieces = ['\n', '\n\n', '统', '计', '期限', '2', '0', '，', '、', '（', '）', '《', '》', '。', ' ', 'a', '|', '\u3000', '一', '\u9fff', '\u4e00', '\u3fff', '\ua000', '：', '．'];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

describe('joinWrappedLines joins what WRAPPED_LINE joins', () => {
  it('on generated text of line breaks beside CJK characters, digits, brackets and other characters', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(joinWrappedLines(text)).toBe(oracle(text));
      }),
      { numRuns: 20000, seed: 20261207 },
    );
  });
  it('joins a hard-wrapped period sentence and leaves other breaks', () => {
    expect(joinWrappedLines('本报告所列数据统\n计期限为2022年1\n月1日至12月31日。\n一、总体情况')).toBe('本报告所列数据统计期限为2022年1月1日至12月31日。\n一、总体情况');
    expect(joinWrappedLines('\n首行')).toBe('\n首行');
    expect(joinWrappedLines('末行\n')).toBe('末行\n');
  });
  it('on the opening of every page of the review corpus', () => {
    const pages = loadPages();
    expect(pages.length).toBeGreaterThan(1000);
    let joined = 0;
    for (const [name, , text] of pages) {
      const opening = text.slice(0, 10000);
      const want = oracle(opening);
      if (want !== opening) joined++;
      const got = joinWrappedLines(opening);
      if (got !== want) expect({ name, got }).toEqual({ name, got: want });
    }
    expect(joined).toBeGreaterThan(100);
  });
});
