// titleMatch finds a report's title in a line from its year instead of trying TITLE_RE's lazy
// opening at every start (17 µs on one line of Shenzhen 2024). This pins it to TITLE_RE itself, the
// oracle: the same start and the same match, on generated lines and on every line of the review corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TITLE_RE, titleMatch } from '../../../src/parse/meta';
import { loadPages } from './review-corpus';

const oracle = (text: string) => {
  const m = TITLE_RE.exec(text);
  return m ? { index: m.index, text: m[0] } : null;
};
const fast = (text: string, ascii = false) => {
  const m = titleMatch(text, ascii);
  return m ? { index: m.index, text: m[0] } : null;
};

const pieces = [
  '2019', '2020', '2023', '20', '19', '2', '0', '二〇二三', '二O二二', '二零', '年', '年度', ' ', '\u3000', '\n', '|', '。', '，',
  '政府', '政务', '信息公开', '信息', '公开', '工作', '年度报告', '报告', '年报', '平潭县人民政府', '关于', '的',
  '三十个字的填充文字三十个字的填充文字三十个字的填充文字', '十二个字的填充文字十二个',
];
const lineArb = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));

describe('titleMatch finds what TITLE_RE finds', () => {
  it('on lines of years, report words, separators and long fillers', () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        expect(fast(line)).toEqual(oracle(line));
      }),
      { numRuns: 20000, seed: 20261207 },
    );
  });
  it('finds titles at all, from a start up to 60 characters before the year, not past a line break', () => {
    const filler = '填'.repeat(70);
    expect(fast(`${filler}2023年度政府信息公开工作年度报告`)).toEqual({ index: 10, text: `${'填'.repeat(60)}2023年度政府信息公开工作年度报告` });
    expect(fast('上一篇\n平潭县2023年政府信息公开年报')).toEqual({ index: 4, text: '平潭县2023年政府信息公开年报' });
    expect(fast('2020 2021年度政府信息公开工作年度报告')?.index).toBe(0);
  });
  it('reads full-width digits as ASCII unless told not to', () => {
    expect(fast('２０２３年度政府信息公开工作年度报告', true)).toEqual({ index: 0, text: '2023年度政府信息公开工作年度报告' });
    expect(fast('２０２３年度政府信息公开工作年度报告', false)).toBeNull();
  });
  it('on every line and every whole page of the review corpus', () => {
    const pages = loadPages();
    expect(pages.length).toBeGreaterThan(1000);
    let found = 0;
    for (const [name, , text] of pages) {
      for (const line of [text.slice(0, 5000), ...text.split('\n')]) {
        const want = oracle(line);
        if (want) found++;
        const got = fast(line);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect({ name, line, got }).toEqual({ name, line, got: want });
      }
    }
    expect(found).toBeGreaterThan(pages.length);
  });
});
