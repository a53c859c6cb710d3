// A row's label printed around its values, as a PDF copy prints a two-line cell beside one-line
// cells: `一、本年新收政府信息公开 23 2 0 0 0 1 26` / `申请数量`, `1.本机关不掌握相关政府` / `4 1 0 0 1 0 6` /
// `信息`. The label's regex allows line breaks inside it but no values, so the row was not found and its
// cells were lost, named only by STRUCT-TABLE-SHAPE (audit 142 R14, R16–R18, R20).
import { formRegexSource, type LabelMatch, type LabelPattern } from '../formats/labels';
import { PAGE_NUMBER_LINE_AFTER } from '../text/page-foot';

export interface AroundValuesHit<R> {
  row: R;
  /** the label's words before the values (the whole label when only a page number stood inside it) */
  m: LabelMatch;
  /** where the values' line ends: the row's cells are read up to here, the label's last words after are not cells */
  valuesTo: number;
}

// the values: after spaces on the label's line, or on a line of their own; a number first, then no CJK character
const VALUES = String.raw`((?:[ \t]+|[ \t]*\n[ \t]*)[+\-]?\d[^\n\u3000-\u9fff\uff00-\uffef]*)`;
/** VALUES' match when it is only a bare page number on a line of its own */
const PAGE_NUMBER_LINE = /^[ \t]*\n[ \t]*\d{1,3}[ \t]*$/;
/** values after a label's last words, on their line */
const VALUES_AFTER = /^[ \t]+[+\-]?\d/;
/** fewest characters of the label on each side of the values */
const MIN_PART = 2;

interface AroundValuesRegex {
  re: RegExp;
  /** per alternative (two capture groups each: the values, the label's rest), the form it breaks */
  forms: string[];
}
const built = new Map<LabelPattern, AroundValuesRegex>();
/** Per form and per break between its characters: the words before (the match), the values and the rest (a lookahead). */
function aroundValuesRegex(p: LabelPattern): AroundValuesRegex {
  let r = built.get(p);
  if (!r) {
    const alts: string[] = [];
    const forms: string[] = [];
    for (const form of p.forms) {
      const chars = Array.from(form);
      for (let k = MIN_PART; k <= chars.length - MIN_PART; k++) {
        // (a page number, bare or between dashes, may follow the values: `…公开 15 2 0 0 1 0 18` / `6` / `申请数量`, audit 144 L02, 145 L11)
        alts.push(`${formRegexSource(chars.slice(0, k).join(''))}(?=${VALUES}${PAGE_NUMBER_LINE_AFTER}\\n\\s*(${formRegexSource(chars.slice(k).join(''))}))`);
        forms.push(form);
      }
    }
    r = { re: alts.length > 0 ? new RegExp(alts.join('|'), 'g') : /(?!)/g, forms };
    built.set(p, r);
  }
  return r;
}

/** The first label of `p` printed around its values in s[from, to), or null. */
function findAroundValues(p: LabelPattern, s: string, from: number, to: number): { m: LabelMatch; valuesTo: number } | null {
  const gap = s.slice(from, to);
  // (a gap holding none of the characters the label starts with is passed over without the regex: some pages miss ten rows)
  if (!gap.includes('\n') || (p.starts && !p.starts.some((c) => gap.includes(c)))) return null;
  const { re, forms } = aroundValuesRegex(p);
  // (over the gap between the rows found only: the regex run from `from` scanned on to the page's end for each row missing)
  re.lastIndex = 0;
  const m = re.exec(gap);
  if (!m) return null;
  const start = from + m.index;
  const end = start + m[0].length;
  const g = m.findIndex((v, i) => i > 0 && v !== undefined);
  const form = forms[(g - 1) >> 1]!;
  const values = m[g]!;
  // a page number between the label's lines, its values after its last words (`1.本机关不掌握相关政府` / `5` / `信息 8 1 0 0 1 0 10`):
  // the label is the whole, the number no value (read as the row's values, 5 had cut the real ones off, audit 143 L08, L15)
  const restAt = m.index + m[0].length + values.length + gap.slice(m.index + m[0].length + values.length).indexOf(m[g + 1]!);
  const restEnd = restAt + m[g + 1]!.length;
  if (PAGE_NUMBER_LINE.test(values) && VALUES_AFTER.test(gap.slice(restEnd, restEnd + 8))) {
    return { m: { start, end: from + restEnd, printed: gap.slice(m.index, restEnd), form }, valuesTo: to };
  }
  return { m: { start, end, printed: m[0], form }, valuesTo: end + values.length };
}

/**
 * The rows of `rows` (a template, in order) that `hits` (found in that order) lack, looked for printed around
 * their values between the rows found before and after them.
 */
export function rowsAroundValues<R extends { pattern: LabelPattern }>(s: string, from: number, to: number, rows: R[], hits: Array<{ row: R; m: LabelMatch }>): Array<AroundValuesHit<R>> {
  if (hits.length === rows.length) return [];
  const found = new Map(hits.map((h) => [h.row, h]));
  const out: Array<AroundValuesHit<R>> = [];
  let after = from;
  rows.forEach((row, i) => {
    const hit = found.get(row);
    if (hit) {
      after = hit.m.end;
      return;
    }
    let before = to;
    for (let j = i + 1; j < rows.length; j++) {
      const next = found.get(rows[j]!);
      if (next) {
        before = next.m.start;
        break;
      }
    }
    const around = findAroundValues(row.pattern, s, after, before);
    if (!around || around.valuesTo > before) return;
    out.push({ row, ...around });
    after = around.valuesTo;
  });
  return out;
}
