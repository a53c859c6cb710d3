// The light per-report projection the CSV exports read instead of full rows. A full row is
// ~24 KB (cells with refs, findings, section text); reading 10,000 of them took 2.8 s of a 3.7 s
// CSV export. This row holds only what CSV wide/long print, with the cells as ONE JSON string:
// IndexedDB clones one string far faster than hundreds of small objects per report. Its list of
// field keys is stored once in the keyLists store and named by id: stored per row it was ~4.5 KB
// of ~5.8 KB, and reading 10,000 rows took 2–3× as long (Chromium, a profile on disk).
import type { CellKind } from '../model/record';
import type { ExportValues, KeyList, SavedReport } from './schema';

/** Bump when the layout changes; a stored row in another layout is recomputed from the full row. */
export const EXPORT_VALUES_LAYOUT = 2;

/** What the CSV exports (and the Excel sheets) print about one report, cells as parallel arrays. */
export interface ExportRow {
  id: string;
  agencyName: string | null;
  year: number | null;
  format: SavedReport['format'];
  title: string | null;
  publishedOn: string | null;
  counts: SavedReport['counts'];
  crossYearCount: number;
  firstSavedAt: string;
  lastSavedAt: string;
  parserVersion: string;
  keys: string[];
  values: (number | null)[];
  raws: string[];
  kinds: CellKind[];
}

/** Straight from a full row (Excel and JSON callers already hold full rows). */
export function exportRowOf(row: SavedReport): ExportRow {
  const entries = Object.entries(row.record.cells);
  const meta = row.record.meta;
  return {
    id: row.id,
    agencyName: meta.agencyName,
    year: row.year,
    format: row.format,
    title: meta.title,
    publishedOn: meta.publishedOn,
    counts: row.counts,
    crossYearCount: row.crossYear.length,
    firstSavedAt: row.firstSavedAt,
    lastSavedAt: row.lastSavedAt,
    parserVersion: row.parserVersion,
    keys: entries.map(([k]) => k),
    values: entries.map(([, c]) => c.value),
    raws: entries.map(([, c]) => c.raw),
    kinds: entries.map(([, c]) => c.kind),
  };
}

// One letter per cell kind, so the kinds of a report are one short string.
const KIND_CODE: Record<CellKind, string> = { number: 'n', blank: 'b', placeholder: 'p', text: 't' };

/** A kind code back to its kind (a switch: Array.from with a Map lookup per cell took ~8 µs a report). */
function kindOf(code: number): CellKind | null {
  switch (code) {
    case 110: return 'number'; // n
    case 98: return 'blank'; // b
    case 112: return 'placeholder'; // p
    case 116: return 'text'; // t
    default: return null;
  }
}

/** The stored form and its key list, written in the same transaction as the full row. */
export function toExportValues(row: SavedReport): { projection: ExportValues; keyList: KeyList } {
  const { keys, values, raws, kinds, ...rest } = exportRowOf(row);
  const keyList = keyListOf(keys);
  return {
    projection: {
      ...rest,
      layout: EXPORT_VALUES_LAYOUT,
      keyList: keyList.id,
      cells: JSON.stringify([values, raws]),
      kinds: kinds.map((k) => KIND_CODE[k]).join(''),
    },
    keyList,
  };
}

/** A key list and its id. */
export function keyListOf(keys: string[]): KeyList {
  const json = JSON.stringify(keys);
  return { id: keyListId(json), json };
}

/**
 * The id of a key list: its length and two 32-bit hashes of it (FNV-1a and a multiply-rotate
 * hash). Different lists with the same id are not expected in any library; the store refuses to
 * write one rather than let two lists share an id (store.ts putKeyList).
 */
export function keyListId(json: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul((b << 5) | (b >>> 27), 0x5bd1e995) ^ c;
  }
  return `k${json.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}

// Reports of one format mostly print the same key list, and every answer brings its lists as
// fresh strings: parse each distinct list once. Looked up by length, then compared whole: a Map
// keyed by the text hashes all ~4.5 KB of it on every lookup (~9 µs, when each row carried its
// list); comparing two equal strings is a memcmp.
const keyLists = new Map<number, { json: string; keys: string[] }[]>();
let keyListCount = 0;

function parseKeys(json: string): string[] {
  let sameLength = keyLists.get(json.length);
  if (sameLength) for (const known of sameLength) if (known.json === json) return known.keys;
  const keys = JSON.parse(json) as string[];
  if (keyListCount >= 1000) {
    keyLists.clear(); // bounded: odd libraries must not grow it forever
    keyListCount = 0;
    sameLength = undefined;
  }
  if (!sameLength) keyLists.set(json.length, (sameLength = []));
  sameLength.push({ json, keys });
  keyListCount++;
  return keys;
}

/** A projection without its key list: the stored row, or a row of a packed chunk. */
type Projection = Omit<ExportValues, 'keyList'>;

/**
 * Stored form + the JSON of its key list → ExportRow; throws on a row that is not in this layout
 * (callers recompute those) or does not fit its key list.
 */
export function decodeExportValues(stored: Projection, keysJson: string): ExportRow {
  const fail = (why: string) => new Error(`export values of ${stored.id}: ${why}`);
  if (stored.layout !== EXPORT_VALUES_LAYOUT) throw fail(`layout ${stored.layout}, expected ${EXPORT_VALUES_LAYOUT}`);
  const { layout: _l, cells, kinds: kindCodes, ...withKeyRef } = stored;
  const { keyList: _k, keys: _i, ...rest } = withKeyRef as typeof withKeyRef & { keyList?: unknown; keys?: unknown };
  const keys = parseKeys(keysJson);
  const [values, raws] = JSON.parse(cells) as [(number | null)[], string[]];
  if (!Array.isArray(values) || !Array.isArray(raws) || values.length !== keys.length || raws.length !== keys.length || kindCodes.length !== keys.length) {
    throw fail('cell arrays of different lengths');
  }
  const kinds: CellKind[] = new Array(kindCodes.length);
  for (let i = 0; i < kindCodes.length; i++) {
    const kind = kindOf(kindCodes.charCodeAt(i));
    if (!kind) throw fail(`unknown cell kind code ${JSON.stringify(kindCodes[i])}`);
    kinds[i] = kind;
  }
  return { ...rest, keys: [...keys], values, raws, kinds };
}

/**
 * A chunk of projections as the background sends it: each distinct key list once, rows naming
 * theirs by index (Chrome's messaging serialises answers as JSON: a list per row quadrupled what
 * 10,000 rows cost to send).
 */
export interface PackedExportValues {
  rows: (Projection & { keys: number })[];
  keyLists: string[];
}

/** Collects a chunk's projections and their key lists into the packed form. */
export class ExportValuesPacker {
  private readonly index = new Map<string, number>();
  readonly packed: PackedExportValues = { rows: [], keyLists: [] };

  add(projection: ExportValues, keysJson: string): void {
    let at = this.index.get(projection.keyList);
    if (at === undefined) {
      at = this.packed.keyLists.push(keysJson) - 1;
      this.index.set(projection.keyList, at);
    }
    const { keyList: _k, ...rest } = projection;
    this.packed.rows.push({ ...rest, keys: at });
  }
}

/** A packed chunk → its export rows; throws on a row that names no key list (a broken answer). */
export function decodePacked(packed: PackedExportValues): ExportRow[] {
  return packed.rows.map((row) => {
    const keys = packed.keyLists[row.keys];
    if (typeof keys !== 'string') throw new Error(`export values of ${row.id}: no key list ${row.keys} in the answer`);
    return decodeExportValues(row, keys);
  });
}

/**
 * Ids in the order getExportValues (store.ts) reads fastest: IndexedDB's key order, which for
 * strings is code-unit order, as JavaScript's default sort compares them.
 */
export const sortedForReading = (ids: string[]): string[] => [...ids].sort();
