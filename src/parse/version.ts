// Format-version decision, spec §9: markers first, then the year.
import type { FormatVersion } from '../model/record';
import { LEGACY_MARKERS, REV2021_MARKERS, TRIAL2019_MARKERS, UNIFIED_TABLE3_MARKERS } from '../formats/version';

const ALL_MARKERS = [...REV2021_MARKERS, ...TRIAL2019_MARKERS, ...UNIFIED_TABLE3_MARKERS, ...LEGACY_MARKERS].map(([, re]) => re);

/** The top-level alternatives of a regex source ("a|b(c|d)" → ["a", "b(c|d)"]). */
function alternatives(source: string): string[] {
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

interface MarkerGroup {
  /** the first character of every marker in the group */
  first: string;
  /** all the group's markers as one sticky alternation: where it fails, none of them matches */
  any: RegExp;
  markers: Array<{ marker: RegExp; sticky: RegExp }>;
}

/**
 * Markers printed without spaces are plain text, which V8 finds with a fast string search: they
 * are tested as they are. The others (本\s*年\s*…) would be tried at every position of the stream.
 */
const PLAIN_MARKERS = ALL_MARKERS.filter((re) => !re.source.includes('\\s'));

/** The spaced markers grouped by the characters their matches can start with (a marker may sit in two groups). */
const MARKER_GROUPS: MarkerGroup[] = (() => {
  const byFirst = new Map<string, RegExp[]>();
  for (const re of ALL_MARKERS.filter((m) => !PLAIN_MARKERS.includes(m))) for (const ch of new Set(firstCharacters(re))) byFirst.set(ch, [...(byFirst.get(ch) ?? []), re]);
  return [...byFirst].map(([first, res]) => ({
    first,
    any: new RegExp(res.map((re) => `(?:${re.source})`).join('|'), 'y'),
    markers: res.map((re) => ({ marker: re, sticky: new RegExp(re.source, 'y') })),
  }));
})();

/**
 * The markers that occur in the stream: the same answer as `marker.test(stream)` for each one.
 * A match starts with one of its marker's first characters, so each marker is tried (sticky) only
 * where such a character occurs (indexOf), not at every position of the stream, and only where
 * its group's alternation matches. Every place where a marker matches is visited.
 */
function markersIn(stream: string): Set<RegExp> {
  const found = new Set<RegExp>(PLAIN_MARKERS.filter((re) => re.test(stream)));
  for (const { first, any, markers } of MARKER_GROUPS) {
    for (let at = stream.indexOf(first); at >= 0; at = stream.indexOf(first, at + 1)) {
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

export function decideVersion(stream: string, year: number | null, t3Has2021Rows: boolean | null): { version: FormatVersion; evidence: string[] } {
  const found = markersIn(stream);
  const hits = (list: Array<[string, RegExp]>): string[] => list.filter(([, re]) => found.has(re)).map(([name]) => name);
  const rev = hits(REV2021_MARKERS);
  if (rev.length) return { version: 'rev2021', evidence: rev };
  const trial = hits(TRIAL2019_MARKERS);
  if (trial.length) return { version: 'trial2019', evidence: trial };
  if (t3Has2021Rows === false) return { version: 'trial2019', evidence: ['table 3 with a single （六）其他处理 row'] };
  const unified = hits(UNIFIED_TABLE3_MARKERS);
  if (unified.length) {
    const byYear: FormatVersion = year === null ? 'unknown' : year <= 2020 ? (year >= 2019 ? 'trial2019' : 'unknown') : 'rev2021';
    return { version: byYear, evidence: [...unified, `unified markers without table 2; decided by year ${year ?? '?'}`] };
  }
  const legacy = hits(LEGACY_MARKERS);
  if (legacy.length) return { version: 'pre2019', evidence: legacy };
  if (year !== null && year <= 2018) return { version: 'pre2019', evidence: [`report year ${year} (before the 2019 format), no unified tables`] };
  return { version: 'unknown', evidence: [] };
}
