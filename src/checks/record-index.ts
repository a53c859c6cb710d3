// One pass over a record's cells, shared by every rule of a run (records are immutable data, so
// the index is cached per record object). Without it each rule re-scanned all ~230 cells.
import type { CellValue, ReportRecord } from '../model/record';

export interface RecordIndex {
  /** non-derived cells grouped by their first key segment (table2, table3, table4, legacyStats) */
  printed: Map<string, [string, CellValue][]>;
  /** table-3 column → set of printed row keys */
  t3: Map<string, Set<string>>;
}

const cache = new WeakMap<ReportRecord, RecordIndex>();

export function indexOf(record: ReportRecord): RecordIndex {
  let idx = cache.get(record);
  if (idx) return idx;
  idx = { printed: new Map(), t3: new Map() };
  for (const [key, cell] of Object.entries(record.cells)) {
    if (cell.derived) continue;
    const dot = key.indexOf('.');
    const table = dot < 0 ? key : key.slice(0, dot);
    let list = idx.printed.get(table);
    if (!list) idx.printed.set(table, (list = []));
    list.push([key, cell]);
    if (table === 'table3') {
      const rest = key.slice(dot + 1);
      const d2 = rest.indexOf('.');
      const col = rest.slice(0, d2);
      let rows = idx.t3.get(col);
      if (!rows) idx.t3.set(col, (rows = new Set()));
      rows.add(rest.slice(d2 + 1));
    }
  }
  cache.set(record, idx);
  return idx;
}

export const printedOf = (record: ReportRecord, table: string): [string, CellValue][] => indexOf(record).printed.get(table) ?? [];
