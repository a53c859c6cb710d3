// One <table> → rows of cells with grid coordinates after rowspan/colspan expansion.
// Uses getAttribute (linkedom has no rowSpan/colSpan properties).

export interface GridCell {
  el: Element;
  /** textContent, whitespace squashed (script conversion happens later) */
  text: string;
  /** grid row/column of the cell's top-left corner */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

function span(el: Element, name: string): number {
  const n = Number.parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 200) : 1;
}

function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'tr') out.push(child);
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(child);
    }
  };
  visit(table);
  return out;
}

/** Cells per <tr>, in DOM order, with their grid position; `cover` maps every grid slot to its cell. */
export function buildGrid(table: Element): { rows: GridCell[][]; cover: Map<string, Element> } {
  const rows: GridCell[][] = [];
  const cover = new Map<string, Element>();
  const taken = new Set<string>();
  const trs = rowsOf(table);
  for (let r = 0; r < trs.length; r++) {
    const row: GridCell[] = [];
    let col = 0;
    for (const el of Array.from(trs[r]!.children)) {
      const tag = el.tagName.toLowerCase();
      if (tag !== 'td' && tag !== 'th') continue;
      while (taken.has(`${r}:${col}`)) col++;
      const rowSpan = span(el, 'rowspan');
      const colSpan = span(el, 'colspan');
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          taken.add(`${r + dr}:${col + dc}`);
          cover.set(`${r + dr}:${col + dc}`, el);
        }
      }
      row.push({ el, text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), row: r, col, rowSpan, colSpan });
      col += colSpan;
    }
    rows.push(row);
  }
  return { rows, cover };
}
