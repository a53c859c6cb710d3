// Traditional-script pages (portal 繁体 views, scraped mirrors with pinyin glosses).
// The converter (tw+hk → cn: ./opencc-fast over opencc-js's dictionaries, ~70 KB) is imported
// only when a page needs it.

/**
 * Characters that exist only in Traditional script and are frequent in these reports.
 * Cheap test: a Simplified page contains none of them (a few at most in quoted names).
 * Looked up by char code in a bitmap over the CJK block: a per-character Set lookup cost
 * ~0.5 ms on a 6,000-character page in Chromium (a string allocated per character), a regex
 * character class ~0.12 ms; this costs a few microseconds.
 */
const TRAD_ONLY_CHARS =
  '國會來時個們說為與關開發書長門問處條號從還這過進實現機構數據資報稱應當對區縣鎮鄉點擊訊網絡務產業經濟'
  + '計劃際導檢審議複訴訟請結轉總規範許罰強製費採購級編輯單聯繫電話傳郵辦頁題標簽統體';
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const TRAD_ONLY = new Uint8Array(CJK_LAST - CJK_FIRST + 1);
for (let i = 0; i < TRAD_ONLY_CHARS.length; i++) {
  const c = TRAD_ONLY_CHARS.charCodeAt(i);
  if (c < CJK_FIRST || c > CJK_LAST) throw new Error(`TRAD_ONLY_CHARS: ${TRAD_ONLY_CHARS[i]} is outside the CJK block`);
  TRAD_ONLY[c - CJK_FIRST] = 1;
}

/** Counts Traditional-only characters; conversion is needed when there are several. */
export function traditionalScore(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= CJK_FIRST && c <= CJK_LAST) n += TRAD_ONLY[c - CJK_FIRST]!;
  }
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

// "(zhèn)" right after a CJK character: letters with tone marks only, never digits.
const PINYIN_AFTER_CJK = /(?<=[\u3400-\u9fff])\((?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)/g;
const PINYIN_TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/**
 * Removes pinyin glosses such as 鎮(zhèn) or 數(shù). To avoid eating real parentheses
 * like 机构(ABC), a gloss must carry a tone mark unless the page has toned glosses elsewhere.
 */
export function stripPinyin(text: string, allowToneless = false): { text: string; count: number } {
  let count = 0;
  const out = text.replace(PINYIN_AFTER_CJK, (m) => {
    if (!allowToneless && !PINYIN_TONED.test(m)) return m;
    count++;
    return '';
  });
  return { text: out, count };
}

/** True when the page carries toned pinyin glosses after CJK characters. */
export function hasPinyinGlosses(text: string): boolean {
  PINYIN_AFTER_CJK.lastIndex = 0;
  let m: RegExpExecArray | null;
  let toned = 0;
  while ((m = PINYIN_AFTER_CJK.exec(text))) {
    if (PINYIN_TONED.test(m[0])) toned++;
    if (toned >= 2) return true;
  }
  return false;
}
