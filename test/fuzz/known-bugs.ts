// Parser bugs the fuzzer found that are not fixed yet (reported to the lead; src/parse and
// src/text are not ours to edit). Cases they explain are skipped (fc.pre, and counted) in the
// random properties so `npm test` stays meaningful for everything else; regressions.test.ts
// keeps a deterministic reproducer of each, marked `.fails` — when a fix lands that test turns
// red: drop `.fails` and the entry here. FUZZ_KNOWN_BUGS=1 fuzzes them anyway.
import type { Violation } from './oracle';

export interface KnownBug {
  id: string;
  what: string;
  /** the page's block text could trigger it: skip before parsing (for crashes and slowness) */
  input?: (blockText: string) => boolean;
  /** this violation is the bug's symptom */
  explains?: (v: Violation) => boolean;
}

// Fixed in 4dcf590 (their reproducers are regressions in regressions.test.ts):
// - long-digit-run: 16+-digit runs read as Infinity/rounded values; O(cap × L²) cutting and a
//   stack overflow on a 20,000-digit run;
// - decimal-split: "1.25000001" cut into cells ending in 1.
export const KNOWN_BUGS: KnownBug[] = [];

export const INCLUDE_KNOWN = process.env.FUZZ_KNOWN_BUGS === '1';

/** Known bugs this page's text could trigger before parsing (none when FUZZ_KNOWN_BUGS=1). */
export function knownInputBugs(blockText: string): string[] {
  return INCLUDE_KNOWN ? [] : KNOWN_BUGS.filter((b) => b.input?.(blockText)).map((b) => b.id);
}

/** The violations no known bug explains (all of them when FUZZ_KNOWN_BUGS=1). */
export function unexplained(violations: Violation[]): Violation[] {
  return INCLUDE_KNOWN ? violations : violations.filter((v) => !KNOWN_BUGS.some((b) => b.explains?.(v)));
}
