// One pass over a record's cells, shared by every rule of a run (records are not changed once
// parsed, so the index of the record last asked about is kept). Without it each rule re-scanned
// all ~230 cells.
//
// The pass is the single most expensive step of a run, so it avoids per-cell work that can be
// done once: `cells` is a dictionary-mode object, on which Object.entries costs about six times
// Object.keys (so the keys are read once and each cell looked up), and how a key splits into
// table / column / row depends on the key alone (a fixed parser vocabulary), so that is memoised
// instead of sliced and re-hashed on every run.
import type { CellValue, ReportRecord } from '../model/record';
import { T3_COLS, T3_ROWS } from './keys';
import { TEMPLATES, TEMPLATE_VERSIONS, type UnifiedTable } from './templates';

export type Entry = [string, CellValue];

/** A table's printed (non-derived) cells, and the kinds the CELL-* and NUM-* rules list, each in record order. */
export interface TableCells {
  printed: Entry[];
  /** kind blank or placeholder */
  blank: Entry[];
  placeholders: number;
  /** digits run together that no reading resolved (ambiguity, value null) */
  runs: Entry[];
  /** kind text, not a digit run */
  text: Entry[];
  /** numbers with a value, under `table.` (not a key equal to the table name) */
  numbers: Entry[];
  /** per TEMPLATE_VERSIONS slot: printed keys in that template of this table (STRUCT-TABLE-SHAPE) */
  inTemplate: [number, number];
  /** per slot: printed keys outside the template, other than orgSubtotal/subtotal ones (STRUCT-TABLE-SHAPE's extras) */
  unexpected: [number, number];
}

export interface RecordIndex {
  /** every key of record.cells, in the record's own order */
  keys: string[];
  /** non-derived cells grouped by their first key segment (table2, table3, table4, legacyStats) */
  tables: Map<string, TableCells>;
  /** the T3_COLUMNS that have printed table-3 cells, one bit each */
  t3ColumnBits: number;
  /** the T3_ROWS printed in some column (any column name), one bit each */
  t3RowBits: number;
  /** cells (derived ones too) whose label matched only through a variant, in record order */
  labelVariants: [string, CellValue][];
  /** some cell lies under legacyStats.cumulative. (the 历年累计 column) */
  hasCumulative: boolean;
  /** printed table3.<column>.otherHandling.* cells, in record order */
  t3OtherHandling: [string, CellValue][];
  /** generations of the printed table-2 columns (GEN_NEW | GEN_OLD bits, FMT-TEMPLATE-MISMATCH) */
  t2Generations: number;
  /** generations of the printed table-3 otherHandling rows (same bits) */
  t3Generations: number;
  /** values several rules derive from the record, computed on first use (see derivedOf) */
  derived: Map<unknown, unknown>;
}

/** How the index reads one key. */
export interface KeyInfo {
  /** the first segment (the whole key when it has no dot) */
  table: string;
  cumulative: boolean;
  /** table-3 keys: `table3.<t3Col>.<t3Row>` ('' otherwise) */
  t3Col: string;
  t3Row: string;
  /** bit of t3Col in T3_COLUMNS, of t3Row in T3_ROWS (0: not one of them) */
  t3ColBit: number;
  t3RowBit: number;
  /** a table-3 key matching /^table3\.[^.]+\.otherHandling\./ */
  otherHandling: boolean;
  /** table-2 keys: the generation (GEN_NEW/GEN_OLD, 0: neither) whose column the key names */
  t2Generation: number;
  /** otherHandling keys: the generation whose row it is (rev2021's three leaves, trial2019's subtotal) */
  t3Generation: number;
  /** bit i: the key is in template TEMPLATE_VERSIONS[i] of its own table */
  templateBits: number;
  /** never counted as unexpected by STRUCT-TABLE-SHAPE (an orgSubtotal or subtotal key) */
  shapeExempt: boolean;
}

export const GEN_NEW = 1;
export const GEN_OLD = 2;
// Keys that only one generation of table 2 / table 3 has (report-formats.md §5.2).
const T2_NEW_COLUMNS = new Set(['issued', 'repealed', 'inForce', 'amountWanYuan']);
const T2_OLD_COLUMNS = new Set(['newlyMade', 'newlyPublished', 'totalPublished', 'prevYearItems', 'yearChange', 'projects', 'amountYuan']);
const T3_NEW_ROWS = ['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other'];
const T3_OLD_ROW = 'otherHandling.subtotal';

/** `c` of a key shaped `table2.<row>.<c>` (row non-empty, c without dots), else null */
function t2Column(key: string): string | null {
  const d1 = key.indexOf('.');
  const d2 = d1 < 0 ? -1 : key.indexOf('.', d1 + 1);
  if (d2 <= d1 + 1) return null;
  const c = key.slice(d2 + 1);
  return c.includes('.') ? null : c;
}

function t2GenerationOf(key: string): number {
  const c = t2Column(key);
  return c === null ? 0 : T2_NEW_COLUMNS.has(c) ? GEN_NEW : T2_OLD_COLUMNS.has(c) ? GEN_OLD : 0;
}

const CUMULATIVE = 'legacyStats.cumulative.';

/** the table-3 columns the rules ask about: the seven printed ones and an optional orgSubtotal */
export const T3_COLUMNS: readonly string[] = [...T3_COLS, 'orgSubtotal'];
// T3_COLUMNS (8) and T3_ROWS (29) each fit one 32-bit mask
const bitOf = (list: readonly string[], name: string): number => (list.includes(name) ? 1 << list.indexOf(name) : 0);

function readKey(key: string): KeyInfo {
  const dot = key.indexOf('.');
  const table = dot < 0 ? key : key.slice(0, dot);
  const info: KeyInfo = {
    table,
    cumulative: key.startsWith(CUMULATIVE),
    t3Col: '',
    t3Row: '',
    t3ColBit: 0,
    t3RowBit: 0,
    otherHandling: false,
    t2Generation: table === 'table2' ? t2GenerationOf(key) : 0,
    t3Generation: 0,
    templateBits: 0,
    shapeExempt: key.startsWith('table3.orgSubtotal.') || key.endsWith('.subtotal'),
  };
  if (table === 'table2' || table === 'table3' || table === 'table4')
    for (let i = 0; i < TEMPLATE_VERSIONS.length; i++) if (TEMPLATES[TEMPLATE_VERSIONS[i]!][table as UnifiedTable].set.has(key)) info.templateBits |= 1 << i;
  if (table === 'table3') {
    const rest = key.slice(dot + 1);
    const d2 = rest.indexOf('.');
    info.t3Col = rest.slice(0, d2);
    info.t3Row = rest.slice(d2 + 1);
    // [^.]+ : a non-empty column segment before the row
    info.t3ColBit = bitOf(T3_COLUMNS, info.t3Col);
    info.t3RowBit = bitOf(T3_ROWS, info.t3Row);
    info.otherHandling = d2 > 0 && info.t3Row.startsWith('otherHandling.');
    if (info.otherHandling) info.t3Generation = T3_NEW_ROWS.includes(info.t3Row) ? GEN_NEW : info.t3Row === T3_OLD_ROW ? GEN_OLD : 0;
  }
  return info;
}

const keyMemo = new Map<string, KeyInfo>();
export function keyInfo(key: string): KeyInfo {
  let info = keyMemo.get(key);
  if (!info) {
    if (keyMemo.size > 4096) keyMemo.clear(); // parser keys are a fixed vocabulary; never grow without bound
    keyMemo.set(key, (info = readKey(key)));
  }
  return info;
}

function buildIndex(record: ReportRecord): RecordIndex {
  const cells = record.cells;
  const keys = Object.keys(cells);
  const idx: RecordIndex = {
    keys,
    tables: new Map(),
    t3ColumnBits: 0,
    t3RowBits: 0,
    labelVariants: [],
    hasCumulative: false,
    t3OtherHandling: [],
    t2Generations: 0,
    t3Generations: 0,
    derived: new Map(),
  };
  // keys come grouped by table: remember the last group
  let table = '';
  let group: TableCells | undefined;
  for (const key of keys) {
    const cell = cells[key]!;
    const info = keyInfo(key);
    if (cell.labelVariant) idx.labelVariants.push([key, cell]);
    if (info.cumulative) idx.hasCumulative = true;
    // a date (统计表 填报日期), not a value cell: CELL-NONNUMERIC would take it for text where a number belongs
    if (cell.derived || key === FILLED_ON_KEY) continue;
    if (info.table !== table || !group) {
      table = info.table;
      group = idx.tables.get(table);
      if (!group) idx.tables.set(table, (group = newTableCells()));
    }
    const entry: Entry = [key, cell];
    group.printed.push(entry);
    sortByKind(group, entry, key !== table);
    // STRUCT-TABLE-SHAPE's counts per template: it then lists keys only for a table that differs
    const bits = info.templateBits;
    if (bits & 1) group.inTemplate[0]++;
    else if (!info.shapeExempt) group.unexpected[0]++;
    if (bits & 2) group.inTemplate[1]++;
    else if (!info.shapeExempt) group.unexpected[1]++;
    if (table === 'table2') idx.t2Generations |= info.t2Generation;
    if (table !== 'table3') continue;
    idx.t3ColumnBits |= info.t3ColBit;
    idx.t3RowBits |= info.t3RowBit;
    if (info.otherHandling) {
      idx.t3OtherHandling.push([key, cell]);
      idx.t3Generations |= info.t3Generation;
    }
  }
  return idx;
}

function sortByKind(group: TableCells, entry: Entry, underTable: boolean): void {
  const c = entry[1];
  const kind = c.kind;
  if (kind === 'blank' || kind === 'placeholder') {
    group.blank.push(entry);
    if (kind === 'placeholder') group.placeholders++;
  }
  if (c.ambiguity) {
    if (c.value === null) group.runs.push(entry);
  } else if (kind === 'text') group.text.push(entry);
  if (kind === 'number' && c.value !== null && underTable) group.numbers.push(entry);
}

const FILLED_ON_KEY = 'legacyStats.filledOn';

// A run asks for the index of its record dozens of times, rule after rule: the index of the
// record last asked about is kept (records are not changed once parsed).
let lastRecord: ReportRecord | null = null;
let lastIndex: RecordIndex | null = null;

export function indexOf(record: ReportRecord): RecordIndex {
  if (record !== lastRecord) {
    lastIndex = buildIndex(record);
    lastRecord = record;
  }
  return lastIndex!;
}

const newTableCells = (): TableCells => ({ printed: [], blank: [], placeholders: 0, runs: [], text: [], numbers: [], inTemplate: [0, 0], unexpected: [0, 0] });
const EMPTY: TableCells = newTableCells();
/** a table's cells by kind (callers only read the lists) */
export const cellsOf = (record: ReportRecord, table: string): TableCells => indexOf(record).tables.get(table) ?? EMPTY;
export const printedOf = (record: ReportRecord, table: string): Entry[] => (indexOf(record).tables.get(table) ?? EMPTY).printed;

/**
 * A value derived from the record once per run and shared by the rules that need it (e.g. the
 * section texts several TEXT-* rules scan: built and flattened once instead of per rule).
 * `build` itself is the key, so pass a function defined once at module level.
 */
export function derivedOf<T>(record: ReportRecord, build: (record: ReportRecord) => T): T {
  const memo = indexOf(record).derived;
  let value = memo.get(build) as T | undefined;
  if (value === undefined) memo.set(build, (value = build(record)));
  return value;
}
