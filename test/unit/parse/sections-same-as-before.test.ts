// findSections finds headings from their 、 (read back from each one) and tries the section patterns as
// one alternation per heading. This pins it to the previous version, verbatim below, on streams
// made of numerals, 、, spaces, heading words, their pieces and punctuation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SectionKey } from '../../../src/model/record';
import type { ReportDocument } from '../../../src/extract';
import { SECTION_PATTERNS } from '../../../src/formats/sections';
import { findSections, type FoundSection } from '../../../src/parse/sections';

// ---- the previous findSections, verbatim apart from its name and the heading regex it used ----
const HEADING_RE = new RegExp(`([一二三四五六七八九十]{1,3})\\s*、\\s*`, 'g');
const HEADINGS_AT_START = SECTION_PATTERNS.map(({ key, re }) => ({ key, re: new RegExp(`^(?:${re.source})`) }));

function patternPerHeadingSections(page: ReportDocument): FoundSection[] {
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
      seen.add(key);
      found.push({ key, label: (m[0] + hm[0]).trim(), start: m.index, bodyStart: m.index + m[0].length + hm[0].length });
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// ---- generated streams ----
const headingWords = [
  '总体情况', '概述', '基本情况', '主动公开政府信息情况', '政府信息主动公开情况', '收到和处理政府信息公开申请情况', '依申请公开情况',
  '政府信息依申请公开工作情况', '收费及减免情况', '政府信息公开的收费及减免情况', '政府信息公开行政复议、行政诉讼情况', '因政府信息公开申请行政复议、提起行政诉讼的情况',
  '存在的主要问题及改进情况', '存在问题及改进情况', '其他需要报告的事项', '其他应报告的事项', '政府信息公开情况统计表', '附表',
];
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '二十', '一二三四'];
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...numerals) },
  { weight: 4, arbitrary: fc.constantFrom('、', '、', ' 、', '、 ', '\n', ' ', '\u3000', '\t', '。', '|', '，') },
  { weight: 4, arbitrary: fc.constantFrom(...headingWords) },
  { weight: 2, arbitrary: fc.constantFrom(...headingWords).chain((w) => fc.integer({ min: 1, max: w.length - 1 }).map((k) => (k % 2 ? w.slice(0, k) : w.slice(k)))) },
  { weight: 2, arbitrary: fc.constantFrom('行政复议', '行政诉讼', '情况', '统计表', '本机关', '年', '12', '（一）') },
);
const streamArb = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));
const headingArb = fc.tuple(fc.constantFrom(...numerals), fc.constantFrom('', ' ', '\n ', '\u3000'), fc.constantFrom('', ' ', '  '), fc.constantFrom(...headingWords)).map(([n, a, b, w]) => `${n}${a}、${b}${w}`);
const reportArb = fc.array(fc.oneof(fragment, headingArb), { maxLength: 40 }).map((parts) => parts.join(''));

function fakePage(stream: string): ReportDocument {
  return { stream } as unknown as ReportDocument;
}

describe('findSections gives the same sections as a pattern per heading', () => {
  it('on streams of numerals, 、, spaces and heading words', () => {
    fc.assert(
      fc.property(streamArb, (stream) => {
        expect(findSections(fakePage(stream))).toEqual(patternPerHeadingSections(fakePage(stream)));
      }),
      { numRuns: 4000, seed: 20261126 },
    );
  });
  it('on streams of whole headings among them', () => {
    fc.assert(
      fc.property(reportArb, (stream) => {
        expect(findSections(fakePage(stream))).toEqual(patternPerHeadingSections(fakePage(stream)));
      }),
      { numRuns: 4000, seed: 20261127 },
    );
  });
});
