// Dates as printed on report pages: ISO-like (2019-01-18, 2019.1.18, 2019年1月18日) and the
// Chinese-numeral form of signature lines (二〇一九年三月二十五日, 二○一二年元月二十日).

/** ISO date when y/m/d form a plausible calendar date, else null. */
export function isoDate(y: string | number, m: string | number, d: string | number): string | null {
  const yy = Number(y);
  const mm = Number(m);
  const dd = Number(d);
  if (!(yy > 1990 && yy < 2100 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31)) return null;
  if (dd > daysInMonth(yy, mm)) return null;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** How many days month `m` (1–12) of year `y` has: its last day. */
export function daysInMonth(y: string | number, m: string | number): number {
  return new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
}

const CN_DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0, 'o': 0, '0': 0, '０': 0,
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** 一…九, 十, 十二, 二十, 二十五, 三十一 (and 元/正 for the first month) → number, else null. */
function cnSmallNumber(s: string): number | null {
  if (s === '元' || s === '正') return 1;
  const single = CN_DIGIT[s];
  if (s.length === 1 && single !== undefined && single > 0) return single;
  const m = /^([一二三])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[2] ? CN_DIGIT[m[2]]! : 0);
}

// the Latin letter O for 〇 (二O二三年) is common in official documents
const CN_YEAR = '[〇○零ＯOo0０一二三四五六七八九]{4}';
const CN_MONTH = '(?:元|正|十[一二]?|[一二三四五六七八九])';
const CN_DAY = '(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
/** a Chinese-numeral date; groups: year, month, day */
export const CN_DATE_SOURCE = `(${CN_YEAR})\\s*年\\s*(${CN_MONTH})\\s*月\\s*(${CN_DAY})\\s*日`;

/** A year written in Chinese numerals digit by digit (二〇一九, 二O二三) as a number, else null. */
export function yearFromDigits(year: string): number | null {
  let y = 0;
  for (const c of year) {
    const d = CN_DIGIT[c];
    if (d === undefined) return null;
    y = y * 10 + d;
  }
  return y;
}

/** Reads the groups of CN_DATE_SOURCE into an ISO date. */
export function isoFromChinese(year: string, month: string, day: string): string | null {
  const y = yearFromDigits(year);
  if (y === null) return null;
  const m = cnSmallNumber(month);
  const d = cnSmallNumber(day);
  return m === null || d === null ? null : isoDate(y, m, d);
}

/**
 * `text` with dates written in Chinese numerals in digits: 二〇二一年一月一日至十二月三十一日 →
 * 2021年1月1日至12月31日 (a year of four numerals before 年, a month before 月, a day before 日 or 号);
 * text without such numerals is returned as it is.
 */
export function digitDates(text: string): string {
  if (!CN_NUMERAL.test(text)) return text;
  return text
    .replace(CN_YEAR_BEFORE_NIAN, (y) => String(yearFromDigits(y) ?? y))
    .replace(CN_MONTH_OR_DAY, (n, month: string | undefined, day: string | undefined) => String(cnSmallNumber((month ?? day)!) ?? n));
}
const CN_NUMERAL = /[〇○零一二三四五六七八九十元正]\s*[年月日号]/;
// (19xx or 20xx: four numerals of a longer run before 年 are no year)
const CN_YEAR_BEFORE_NIAN = /(?<![〇○零ＯOo0０一二三四五六七八九十])(?:一九|二[〇○零ＯOo0０])[〇○零ＯOo0０一二三四五六七八九]{2}(?=\s*年)/g;
// (a month after a year, a clause's start or 至/到/-; a day after a month: not 三十一日's 一日 alone)
const CN_MONTH_OR_DAY = new RegExp(`(?<=年\\s*|[至到\\-－—~～]\\s*|^)(${CN_MONTH})(?=\\s*月)|(?<=月\\s*)(${CN_DAY})(?=\\s*[日号])`, 'g');

