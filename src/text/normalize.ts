// Character-level normalisation that keeps string length unchanged, so offsets found in the
// normalised text are offsets in the block's text too (CellRefs rely on this).

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/**
 * Per char code: the ASCII code it becomes, or 0 when it stays. Full-width ASCII (U+FF01–FF5E)
 * → ASCII; ideographic, no-break, en, em, thin and zero-width spaces and the BOM → ' '.
 */
const HALF_WIDTH = new Uint8Array(0x10000);
for (let c = FULLWIDTH_START; c <= FULLWIDTH_END; c++) HALF_WIDTH[c] = c - 0xfee0;
for (const c of [0x3000, 0x00a0, 0x2002, 0x2003, 0x2009, 0x200b, 0xfeff]) HALF_WIDTH[c] = 0x20;
const ASCII: string[] = [];
for (let c = 0; c < 0x80; c++) ASCII.push(String.fromCharCode(c));

/**
 * Full-width ASCII → ASCII, ideographic/NBSP/thin/zero-width spaces → ' ', '〇' kept. Length-preserving.
 * A table lookup per char, and the unchanged stretches copied as slices: on a report's whole
 * stream (Chinese punctuation ，：（）is full-width, hundreds of matches) a regex replace with a
 * callback per match cost about twice as much in Chromium. test/unit/text/half-width-same-as-before
 * pins it to that regex.
 */
export function toHalfWidth(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const r = HALF_WIDTH[s.charCodeAt(i)]!;
    if (r === 0) continue;
    out += s.slice(last, i) + ASCII[r]!;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
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
