// Parser bugs the fuzzer found that are not fixed yet (reported to the lead; src/parse and
// src/text are not ours to edit). Cases they explain are skipped (fc.pre) in the random
// properties so `npm test` stays meaningful for everything else; known-bugs.test.ts keeps a
// deterministic reproducer of each, marked `.fails` — when a fix lands that test turns red:
// delete the entry here and the reproducer there. FUZZ_KNOWN_BUGS=1 fuzzes them anyway.
import type { Violation } from './oracle';
import { normaliseDigits } from './oracle';

export interface KnownBug {
  id: string;
  what: string;
  /** the page's block text could trigger it: skip before parsing (for crashes and slowness) */
  input?: (blockText: string) => boolean;
  /** this violation is the bug's symptom */
  explains?: (v: Violation) => boolean;
}

export const KNOWN_BUGS: KnownBug[] = [
  {
    id: 'long-digit-run',
    what:
      'A run of 16+ digits: readValue (src/text/numbers.ts) returns Infinity or a rounded value ' +
      '(Number("99999999999999999999") = 1e20) instead of an unreadable cell; tokenCuttings ' +
      '(src/text/splits.ts) costs O(cap × L²) — 2,000 digits ≈ 5 s — and recurses once per digit, ' +
      'so a 20,000-digit run makes parseDocument throw RangeError (stack overflow).',
    input: (text) => /\d{16,}/.test(text.normalize('NFKC')),
  },
  {
    id: 'decimal-split',
    what:
      'splitIntoCells (src/text/splits.ts) cuts a printed decimal into several cells: ' +
      '"72 0.000001" as 7 cells reads 7|2|0.00|0|0|0|1, "1.25000001" reads …|0|0|1, so 总计 = 1 ' +
      'although no 1 is printed (both readings agree on the last cells, so the value is kept).',
    explains: (v) =>
      v.cell.value !== null &&
      Number.isInteger(v.cell.value) &&
      [...normaliseDigits(v.cell.raw).matchAll(/\d+\.\d+/g)].some((m) => m[0].replace('.', '').includes(String(v.cell.value))),
  },
];

export const INCLUDE_KNOWN = process.env.FUZZ_KNOWN_BUGS === '1';

/** Known bugs this page's text could trigger before parsing (none when FUZZ_KNOWN_BUGS=1). */
export function knownInputBugs(blockText: string): string[] {
  return INCLUDE_KNOWN ? [] : KNOWN_BUGS.filter((b) => b.input?.(blockText)).map((b) => b.id);
}

/** The violations no known bug explains (all of them when FUZZ_KNOWN_BUGS=1). */
export function unexplained(violations: Violation[]): Violation[] {
  return INCLUDE_KNOWN ? violations : violations.filter((v) => !KNOWN_BUGS.some((b) => b.explains?.(v)));
}
