// One <table> → rows of cells with grid coordinates after rowspan/colspan expansion.
// Uses getAttribute (linkedom has no rowSpan/colSpan properties).
import { cellOutOfSight, type HidingMode, hiddenFromReader, isMark, marksAWord, removedFromTable, SKIP } from './walk';

export interface GridCell {
  el: Element;
  /** the cell's visible text, whitespace squashed (script conversion happens later) */
  text: string;
  /** grid row/column of the cell's top-left corner */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** no text but spaces */
  empty: boolean;
  /** a header's or a label's words: text that is no value (VALUE_LIKE), read once per cell */
  words: boolean;
}

/** A colspan past this is clipped: report tables have under 20 columns (HTML clips at 1000). */
const MAX_COLSPAN = 100;
/**
 * Grid slots that spans may add to one table beyond one per cell. Past it, spans read as 1:
 * a table of 400 cells each spanning 200×200 made 16 million slots (42 s, 2.3 GB) where a
 * report's table 3 has a few hundred.
 */
const SPAN_SLOT_BUDGET = 20_000;

function span(el: Element, name: string, most: number): number {
  const n = Number.parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, most) : 1;
}

/**
 * A row, row group or cell that takes no place in the table: by markup (walk.ts removedFromTable),
 * or (in the browser) a classed row or row group the page's CSS does not display. Cells hidden by
 * a class are not asked: Excel exports class every cell, and such a cell would keep its slot anyway.
 */
function rowOrCellRemoved(el: Element, mode: HidingMode, tag: string): boolean {
  if (removedFromTable(el)) return true;
  if (mode !== 'shown' || tag === 'td' || tag === 'th' || !el.hasAttribute('class')) return false;
  const view = el.ownerDocument.defaultView;
  if (typeof view?.getComputedStyle !== 'function' || !('checkVisibility' in el)) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'collapse';
}

/** The table's rows in the order they are shown: a <tfoot> written first (as HTML 4 asked) comes last; hidden rows and groups are left out. */
function rowsOf(table: Element, mode: HidingMode): Element[] {
  const out: Element[] = [];
  const foot: Element[] = [];
  const visit = (el: Element, into: Element[]): void => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toLowerCase();
      if (tag !== 'tr' && tag !== 'thead' && tag !== 'tbody' && tag !== 'tfoot') continue;
      // a row the page does not show is no printed row (a hidden <tbody> of other numbers was read)
      if (rowOrCellRemoved(child, mode, tag)) continue;
      if (tag === 'tr') into.push(child);
      else visit(child, tag === 'tfoot' ? foot : into);
    }
  };
  visit(table, out);
  return out.concat(foot);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Elements that end a line inside a cell: their text is not run into the text beside them. */
const APART = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'pre']);
const SPACE_RUN = /\s+/g;

/**
 * The cell's text as a reader sees it. textContent ran "12<br>3", "<p>12</p><p>3</p>" and a
 * footnote "821<sup>1</sup>" into one number (123, 8211) and kept hidden text; here they are
 * apart (then not read as one number) and hidden or script text is left out. Inline markup
 * ("8<span>21</span>") still joins.
 */
function cellText(el: Element, mode: HidingMode): string {
  // most cells are one chain of only children down to one text node (<td><p><span>821</span></p></td>):
  // nothing in it to keep apart, so its text is that node's
  let node: Node | null = el.firstChild;
  while (node !== null && node.nextSibling === null && node.nodeType === ELEMENT_NODE) {
    const child = node as Element;
    if (SKIP.has(child.localName ?? child.tagName.toLowerCase()) || hiddenFromReader(child, mode, true)) break;
    node = child.firstChild;
  }
  if (node === null) return '';
  if (node.nextSibling === null && node.nodeType === TEXT_NODE) return squash((node as Text).data);
  const parts: string[] = [];
  collectText(el, parts, mode);
  return squash(parts.join(''));
}

function squash(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** `mode`: how hidden markup is judged (walk.ts): a digit hidden by the page's CSS against scraping is not the number's */
function collectText(parent: Element, parts: string[], mode: HidingMode): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    const tag = child.localName ?? child.tagName.toLowerCase();
    if (SKIP.has(tag) || hiddenFromReader(child, mode, true)) continue;
    // a footnote mark after a word is the label's (予以公开<sup>1</sup>), not the row's first value
    const mark = isMark(child, tag);
    if (mark && marksAWord(parts)) {
      parts.push(' ');
      continue;
    }
    const apart = mark || APART.has(tag);
    if (apart) parts.push(' ');
    collectText(child, parts, mode);
    if (apart) parts.push(' ');
  }
}

/**
 * Cells per <tr>, in DOM order, with their grid position; `cover` maps every grid slot to its cell.
 * `mode`: how hidden markup in cells is judged (walk.ts HidingMode; default: markup only).
 */
export function buildGrid(table: Element, mode: HidingMode = 'attributes'): { rows: GridCell[][]; cover: Map<string, Element> } {
  const rows: GridCell[][] = [];
  const cover = new Map<string, Element>();
  const trs = rowsOf(table, mode);
  let budget = SPAN_SLOT_BUDGET;
  for (let r = 0; r < trs.length; r++) {
    const row: GridCell[] = [];
    let col = 0;
    for (const el of Array.from(trs[r]!.children)) {
      const tag = el.tagName.toLowerCase();
      // a cell the page does not show takes no place in the row (browsers lay out none for it)
      if ((tag !== 'td' && tag !== 'th') || rowOrCellRemoved(el, mode, tag)) continue;
      while (cover.has(`${r}:${col}`)) col++;
      // a rowspan past the last row is clipped to it, as browsers do
      let rowSpan = span(el, 'rowspan', trs.length - r);
      let colSpan = span(el, 'colspan', MAX_COLSPAN);
      if (rowSpan * colSpan - 1 > budget) rowSpan = colSpan = 1;
      else budget -= rowSpan * colSpan - 1;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) cover.set(`${r + dr}:${col + dc}`, el);
      }
      // a cell out of sight (visibility:hidden, struck out) keeps its slot, blank
      const text = cellOutOfSight(el) ? '' : cellText(el, mode);
      const empty = text.trim() === '';
      row.push({ el, text, row: r, col, rowSpan, colSpan, empty, words: !empty && !VALUE_LIKE.test(text) });
      col += colSpan;
    }
    rows.push(row);
  }
  return { rows, cover };
}

/** a cell holding a value (digits, a dash, 无) or nothing, not a header's or a label's words */
const VALUE_LIKE = /^[\d\s.,，\-—–－\/／无+＋]*$/;
/** columnsCovered looks at most this many rows up for a header's cells */
const ROWS_ASKED_ABOVE = 40;

/**
 * How many of the table's columns a cell spanning several grid columns stands for, read from the nearest header or
 * label cell above each of its grid columns (values above are passed over: a merged row under another, or a Word
 * export's data cells spanning otherwise): as many as there are distinct such cells, when none of them crosses its
 * edges (`<td colspan="10">0</td>` under 行政诉讼's ten leaves: 10). A Word export's layout span is no merge: under
 * one header cell of the same span it is one column (1), and under header cells straddling its edges which columns
 * it covers cannot be told (1). Nor can it in a row where a value cell of an earlier row reaches down among the
 * values (a rowspan 0 beside a split label: audit 127 H16, whose cells then fell one column off): 1.
 * Returns the reader for one table's cells: the table's cells by element are listed once, on the first spanning cell,
 * not per spanning cell.
 */
export function columnsCovered(grid: { rows: GridCell[][]; cover: Map<string, Element> }, down: Map<number, GridCell[]>): (cell: GridCell) => number {
  // (listed on the first spanning cell: most tables have none)
  let byEl: Map<Element, GridCell> | null = null;
  return (cell) => {
    if (!byEl) {
      byEl = new Map();
      for (const row of grid.rows) for (const c of row) byEl.set(c.el, c);
    }
    const cells = byEl;
    // (a 0 reaching down that the row is read with, in its column, is no obstacle: `down`, reachingDown's)
    const inRow = down.get(cell.row);
    const from = cell.col;
    const to = cell.col + cell.colSpan;
    const top = Math.max(0, cell.row - ROWS_ASKED_ABOVE);
    // a cell starting in rows top … cell.row (one starting higher up is not looked at)
    const startingFrom = (el: Element | undefined): GridCell | undefined => {
      const c = el && cells.get(el);
      return c && c.row >= top ? c : undefined;
    };
    const own = grid.rows[cell.row] ?? [];
    const last = own[own.length - 1];
    const end = last ? last.col + last.colSpan : to;
    // (right of the row's own label: a 序号 cell spanning rows at its left is no value of the row, audit 128 H07)
    let labelEnd = 0;
    for (const c of own) if (c.col < from && c.words) labelEnd = Math.max(labelEnd, c.col + c.colSpan);
    for (let j = labelEnd; j < end; j++) {
      const el = grid.cover.get(`${cell.row}:${j}`);
      const at = startingFrom(el);
      // (a label reaching down, 三、本年度办理结果 over its twenty rows, is harmless)
      if (el && (!at || (at.row < cell.row && !at.words && !inRow?.includes(at)))) return 1;
    }
    const nearest = new Set<GridCell>();
    for (let j = from; j < to; j++) {
      let found: GridCell | undefined;
      for (let r = cell.row - 1; r >= top && !found; r--) {
        const above = startingFrom(grid.cover.get(`${r}:${j}`));
        if (above?.words) found = above;
      }
      if (!found || found.col < from || found.col + found.colSpan > to) return 1;
      nearest.add(found);
    }
    return nearest.size;
  };
}

/**
 * The grid column after the rightmost cell of one column holding text (0 for a table of empty cells): a note row or a
 * header cell spanning the whole table reaches over Word's layout column and is not counted (audit 130 L12, L13: the
 * layout cells had been kept, and a merged row fell one column off). (Text in a cell styled as a layout cell counts: in a
 * table drawn without borders every cell is so styled, and its blank cells had all been dropped, audit 131 L10, L11.)
 */
function textColumnsEnd(rows: GridCell[][]): number {
  let end = 0;
  for (const row of rows) for (const c of row) if (c.col + c.colSpan > end && c.colSpan === 1 && !c.empty) end = c.col + c.colSpan;
  return end;
}

/**
 * Word's layout cells: empty cells styled as layout cells (isLayoutCell) right of every one-column cell with text
 * (textColumnsEnd), ending each row of a Word export. Beside a merged cell such a cell had made the row look full, and
 * every value after the merge fell one column off, silently (audit 127 H38, 128 H12). None in a table whose every cell is
 * so styled, drawn without borders (audit 132 L02, L03); blank cells there without that mark are a table's blank values.
 */
export function layoutCells(rows: GridCell[][]): Set<Element> {
  const out = new Set<Element>();
  if (rows.every((row) => row.every((c) => layoutStyled(c.el)))) return out;
  const end = textColumnsEnd(rows);
  for (const row of rows) for (const c of row) if (c.col >= end && isLayoutCell(c.el, c.text)) out.add(c.el);
  return out;
}

/**
 * An empty cell drawn without borders (`style="border:none"` and no side drawn, as Word draws a real cell's with
 * `border:none;border-bottom:solid …`: audit 130 L04, L09) or of no width (`width="0"`): a Word export's layout cell.
 */
export function isLayoutCell(el: Element, text: string): boolean {
  return text.trim() === '' && layoutStyled(el);
}
/** styled as Word styles its layout cells: `width="0"`, or `border:none` with no side drawn */
function layoutStyled(el: Element): boolean {
  if (el.getAttribute('width')?.trim() === '0') return true;
  const style = el.getAttribute('style') ?? '';
  return BORDER_NONE.test(style) && !SIDE_DRAWN.test(style);
}
const BORDER_NONE = /(?:^|;)\s*border\s*:\s*none\b/i;
const SIDE_DRAWN = /border-(?:top|bottom|left|right)\s*:\s*(?!none\b)[a-z]/i;

/** How many rows the table's header has: the rows above the first that prints a value (0: none prints one). */
function headerRowCount(rows: GridCell[][]): number {
  const first = rows.findIndex((r) => r.some((x) => !x.empty && !x.words));
  return first < 0 ? 0 : first;
}

/** a value cell that stands for the same in every row it spans: 0 or a placeholder (无, —, /), not another number */
const SAME_IN_EACH_ROW = /^\s*(?:[0０]+|无|[—–\-－\/／]+)\s*$/;

/**
 * Per row index, the cells of earlier rows reaching down into it (rowspan) right of the row's own label, that hold a 0
 * or a placeholder: as a 0 merged over columns is a 0 in each (columnsCovered), a 0 merged over rows is a 0 in each.
 * Left out of the row, it had made the row a cell short, so that its values fell one column left; with a 备注 column
 * of 无 after them the row still had its count, and 总计 read 无 and 其他 the total, silently (audit 125 H19). Another
 * number cannot be split among the rows, and is not repeated.
 */
export function reachingDown(grid: { rows: GridCell[][]; cover: Map<string, Element> }): Map<number, GridCell[]> {
  const out = new Map<number, GridCell[]>();
  // (a row printing all its cells beside it, so reaching past the header's columns, is malformed and read as printed:
  // audit 130 R10; a table of rows only, a continuation after a page break, has no header and no such edge, 131 R19, R20)
  let headerEnd = -1;
  const headerRows = headerRowCount(grid.rows);
  for (const row of grid.rows.slice(0, headerRows)) for (const c of row) if (c.words) headerEnd = Math.max(headerEnd, c.col + c.colSpan);
  if (headerEnd < 0) headerEnd = Infinity;
  // per row, the cells reaching into it, left to right
  const reaching = new Map<number, GridCell[]>();
  for (const row of grid.rows) {
    for (const c of row) {
      if (c.rowSpan < 2 || !SAME_IN_EACH_ROW.test(c.text)) continue;
      for (let r = c.row + 1; r < c.row + c.rowSpan && r < grid.rows.length; r++) {
        let list = reaching.get(r);
        if (!list) reaching.set(r, (list = []));
        list.push(c);
      }
    }
  }
  for (const [r, cells] of reaching) {
    const own = grid.rows[r]!;
    // (its last value, not an empty cell or a note after the values: audit 132 R01, R03, R08)
    const last = own.findLast((x) => !x.empty && !x.words);
    if (last && last.col + last.colSpan > headerEnd) continue;
    cells.sort((a, b) => a.col - b.col);
    // where the row's cells and those taken so far end: a cell reaching down at the right edge is taken when it starts there
    let rowEnd = own.length > 0 ? own[own.length - 1]!.col + own[own.length - 1]!.colSpan : -1;
    const taken: GridCell[] = [];
    for (const c of cells) {
      // right of a label of the row's own (a cell with words left of it, in that row)
      if (!own.some((x) => x.col < c.col && x.words)) continue;
      // and left of a cell of the row's, or at the right edge right after the row's cells (and those taken) under a header
      // naming a value column (总计, 统计数): a 备注 column's 无 reaching down at the right edge is no value. (Left out, the
      // row's unit cell 件 had been read as its value, audit 131 S01, or the row was lost, 131 R04, R09)
      if (!own.some((x) => x.col > c.col)) {
        if (c.col !== rowEnd || !valueColumnAtEdge(grid, c, headerRows, headerEnd)) continue;
        rowEnd = c.col + c.colSpan;
      }
      taken.push(c);
    }
    if (taken.length > 0) out.set(r, taken);
  }
  return out;
}

/** a header's note column: what reaches down in it is a remark, not a value (备注, 附注, 注, 备考, 情况说明 …) */
// (其他事项 and 其他需要…的内容 are note columns too: audit 135 W06)
const NOTE_HEADER = /备\s*注|附\s*注|备\s*考|说\s*明|注\s*释|^\s*注\s*$|事\s*项|需\s*要/;

/**
 * `c`, a 0 (a placeholder at the right edge is as often a note column's 无 or —, audit 133 W01–W07), stands under a
 * header cell of its own column, one starting where it starts (not the second half of 总计 spanning a note column
 * beside it, W07) that names a value column, inside the header's columns. Empty header cells are passed over (a 统计表's
 * section row, 一、主动公开情况 | | , W08).
 */
function valueColumnAtEdge(grid: { rows: GridCell[][]; cover: Map<string, Element> }, c: GridCell, headerRows: number, headerEnd: number): boolean {
  if (headerRows === 0 || c.col + c.colSpan > headerEnd || !ZERO.test(c.text)) return false;
  for (let r = headerRows - 1; r >= 0; r--) {
    const el = grid.cover.get(`${r}:${c.col}`);
    if (!el) continue;
    const above = grid.rows[r]!.find((x) => x.el === el) ?? grid.rows.slice(0, r).flat().find((x) => x.el === el);
    if (above === undefined) return false;
    // (nor a section's label spanning the table, 一、主动公开情况 over every column of a 统计表: audit 134 W12)
    if (above.empty || (above.col === 0 && above.colSpan >= c.col + c.colSpan)) continue;
    return above.words && above.col === c.col && !NOTE_HEADER.test(above.text);
  }
  return false;
}
// (full-width too, as the parser reads it: audit 134 W01, W15)
const ZERO = /^\s*[0０]+\s*$/;

/**
 * Empty cells that are no value but a row label's other half: left of the row's first value, under the same header or
 * label cell as the row's label (`<td colspan="2">一、本年新收…</td><td>&nbsp;</td>` under a corner cell spanning three
 * columns), or, in a row with no label, an empty first cell with no text above it in its column (a corner column left
 * empty) where a header stands above the cell after it. Read as the first value, they had put every value one column
 * right, silently, wherever a merged cell made up the count (audit 127 H05, H06).
 */
export function labelHalves(grid: { rows: GridCell[][]; cover: Map<string, Element> }): Set<Element> {
  const out = new Set<Element>();
  let byEl: Map<Element, GridCell> | null = null;
  const headerRows = headerRowCount(grid.rows);
  // the nearest header cell above a column: one starting in the header (the rows' labels are passed over, so the rows
  // under the first find the corner cell too: audit 131 A01, A02), and not reaching over the row's first value's column
  // too (a row spanning the table heads no column: 131 A13, A14)
  const headerAbove = (row: number, col: number, valueCol: number): GridCell | undefined => {
    for (let r = Math.min(row, headerRows) - 1; r >= 0; r--) {
      const el = grid.cover.get(`${r}:${col}`);
      const c = el && byEl!.get(el);
      if (c?.words && !(c.col <= valueCol && valueCol < c.col + c.colSpan)) return c;
    }
    return undefined;
  };
  for (const row of grid.rows) {
    const firstValue = row.findIndex((c) => !c.empty && !c.words);
    if (firstValue <= 0) continue;
    // (the label nearest the values: a group label spanning rows, 三、本年度办理结果, stands before the row's own, audit 132 A14)
    let labelAt = -1;
    for (let k = 0; k < firstValue; k++) if (row[k]!.words) labelAt = k;
    const valueCol = row[firstValue]!.col;
    for (let i = labelAt < 0 ? 0 : labelAt + 1; i < firstValue; i++) {
      const c = row[i]!;
      if (!c.empty) break;
      if (!byEl) {
        byEl = new Map();
        for (const r of grid.rows) for (const x of r) byEl.set(x.el, x);
      }
      const above = headerAbove(c.row, c.col, valueCol);
      if (labelAt >= 0 ? above !== undefined && above === headerAbove(c.row, row[labelAt]!.col, valueCol) : i === 0 && above === undefined && headerAbove(c.row, row[i + 1]!.col, -1) !== undefined) out.add(c.el);
    }
  }
  return out;
}
