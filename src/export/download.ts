// Saves a file from an extension page: Blob + object URL + <a download> (no downloads permission).

export function downloadBlob(parts: BlobPart[], filename: string, type: string): void {
  const blob = new Blob(parts, { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** e.g. 年报助手-reports-2026-11-23.csv */
export function exportFilename(what: string, ext: string, now: Date = new Date()): string {
  return `年报助手-${what}-${now.toISOString().slice(0, 10)}.${ext}`;
}
