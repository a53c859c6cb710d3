// Library operations over an open database. Pure of messaging so they can be unit-tested
// directly; the background's handlers (src/background/library.ts) wrap them.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Finding } from '../model/finding';
import type { ReportRecord } from '../model/record';
import { canonicalUrl } from './canonical-url';
import { crossYearFindings } from './cross-year';
import { LibraryError } from './errors';
import { EXPORT_FINDINGS_LAYOUT, type ExportFindings, toExportFindings } from './export-findings';
import { EXPORT_VALUES_LAYOUT, ExportValuesPacker, type PackedExportValues, toExportValues } from './export-values';
import type { ExportValues, KeyList, LibrarySchema, ReportSummary, SavedReport } from './schema';
import { agencyOf, countFindings, toSummary } from './summary';
import { inCurrentForm, keepReadableSections, laterSave, sectionsRepaired, time } from './current-form';
import { REISSUE } from '../parse/meta';
import { decodeListing, encodeListing, encodeSummary, LISTING_FORMAT, type SummaryTuple } from './listing';

type Db = IDBPDatabase<LibrarySchema>;
// Every write transaction spans all stores: one type for the helpers, and no store is ever
// written outside a transaction that also sees the others.
const STORES: ('reports' | 'summaries' | 'trash' | 'listing' | 'exportValues' | 'keyLists' | 'exportFindings')[] = [
  'reports',
  'summaries',
  'trash',
  'listing',
  'exportValues',
  'keyLists',
  'exportFindings',
];
export type RwTx = IDBPTransaction<LibrarySchema, typeof STORES, 'readwrite'>;

/** Summary changes of a write transaction (null = deleted), applied to the listing at the end. */
const pending = new WeakMap<RwTx, Map<string, ReportSummary | null>>();

function note(tx: RwTx, id: string, summary: ReportSummary | null): void {
  const changes = pending.get(tx) ?? new Map();
  changes.set(id, summary);
  pending.set(tx, changes);
}

/** Applies this transaction's summary changes to the listing snapshot (call before tx.done). */
async function commitListing(tx: RwTx): Promise<void> {
  const changes = pending.get(tx);
  pending.delete(tx);
  if (!changes?.size) return;
  const entry = await tx.objectStore('listing').get('all');
  let json: string;
  if (!entry || entry.format !== LISTING_FORMAT) {
    json = encodeListing(await tx.objectStore('summaries').getAll()); // already holds this transaction's changes
  } else {
    const list = JSON.parse(entry.json) as (SummaryTuple | null)[];
    const index = new Map(list.map((t, i) => [t![0] as string, i]));
    for (const [id, summary] of changes) {
      const i = index.get(id);
      if (summary && i !== undefined) list[i] = encodeSummary(summary);
      else if (summary) index.set(id, list.push(encodeSummary(summary)) - 1);
      else if (i !== undefined) list[i] = null;
    }
    json = JSON.stringify(list.filter(Boolean));
  }
  await tx.objectStore('listing').put({ id: 'all', format: LISTING_FORMAT, json });
}

export interface SaveOutcome {
  id: string;
  created: boolean;
  row: SavedReport;
}

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
  /** reports whose stored save is a file row with a section repaired (see readableSections), each once; absent when none */
  repaired?: number;
}

function putRow(tx: RwTx, row: SavedReport): Promise<unknown> {
  // everything derived first: a row that cannot be summarised or projected throws before any of
  // its requests is made (a request left out of the Promise.all rejects unheard when aborted)
  const summary = toSummary(row);
  const { projection, keyList } = toExportValues(row);
  const findings = toExportFindings(row);
  note(tx, row.id, summary);
  return Promise.all([
    tx.objectStore('reports').put(row),
    tx.objectStore('summaries').put(summary),
    tx.objectStore('exportValues').put(projection),
    putKeyList(tx, keyList),
    tx.objectStore('exportFindings').put(findings),
  ]);
}

// key lists already written (or found) in a write transaction: an import writes the same few
const keyListsSeen = new WeakMap<RwTx, Map<string, string>>();

/**
 * Stores a key list once. An id already stored for a different list is refused (the write
 * aborts with an error) rather than letting two lists share an id, which would put values under
 * the wrong keys.
 */
async function putKeyList(tx: RwTx, keyList: KeyList): Promise<void> {
  let seen = keyListsSeen.get(tx);
  if (!seen) keyListsSeen.set(tx, (seen = new Map()));
  const known = seen.get(keyList.id);
  if (known === undefined) {
    seen.set(keyList.id, keyList.json);
    const stored = await tx.objectStore('keyLists').get(keyList.id);
    if (!stored) await tx.objectStore('keyLists').put(keyList);
    else if (stored.json !== keyList.json) throw keyListClash(tx, keyList.id);
  } else if (known !== keyList.json) throw keyListClash(tx, keyList.id);
}

/** Aborts the whole write (an error thrown here alone would not stop the transaction committing). */
function keyListClash(tx: RwTx, id: string): Error {
  tx.done.catch(() => undefined); // the abort rejects it; the error below is what callers see
  tx.abort();
  return new Error(`两个不同的字段列表同名 ${id}，未保存。 / Two different key lists have the id ${id}; nothing was saved.`);
}

/** Saves a report; re-saving the same canonical URL updates it and keeps firstSavedAt. */
export async function saveReport(
  db: Db,
  record: ReportRecord,
  findings: Finding[],
  now: Date = new Date(),
): Promise<SaveOutcome> {
  const id = record.meta.url ? canonicalUrl(record.meta.url) : null;
  if (!id) throw new LibraryError('noUrl', record.meta.url ?? undefined);
  const tx = db.transaction(STORES, 'readwrite');
  return abortOnError(tx, async () => {
    // (a report an earlier version keyed otherwise was moved to this key by the v9 upgrade)
    const existing = await tx.objectStore('reports').get(id);
    const stamp = now.toISOString();
    const row: SavedReport = {
      id,
      record,
      findings,
      crossYear: [],
      firstSavedAt: existing?.firstSavedAt ?? stamp,
      lastSavedAt: stamp,
      parserVersion: record.meta.parserVersion,
      agency: agencyOf(record, id),
      year: record.meta.reportYear,
      format: record.meta.formatVersion,
      counts: countFindings(findings),
      saveCount: (existing?.saveCount ?? 0) + 1,
    };
    await putRow(tx, row);
    const touched = new Touched();
    touched.add(row);
    touched.add(existing);
    await touched.refresh(tx);
    const saved = (await tx.objectStore('reports').get(id))!;
    await commitListing(tx);
    await tx.done;
    return { id, created: !existing, row: saved };
  });
}

/** the stores that hold one entry per saved report, keyed by its id */
const REPORT_STORES = ['reports', 'summaries', 'exportValues', 'exportFindings'] as const;

/** Takes a report out of every store that holds it (and out of the listing at commit). */
function deleteRow(tx: RwTx, id: string): Promise<unknown> {
  note(tx, id, null);
  return Promise.all(REPORT_STORES.map((store) => tx.objectStore(store).delete(id)));
}

/**
 * Runs a write; if it fails, aborts the transaction so that nothing of it is kept. An error
 * thrown between requests does not stop a transaction committing the writes issued before it:
 * an import that failed on its third row kept the first two, hidden from the listing.
 */
async function abortOnError<T>(tx: RwTx, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    tx.done.catch(() => undefined); // the abort rejects it; the error below is what callers see
    try {
      tx.abort();
    } catch {
      // already finished or aborted (keyListClash aborts itself)
    }
    throw e;
  }
}

/** All summaries as the listing snapshot's JSON (decode with decodeListing); rebuilt if missing. */
export async function listSummariesJson(db: Db): Promise<string> {
  const entry = await db.get('listing', 'all');
  if (entry?.format === LISTING_FORMAT) return entry.json;
  const tx = db.transaction(STORES, 'readwrite');
  const json = encodeListing(await tx.objectStore('summaries').getAll());
  await tx.objectStore('listing').put({ id: 'all', format: LISTING_FORMAT, json });
  await tx.done;
  return json;
}

export async function listSummaries(db: Db): Promise<ReportSummary[]> {
  return decodeListing(await listSummariesJson(db));
}

export function getReport(db: Db, id: string): Promise<SavedReport | undefined> {
  return db.get('reports', id);
}

/**
 * These full rows, in order (unknown ids skipped), a get each: reading ~24 KB rows by key range
 * (rowReader) made a 10,000-row read in unsorted chunks 2.5× slower in Chromium, and gained
 * nothing in sorted ones.
 */
export async function getReports(db: Db, ids: string[]): Promise<SavedReport[]> {
  const tx = db.transaction('reports');
  const rows = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return rows.filter((r): r is SavedReport => r !== undefined);
}

// the stores an export reads, in one readonly transaction: values and findings of one moment
const EXPORT_STORES: ('exportValues' | 'exportFindings' | 'reports' | 'keyLists')[] = ['exportValues', 'exportFindings', 'reports', 'keyLists'];
type ExportTx = IDBPTransaction<LibrarySchema, typeof EXPORT_STORES, 'readonly'>;

/**
 * The export projections of these ids, in order (unknown ids skipped), packed with their key
 * lists. A missing projection or one in an older layout is computed from the full row, so an
 * export is never short or stale.
 */
export async function getExportValues(db: Db, ids: string[]): Promise<PackedExportValues> {
  const tx = db.transaction(EXPORT_STORES);
  const packed = await exportValuesIn(tx, ids);
  await tx.done;
  return packed;
}

async function exportValuesIn(tx: ExportTx, ids: string[]): Promise<PackedExportValues> {
  const read = await rowReader(tx.objectStore('exportValues'), ids);
  const keyLists = new Map<string, Promise<KeyList | undefined>>();
  const keyListOfId = (id: string) => {
    let list = keyLists.get(id);
    if (!list) keyLists.set(id, (list = tx.objectStore('keyLists').get(id)));
    return list;
  };
  const found = await Promise.all(
    ids.map(async (id): Promise<{ projection: ExportValues; keyList: KeyList } | undefined> => {
      const light = await read(id);
      if (light?.layout === EXPORT_VALUES_LAYOUT) {
        const keyList = await keyListOfId(light.keyList);
        if (keyList) return { projection: light, keyList };
      }
      // no projection, an older layout, or (never expected) its key list gone: from the full row
      const full = await tx.objectStore('reports').get(id);
      return full ? toExportValues(full) : undefined;
    }),
  );
  const packer = new ExportValuesPacker();
  for (const f of found) if (f) packer.add(f.projection, f.keyList.json);
  return packer.packed;
}

/** The findings-sheet rows of these ids, in order (unknown ids skipped); missing or stale ones from the full row. */
export async function getExportFindings(db: Db, ids: string[]): Promise<ExportFindings[]> {
  const tx = db.transaction(EXPORT_STORES);
  const rows = await exportFindingsIn(tx, ids);
  await tx.done;
  return rows;
}

async function exportFindingsIn(tx: ExportTx, ids: string[]): Promise<ExportFindings[]> {
  const read = await rowReader(tx.objectStore('exportFindings'), ids);
  const rows = await Promise.all(
    ids.map(async (id) => {
      const light = await read(id);
      if (light?.layout === EXPORT_FINDINGS_LAYOUT) return light;
      const full = await tx.objectStore('reports').get(id);
      return full ? toExportFindings(full) : undefined;
    }),
  );
  return rows.filter((r): r is ExportFindings => r !== undefined);
}

/**
 * The Excel export's two reads of these ids in one transaction: each report's values and
 * findings are of one save (read apart, a delete or re-save between them gave a report its
 * values with no findings, or another save's).
 */
export async function getExportSheets(db: Db, ids: string[]): Promise<{ packed: PackedExportValues; findings: ExportFindings[] }> {
  const tx = db.transaction(EXPORT_STORES);
  const [packed, findings] = await Promise.all([exportValuesIn(tx, ids), exportFindingsIn(tx, ids)]);
  await tx.done;
  return { packed, findings };
}

/**
 * How a store keyed by id is read for a chunk of ids: id → its row (undefined when none).
 *
 * Asked for in key order (exports sort their ids: sortedForReading in export-values.ts), a chunk
 * of ids often covers a run of the store with few others between: then one getAll over that key
 * range reads them, which in Chromium takes about half as long as a get per id (~100 µs each,
 * 10,000 ids ~1.1–1.3 s). The range read is capped at twice the ids asked for; ids past where it
 * stopped (a scattered selection) are read one by one. Not store.count first: it walks the range too.
 */
async function rowReader<T extends { id: string }>(
  store: { getAll(range: IDBKeyRange, count: number): Promise<T[]>; get(id: string): Promise<T | undefined> },
  ids: string[],
): Promise<(id: string) => Promise<T | undefined>> {
  const byId = new Map<string, T>();
  // ids up to `covered` were all read by the range (absent from byId: no row there)
  let covered: string | null = null;
  if (ids.length > 1) {
    let low = ids[0]!;
    let high = low;
    for (const id of ids) {
      if (id < low) low = id;
      if (id > high) high = id;
    }
    const most = ids.length * RANGE_READ_SLACK;
    const run = await store.getAll(IDBKeyRange.bound(low, high), most);
    for (const row of run) byId.set(row.id, row);
    // a full answer may have stopped short of `high`: what lies past its last key is read by id
    covered = run.length < most ? high : run.length ? run[run.length - 1]!.id : null;
  }
  return async (id) => (covered !== null && id <= covered ? byId.get(id) : store.get(id));
}

/** The range read stops after this many rows per id asked for (a scattered selection is then read by id). */
const RANGE_READ_SLACK = 2;

export async function allReports(db: Db): Promise<SavedReport[]> {
  return db.getAll('reports');
}

/** How long deleted rows stay in the trash for undo. */
export const TRASH_KEEP_MS = 24 * 60 * 60 * 1000;

export interface DeleteOutcome {
  /** pass to restoreDeleted to undo */
  token: string;
  deleted: number;
}

/** Moves rows to the trash (kept for undo for a day), in one transaction. */
export async function deleteReports(db: Db, ids: string[], now: Date = new Date()): Promise<DeleteOutcome> {
  const token = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const deletedAt = now.toISOString();
  const tx = db.transaction(STORES, 'readwrite');
  return abortOnError(tx, async () => {
    // prune what is older than the undo window
    const cutoff = new Date(now.getTime() - TRASH_KEEP_MS).toISOString();
    let old = await tx.objectStore('trash').index('deletedAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
    while (old) {
      await old.delete();
      old = await old.continue();
    }
    const touched = new Touched();
    let deleted = 0;
    for (const id of ids) {
      const row = await tx.objectStore('reports').get(id);
      if (!row) continue;
      deleted++;
      touched.add(row);
      // deleted before within the undo window (and saved again since): the trash is keyed by id, so
      // the earlier entry joins this one by the merge rule rather than being overwritten (its first
      // save and count were lost); this delete's token, which every later Undo replays, restores both.
      // Only the same report joins: an entry left under an old key (trashed before the v9 upgrade)
      // may be another report that today's key puts elsewhere; it keeps its own entry and token
      const before = await tx.objectStore('trash').get(id);
      let trashed = row;
      if (before && inCurrentForm(before.row).id === row.id) trashed = laterSave(before.row, row);
      else if (before) await tx.objectStore('trash').put({ ...before, id: `${id}#${before.token}` });
      await Promise.all([tx.objectStore('trash').put({ id, token, deletedAt, row: trashed }), deleteRow(tx, id)]);
    }
    await touched.refresh(tx);
    await commitListing(tx);
    await tx.done;
    return { token, deleted };
  });
}

/**
 * Undo of one delete: puts its rows back exactly as they were, except where the same report was
 * saved again since (that newer save is kept, and the trashed row dropped: undoing used to put
 * the older values back over it). Returns how many came back.
 */
export async function restoreDeleted(db: Db, token: string): Promise<number> {
  const tx = db.transaction(STORES, 'readwrite');
  return abortOnError(tx, async () => {
    const entries = await tx.objectStore('trash').index('token').getAll(token);
    const touched = new Touched();
    let restored = 0;
    for (const e of entries) {
      await tx.objectStore('trash').delete(e.id);
      // deleted before an upgrade: its amounts, key and agency as this version has them
      const row = inCurrentForm(e.row);
      // the same report in the library: saved again since the delete, or (deleted before the v9
      // upgrade) another save of it under another key: the later save is kept
      const there = await tx.objectStore('reports').get(row.id);
      const kept = there ? laterSave(there, row) : row;
      if (there && time(there.lastSavedAt) > time(row.lastSavedAt)) {
        // its history still joins the newer save's (first save, count): import's rule; an earlier
        // first save can change which report of its agency-year is compared, so its neighbours are
        // refreshed as import refreshes them
        if (kept.firstSavedAt !== there.firstSavedAt || kept.saveCount !== there.saveCount) {
          await putRow(tx, kept);
          if (kept.firstSavedAt !== there.firstSavedAt) touched.add(kept);
        }
        continue;
      }
      await putRow(tx, kept);
      touched.add(kept);
      // the row it replaces too: read as another year or agency, its neighbours compared with it
      touched.add(there);
      restored++;
    }
    await touched.refresh(tx);
    await commitListing(tx);
    await tx.done;
    return restored;
  });
}

/**
 * Merges rows from an export: new ids are added; a report already stored (from the library or
 * from an earlier row of the file, in this chunk or another) merges with it by laterSave's rule,
 * the stored save's content kept on a tie. Counted as skipped when that changes nothing (or the
 * report was added by this call), else as updated.
 */
export async function importReports(db: Db, rows: SavedReport[]): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, updated: 0, skipped: 0 };
  const tx = db.transaction(STORES, 'readwrite');
  return abortOnError(tx, async () => {
    const touched = new Touched();
    const added = new Set<string>();
    // reports whose kept save is a file row with a section repaired: counted once each, and only
    // when that row is stored (not a row skipped as older, nor one a later row replaced)
    const repaired = new Set<string>();
    for (const fileRow of rows) {
      const wasRepaired = sectionsRepaired(fileRow.record);
      // a backup from an earlier version: its key and agency as this version derives them (added
      // under its old key, the report was listed twice)
      const row = inCurrentForm(fileRow);
      const existing = await tx.objectStore('reports').get(row.id);
      if (!existing) {
        await putRow(tx, row);
        counts.added++;
        added.add(row.id);
        if (wasRepaired) repaired.add(row.id);
        touched.add(row);
        continue;
      }
      const newer = time(row.lastSavedAt) > time(existing.lastSavedAt);
      // the file's save wins, but a section repaired in it keeps the readable text stored for it
      const kept = newer ? keepReadableSections(laterSave(row, existing), fileRow.record.sections, existing) : laterSave(row, existing);
      if (!newer && kept.firstSavedAt === existing.firstSavedAt && kept.saveCount === existing.saveCount) {
        counts.skipped++;
        continue;
      }
      await putRow(tx, kept);
      if (newer && wasRepaired) repaired.add(row.id);
      else if (newer) repaired.delete(row.id);
      if (added.has(row.id)) counts.skipped++;
      else counts.updated++;
      // the kept row's agency-year too: it may be read as another year or agency
      touched.add(existing);
      touched.add(kept);
    }
    if (repaired.size > 0) counts.repaired = repaired.size;
    await touched.refresh(tx);
    await commitListing(tx);
    await tx.done;
    return counts;
  });
}

export interface Neighbours {
  previous: SavedReport | null;
  next: SavedReport | null;
  /**
   * a saved report of the same agency and year that the cross-year checks compare instead of this
   * record (saved, or an unsaved page that would not be chosen if saved now): it is compared with nothing
   */
  preferred: SavedReport | null;
  /** whether the previous / next year has more than one saved report (findings then name the one compared) */
  several: { previous: boolean; next: boolean };
}

/** a report (saved, or a page as if saved now) and its publication date, to choose between reports of one year */
interface Candidate {
  id: string;
  title: string;
  firstSavedAt: string;
  published: string | null;
}

/**
 * whether `a` is chosen over `b`: marked 更正/修订, else published later, else first saved later,
 * else by id (any order of rows gives one choice). The first save, not the last: a later visit to
 * the outdated original saved it again and moved the comparison to it (adv47 #11).
 */
function preferredTo(a: Candidate, b: Candidate): boolean {
  // a title marking a re-issue: （更正）, 【更正】, 更正版, 修订版, （勘误） … (the marks agency names drop)
  const ca = REISSUE.test(a.title);
  if (ca !== REISSUE.test(b.title)) return ca;
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa > pb; // ISO dates; none loses
  const ta = time(a.firstSavedAt);
  const tb = time(b.firstSavedAt);
  if (ta !== tb) return ta > tb;
  return a.id > b.id;
}

const candidate = (s: ReportSummary, published: string | null): Candidate => ({ id: s.id, title: s.title, firstSavedAt: s.firstSavedAt, published });

/**
 * The agency's saved rows by year: the report of each year the cross-year checks compare. A year
 * saved twice (an original and its 更正 re-issue at another address) is decided by preferredTo,
 * the same for both directions; before, the last saved won, so saving the outdated original again
 * paired it with the next year. Publication dates are read only for such years.
 */
async function byYear(rows: ReportSummary[], publishedOf: (id: string) => Promise<string | null>): Promise<Map<number, ReportSummary>> {
  const groups = new Map<number, ReportSummary[]>();
  for (const s of rows) {
    if (s.year === null) continue;
    const group = groups.get(s.year);
    if (group) group.push(s);
    else groups.set(s.year, [s]);
  }
  const map = new Map<number, ReportSummary>();
  for (const [year, group] of groups) {
    if (group.length === 1) {
      map.set(year, group[0]!);
      continue;
    }
    let best = candidate(group[0]!, await publishedOf(group[0]!.id));
    let bestSummary = group[0]!;
    for (const s of group.slice(1)) {
      const c = candidate(s, await publishedOf(s.id));
      if (preferredTo(c, best)) [best, bestSummary] = [c, s];
    }
    map.set(year, bestSummary);
  }
  return map;
}

/** a row's publication date (ISO), or null */
const publishedIn = (row: { record: ReportRecord } | undefined): string | null => {
  const d = row?.record.meta.publishedOn;
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d) ? d : null;
};

/**
 * Previous and next year of the same agency in the library (for a saved or unsaved record), by
 * the pairing the stored rows have (byYear): the card's look-up showed the outdated original the
 * next year's findings that the library did not (adv47 #2). A record another report of its year
 * stands in for (`preferred`) is compared with nothing; a page is weighed against its year's
 * saved report as a save would store it (its saved row's first save, else now), and its own saved
 * row, which that save replaces, is left out whatever year or agency it is stored under.
 */
export async function findNeighbours(db: Db, record: ReportRecord, now: Date = new Date()): Promise<Neighbours> {
  const id = record.meta.url ? (canonicalUrl(record.meta.url) ?? undefined) : undefined;
  const agency = agencyOf(record, id);
  const year = record.meta.reportYear;
  const none = { previous: null, next: null, preferred: null, several: { previous: false, next: false } };
  if (!agency || year === null) return none;
  // the page's own saved row (under any year or agency) is what a save replaces: never its own
  // neighbour, and its first save is the one the save keeps (adv50 #6, #8)
  const rows = (await db.getAllFromIndex('summaries', 'agency', agency)).filter((r) => r.id !== id);
  const years = await byYear(rows, async (rowId) => publishedIn(await db.get('reports', rowId)));
  const load = async (rowId: string | undefined) => (rowId ? ((await db.get('reports', rowId)) ?? null) : null);
  const own = years.get(year);
  const mine = await load(id);
  let preferred: SavedReport | null = null;
  if (own) {
    const page: Candidate = {
      id: id ?? '',
      title: record.meta.title ?? record.meta.h1 ?? '',
      firstSavedAt: mine?.firstSavedAt ?? now.toISOString(),
      published: publishedIn({ record }),
    };
    const there = await load(own.id);
    if (!preferredTo(page, candidate(own, publishedIn(there ?? undefined)))) preferred = there;
  }
  const several = (y: number) => rows.filter((r) => r.year === y).length > 1;
  return {
    previous: await load(years.get(year - 1)?.id),
    next: await load(years.get(year + 1)?.id),
    preferred,
    several: { previous: several(year - 1), next: several(year + 1) },
  };
}

/** Which agency-years changed in a transaction; their neighbours' X-* findings need a refresh. */
class Touched {
  private readonly map = new Map<string, Set<number | null>>();
  add(row: { agency: string; year: number | null } | undefined): void {
    if (!row?.agency) return;
    const years = this.map.get(row.agency) ?? new Set();
    years.add(row.year);
    this.map.set(row.agency, years);
  }
  async refresh(tx: RwTx): Promise<void> {
    for (const [agency, years] of this.map) await refreshAgency(tx, agency, years);
  }
}

/**
 * Recomputes the X-* findings of an agency's saved reports in the changed years and the years
 * next to them (only those can have new neighbours), writing back only rows that changed.
 */
async function refreshAgency(tx: RwTx, agency: string, changedYears: Set<number | null> | 'all'): Promise<void> {
  const summaries = await tx.objectStore('summaries').index('agency').getAll(agency);
  const affected = new Set<number>();
  if (changedYears === 'all') {
    for (const s of summaries) if (s.year !== null) affected.add(s.year);
  } else {
    for (const y of changedYears) if (y !== null) [y - 1, y, y + 1].forEach((v) => affected.add(v));
  }
  if (affected.size === 0) return;
  const cache = new Map<string, SavedReport | undefined>();
  const load = async (id: string | undefined) => {
    if (!id) return undefined;
    if (!cache.has(id)) cache.set(id, await tx.objectStore('reports').get(id));
    return cache.get(id);
  };
  const years = await byYear(summaries, async (id) => publishedIn(await load(id)));
  for (const s of summaries) {
    if (s.year === null || !affected.has(s.year)) continue;
    const row = await load(s.id);
    if (!row) continue;
    // another report of this year is the one compared: none of the pairs involve this one
    const compared = years.get(s.year)?.id === s.id;
    const prev = compared ? await load(years.get(s.year - 1)?.id) : undefined;
    const next = compared ? await load(years.get(s.year + 1)?.id) : undefined;
    const several = (y: number) => summaries.filter((o) => o.year === y).length > 1;
    const crossYear = crossYearFindings(row.record, prev?.record ?? null, next?.record ?? null, { previous: several(s.year - 1), next: several(s.year + 1) });
    const counts = countFindings(row.findings, crossYear);
    if (JSON.stringify(crossYear) === JSON.stringify(row.crossYear) && JSON.stringify(counts) === JSON.stringify(row.counts)) continue;
    const updated = { ...row, crossYear, counts };
    cache.set(row.id, updated);
    await putRow(tx, updated);
  }
}

/** Where a re-keyed row waits during the upgrade: no page URL starts so, so no row can be there. */
const MOVING = '\u0000moving:';

/**
 * Every row in this version's form (inCurrentForm), then every agency's X-* findings recomputed,
 * and the listing brought up to date. Rows are read one at a time (10,000 full rows would not fit
 * in memory). A row whose key changes is first set aside under a key of its own, then put under
 * its new key: moved directly, a row landed on the old key of another row still to be moved (two
 * reports had been merged into one, and one lost). Only then are two rows under one key two saves
 * of one report, merged keeping the later.
 */
export async function rowsToCurrentForm(tx: RwTx): Promise<void> {
  const reports = tx.objectStore('reports');
  const moving: Array<[oldId: string, newId: string]> = [];
  for (const oldId of (await reports.getAllKeys()) as string[]) {
    const old = (await reports.get(oldId))!;
    const row = inCurrentForm(structuredClone(old));
    if (row.id !== old.id) {
      await deleteRow(tx, old.id);
      await reports.put({ ...row, id: MOVING + oldId });
      moving.push([oldId, row.id]);
    } else if (
      row.agency !== old.agency ||
      row.crossYear.length !== old.crossYear.length ||
      row.saveCount !== old.saveCount ||
      // counts derived from the findings: an older import kept a file's own, contradicting them
      JSON.stringify(row.counts) !== JSON.stringify(old.counts) ||
      JSON.stringify(row.record) !== JSON.stringify(old.record)
    ) {
      await putRow(tx, row);
    }
  }
  for (const [oldId, newId] of moving) {
    const waiting = (await reports.get(MOVING + oldId))!;
    await reports.delete(MOVING + oldId);
    const row = { ...waiting, id: newId };
    const there = await reports.get(row.id);
    await putRow(tx, there ? laterSave(there, row) : row);
  }
  const agencies: string[] = [];
  for (let k = await tx.objectStore('summaries').index('agency').openKeyCursor(null, 'nextunique'); k; k = await k.continue()) {
    if (k.key) agencies.push(k.key);
  }
  for (const agency of agencies) await refreshAgency(tx, agency, 'all');
  await commitListing(tx);
}
