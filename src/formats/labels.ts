// Label patterns as data. A pattern string is matched against the half-width page stream with
// optional whitespace between any two characters (cells broken across lines, "商业 企业").
// In a pattern: '"' = any quote or none; '、' = '、', ',' or nothing.

export interface LabelPattern {
  /** canonical label (spec wording) */
  canonical: string;
  /** all accepted printed forms, canonical first */
  forms: string[];
  /** global regex over the stream; group 1..n = which form matched (first defined group) */
  re: RegExp;
}

function charClass(ch: string): string {
  if (ch === '"') return '["“”„「」『』\'‘’]?';
  if (ch === '、') return '[、,，]?';
  if (ch === '(' || ch === '（') return '[(（]';
  if (ch === ')' || ch === '）') return '[)）]';
  if (ch === ':' || ch === '：') return '[:：]?';
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function formRegexSource(form: string): string {
  return Array.from(form).map(charClass).join('\\s*');
}

/** Builds a pattern; `note` allows a trailing parenthetical such as （区分处理的，只计这一情形…）. */
export function label(canonical: string, variants: string[] = [], opts: { note?: boolean; before?: string; after?: string } = {}): LabelPattern {
  const forms = [canonical, ...variants];
  // longest first so a short form never wins inside a long one
  const order = forms.map((f, i) => ({ f, i })).sort((a, b) => b.f.length - a.f.length);
  const alts = order.map(({ f }) => `(${formRegexSource(f)})`).join('|');
  const note = opts.note ? '(?:\\s*[(（][^()（）]{0,80}[)）])?' : '';
  const src = `${opts.before ?? ''}(?:${alts})${opts.after ?? ''}${note}`;
  const sorted = order.map(({ f }) => f);
  return { canonical, forms: sorted, re: new RegExp(src, 'g') };
}

export interface LabelMatch {
  start: number;
  end: number;
  printed: string;
  form: string;
}

/** First match of `p` in stream[from, to). */
export function findLabel(p: LabelPattern, stream: string, from: number, to: number): LabelMatch | null {
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

/** All matches of `p` in stream[from, to). */
export function findAll(p: LabelPattern, stream: string, from: number, to: number): LabelMatch[] {
  const out: LabelMatch[] = [];
  let pos = from;
  for (;;) {
    const m = findLabel(p, stream, pos, to);
    if (!m) return out;
    out.push(m);
    pos = m.end > m.start ? m.end : m.start + 1;
  }
}

/** Row template entry: a label and the field keys of its value cells, in print order. */
export interface RowSpec {
  /** key prefix, e.g. 'table3.<col>.granted' is built by the table reader */
  key: string;
  pattern: LabelPattern;
  /** number of value cells the row prints */
  cells: number;
}
