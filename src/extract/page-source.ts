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
 * saved as UTF-8 often keeps a stale <meta charset="gbk">, and GBK Chinese is never valid UTF-8);
 * else Big5 when the page says so or, saying nothing, reads as Big5 only; else GBK.
 */
export function decodePage(bytes: Uint8Array): string {
  const bom = utf16Bom(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const charset = /<meta[^>]+charset\s*=\s*(?:["']\s*)?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (charset === 'big5' || charset === 'big5-hkscs') return new TextDecoder('big5').decode(bytes);
    const gbk = new TextDecoder('gbk').decode(bytes);
    if (charset) return gbk;
    // no charset said (a saved .txt): Big5 when only that decoding reads 政府, which every report prints
    const big5 = new TextDecoder('big5').decode(bytes);
    return !gbk.includes('政府') && big5.includes('政府') ? big5 : gbk;
  }
}

/** HTML for a page: each line of a .txt page becomes a paragraph (escaped); fragments get a body. */
export function pageHtml(text: string, isText: boolean): string {
  if (isText) {
    const body = text.split(/\r?\n/).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
    return `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  }
  if (/<html[\s>]/i.test(text)) return text;
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${text}</body></html>`;
}
