// label() now builds its regexes and leads on first use, and escapes characters without a regex
// per character (loading /annotator.js built ~150 of them up front). The previous builder is kept
// here as the oracle: every field must come out the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRegexSpace, label, type LabelPattern } from '../../../src/formats/labels';
import { LEGACY_ROWS } from '../../../src/formats/legacy';
import { T2_ROWS_2021 } from '../../../src/formats/table2';

function charClassBefore(ch: string): string {
  if (ch === '"') return '["“”„「」『』\'‘’]?';
  if (ch === '、') return '[、,，]?';
  if (ch === '(' || ch === '（') return '[(（]';
  if (ch === ')' || ch === '）') return '[)）]';
  if (ch === ':' || ch === '：') return '[:：]?';
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function formStartsBefore(form: string): string[] | null {
  const first = Array.from(form)[0];
  if (first === undefined || first === '"' || first === '、' || first === ':' || first === '：') return null;
  if (first === '(' || first === '（') return ['(', '（'];
  return [first];
}
function isPlainBefore(ch: string): boolean {
  return ch.length === 1 && !isRegexSpace(ch.charCodeAt(0)) && charClassBefore(ch) === ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function formLeadBefore(form: string): number[] {
  const lead: number[] = [];
  for (const ch of form) {
    if (!isPlainBefore(ch)) break;
    lead.push(ch.charCodeAt(0));
  }
  return lead;
}
function labelBefore(canonical: string, variants: string[] = [], opts: { note?: boolean; before?: string; after?: string } = {}): LabelPattern {
  const forms = [canonical, ...variants];
  const order = forms.map((f, i) => ({ f, i })).sort((a, b) => b.f.length - a.f.length);
  const alts = order.map(({ f }) => `(${Array.from(f).map(charClassBefore).join('\\s*')})`).join('|');
  // (later change, in both) a note holds no row's values: no digit with another number after separators (reviewer 116 P1)
  const note = opts.note ? '(?:\\s*[(（](?:(?!\\d[\\s|｜]+[\\d+\\-])[^()（）]){0,80}[)）])?' : '';
  const src = `${opts.before ?? ''}(?:${alts})${opts.after ?? ''}${note}`;
  const sorted = order.map(({ f }) => f);
  const perForm = sorted.map(formStartsBefore);
  const starts = opts.before || perForm.some((f) => f === null) ? null : [...new Set(perForm.flat() as string[])];
  const literalFirst = !opts.before && !opts.after && !/\s/.test(sorted[0]!);
  return { canonical, forms: sorted, re: new RegExp(src, 'g'), sticky: new RegExp(src, 'y'), starts, literalFirst, note: !!opts.note, leads: sorted.map(formLeadBefore) };
}

const fields = (p: LabelPattern) => ({
  canonical: p.canonical,
  forms: p.forms,
  re: [p.re.source, p.re.flags],
  sticky: [p.sticky.source, p.sticky.flags],
  starts: p.starts,
  literalFirst: p.literalFirst,
  note: p.note,
  leads: p.leads,
});

const ch = fc.constantFrom(...'总计申请（）()"“、,，:：.*+?^${}|[]\\/ 　\t-_0１a😀'.split(''), '😀', '\ud83d');
const word = fc.array(ch, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));

describe('label(), same as the builder it replaced', () => {
  it('on generated labels, options and all', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 3 }), fc.record({ note: fc.boolean(), before: fc.option(fc.constantFrom('收到\\s*', '\\d+'), { nil: undefined }), after: fc.option(fc.constantFrom('[:：]?\\s*\\d+'), { nil: undefined }) }), (c, v, opts) => {
        expect(fields(label(c, v, opts))).toEqual(fields(labelBefore(c, v, opts)));
      }),
      { numRuns: 3000 },
    );
  });

  it('builds its regexes once, on first use', () => {
    const p = label('本年新收政府信息公开申请数量', ['本年新收申请数量'], { note: true });
    expect(p.re).toBe(p.re);
    expect(p.sticky).toBe(p.sticky);
    expect(p.leads).toBe(p.leads);
    expect(p.re.global && p.sticky.sticky).toBe(true);
  });

  it('the templates’ own labels read as before', () => {
    for (const row of [...T2_ROWS_2021, ...LEGACY_ROWS]) {
      const p = row.pattern;
      expect(new RegExp(p.re.source).test(p.forms[0]!)).toBe(true);
    }
  });
});
