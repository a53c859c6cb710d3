import { describe, expect, it } from 'vitest';
import { CN_DATE_SOURCE, isoDate, isoFromChinese } from '../../../src/text/dates';

const read = (s: string): string | null => {
  const m = new RegExp(CN_DATE_SOURCE).exec(s);
  return m ? isoFromChinese(m[1]!, m[2]!, m[3]!) : null;
};

describe('dates', () => {
  it('rejects impossible calendar dates', () => {
    expect(isoDate(2019, 2, 29)).toBeNull();
    expect(isoDate(2020, 2, 29)).toBe('2020-02-29');
    expect(isoDate(2019, 13, 1)).toBeNull();
    expect(isoDate(1980, 1, 1)).toBeNull();
  });
  it.each([
    ['二○一二年元月二十日', '2012-01-20'],
    ['二〇一九年三月二十五日', '2019-03-25'],
    ['二〇一八年十二月三十一日', '2018-12-31'],
    ['二零二零年十月十日', '2020-10-10'],
    ['二〇二一年正月九日', '2021-01-09'],
    ['二〇二一年二月三十日', null],
    // the Latin letter O for 〇, as official documents often print it (was not read)
    ['二O二三年一月二十日', '2023-01-20'],
    ['二o二三年一月二十日', '2023-01-20'],
  ])('%s → %s', (printed, iso) => {
    expect(read(printed)).toBe(iso);
  });
});
