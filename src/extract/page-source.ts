// Turning a saved page (bytes of .html or .txt) into HTML for a DOM parser (CLI, tests, scripts).

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The UTF-16 encoding a byte-order mark names, or null. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decodes bytes: UTF-16 by its byte-order mark; else UTF-8 when the bytes are valid UTF-8 (a page
 * saved as UTF-8 often keeps a stale <meta charset="gbk">, and GBK Chinese is never valid UTF-8),
 * or all but a few bytes are (see decodePageNoting); else Big5 when the page says so or, saying
 * nothing, reads as Big5 only; else GBK.
 */
export function decodePage(bytes: Uint8Array): string {
  return decodePageNoting(bytes).text;
}

/** UTF-8 with this many bad bytes at most (and ≤ 1 in 1,000 characters) is still UTF-8. */
const STRAY_BYTES = 8;

/**
 * decodePage, saying how many bytes could not be read. A UTF-8 page cut off inside a character,
 * or with one stray byte, was decoded as GBK whole (every character garbled, "not a report"):
 * a GBK report decoded as UTF-8 has thousands of bad sequences, a damaged UTF-8 page a few.
 */
export function decodePageNoting(bytes: Uint8Array): { text: string; encoding: string; unreadBytes: number } {
  const bom = utf16Bom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, unreadBytes: 0 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', unreadBytes: 0 };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const bad = replacements(lossy) - printedReplacements(bytes);
    if (bad <= STRAY_BYTES && bad * 1000 <= lossy.length) return { text: lossy, encoding: 'utf-8', unreadBytes: bad };
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const charset = /<meta[^>]+charset\s*=\s*(?:["']\s*)?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (charset === 'big5' || charset === 'big5-hkscs') return { text: new TextDecoder('big5').decode(bytes), encoding: 'big5', unreadBytes: 0 };
    const gbk = new TextDecoder('gbk').decode(bytes);
    if (charset) return { text: gbk, encoding: 'gbk', unreadBytes: 0 };
    // no charset said (a saved .txt): Big5 when only that decoding reads 政府, which every report prints
    const big5 = new TextDecoder('big5').decode(bytes);
    return !gbk.includes('政府') && big5.includes('政府') ? { text: big5, encoding: 'big5', unreadBytes: 0 } : { text: gbk, encoding: 'gbk', unreadBytes: 0 };
  }
}

const replacements = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
};
/** the U+FFFD the page prints itself (its UTF-8 bytes EF BF BD), not counted as unread */
const printedReplacements = (bytes: Uint8Array): number => {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
};

/** A page saved as "Webpage, Single File" (MHTML): a MIME wrapper, its HTML quoted-printable. */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /^(?:From: .*\r?\n)?(?:[\w-]+: .*\r?\n)*MIME-Version:/i.test(head) && /multipart\/related/i.test(head);
}

/**
 * Binary (an image, a PDF, a zip), not a page: a PDF by its signature, else NUL bytes in more
 * than 1 in 1,000 of its first 8,000 bytes. NUL padding at the end of a saved page (some CMS
 * exports) and a stray NUL in its text do not count; the NULs are dropped when it is read.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Bom(bytes)) return false;
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return true; // %PDF
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  const head = bytes.subarray(0, Math.min(end, 8000));
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  return nul > head.length / 1000;
}

/** Markup a text file holds when it is really a saved HTML page (its name says .txt). */
const HTML_MARKUP = /<(?:!doctype\s+html|html|head|body|table|div|p)[\s>]/i;
export const looksLikeHtml = (text: string): boolean => HTML_MARKUP.test(text.slice(0, 5000));

/**
 * A line of a table copied from a browser (its cells split by tabs, an empty cell kept as two tabs) with its cells
 * split by bars instead, as a pipe-text copy prints them: `（一）予以公开⇥12⇥2⇥⇥0⇥0⇥0⇥14` is `（一）予以公开 | 12 | 2 |  | 0 | 0 | 0 | 14 |`.
 * Read with spaces for tabs, the empty cell was lost, and every row a cell short was left unread ("the text does not say
 * which": audit 139 T03, T07). Only a row: label cells, then cells each blank or holding a digit or a placeholder,
 * at least one a digit, one blank after a value; indentation is no cell. Other lines are as they were.
 */
export function tabRowWithBars(line: string): string {
  if (!line.includes('\t')) return line;
  const cells = line.replace(/^\s+/, '').split('\t');
  if (cells.length < 2) return line;
  let first = 1; // the first value cell: every cell from it on is blank or a value
  while (first < cells.length && !TAB_VALUE_CELL.test(cells[first]!)) first++;
  for (let i = cells.length - 1; i >= first; i--) if (!TAB_VALUE_CELL.test(cells[i]!) && cells[i]!.trim() !== '') return line;
  if (first === cells.length || !cells.slice(first).some((c) => /\d/.test(c))) return line;
  // (only when a cell after the first value is empty: empty cells before every value may be the label's own columns left empty
  // in an unmerged table, `一、本年新收…⇥⇥⇥6⇥1⇥…`, which spaces drop as before; kept, those rows were a cell too many, audit 141 B05)
  const firstValue = cells.findIndex((c, i) => i >= first && c.trim() !== '');
  if (!cells.slice(firstValue + 1).some((c) => c.trim() === '')) return line;
  return `${cells.map((c) => c.trim()).join(' | ')} |`;
}
/** a table cell's value: a number (signs, groups, decimals, a unit or footnote mark after it), a placeholder, 零 */
const TAB_VALUE_CELL = /^\s*(?:[+\-－]?[\d０-９][\d０-９,，.．]*\S{0,3}|[—－–\-/／]+|无|零|〇)?\s*$/;

/** HTML for a page: each line of a .txt page becomes a paragraph (escaped); fragments get a body. */
export function pageHtml(text: string, isText: boolean): string {
  if (isText) {
    // every line break a text file may use: CR alone (old Mac), U+2028/2029 (one paragraph of 4,000 characters before)
    const body = text.split(/\r\n?|\n|[\u2028\u2029]/).map((l) => `<p>${escapeHtml(tabRowWithBars(l))}</p>`).join('\n');
    return `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  }
  if (/<html[\s>]/i.test(text)) return text;
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${text}</body></html>`;
}
