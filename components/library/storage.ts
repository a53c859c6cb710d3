// The storage line of the library page: whether the browser may evict the library.
import type { PersistState } from './LibraryApp';

type StorageApi = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Whether the library is kept; with `ask`, asks the browser to keep it first. Chromium answers
 * persist() at once by its own rules; Firefox shows a prompt that stays pending until answered,
 * and asks again at every opening when declined (adv55 #3), so there it is asked from a click.
 */
export async function storageState(ask: boolean, storage: StorageApi | undefined = globalThis.navigator?.storage): Promise<PersistState> {
  try {
    if (!storage?.persist) return 'unknown';
    if (await storage.persisted()) return 'persistent';
    if (!ask) return 'best-effort';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}
