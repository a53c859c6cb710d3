import { describe, expect, it } from 'vitest';
import { CN_DATE_SOURCE, isoDate, isoFromChinese } from '../../../src/text/dates';
import { digitDates } from '../../../src/text/dates';

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

describe('digitDates', () => {
  it.each([
    ['统计期限为二〇二一年一月一日至二〇二一年十二月三十一日。', '统计期限为2021年1月1日至2021年12月31日。'],
    ['二O二一年元月一日至十二月三十一日', '2021年1月1日至12月31日'],
    ['统计时间：二〇二一年一月至十二月', '统计时间：2021年1月至12月'],
    ['二〇二一年度', '2021年度'],
  ])('%s → %s', (cn, digits) => expect(digitDates(cn)).toBe(digits));

  it.each(['统计期限为一年', '统计期限为2021年1月1日至2021年12月31日', '十二三四五年', '第一次'])('%s stays as it is', (s) => expect(digitDates(s)).toBe(s));
});
