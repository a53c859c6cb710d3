// How much one runtime message may carry. Chromium refuses a message (or an answer) over 64 MiB
// as JSON (adv55 #9); 16 Mi characters of JSON stay under it even at 4 UTF-8 bytes a character.
export const MESSAGE_CHARS = 16 * 1024 * 1024;

/**
 * The longest head of `rows` whose JSON stays within `maxChars` (at least one row, which a message
 * of its own must carry anyway), and the rows left for the next message.
 */
export function headWithin<T>(rows: T[], maxChars = MESSAGE_CHARS, jsonLength: (row: T) => number = (row) => JSON.stringify(row)?.length ?? 0): { head: T[]; rest: T[] } {
  let chars = 0;
  for (let i = 0; i < rows.length; i++) {
    chars += jsonLength(rows[i]!);
    if (chars > maxChars && i > 0) return { head: rows.slice(0, i), rest: rows.slice(i) };
  }
  return { head: rows, rest: [] };
}

/**
 * The JSON length of a string that holds JSON, at most: each of its characters is written as one
 * or two (a quote or a backslash escaped; JSON text holds no raw control character), plus quotes.
 */
export const jsonTextLength = (text: string): number => 2 * text.length + 2;
