// Character-level normalisation that keeps string length unchanged, so offsets found in the
// normalised text are offsets in the block's text too (CellRefs rely on this).

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

// U+2212 (the mathematical minus, what Word's equation and some CMS editors print in 本年增/减)
// is read as '-': left as it was, "−2" was unreadable text
// ︰ ∶ ﹕ (Hong Kong pages' colons) are ':': "发布日期︰2020年…" lost its date; a CJK compatibility
// ideograph (U+F900–FAFF, from some CMS fonts) is its unified character, as NFKC has it (spec §6)
const HALF_WIDTH_TARGETS = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\u2212\ufe30\u2236\ufe55\uf900-\ufaff]/g;
const halfWidthChar = (ch: string): string => {
  const c = ch.charCodeAt(0);
  if (c === 0x2212) return '-';
  if (c === 0xfe30 || c === 0x2236 || c === 0xfe55) return ':';
  if (c >= 0xf900 && c <= 0xfaff) {
    const unified = ch.normalize('NFKC');
    return unified.length === 1 ? unified : ch; // length kept: offsets rely on it
  }
  return c >= FULLWIDTH_START && c <= FULLWIDTH_END ? String.fromCharCode(c - 0xfee0) : ' ';
};

/**
 * Full-width ASCII → ASCII, U+2212 minus → '-', ideographic/NBSP/thin/zero-width spaces → ' ', '〇' kept. Length-preserving.
 * One regex pass (was a char-by-char `+=` loop: slow on a whole-page stream). A table-driven char
 * loop is about twice as fast once V8 has optimised it, but the product runs this once per page,
 * before anything is optimised: in a fresh Chromium page the loop took 0.7–4 ms on a 6,000-character
 * stream, the regex 0.15–0.5 ms (V8's regex engine needs no warm-up of our code).
 */
export function toHalfWidth(s: string): string {
  return s.replace(HALF_WIDTH_TARGETS, halfWidthChar);
}

/** True when the text holds full-width digits (recorded as a text transform). */
export function hasFullWidthDigits(s: string): boolean {
  return /[０-９]/.test(s);
}

/** Collapses runs of whitespace (incl. newlines) to one space and trims. */
export function squashSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Label form for matching: half-width, no whitespace, unified quotes and parentheses. */
export function compactLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/\s+/g, '')
    .replace(/[“”„「」『』‘’"']/g, '"')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}
