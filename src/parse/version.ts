// Format-version decision, spec §9: markers first, then the year.
import type { FormatVersion } from '../model/record';
import { LEGACY_MARKERS, REV2021_MARKERS, TRIAL2019_MARKERS, UNIFIED_TABLE3_MARKERS } from '../formats/version';

export function decideVersion(stream: string, year: number | null, t3Has2021Rows: boolean | null): { version: FormatVersion; evidence: string[] } {
  const hits = (list: Array<[string, RegExp]>): string[] => list.filter(([, re]) => re.test(stream)).map(([name]) => name);
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
