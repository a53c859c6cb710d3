// Turning a saved page (bytes of .html or .txt) into HTML for a DOM parser (CLI, tests, scripts).

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Decodes bytes: UTF-8 unless a <meta charset> says GBK/GB2312 (or the bytes are not UTF-8). */
export function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const charset = m?.[1]?.toLowerCase();
  if (charset && /^(gbk|gb2312|gb18030)$/.test(charset)) return new TextDecoder('gbk').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
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
