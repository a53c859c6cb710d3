// decideVersion finds its markers from their first characters (indexOf), not by a scan per
// marker, skips a place whose next character rules the markers out, and searches a list of
// markers only when the decision gets to it. This pins it to the first version, which ran every
// marker's regex over the whole stream, on streams made of marker words, their pieces, near
// misses, spaced-out forms and filler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormatVersion } from '../../../src/model/record';
import { LEGACY_MARKERS, REV2021_MARKERS, TRIAL2019_MARKERS, UNIFIED_TABLE3_MARKERS } from '../../../src/formats/version';
import { decideVersion } from '../../../src/parse/version';

/** The previous decideVersion, verbatim. */
function regexPerMarkerVersion(stream: string, year: number | null, t3Has2021Rows: boolean | null): { version: FormatVersion; evidence: string[] } {
  const hits = (list: Array<[string, RegExp]>): string[] => list.filter(([, re]) => re.test(stream)).map(([name]) => name);
  const rev = hits(REV2021_MARKERS);
  const trial = hits(TRIAL2019_MARKERS);
  const legacy = hits(LEGACY_MARKERS);
  // (later change, in both) one or two 2021 words give way to more 2019 words, or to a pre-2019 统计表
  if (rev.length > 2) return { version: 'rev2021', evidence: rev };
  if (rev.length && trial.length > rev.length) return { version: 'trial2019', evidence: trial };
  if (rev.length && year !== null && year <= 2018 && legacy.length) return { version: 'pre2019', evidence: legacy };
  if (rev.length) return { version: 'rev2021', evidence: rev };
  if (trial.length) return { version: 'trial2019', evidence: trial };
  if (t3Has2021Rows === false) return { version: 'trial2019', evidence: ['table 3 with a single （六）其他处理 row'] };
  const unified = hits(UNIFIED_TABLE3_MARKERS);
  if (unified.length) {
    const byYear: FormatVersion = year === null ? 'unknown' : year <= 2020 ? (year >= 2019 ? 'trial2019' : 'unknown') : 'rev2021';
    // (later change, in both) a pre-2019 report's 统计表 decides over quoted unified words
    if (byYear === 'unknown' && year !== null && legacy.length) return { version: 'pre2019', evidence: legacy };
    return { version: byYear, evidence: [...unified, `unified markers without table 2; decided by year ${year ?? '?'}`] };
  }
  if (legacy.length) return { version: 'pre2019', evidence: legacy };
  if (year !== null && year <= 2018) return { version: 'pre2019', evidence: [`report year ${year} (before the 2019 format), no unified tables`] };
  return { version: 'unknown', evidence: [] };
}

const words = [...REV2021_MARKERS, ...TRIAL2019_MARKERS, ...UNIFIED_TABLE3_MARKERS, ...LEGACY_MARKERS].map(([name]) => name);
const extra = ['统计指标', '政府信息公开情况统计表', '依申请公开政府信息工作情况', '本年新公开数量', '公开数量', '本年增／减'];
const fragment = fc.oneof(
  fc.constantFrom(...words, ...extra),
  fc.constantFrom(...words, ...extra).chain((w) => fc.integer({ min: 1, max: w.length - 1 }).map((k) => w.slice(0, k))),
  fc.constantFrom(...words, ...extra).chain((w) => fc.integer({ min: 1, max: w.length - 1 }).map((k) => w.slice(k))),
  fc.constantFrom(...words).map((w) => Array.from(w).join(' ')),
  // near misses: a character left out (本公开数量 still matches 本\s*年?\s*新?\s*公…) or swapped for
  // a CJK neighbour, and spaces of every kind between the characters
  fc.constantFrom(...words, ...extra).chain((w) => fc.integer({ min: 0, max: w.length - 1 }).map((k) => w.slice(0, k) + w.slice(k + 1))),
  fc.constantFrom(...words, ...extra).chain((w) => fc.tuple(fc.integer({ min: 0, max: w.length - 1 }), fc.constantFrom('年', '度', '新', '的', '公')).map(([k, c]) => w.slice(0, k) + c + w.slice(k + 1))),
  fc.constantFrom(...words).chain((w) => fc.array(fc.constantFrom('', ' ', '\u3000', '\t', '\n', '\u00a0'), { minLength: w.length, maxLength: w.length }).map((gaps) => Array.from(w).map((c, i) => c + gaps[i]).join(''))),
  fc.constantFrom(' ', '\n', '|', '年', '本', '公开', '信息', '数量', '、', '0', '12'),
);

describe('decideVersion gives the same answer as one regex run per marker', () => {
  it('on streams of marker words, pieces and filler', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), fc.constantFrom(null, 2013, 2018, 2019, 2020, 2021), fc.constantFrom(null, true, false), (parts, year, t3) => {
        const stream = parts.join('');
        expect(decideVersion(stream, year, t3)).toEqual(regexPerMarkerVersion(stream, year, t3));
      }),
      { numRuns: 3000, seed: 20240602 },
    );
  });
});
