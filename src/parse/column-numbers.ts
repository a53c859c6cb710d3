// A 栏次 row: the column numbers 1, 2, … n printed under a table's header (栏次 | 1 | 2 | … | 15).
// Table 4's one data row is found as the first row of numbers after its header, so this row was
// read as the data (1 … 15), silently. The numbers 1 … 15 cannot be table 4's counts, in any column
// order: no four of 1 … 5 add up to the fifth, as each group's four outcomes must to its 总计.

/** between two cells: a bar, a line break or spaces */
const CELL_GAP = '(?:[ \\t]*(?:[|｜][ \\t]*\\n?|\\n)[ \\t]*|[ \\t]+)';

/**
 * The numbers first … first + n − 1 (1 … n, or 0 … n − 1), one cell each, after an optional label
 * cell (栏次, 列次, 序号). A 备注 or 序号 column may number on (16, 17) or print a dash or a word in
 * the row's cells after them (reviewer 71 F3).
 */
function columnNumbersPattern(n: number, first: number): RegExp {
  const last = first + n - 1;
  const numbers = Array.from({ length: n }, (_, i) => String(first + i)).join(CELL_GAP);
  const label = '(?:[^\\d\\s|｜](?:[^\\d\\n|｜]{0,6}[^\\d\\s|｜])?[ \\t]*(?:[|｜]|\\n)?[ \\t]*)?';
  // in cells of the same line only: with cells one per line or numbers apart, a 16 after 15 may be the data row's first value (reviewer 73 N3)
  const numberedOn = `(?:[ \\t]*[|｜][ \\t]*${last + 1}(?!\\d)(?:[ \\t]*[|｜][ \\t]*${last + 2}(?!\\d))?)?`;
  const cellsOn = '(?:[ \\t]*[|｜][ \\t]*(?:[—－–\\-/／]+|[^\\d\\s|｜]{1,6})(?=[ \\t]*(?:[|｜]|\\n|$)))*';
  return new RegExp(`^[ \\t]*${label}${numbers}(?!\\d)${numberedOn}${cellsOn}[ \\t|｜]*\\n?`);
}

// numbered from 1, or from 0 (reviewer 73 n7); 0 … 14 cannot be the counts either
const COLUMN_NUMBERS_15 = [columnNumbersPattern(15, 1), columnNumbersPattern(15, 0)];

/**
 * Where the text after a 栏次 row of 1 … 15 starting at `at` begins (past its line break), or null
 * when the text at `at` is not such a row. Cells one per line count as one row; on a page printed
 * as one line the data row may follow on the same line.
 */
export function afterColumnNumbers(s: string, at: number, to: number): number | null {
  const text = s.slice(at, Math.min(to, at + 400));
  for (const re of COLUMN_NUMBERS_15) {
    const m = re.exec(text);
    if (m) return at + m[0].length;
  }
  return null;
}
