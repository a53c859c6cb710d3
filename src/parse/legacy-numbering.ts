// Where a 统计表 row printed as text (one cell per line) ends: before the next row's own numbering.
// Two layouts gave a blank cell the next row's number (helper-28's review): a 序号 column, whose
// "4" of the next row filled a blank 历年累计, and sub-rows numbered "1.2政府网站公开…", whose
// "1.2" was read as the blank cell before it (and flagged as a non-integer count).
import { skipSpacesBack, stripTrailingNumbering } from './row-cells';

/** A 序号 header among the 统计表's header cells (before its first row label). */
export const SEQ_HEADER = /序\s*号/;

/** A dotted number printed against the next label at the start of its line ("1.2政府网站…"). */
const DOTTED_AT_LINE_START = /[\n|][ \t]*\d{1,2}[.．]\d{1,2}$/;
/** The last line of a stretch: a bare number of up to three digits (a 序号 cell). */
const SEQ_LINE_AT_END = /[\n|][ \t]*(\d{1,3})[ \t]*$/;

/**
 * The end of the values of the row whose label is at [labelStart, valuesStart), when the next
 * label starts at `next`. `seqColumn`: the table has a 序号 column, so the next row's number
 * (this row's plus one) may close this row's stretch.
 */
export function legacyRowEnd(s: string, labelStart: number, valuesStart: number, next: number, seqColumn: boolean): number {
  let end = next;
  const dotted = DOTTED_AT_LINE_START.exec(s.slice(Math.max(valuesStart, end - 12), end));
  if (dotted) end -= dotted[0].length - 1;
  if (!seqColumn) return end;
  const mine = seqOf(s, Math.max(0, labelStart - 16), stripTrailingNumbering(s, Math.max(0, labelStart - 16), labelStart));
  if (mine === null) return end;
  const e = skipSpacesBack(s, valuesStart, stripTrailingNumbering(s, valuesStart, end));
  const at = Math.max(valuesStart, e - 8);
  const tail = SEQ_LINE_AT_END.exec(s.slice(at, e));
  return tail && Number(tail[1]) === mine + 1 ? at + tail.index + 1 : end;
}

/** The 序号 on the line ending at `end` (spaces before it skipped), or null. */
function seqOf(s: string, floor: number, end: number): number | null {
  const e = skipSpacesBack(s, floor, end);
  const m = SEQ_LINE_AT_END.exec(s.slice(floor, e)) ?? (floor === 0 ? /^[ \t]*(\d{1,3})[ \t]*$/.exec(s.slice(0, e)) : null);
  return m ? Number(m[1]) : null;
}
