// Explicit, ordered schema migrations. migrations[n] takes a database at version n-1 to n.
// Each runs inside the version-change transaction, so a failure aborts the whole upgrade
// and the database stays at its old version with every record intact.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { countFindings, agencyOf, toSummary } from './summary';
import { rowsToCurrentForm, type RwTx } from './store';
import { encodeListing, LISTING_FORMAT } from './listing';
import { EXPORT_FINDINGS_LAYOUT, toExportFindings } from './export-findings';
import { toExportValues } from './export-values';
import { amountsToKeyUnits } from '../model/amounts';
import type { LibrarySchema, SavedReport, SavedReportV1 } from './schema';

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx) => Promise<void>;

/** v1 → v2: derive agency/year/format/counts on every row and build the indexed summaries store. */
export function upgradeV1Row(old: SavedReportV1): SavedReport {
  const meta = old.record.meta;
  return {
    ...old,
    crossYear: [],
    agency: agencyOf(old.record, old.id),
    year: meta.reportYear,
    format: meta.formatVersion,
    counts: countFindings(old.findings),
    saveCount: 1,
  };
}

export const migrations: Record<number, Migration> = {
  // v1: one store of full rows keyed by canonical URL.
  1: async (db) => {
    db.createObjectStore('reports', { keyPath: 'id' });
  },
  // v2: summaries (small rows for fast listing) with indexes for agency, year, format, counts.
  2: async (db, tx) => {
    const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
    summaries.createIndex('agency', 'agency');
    summaries.createIndex('year', 'year');
    summaries.createIndex('format', 'format');
    summaries.createIndex('errors', 'counts.error');
    summaries.createIndex('warnings', 'counts.warning');
    const reports = tx.objectStore('reports');
    let cursor = await reports.openCursor();
    while (cursor) {
      const row = upgradeV1Row(cursor.value as unknown as SavedReportV1);
      await cursor.update(row);
      await tx.objectStore('summaries').put(toSummary(row));
      cursor = await cursor.continue();
    }
  },
  // v3: deleted rows go to a trash store, so undo does not ship whole rows through messaging.
  3: async (db) => {
    const trash = db.createObjectStore('trash', { keyPath: 'id' });
    trash.createIndex('token', 'token');
    trash.createIndex('deletedAt', 'deletedAt');
  },
  // v4: the listing snapshot (all summaries as one JSON string) for fast listing.
  4: async (db, tx) => {
    db.createObjectStore('listing', { keyPath: 'id' });
    const all = await tx.objectStore('summaries').getAll();
    await tx.objectStore('listing').put({ id: 'all', format: LISTING_FORMAT, json: encodeListing(all) });
  },
  // v5: the light export projection of every row, so CSV export does not read full rows. It
  // filled the store with rows in layout 1; v6 (always run after it) fills it in the current one.
  5: async (db) => {
    db.createObjectStore('exportValues', { keyPath: 'id' });
  },
  // v6: projections name their key list, stored once in keyLists (layout 2): every projection
  // is written again from its full row.
  6: async (db, tx) => {
    db.createObjectStore('keyLists', { keyPath: 'id' });
    const projections = tx.objectStore('exportValues');
    await projections.clear();
    const written = new Map<string, string>();
    let cursor = await tx.objectStore('reports').openCursor();
    while (cursor) {
      const { projection, keyList } = toExportValues(cursor.value);
      await projections.put(projection);
      const known = written.get(keyList.id);
      if (known === undefined) {
        written.set(keyList.id, keyList.json);
        await tx.objectStore('keyLists').put(keyList);
      } else if (known !== keyList.json) throw new Error(`two different key lists have the id ${keyList.id}`);
      cursor = await cursor.continue();
    }
  },
  // v7: each report's rows of the Excel findings sheet, so Excel export does not read full rows.
  7: async (db, tx) => {
    db.createObjectStore('exportFindings', { keyPath: 'id' });
    let cursor = await tx.objectStore('reports').openCursor();
    while (cursor) {
      await tx.objectStore('exportFindings').put(toExportFindings(cursor.value));
      cursor = await cursor.continue();
    }
  },
  // v8: amounts in their key's unit (an export column held 251000 元 beside 2290.54 万元): rows
  // with an amount printed in the other unit are converted, with their export projection.
  8: async (_db, tx) => {
    let cursor = await tx.objectStore('reports').openCursor();
    while (cursor) {
      const row = cursor.value;
      if (amountsToKeyUnits(row.record.cells)) {
        await cursor.update(row);
        await tx.objectStore('exportValues').put(toExportValues(row).projection);
      }
      cursor = await cursor.continue();
    }
  },
  // v9: every row keyed and matched as this version does: under today's canonical URL (a backup or
  // an older save kept a report under its old key, beside the same report saved again), with the
  // agency key re-derived (the site added; NFKC; what older parsers left on names), and every X-*
  // finding recomputed (rows saved by older code kept none, or the next page's cell positions).
  // v10 (always run after it) does this work: both would read and write every row.
  9: async () => undefined,
  // v10: the same again for libraries already at v9: agency names saved with a correction mark in
  // front ("更正）某局", "已更正）某局") or a year range's first year behind ("某县人民政府2020-")
  // repaired from their titles and paired with their neighbours, section texts that were not text
  // (let in by an older import) made readable. v11 (always run after it) does this work.
  10: async () => undefined,
  // v11: the same again for libraries already at v10 (helper 57 #9): names with a mark after them
  // or in other words (某县司法局（已更正）, 更正后的…, （勘误）…) repaired and paired; and every
  // report's findings-sheet rows in today's layout (cross-year keys named by year), which an Excel
  // export would otherwise rebuild from the full rows on every run (helper 57 #10).
  11: async (_db, tx) => {
    await rowsToCurrentForm(tx as unknown as RwTx);
    let cursor = await tx.objectStore('reports').openCursor();
    while (cursor) {
      const stored = await tx.objectStore('exportFindings').get(cursor.value.id);
      if (stored?.layout !== EXPORT_FINDINGS_LAYOUT) await tx.objectStore('exportFindings').put(toExportFindings(cursor.value));
      cursor = await cursor.continue();
    }
  },
};

/** Runs migrations oldVersion+1 … newVersion in order; aborts the upgrade on any failure. */
export function runMigrations(
  db: IDBPDatabase<LibrarySchema>,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): void {
  const steps = async () => {
    for (let v = oldVersion + 1; v <= newVersion; v++) {
      const step = migrations[v];
      if (!step) throw new Error(`no migration to library schema v${v}`);
      await step(db, tx);
    }
  };
  // The open request reports an aborted upgrade; the transaction's own promise need not.
  tx.done.catch(() => undefined);
  steps().catch((err) => {
    console.error('library migration failed', err);
    try {
      tx.abort();
    } catch {
      /* already finished */
    }
  });
}
