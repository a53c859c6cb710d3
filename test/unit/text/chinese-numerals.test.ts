import { describe, expect, it } from 'vitest';
import { readChineseCount } from '../../../src/text/chinese-numerals';

describe('readChineseCount', () => {
  it.each([
    ['一', 1], ['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['二十五', 25], ['一百', 100], ['一百零五', 105],
    ['一百一十', 110], ['两千三百', 2300], ['三千零二十', 3020], ['一万', 10000], ['三万零五百', 30500], ['零', 0], ['两', 2],
  ])('%s = %d', (s, n) => expect(readChineseCount(s)).toBe(n));

  it.each(['', '一二', '二〇二二', '十十', '十百', '百', '万', '一万万', '零十', '三x'])('%s is no count', (s) => {
    expect(readChineseCount(s)).toBeNull();
  });
});
