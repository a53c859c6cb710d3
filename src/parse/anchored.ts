// Leftmost regex matches found from a rare literal instead of a regex scan of the whole stream.
// V8 tries a pattern at every position of the stream (and one that starts with \d at every digit
// of a flattened table); an indexOf for a literal the match must hold skips straight to the few
// places where a match can be, and a sticky copy of the same regex is tried only there.
//
// Both finders return exactly what `re.exec(s)` returns with `re.lastIndex = from` for a global
// `re`: the match starting at the smallest position >= from, as the regex engine reads it there
// (a sticky regex at position p gives the same match as a global scan that first succeeds at p).
// They differ only in which positions they try, and every position where a match can start is
// tried, in increasing order.
import { isRegexSpace } from '../formats/labels';

/** Finds the leftmost match of a pattern whose every match STARTS with one of `anchors`. */
export interface StartAnchoredPattern {
  sticky: RegExp;
  anchors: string[];
}

export function startAnchored(re: RegExp, anchors: string[]): StartAnchoredPattern {
  return { sticky: new RegExp(re.source, 'y'), anchors };
}

/**
 * The leftmost match at or after `from`. A match starts with an anchor, so its start is an
 * occurrence of some anchor at or after `from`; those occurrences are visited in increasing order.
 */
export function execStartAnchored(p: StartAnchoredPattern, s: string, from: number): RegExpExecArray | null {
  const { sticky, anchors } = p;
  // next occurrence of each anchor at or after `pos` (-1: none left)
  const next = anchors.map((a) => s.indexOf(a, from));
  for (;;) {
    let at = -1;
    for (const n of next) if (n >= 0 && (at < 0 || n < at)) at = n;
    if (at < 0) return null;
    sticky.lastIndex = at;
    const m = sticky.exec(s);
    if (m) return m;
    for (let i = 0; i < next.length; i++) if (next[i] === at) next[i] = s.indexOf(anchors[i]!, at + 1);
  }
}

/**
 * A pattern `\d[\d,]*\s*<head>[^…]{0,gap}?<literal>…` whose every match holds one of `literals`
 * within `reach` characters after the end of its leading run of digits, commas and spaces
 * (`reach` = the most characters the head and the gap can take, plus one), and whose head opens
 * with one of the characters of `headStarts` (件, or 件起宗).
 */
export interface RunThenLiteralPattern {
  sticky: RegExp;
  literals: string[];
  reach: number;
  headStarts: string;
}

export function runThenLiteral(re: RegExp, literals: string[], reach: number, headStarts: string): RunThenLiteralPattern {
  return { sticky: new RegExp(re.source, 'y'), literals, reach, headStarts };
}

function isRunChar(c: number): boolean {
  // \d, ',' or \s
  return (c >= 48 && c <= 57) || c === 44 || isRegexSpace(c);
}

/** The end of the run of digits, commas and spaces that starts at `at`. */
function endOfRun(s: string, at: number): number {
  let end = at;
  while (end < s.length && isRunChar(s.charCodeAt(end))) end++;
  return end;
}

/**
 * The leftmost match at or after `from`. A match starting at m holds a literal at some L >= m, and
 * everything between m and L - reach belongs to its leading run of digits, commas and spaces; so m
 * lies in [run start before L - reach, L). Those windows, for every literal occurrence at or after
 * `from`, hold every possible start: they are merged and tried in increasing order. A match's run
 * is followed by the head, so where the digits, commas and spaces from m are followed by anything
 * else, no match starts at m or anywhere else in them (a table's "0 0 12 3" is passed over at once
 * instead of with a regex call per digit).
 */
export function execRunThenLiteral(p: RunThenLiteralPattern, s: string, from: number): RegExpExecArray | null {
  const windows: Array<[number, number]> = [];
  for (const lit of p.literals) {
    for (let at = s.indexOf(lit, from); at >= 0; at = s.indexOf(lit, at + 1)) {
      let start = Math.max(from, at - p.reach);
      while (start > from && isRunChar(s.charCodeAt(start - 1))) start--;
      windows.push([start, at]);
    }
  }
  if (windows.length === 0) return null;
  windows.sort((a, b) => a[0] - b[0]);
  let pos = from;
  for (const [start, end] of windows) {
    for (let m = Math.max(pos, start); m < end; m++) {
      const c = s.charCodeAt(m);
      if (c < 48 || c > 57) continue; // a match starts with \d
      const afterRun = endOfRun(s, m);
      if (afterRun >= s.length || !p.headStarts.includes(s[afterRun]!)) {
        m = afterRun - 1;
        continue;
      }
      p.sticky.lastIndex = m;
      const hit = p.sticky.exec(s);
      if (hit) return hit;
    }
    pos = Math.max(pos, end);
  }
  return null;
}
