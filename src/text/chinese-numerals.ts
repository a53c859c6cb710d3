// Counts written in Chinese numerals, as narratives print small ones: 行政复议三件, 收到申请十二件,
// 一百零五件, 两千三百件. Not read before: a narrative count written so was never compared with
// the tables.

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a count in Chinese numerals is written with (for a regex class). */
export const CN_COUNT_CHARS = '零〇一二两三四五六七八九十百千万';

/**
 * A count in Chinese numerals as a number: positional with units (一百零五 = 105, 十二 = 12,
 * 两千三百 = 2300, 三万零五百 = 30500), up to 万 groups. Null for anything that is not one well-formed
 * count: digits run together without units (一二三, a year such as 二〇二二), a unit twice in a
 * group (十十), a unit before a bigger one (十百).
 */
export function readChineseCount(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let group = 0; // below 万
  let digit: number | null = null;
  let lastUnit = Infinity; // units in a group must fall
  if (s === '零' || s === '〇') return 0;
  for (const c of s) {
    // 零 holds the place of a missing unit (一百零五), after a unit only
    if (c === '零' || c === '〇') {
      if (digit !== null || (lastUnit === Infinity && total === 0)) return null;
      continue;
    }
    if (c in DIGIT) {
      if (digit !== null) return null; // 一二: digits run together
      digit = DIGIT[c]!;
      continue;
    }
    if (c === '万') {
      if (digit !== null) group += digit;
      if (group === 0 || total > 0) return null; // 万 alone, or twice
      total = group * 10_000;
      group = 0;
      digit = null;
      lastUnit = Infinity;
      continue;
    }
    const unit = UNIT[c];
    if (unit === undefined || unit >= lastUnit) return null;
    // a leading 十 is 一十 (十二 = 12); elsewhere a unit needs its digit (零 is a placeholder, not one)
    if (digit === null && !(unit === 10 && group === 0 && total === 0)) return null;
    group += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  if (digit !== null) group += digit;
  return total + group;
}
