// Long exports run in chunks and report progress, yielding to the event loop in between
// so the page can paint its progress bar.

export type Progress = (done: number, total: number) => void;

export const CHUNK = 500;

export const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Maps rows chunk by chunk; `onProgress` sees (rows done, total) after each chunk. */
export async function mapInChunks<T, R>(
  rows: T[],
  fn: (chunk: T[], start: number) => R,
  onProgress?: Progress,
  size = CHUNK,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += size) {
    out.push(fn(rows.slice(i, i + size), i));
    onProgress?.(Math.min(i + size, rows.length), rows.length);
    if (i + size < rows.length) await yieldToUi();
  }
  if (rows.length === 0) onProgress?.(0, 0);
  return out;
}
