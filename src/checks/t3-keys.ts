// Which table-3 cells a column's outcome sum reads: leaves when the report prints them,
// otherwise a printed category row (trial2019's single （六）其他处理 row is stored as
// `otherHandling.subtotal`, printed).
import type { ReportRecord } from '../model/record';
import { T3_CATEGORIES, T3_COMPONENT_COLS, T3_ROWS, t3 } from './keys';
import { indexOf, T3_COLUMNS } from './record-index';

const printed = (record: ReportRecord, key: string): boolean => {
  const c = record.cells[key];
  return !!c && !c.derived;
};

/** a category's keys in one column: its leaves, and its subtotal row as a one-key list */
export interface CategoryKeys {
  name: string;
  leaves: string[];
  subtotal: string[];
}

const CATEGORY_NAMES = Object.keys(T3_CATEGORIES);

const categoryKeysOf = (col: string, name: string): CategoryKeys => ({
  name,
  leaves: (T3_CATEGORIES[name] ?? []).map((row) => t3(col, row)),
  subtotal: [t3(col, `${name}.subtotal`)],
});

/** one column's keys, built once: every run asks for them per rule and column */
interface ColumnKeys {
  categories: CategoryKeys[];
  /** outcomeKeys by which categories are read through their subtotal (bit i: CATEGORY_NAMES[i]) */
  outcomes: string[][];
}

const columnCache = new Map<string, ColumnKeys>();
/** one column's category keys, in T3_CATEGORIES order (shared: callers only read them) */
export function columnKeys(col: string): ColumnKeys {
  let keys = columnCache.get(col);
  if (!keys) columnCache.set(col, (keys = { categories: CATEGORY_NAMES.map((name) => categoryKeysOf(col, name)), outcomes: [] }));
  return keys;
}

/** a table-3 row's keys: its 总计 cell and its six component cells */
export interface RowKeys {
  total: string;
  components: string[];
}

const rowCache = new Map<string, RowKeys>();
/** one row's keys, built once (shared: callers only read them) */
export function rowKeys(row: string): RowKeys {
  let keys = rowCache.get(row);
  if (!keys) rowCache.set(row, (keys = { total: t3('total', row), components: T3_COMPONENT_COLS.map((c) => t3(c, row)) }));
  return keys;
}

/** some of the keys is a printed cell (a loop, not .some: asked per column and category on every run) */
function anyPrinted(record: ReportRecord, keys: string[]): boolean {
  for (const k of keys) if (printed(record, k)) return true;
  return false;
}

/** whether the report gives the category through its subtotal row rather than its leaves */
function readsSubtotal(record: ReportRecord, category: CategoryKeys): boolean {
  if (anyPrinted(record, category.leaves)) return false;
  if (printed(record, category.subtotal[0]!)) return true;
  // otherHandling: trial2019 prints one row; rev2021 three. Missing ⇒ ask for the format's own.
  return category.name === 'otherHandling' && record.meta.formatVersion !== 'rev2021';
}

/** the keys of one category for column `col` (shared: callers only read them) */
export function categoryKeys(record: ReportRecord, col: string, category: string): string[] {
  const i = CATEGORY_NAMES.indexOf(category);
  const keys = i >= 0 ? columnKeys(col).categories[i]! : categoryKeysOf(col, category);
  return readsSubtotal(record, keys) ? keys.subtotal : keys.leaves;
}

/** right side of T3-RESULTS-SUM for `col` (shared: callers only read it) */
export function outcomeKeys(record: ReportRecord, col: string): string[] {
  const { categories, outcomes } = columnKeys(col);
  let shape = 0;
  for (let i = 0; i < categories.length; i++) if (readsSubtotal(record, categories[i]!)) shape |= 1 << i;
  return (outcomes[shape] ??= [
    t3(col, 'granted'),
    t3(col, 'partiallyGranted'),
    ...categories.flatMap((c, i) => (shape & (1 << i) ? c.subtotal : c.leaves)),
  ]);
}

// The lists below depend only on a bit mask, and reports share a handful of masks: each list is
// built once per mask (a function of the mask, not of any record) instead of on every rule.
const selectionCache = new Map<readonly string[], Map<number, string[]>>();
/** the names of `list` whose bit is set in `bits`, in list order (shared: callers only read it) */
function selected(list: readonly string[], bits: number): string[] {
  let byBits = selectionCache.get(list);
  if (!byBits) selectionCache.set(list, (byBits = new Map()));
  let names = byBits.get(bits);
  if (!names) {
    if (byBits.size > 256) byBits.clear(); // never grow without bound
    byBits.set(bits, (names = list.filter((_, i) => bits & (1 << i))));
  }
  return names;
}

/** columns present in the record (the seven printed ones, plus a printed orgSubtotal; shared: callers only read it) */
export function t3Columns(record: ReportRecord): string[] {
  return selected(T3_COLUMNS, indexOf(record).t3ColumnBits);
}

/** printed rows of table 3 (any column), in printed order (T3_ROWS; shared: callers only read it) */
export function t3PrintedRows(record: ReportRecord): string[] {
  return selected(T3_ROWS, indexOf(record).t3RowBits);
}
