// Section headings (一、… 六、) found anywhere in the stream: in flattened pages they sit inline.
import type { SectionInfo, SectionKey } from '../model/record';
import type { ReportDocument } from '../extract';
import { HEADING_RE, SECTION_PATTERNS } from '../formats/sections';

export interface FoundSection {
  key: SectionKey;
  label: string;
  start: number;
  bodyStart: number;
}

/** SECTION_PATTERNS anchored at the text right after a numeral + 、 (compiled once, not per heading) */
const HEADINGS_AT_START = SECTION_PATTERNS.map(({ key, re }) => ({ key, re: new RegExp(`^(?:${re.source})`) }));

export function findSections(page: ReportDocument): FoundSection[] {
  const s = page.stream;
  const found: FoundSection[] = [];
  const seen = new Set<SectionKey>();
  HEADING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (seen.size < HEADINGS_AT_START.length && (m = HEADING_RE.exec(s))) {
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 60);
    for (const { key, re } of HEADINGS_AT_START) {
      if (seen.has(key)) continue;
      const hm = re.exec(after);
      if (!hm) continue;
      // the heading must not be a row label of the tables (e.g. 四、结转下年度继续办理)
      seen.add(key);
      found.push({ key, label: (m[0] + hm[0]).trim(), start: m.index, bodyStart: m.index + m[0].length + hm[0].length });
      break;
    }
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
