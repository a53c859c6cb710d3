// A real library database at an earlier schema version, for the migration tests.
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import type { SavedReport } from '../../../src/db/schema';
import { toSummary } from '../../../src/db/summary';

/**
 * A real database at an earlier `version`, made by running this code's migrations only that far,
 * holding `rows` and their summaries as the code of that version wrote them.
 */
export async function createDatabaseAt(version: number, rows: SavedReport[]): Promise<void> {
  const old = await openLibraryDb(version);
  if (old.version !== version) throw new Error(`opened at version ${old.version}, not ${version}`);
  const tx = old.transaction(['reports', 'summaries'], 'readwrite');
  for (const row of rows) {
    await tx.objectStore('reports').put(row);
    await tx.objectStore('summaries').put(toSummary(row));
  }
  await tx.done;
  await closeLibraryDb();
}
