// Character-level normalisation that keeps string length unchanged, so offsets found in the
// normalised text are offsets in the block's text too (CellRefs rely on this).

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/** Full-width ASCII → ASCII, ideographic/NBSP spaces → ' ', '〇' kept. Length-preserving. */
export function toHalfWidth(s: string): string {
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= FULLWIDTH_START && c <= FULLWIDTH_END) || c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x200b || c === 0xfeff) {
      changed = true;
      break;
    }
  }
  if (!changed) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x200b || c === 0xfeff) out += ' ';
    else out += s[i];
  }
  return out;
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
