// Format-version decision, spec §9: markers first, then the year.
import type { FormatVersion } from '../model/record';
import { LEGACY_MARKERS, REV2021_MARKERS, TRIAL2019_MARKERS, UNIFIED_TABLE3_MARKERS } from '../formats/version';

const ALL_MARKERS = [...REV2021_MARKERS, ...TRIAL2019_MARKERS, ...UNIFIED_TABLE3_MARKERS, ...LEGACY_MARKERS].map(([, re]) => re);
/** any marker at all: one pass over the stream finds every place where some marker starts */
const ANY_MARKER = new RegExp(ALL_MARKERS.map((re) => `(?:${re.source})`).join('|'), 'g');
/** each marker tried at one such place only */
const MARKER_AT = ALL_MARKERS.map((re) => ({ marker: re, sticky: new RegExp(re.source, 'y') }));

/**
 * The markers that occur in the stream: the same answer as `marker.test(stream)` for each one,
 * in one scan instead of one per marker (the stream can be 100 KB). Every place where a marker
 * matches is a place where ANY_MARKER matches, and each such place is visited (the scan moves on
 * by one character, not past the match), so no marker is missed.
 */
function markersIn(stream: string): Set<RegExp> {
  const found = new Set<RegExp>();
  ANY_MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (found.size < MARKER_AT.length && (m = ANY_MARKER.exec(stream))) {
    for (const { marker, sticky } of MARKER_AT) {
      if (found.has(marker)) continue;
      sticky.lastIndex = m.index;
      if (sticky.test(stream)) found.add(marker);
    }
    ANY_MARKER.lastIndex = m.index + 1;
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
