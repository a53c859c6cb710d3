// Opens (and upgrades) the library database. Only the background calls this:
// a content script's IndexedDB belongs to the web site, not to the extension.
import { openDB, type IDBPDatabase } from 'idb';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION, type LibrarySchema } from './schema';
import { LibraryError } from './errors';

let cached: Promise<IDBPDatabase<LibrarySchema>> | null = null;

export function openLibraryDb(version = DB_VERSION): Promise<IDBPDatabase<LibrarySchema>> {
  if (cached) return cached;
  const opening = new Promise<IDBPDatabase<LibrarySchema>>((resolve, reject) => {
    let gaveUp = false;
    openDB<LibrarySchema>(DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        runMigrations(db, tx, oldVersion, newVersion ?? version);
      },
      blocked() {
        gaveUp = true;
        reject(new LibraryError('blocked'));
      },
      blocking() {
        // A newer version wants to upgrade (another extension context): let it.
        void opening.then((db) => db.close());
        cached = null;
      },
      terminated() {
        cached = null;
      },
    }).then((db) => {
      // Opened after we reported "blocked": nobody holds this connection, so close it.
      if (gaveUp) db.close();
      else resolve(db);
    }, reject);
  });
  cached = opening;
  opening.catch(() => {
    if (cached === opening) cached = null;
  });
  return opening;
}

/** Tests: forget the cached connection (after swapping globalThis.indexedDB). */
export async function closeLibraryDb(): Promise<void> {
  const c = cached;
  cached = null;
  if (c) (await c.catch(() => null))?.close();
}
