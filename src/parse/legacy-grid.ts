// A 统计表 printed as an HTML table is read by the columns its header names (单位, 本年, 历年累计),
// not by counting cells after the label: an empty 计量单位 cell (seed 004's own layout) moved every
// value one column, 历年累计 printed before 本年 swapped each pair, and an extra 上年 column was
// taken for 历年累计 — all silently (helper-28's review).
import type { ReportDocument, TableCell } from '../extract';
import { moneyUnitOfCell, type RowCell, type RowRead } from './row-cells';

/** Grid columns of one 统计表 (table index in page.tables). */
export interface LegacyColumns {
  table: number;
  year: number;
  cumulative: number | null;
  unit: number | null;
}

const LABEL = /指\s*标\s*名\s*称|统\s*计\s*指\s*标|^项\s*目$/;
const UNIT = /^(?:计\s*量\s*)?单\s*位$/;
const CUMULATIVE = /历\s*年\s*累\s*计|^累\s*计$/;
const PREVIOUS = /上\s*一?\s*年|去\s*年/;
const THIS_YEAR = /本\s*年|本\s*期|统\s*计\s*数|^数\s*量$|^数\s*值$/;
const A_YEAR = /((?:19|20)\d{2})\s*年/;

/**
 * The value columns of the 统计表 whose header holds the stream position `headerAt`, or null
 * when that is not a table cell or its header names no 本年 column (read as before then).
 */
export function legacyColumns(page: ReportDocument, headerAt: number): LegacyColumns | null {
  const ref = page.refAt(headerAt, headerAt + 1);
  if (!ref || ref.source !== 'table') return null;
  const rows = page.tables[ref.table]?.rows;
  if (!rows) return null;
  // the header: the row of 指标名称 and the next, when it holds no digits of a value (a two-level header)
  const header: TableCell[] = [...(rows[ref.row] ?? [])];
  const below = rows[ref.row + 1];
  if (below && below.length && below.every((c) => !/\d/.test(c.text) || A_YEAR.test(c.text)) && !below.some((c) => LABEL.test(c.text))) header.push(...below);
  let unit: number | null = null;
  let cumulative: number | null = null;
  let year: number | null = null;
  let latest: { col: number; y: number } | null = null;
  for (const c of header) {
    const text = c.text.trim();
    if (LABEL.test(text)) continue;
    if (UNIT.test(text)) unit ??= c.col;
    else if (CUMULATIVE.test(text)) cumulative ??= c.col;
    else if (PREVIOUS.test(text)) continue;
    else if (THIS_YEAR.test(text)) year ??= c.col;
    else {
      const y = A_YEAR.exec(text);
      if (y && (!latest || Number(y[1]) > latest.y)) latest = { col: c.col, y: Number(y[1]) };
    }
  }
  year ??= latest?.col ?? null;
  if (year === null) return null;
  return { table: ref.table, year, cumulative, unit };
}

/**
 * The row of the label at stream position `labelAt`, read from the columns: its 本年 (and
 * 历年累计) cells, and the unit its 单位 cell prints when that is a money unit. Null when the label
 * is not in a row of that table (a label in the narrative is read as before).
 */
export function readLegacyGridRow(page: ReportDocument, columns: LegacyColumns, labelAt: number, n: number): RowRead | null {
  const ref = page.refAt(labelAt, labelAt + 1);
  if (!ref || ref.source !== 'table' || ref.table !== columns.table) return null;
  const row = page.tables[columns.table]?.rows[ref.row];
  if (!row) return null;
  const want = n === 2 && columns.cumulative !== null ? [columns.year, columns.cumulative] : [columns.year];
  const cells: RowCell[] = [];
  for (const col of want) {
    const cell = row.find((c) => c.col === col);
    if (!cell) return null; // a row shaped otherwise (a spanning note): read as before
    const at = cellSpan(page, columns.table, ref.row, col);
    if (!at) return null;
    const text = page.stream.slice(at.start, at.end);
    const raw = text.trim();
    cells.push({ raw, start: at.start + lead(text), end: at.start + lead(text) + raw.length });
  }
  const unitCell = columns.unit === null ? undefined : row.find((c) => c.col === columns.unit);
  // 元, 万元, （元）, 人民币元 (reviewer 85 P4: （元） and 人民币元 left 1200 元 read as 1200 万元);
  // 千元 too, which readLegacy leaves unread (read as 万元 it was 10 times off)
  const unit = unitCell ? moneyUnitOfCell(unitCell.text) : undefined;
  const read: RowRead = { cells };
  if (unit) read.unit = unit;
  return read;
}

const lead = (s: string): number => s.length - s.trimStart().length;

/** Where a grid cell's text lies in the stream (the spans of a page indexed once). */
function cellSpan(page: ReportDocument, table: number, row: number, col: number): { start: number; end: number } | null {
  let index = spanIndex.get(page);
  if (!index) {
    index = new Map();
    for (const s of page.spans) if (s.target.kind === 'cell') index.set(`${s.target.table}:${s.target.row}:${s.target.col}`, s);
    spanIndex.set(page, index);
  }
  return index.get(`${table}:${row}:${col}`) ?? null;
}
const spanIndex = new WeakMap<ReportDocument, Map<string, { start: number; end: number }>>();
