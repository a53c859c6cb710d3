// Section headings (一、… 六、) found anywhere in the stream: in flattened pages they sit inline.
import type { SectionInfo, SectionKey } from '../model/record';
import type { ReportDocument } from '../extract';
import { isNumeralOneToTen, isRegexSpace } from '../formats/labels';
import { SECTION_PATTERNS } from '../formats/sections';

export interface FoundSection {
  key: SectionKey;
  label: string;
  start: number;
  bodyStart: number;
}

/** SECTION_PATTERNS anchored at the text right after a numeral + 、 (compiled once, not per heading) */
const HEADINGS_AT_START = SECTION_PATTERNS.map(({ key, re }) => ({ key, re: new RegExp(`^(?:${re.source})`) }));

/**
 * All of them as one alternation, each alternative in a capture group: one regex call per heading
 * gives the first pattern (in order) that matches there, with the same match it gives alone.
 */
const ANY_HEADING_AT_START = (() => {
  for (const { re } of SECTION_PATTERNS) if (new RegExp(`${re.source}|`).exec('')!.length !== 1) throw new Error(`section pattern ${re.source} has a capture group`);
  return new RegExp(`^(?:${SECTION_PATTERNS.map(({ re }) => `(${re.source})`).join('|')})`);
})();

/**
 * The first pattern not yet seen that matches at the start of `after`, as trying each unseen one
 * in order gives it: the alternation names the first that matches at all; only when that one is
 * already seen are the later ones tried one by one.
 */
function headingAt(after: string, seen: Set<SectionKey>): { key: SectionKey; text: string } | null {
  const any = ANY_HEADING_AT_START.exec(after);
  if (!any) return null;
  const first = any.indexOf(any[0], 1) - 1;
  if (!seen.has(HEADINGS_AT_START[first]!.key)) return { key: HEADINGS_AT_START[first]!.key, text: any[0] };
  for (const { key, re } of HEADINGS_AT_START.slice(first + 1)) {
    if (seen.has(key)) continue;
    const hm = re.exec(after);
    if (hm) return { key, text: hm[0] };
  }
  return null;
}

/**
 * The next heading mark at or after `from`: up to three numerals, spaces, 、, spaces — the
 * leftmost match of `([一-十]{1,3})\s*、\s*` (global, from `from`), found by reading back from each 、
 * (indexOf): Node 20's engine tried the lookbehind form of that regex at every character.
 */
function nextHeadingMark(s: string, from: number): { start: number; end: number } | null {
  for (let q = s.indexOf('、', from); q >= 0; q = s.indexOf('、', q + 1)) {
    let j = q;
    while (j > from && isRegexSpace(s.charCodeAt(j - 1))) j--;
    let k = j;
    while (k > from && j - k < 3 && isNumeralOneToTen(s.charCodeAt(k - 1))) k--;
    if (k === j) continue;
    let end = q + 1;
    while (end < s.length && isRegexSpace(s.charCodeAt(end))) end++;
    return { start: k, end };
  }
  return null;
}

export function findSections(page: ReportDocument): FoundSection[] {
  const s = page.stream;
  const found: FoundSection[] = [];
  const seen = new Set<SectionKey>();
  let pos = 0;
  let mark: { start: number; end: number } | null;
  while (seen.size < HEADINGS_AT_START.length && (mark = nextHeadingMark(s, pos))) {
    const { start, end } = mark;
    pos = end;
    const heading = headingAt(s.slice(end, end + 60), seen);
    if (!heading) continue;
    // the heading must not be a row label of the tables (e.g. 四、结转下年度继续办理)
    seen.add(heading.key);
    found.push({ key: heading.key, label: (s.slice(start, end) + heading.text).trim(), start, bodyStart: end + heading.text.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function sectionInfos(
  page: ReportDocument,
  found: FoundSection[],
  tableRegions: Array<{ start: number; end: number }>,
): Partial<Record<SectionKey, SectionInfo>> {
  const out: Partial<Record<SectionKey, SectionInfo>> = {};
  const regionsInOrder = [...tableRegions].sort((a, b) => a.start - b.start);
  found.forEach((f, i) => {
    const end = found[i + 1]?.start ?? page.stream.length;
    const hasTable = tableRegions.some((r) => r.start < end && r.end > f.bodyStart);
    let text = '';
    let pos = f.bodyStart;
    for (const r of regionsInOrder) {
      if (r.end <= pos || r.start >= end) continue;
      text += page.stream.slice(pos, Math.max(pos, r.start));
      pos = Math.max(pos, r.end);
    }
    if (pos < end) text += page.stream.slice(pos, end);
    out[f.key] = { label: f.label, ref: page.refAt(f.start, f.bodyStart), text: text.replace(/\s+/g, ' ').trim().slice(0, 5000), hasTable };
  });
  return out;
}

/** Where the section `key` stands in the stream, its heading to the next heading found (or the page's end), if found. */
export function sectionSpan(page: ReportDocument, found: FoundSection[], key: SectionKey): { start: number; end: number } | null {
  const i = found.findIndex((f) => f.key === key);
  return i < 0 ? null : { start: found[i]!.start, end: found[i + 1]?.start ?? page.stream.length };
}
