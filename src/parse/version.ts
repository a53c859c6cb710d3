// Format-version decision, spec §9: markers first, then the year.
import type { FormatVersion } from '../model/record';
import { LEGACY_MARKERS, REV2021_MARKERS, TRIAL2019_MARKERS, UNIFIED_TABLE3_MARKERS } from '../formats/version';

type Markers = Array<[string, RegExp]>;

/** The top-level alternatives of a regex source ("a|b(c|d)" → ["a", "b(c|d)"]). */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}


/**
 * The character every match of `re` starts with, per alternative. Each marker is plain CJK text
 * with optional spaces (本\s*年…, 政府信息公开(?:情况)?统计表): its first character is a literal,
 * required one. A marker that breaks this would make markersIn miss it, so loading fails instead.
 */
function firstCharacters(re: RegExp): string[] {
  return alternatives(re.source).map((alt) => {
    if (!/^[\u4e00-\u9fff](?![?*+{])/.test(alt)) throw new Error(`version marker ${re.source} does not start with a required CJK character`);
    return alt[0]!;
  });
}

function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * The CJK characters that can come right after an alternative's first character when no space
 * sits between them: its optional characters (年?) up to and including the first required one,
 * across \s*. Null when the alternative goes on with anything else (a class, a group, its end):
 * then any character may follow.
 */
function secondCharacters(alt: string): string[] | null {
  const out: string[] = [];
  for (let i = 1; i < alt.length; ) {
    if (alt.startsWith('\\s*', i)) {
      i += 3;
      continue;
    }
    const c = alt[i]!;
    if (!isCjk(c.charCodeAt(0))) return null;
    const quantifier = alt[i + 1];
    if (quantifier === '*' || quantifier === '+' || quantifier === '{') return null;
    out.push(c);
    if (quantifier !== '?') return out;
    i += 2;
  }
  return null;
}

interface MarkerGroup {
  /** the first character of every marker in the group */
  first: string;
  /**
   * The char codes that can follow `first` without a space, in any of the group's matches; null:
   * any. A CJK character outside them (a space is never CJK) rules the group out at that place.
   */
  next: Set<number> | null;
  /** all the group's markers as one sticky alternation: where it fails, none of them matches */
  any: RegExp;
  markers: Array<{ marker: RegExp; sticky: RegExp }>;
}

/**
 * A marker that is plain text (收费及减免), found by a string search for its tail (see tailOffset)
 * and a check of its head before each hit.
 */
interface TextMarker {
  marker: RegExp;
  head: string;
  tail: string;
}

/**
 * Where to start the string search in a plain-text marker. V8's indexOf scans for the first
 * character of what it looks for by the larger of its two bytes (memchr): for most CJK characters
 * that is the high byte, shared by a whole block of common characters (0x67 for 本 and 未, 0x65 for
 * 收), so the scan stops almost everywhere. A character whose low byte is the larger and above 0x9F
 * (信, 请, 接, 续, 及) is a rare byte: the scan skips ahead. The last such character that leaves at
 * least three characters to search is taken; else the whole text.
 */
function tailOffset(text: string): number {
  for (let k = text.length - 3; k > 0; k--) {
    const c = text.charCodeAt(k);
    const low = c & 0xff;
    if (low > c >> 8 && low >= 0xa0 && low !== 0xff) return k;
  }
  return 0;
}

function textMarker(marker: RegExp): TextMarker {
  const k = tailOffset(marker.source);
  return { marker, head: marker.source.slice(0, k), tail: marker.source.slice(k) };
}

/** Whether the marker's text occurs: some occurrence of its tail has its head right before it. */
function hasText(stream: string, { head, tail }: TextMarker): boolean {
  for (let at = stream.indexOf(tail, head.length); at >= 0; at = stream.indexOf(tail, at + 1)) if (stream.startsWith(head, at - head.length)) return true;
  return false;
}

/** How markersIn looks for one list of markers. */
interface MarkerSearch {
  /** markers that are plain CJK text: a string search (hasText) */
  texts: TextMarker[];
  /** markers tested as they are: the other ones printed without spaces (V8 finds them by their literal text), or all of a list */
  plain: RegExp[];
  /** the spaced markers (本\s*年\s*…), which a regex would try at every position of the stream */
  groups: MarkerGroup[];
  size: number;
}

/** Groups the spaced markers by the characters their matches can start with (a marker may sit in two groups). */
function groupsOf(spaced: RegExp[]): MarkerGroup[] {
  const byFirst = new Map<string, RegExp[]>();
  for (const re of spaced) for (const ch of new Set(firstCharacters(re))) byFirst.set(ch, [...(byFirst.get(ch) ?? []), re]);
  return [...byFirst].map(([first, res]) => {
    const alts = res.flatMap((re) => alternatives(re.source)).filter((alt) => alt[0] === first);
    const seconds = alts.map(secondCharacters);
    return {
      first,
      next: seconds.every((s) => s !== null) ? new Set(seconds.flat().map((c) => c!.charCodeAt(0))) : null,
      any: new RegExp(res.map((re) => `(?:${re.source})`).join('|'), 'y'),
      markers: res.map((re) => ({ marker: re, sticky: new RegExp(re.source, 'y') })),
    };
  });
}

/**
 * How a list is searched: by string searches (plain text by its tail, spaced markers from their
 * first characters, the rest by regex), or every marker by its own regex over the stream. The 2019
 * markers go the second way: on a 2019/2020 report they all occur, and a regex stops at the first
 * occurrence, where the first-character search pays for every 对/其/第/上 before it (measured in
 * Chromium on the Pingtan pages).
 */
function searchOf(list: Markers, byStringSearch: boolean): MarkerSearch {
  const res = list.map(([, re]) => re);
  const spaced = byStringSearch ? res.filter((re) => re.source.includes('\\s')) : [];
  const unspaced = res.filter((re) => !spaced.includes(re));
  const isText = (re: RegExp): boolean => byStringSearch && re.flags === '' && /^[\u4e00-\u9fff]+$/.test(re.source);
  return { texts: unspaced.filter(isText).map(textMarker), plain: unspaced.filter((re) => !isText(re)), groups: groupsOf(spaced), size: res.length };
}

/** Each list is searched only when the decision gets to it (a 2021 report stops at the first). */
const SEARCHES = new Map<Markers, MarkerSearch>([
  [REV2021_MARKERS, searchOf(REV2021_MARKERS, true)],
  [TRIAL2019_MARKERS, searchOf(TRIAL2019_MARKERS, false)],
  [UNIFIED_TABLE3_MARKERS, searchOf(UNIFIED_TABLE3_MARKERS, true)],
  [LEGACY_MARKERS, searchOf(LEGACY_MARKERS, true)],
]);

/**
 * The markers of one search that occur in the stream: the same answer as `marker.test(stream)`
 * for each one. Plain text is found by hasText. A spaced marker's match starts with one of its
 * first characters, so each spaced marker is tried (sticky) only where such a character occurs
 * (indexOf), not at every position of the stream, and only where the next character allows it and
 * its group's alternation matches. Every place where a marker matches is visited.
 */
function markersIn(stream: string, search: MarkerSearch): Set<RegExp> {
  const found = new Set<RegExp>();
  for (const text of search.texts) if (hasText(stream, text)) found.add(text.marker);
  for (const re of search.plain) if (re.test(stream)) found.add(re);
  for (const { first, next, any, markers } of search.groups) {
    if (found.size === search.size) break;
    for (let at = stream.indexOf(first); at >= 0; at = stream.indexOf(first, at + 1)) {
      if (next) {
        const c = stream.charCodeAt(at + 1);
        if (isCjk(c) && !next.has(c)) continue;
      }
      any.lastIndex = at;
      if (!any.test(stream)) continue;
      let missing = 0;
      for (const { marker, sticky } of markers) {
        if (found.has(marker)) continue;
        sticky.lastIndex = at;
        if (sticky.test(stream)) found.add(marker);
        else missing++;
      }
      if (missing === 0) break; // the whole group is found
    }
  }
  return found;
}

/** The names of the list's markers that occur in the stream, in the list's order. */
function markerHits(stream: string, list: Markers): string[] {
  const found = markersIn(stream, SEARCHES.get(list)!);
  return list.filter(([, re]) => found.has(re)).map(([name]) => name);
}

/** A 2021 table 2 prints five or more of its words; one or two can be a sentence of the narrative. */
const FEW_REV2021_WORDS = 2;

export function decideVersion(stream: string, year: number | null, t3Has2021Rows: boolean | null): { version: FormatVersion; evidence: string[] } {
  const rev = markerHits(stream, REV2021_MARKERS);
  if (rev.length > FEW_REV2021_WORDS) return { version: 'rev2021', evidence: rev };
  if (rev.length) {
    // "本年收费金额为0元" in 总体情况 decided a 2020 report printed in the 2019 tables (8 of its
    // words) was 2021's, and four false findings followed: few 2021 words give way to the tables
    const trial = markerHits(stream, TRIAL2019_MARKERS);
    if (trial.length > rev.length) return { version: 'trial2019', evidence: trial };
    const legacy = year !== null && year <= 2018 ? markerHits(stream, LEGACY_MARKERS) : [];
    if (legacy.length) return { version: 'pre2019', evidence: legacy };
    return { version: 'rev2021', evidence: rev };
  }
  const trial = markerHits(stream, TRIAL2019_MARKERS);
  if (trial.length) return { version: 'trial2019', evidence: trial };
  if (t3Has2021Rows === false) return { version: 'trial2019', evidence: ['table 3 with a single （六）其他处理 row'] };
  const unified = markerHits(stream, UNIFIED_TABLE3_MARKERS);
  if (unified.length) {
    const byYear: FormatVersion = year === null ? 'unknown' : year <= 2020 ? (year >= 2019 ? 'trial2019' : 'unknown') : 'rev2021';
    // a pre-2019 report with its 统计表 that quotes a unified table's words is still pre-2019
    const legacy = byYear === 'unknown' && year !== null ? markerHits(stream, LEGACY_MARKERS) : [];
    if (legacy.length) return { version: 'pre2019', evidence: legacy };
    return { version: byYear, evidence: [...unified, `unified markers without table 2; decided by year ${year ?? '?'}`] };
  }
  const legacy = markerHits(stream, LEGACY_MARKERS);
  if (legacy.length) return { version: 'pre2019', evidence: legacy };
  if (year !== null && year <= 2018) return { version: 'pre2019', evidence: [`report year ${year} (before the 2019 format), no unified tables`] };
  return { version: 'unknown', evidence: [] };
}
