// Which table-3 cells a column's outcome sum reads: leaves when the report prints them,
// otherwise a printed category row (trial2019's single （六）其他处理 row is stored as
// `otherHandling.subtotal`, printed).
import type { ReportRecord } from '../model/record';
import { T3_CATEGORIES, T3_COLS, t3 } from './keys';
import { indexOf } from './record-index';

const printed = (record: ReportRecord, key: string): boolean => {
  const c = record.cells[key];
  return !!c && !c.derived;
};

// A category's leaf keys per column, built once: every run asks for them per rule and column.
// Callers only read the returned arrays.
const leafCache = new Map<string, string[]>();
function leavesOf(col: string, category: string): string[] {
  const id = `${col}|${category}`;
  let leaves = leafCache.get(id);
  if (!leaves) leafCache.set(id, (leaves = (T3_CATEGORIES[category] ?? []).map((row) => t3(col, row))));
  return leaves;
}

/** the keys of one category for column `col` */
export function categoryKeys(record: ReportRecord, col: string, category: string): string[] {
  const leaves = leavesOf(col, category);
  if (leaves.some((k) => printed(record, k))) return leaves;
  const subtotal = t3(col, `${category}.subtotal`);
  if (printed(record, subtotal)) return [subtotal];
  // otherHandling: trial2019 prints one row; rev2021 three. Missing ⇒ ask for the format's own.
  if (category === 'otherHandling' && record.meta.formatVersion !== 'rev2021') return [subtotal];
  return leaves;
}

// Asked by T3-RESULTS-SUM (per column, twice for 总计) and T3-TOTAL-BLANK of the same record.
const outcomeCache = new WeakMap<ReportRecord, Map<string, string[]>>();

/** right side of T3-RESULTS-SUM for `col` (shared per record: callers only read it) */
export function outcomeKeys(record: ReportRecord, col: string): string[] {
  let byCol = outcomeCache.get(record);
  if (!byCol) outcomeCache.set(record, (byCol = new Map()));
  let keys = byCol.get(col);
  if (!keys)
    byCol.set(col, (keys = [
      t3(col, 'granted'),
      t3(col, 'partiallyGranted'),
      ...Object.keys(T3_CATEGORIES).flatMap((cat) => categoryKeys(record, col, cat)),
    ]));
  return keys;
}

/** columns present in the record (the seven printed ones, plus a printed orgSubtotal) */
export function t3Columns(record: ReportRecord): string[] {
  const present = indexOf(record).t3;
  return [...T3_COLS, 'orgSubtotal'].filter((c) => present.has(c));
}

/** printed rows of table 3 (any column), in printed order */
export function t3PrintedRows(record: ReportRecord, order: string[]): string[] {
  const cols = [...indexOf(record).t3.values()];
  return order.filter((r) => cols.some((rows) => rows.has(r)));
}
