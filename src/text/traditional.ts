// Traditional-script pages (portal 繁体 views, scraped mirrors with pinyin glosses).
// The converter (tw+hk → cn: ./opencc-fast over opencc-js's dictionaries, ~70 KB) is imported
// only when a page needs it.

/**
 * Characters that exist only in Traditional script and are frequent in these reports.
 * Cheap test: a Simplified page contains none of them (a few at most in quoted names).
 * Looked up by char code in a table: a per-character Set lookup cost
 * ~0.5 ms on a 6,000-character page in Chromium (a string allocated per character), a regex
 * character class ~0.12 ms; this costs ~10 µs.
 */
const TRAD_ONLY_CHARS =
  '國會來時個們說為與關開發書長門問處條號從還這過進實現機構數據資報稱應當對區縣鎮鄉點擊訊網絡務產業經濟'
  + '計劃際導檢審議複訴訟請結轉總規範許罰強製費採購級編輯單聯繫電話傳郵辦頁題標簽統體';
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
// indexed by the whole char code (64 KB): no range test per character
const TRAD_ONLY = new Uint8Array(0x10000);
for (let i = 0; i < TRAD_ONLY_CHARS.length; i++) {
  const c = TRAD_ONLY_CHARS.charCodeAt(i);
  if (c < CJK_FIRST || c > CJK_LAST) throw new Error(`TRAD_ONLY_CHARS: ${TRAD_ONLY_CHARS[i]} is outside the CJK block`);
  TRAD_ONLY[c] = 1;
}

/**
 * Counts Traditional-only characters; conversion is needed when there are several. A char loop:
 * ~10 µs on a 6,000-character page once optimised, but 1–4 ms on the first call in a fresh page
 * (interpreted). A regex with the same character class costs ~0.25 ms on the first call but
 * 110–190 µs every time (V8 tests the 100-character class by search at every position).
 */
export function traditionalScore(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += TRAD_ONLY[text.charCodeAt(i)]!;
  return n;
}

export function needsConversion(text: string): boolean {
  const score = traditionalScore(text);
  return score >= 5 && score / Math.max(1, text.length) > 0.002;
}

export type Converter = (text: string) => string;
let converterPromise: Promise<Converter> | null = null;

// Node (CLI, tests) imports the modules. The browser build installs its own loader (the separate
// /opencc.js bundle, see entrypoints/opencc.ts): WXT inlines dynamic imports into its IIFE bundles,
// so the specifiers are kept out of the bundler's sight to keep opencc out of the page-side code.
const CONVERTER_MODULES = ['./opencc-fast', 'opencc-js/from/tw', 'opencc-js/from/hk', 'opencc-js/to/cn'];
let converterLoader = async (): Promise<Converter> => {
  const [fast, tw, hk, cn] = await Promise.all(CONVERTER_MODULES.map((m) => import(/* @vite-ignore */ m)));
  return (fast as typeof import('./opencc-fast')).createFastConverter(tw.default, hk.default, cn.default);
};

/** Replaces how the converter is loaded (browser bundles); the next loadConverter() uses it. */
export function setConverterLoader(load: () => Promise<Converter>): void {
  converterLoader = load;
  converterPromise = null;
}

/** Loads the tw+hk → cn converter once (lazily, so simplified pages never pay for it). */
export function loadConverter(): Promise<Converter> {
  converterPromise ??= converterLoader().catch((e: unknown) => {
    converterPromise = null; // let a later page retry
    throw e;
  });
  return converterPromise;
}

// A pinyin gloss: "(zhèn)" right after a CJK character (U+3400..U+9FFF): 1–7 letters, a–z or
// with tone marks, never digits. Found by hand rather than with a lookbehind regex (0.05 → 0.00x ms
// over seed 003's blocks); test/unit/text/pinyin-same-as-before.test.ts pins it to that regex.
const PINYIN_LETTERS = 'abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê';
const PINYIN_TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const LETTER = 1;
const TONED = 2;
const PINYIN_KIND = new Uint8Array(0x200); // all the letters are below U+0200
for (const ch of PINYIN_LETTERS) PINYIN_KIND[ch.charCodeAt(0)] = LETTER;
for (const ch of PINYIN_TONED) PINYIN_KIND[ch.charCodeAt(0)]! |= TONED;

// Zhuyin (bopomofo, U+3105–U+312F) and its tone marks ˇ ˊ ˋ ˙: a Taiwan page's gloss, 申(ㄕㄣ).
// Nothing else is printed in those characters, so such a gloss needs no tone mark to be one.
const ZHUYIN = 4;
const ZHUYIN_TONE = 8;
const zhuyinKind = (c: number): number =>
  c >= 0x3105 && c <= 0x312f ? ZHUYIN : c === 0x2c7 || c === 0x2ca || c === 0x2cb || c === 0x2d9 ? ZHUYIN_TONE : 0;

/** Set by glossEnd: whether the gloss found has a tone mark (or is zhuyin). */
let glossToned = false;

/**
 * The next "(" or "（" at or after `from`, or -1: a gloss in full-width parentheses, 報（bào）告, is
 * one too (it had been left in every label).
 */
function nextOpen(text: string, from: number): number {
  const a = text.indexOf('(', from);
  const b = text.indexOf('（', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/**
 * Where the gloss whose "(" or "（" is at p ends (past its ")" or "）"); -1 when p starts none. A
 * tone may be written as a number after the letters, 報(bao4): such a gloss is toned.
 */
function glossEnd(text: string, p: number): number {
  const before = text.charCodeAt(p - 1); // NaN at p = 0
  if (!(before >= 0x3400 && before <= 0x9fff)) return -1;
  let kinds = 0;
  let q = p + 1;
  for (; q < text.length && q - p <= 8; q++) {
    const c = text.charCodeAt(q);
    const k = c < 0x200 ? PINYIN_KIND[c]! : zhuyinKind(c);
    if (k === 0) break;
    kinds |= k;
  }
  const letters = q - p - 1;
  const toneNumber = kinds === LETTER || kinds === (LETTER | TONED) ? text.charCodeAt(q) >= 0x31 && text.charCodeAt(q) <= 0x35 : false;
  const close = text.charCodeAt(toneNumber ? q + 1 : q);
  if (letters < 1 || letters > 7 || (close !== 0x29 /* ) */ && close !== 0xff09 /* ） */)) return -1;
  // zhuyin: at least one of its letters, and nothing but zhuyin (a tone mark alone is no gloss)
  if ((kinds & (ZHUYIN | ZHUYIN_TONE)) !== 0 && ((kinds & ZHUYIN) === 0 || (kinds & ~(ZHUYIN | ZHUYIN_TONE)) !== 0)) return -1;
  glossToned = toneNumber || (kinds & (TONED | ZHUYIN)) !== 0;
  return (toneNumber ? q + 1 : q) + 1;
}

/**
 * Where a word's gloss whose "(" is at p ends: words of 1–14 letters, two to six of them with
 * a space between, with a tone mark (行政许可(xíngzhèng xǔkě): the row's label had been left with its gloss,
 * and the row unread, reviewer 111 W2); -1 when p starts none. Sets glossToned.
 */
function wordGlossEnd(text: string, p: number): number {
  const before = text.charCodeAt(p - 1);
  if (!(before >= 0x3400 && before <= 0x9fff)) return -1;
  let kinds = 0;
  let groups = 0;
  let q = p + 1;
  for (;;) {
    const start = q;
    for (; q < text.length && q - start <= 14; q++) {
      const c = text.charCodeAt(q);
      const k = c < 0x200 ? PINYIN_KIND[c]! : 0;
      if (k === 0) break;
      kinds |= k;
    }
    if (q === start || q - start > 14) return -1;
    groups++;
    if (text.charCodeAt(q) !== 0x20 || groups === 6) break;
    q++;
  }
  const close = text.charCodeAt(q);
  if (groups < 2 || (kinds & TONED) === 0 || (close !== 0x29 && close !== 0xff09)) return -1;
  glossToned = true;
  return q + 1;
}

/** glossEnd, else wordGlossEnd */
const anyGlossEnd = (text: string, p: number): number => {
  const end = glossEnd(text, p);
  return end >= 0 ? end : wordGlossEnd(text, p);
};

/**
 * Removes pinyin glosses such as 鎮(zhèn) or 數(shù), 许可(xǔkě) or 行政许可(xíngzhèng xǔkě), and zhuyin ones such as 申(ㄕㄣ). To avoid eating real parentheses
 * like 机构(ABC), a gloss must carry a tone mark unless the page has toned glosses elsewhere.
 */
export function stripPinyin(text: string, allowToneless = false): { text: string; count: number } {
  let count = 0;
  let out = '';
  let from = 0;
  for (let p = nextOpen(text, 0); p >= 0; ) {
    const end = anyGlossEnd(text, p);
    if (end < 0) {
      p = nextOpen(text, p + 1);
      continue;
    }
    if (allowToneless || glossToned) {
      out += text.slice(from, p);
      from = end;
      count++;
    }
    p = nextOpen(text, end);
  }
  return { text: count === 0 ? text : out + text.slice(from), count };
}

/** True when the page carries toned pinyin glosses after CJK characters. */
export function hasPinyinGlosses(text: string): boolean {
  let toned = 0;
  for (let p = nextOpen(text, 0); p >= 0; ) {
    const end = anyGlossEnd(text, p);
    if (end < 0) {
      p = nextOpen(text, p + 1);
      continue;
    }
    if (glossToned && ++toned >= 2) return true;
    p = nextOpen(text, end);
  }
  return false;
}
