// Long exports run in chunks and report progress, yielding to the event loop in between
// so the page can paint its progress bar.

export type Progress = (done: number, total: number) => void;

export const CHUNK = 500;

/**
 * A turn of the event loop: a timer while the page is shown (the progress bar paints), a
 * message-channel task while it is hidden. A hidden tab's timers are clamped to a second and
 * budgeted: an export left to run behind another tab took 10–70× as long in Firefox (adv55 #10),
 * and a hidden page paints nothing anyway.
 */
export function yieldToUi(): Promise<void> {
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden' && typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

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

/**
 * The items of `chunks`, each turned into `value(item)` as it arrives, then put in `order` (by
 * `idOf`); items whose id is not in `order` follow in arrival order. Exports read rows in the
 * store's key order, which is faster, not in the order the user listed them. Yields to the page
 * after each chunk: the next one may have arrived already, and the progress bar should paint.
 */
export async function inOrder<T, V>(chunks: AsyncIterable<T[]>, idOf: (item: T) => string, value: (item: T) => V, order: string[]): Promise<V[]> {
  const byId = new Map<string, V>();
  for await (const chunk of chunks) {
    for (const item of chunk) byId.set(idOf(item), value(item));
    await yieldToUi();
  }
  const out: V[] = [];
  for (const id of order) {
    if (!byId.has(id)) continue;
    out.push(byId.get(id)!);
    byId.delete(id);
  }
  for (const v of byId.values()) out.push(v);
  return out;
}
