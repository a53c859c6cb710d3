// findLabel looks for a label only where one of its forms' first characters occurs (and stops at
// the end of the stretch) instead of a regex scan to the end of the page, and reads the match
// without the regex where the first form is printed as is (with its note, if any). This pins findLabel and
// findAll to the previous regex-scan versions, for every label pattern of the templates, on
// streams made of label words, their pieces, spaced-out forms, notes and filler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, findLabel, label, type LabelMatch, type LabelPattern } from '../../../src/formats/labels';
import { LEGACY_ROWS, LEGACY_STOPS } from '../../../src/formats/legacy';
import { T2_ROWS_2019, T2_ROWS_2021, T2_STOPS } from '../../../src/formats/table2';
import { T3_GROUP_OTHER, T3_GROUPS, T3_ROWS_2019, T3_ROWS_2021 } from '../../../src/formats/table3';

/** The previous findLabel, verbatim apart from its name. */
function regexFindLabel(p: LabelPattern, stream: string, from: number, to: number): LabelMatch | null {
  p.re.lastIndex = from;
  const m = p.re.exec(stream);
  if (!m || m.index >= to || m.index + m[0].length > to) return null;
  let form = p.canonical;
  for (let g = 1; g < m.length; g++) {
    if (m[g] !== undefined) {
      form = p.forms[g - 1] ?? p.canonical;
      break;
    }
  }
  return { start: m.index, end: m.index + m[0].length, printed: m[0], form };
}

/** The previous findAll, on the previous findLabel. */
function regexFindAll(p: LabelPattern, stream: string, from: number, to: number): LabelMatch[] {
  const out: LabelMatch[] = [];
  let pos = from;
  for (;;) {
    const m = regexFindLabel(p, stream, pos, to);
    if (!m) return out;
    out.push(m);
    pos = m.end > m.start ? m.end : m.start + 1;
  }
}

const patterns: LabelPattern[] = [
  ...[...T2_ROWS_2019, ...T2_ROWS_2021, ...T3_ROWS_2019, ...T3_ROWS_2021, ...LEGACY_ROWS].map((r) => r.pattern),
  ...T2_STOPS,
  ...T3_GROUPS,
  T3_GROUP_OTHER,
  ...LEGACY_STOPS,
  // forms that start with an optional or a bracket character (no anchor, and two anchors)
  label('"危及三安全一稳定"', ['（三）不予公开']),
  label('(六)其他处理', ['其他'], { note: true }),
  // text before or after the forms, and a form with a space: never read literally
  label('收到申请数', ['申请数'], { after: '[:：]?\\s*\\d+' }),
  label('申请数', [], { before: '收到\\s*' }),
  label('依申请 公开', ['依申请'], { note: true }),
];
const words = patterns.flatMap((p) => p.forms);
const fragment = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).chain((w) => fc.integer({ min: 1, max: Math.max(1, w.length - 1) }).map((k) => w.slice(0, k))),
  fc.constantFrom(...words).chain((w) => fc.integer({ min: 1, max: Math.max(1, w.length - 1) }).map((k) => w.slice(k))),
  fc.constantFrom(...words).map((w) => Array.from(w).join(' ')),
  fc.constantFrom(...words).map((w) => w.replace(/\(/g, '（').replace(/\)/g, '）')),
  fc.constantFrom(' ', '\n', '|', '（区分处理的，只计这一情形）', '(注)', '“', '”', '0', '12 3', '、', '（', '）'),
  // notes: spaced, 80 characters inside (the most), 81, nested, unclosed
  fc.constantFrom(' (注)', '\u3000（注）', '\n(', '(' + '字'.repeat(80) + ')', '(' + '字'.repeat(81) + ')', '(a(b)c)', '(a）', '（a', ')'),
  // (later change, in both) a note holding no row's values: a digit with another number after separators
  fc.constantFrom('（区分处理的， 7 4 32\n不计）', '(第1项)', '(1 | 2)', '(1 -2)', '(1 +2)', '(1\n2)', '(12)', '(1 a)', '(1 | )'),
  fc.constantFrom(...words).chain((w) => fc.constantFrom('\u3000', '\t', '\u00a0', '\n ', '\u200b').map((sp) => Array.from(w).join(sp))),
  fc.constantFrom(...words).map((w) => w.replace(/、/g, ',').replace(/"/g, '“').replace(/:/g, '：')),
);

describe('findLabel and findAll give the same matches as a regex scan', () => {
  it('for every template label, from any position to any end', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 30 }).chain((parts) => {
          const s = parts.join('');
          return fc.tuple(fc.constant(s), fc.nat({ max: s.length }), fc.nat({ max: s.length + 5 }));
        }),
        ([stream, from, to]) => {
          const now = patterns.map((p) => [findLabel(p, stream, from, to), findAll(p, stream, from, to)]);
          const before = patterns.map((p) => [regexFindLabel(p, stream, from, to), regexFindAll(p, stream, from, to)]);
          expect(JSON.stringify(now)).toBe(JSON.stringify(before));
        },
      ),
      { numRuns: 1500, seed: 20261125 },
    );
  });
});
