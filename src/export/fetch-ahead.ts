// Exports read their rows from the background in chunks. Asking for the next chunk before the
// page works on the one it holds lets the background read IndexedDB (and serialise the answer)
// while the page decodes and writes: the two overlap instead of taking turns.

export interface FetchedChunk<T> {
  rows: T[];
  /** ids asked for so far, this chunk's included (for progress) */
  done: number;
}

/**
 * The rows of `ids`, `size` ids per `fetch`, in order, always one request ahead. A failed
 * request ends the loop with its error when its turn comes; one still pending when the
 * consumer stops early is not left as an unhandled rejection.
 */
export async function* fetchAhead<T>(ids: string[], size: number, fetch: (ids: string[]) => Promise<T[]>): AsyncGenerator<FetchedChunk<T>> {
  if (size < 1) throw new Error(`fetchAhead: chunk size ${size}`);
  const request = (from: number): Promise<T[]> => {
    const pending = fetch(ids.slice(from, from + size));
    pending.catch(() => undefined); // seen when awaited below; this only keeps an abandoned one quiet
    return pending;
  };
  let next = ids.length > 0 ? request(0) : null;
  for (let from = 0; next; from += size) {
    const rows = await next;
    next = from + size < ids.length ? request(from + size) : null;
    yield { rows, done: Math.min(from + size, ids.length) };
  }
}
