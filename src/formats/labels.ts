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
  /** `re` as a sticky regex, tried only where a match can start (see `starts`) */
  sticky: RegExp;
  /**
   * The characters every match starts with (the first character of each form), or null when a
   * form's first character is optional or a pattern prefix comes first: then `re` scans.
   */
  starts: string[] | null;
}

function charClass(ch: string): string {
  if (ch === '"') return '["“”„「」『』\'‘’]?';
  if (ch === '、') return '[、,，]?';
  if (ch === '(' || ch === '（') return '[(（]';
  if (ch === ')' || ch === '）') return '[)）]';
  if (ch === ':' || ch === '：') return '[:：]?';
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** What a form's match can start with: its first character (both parentheses for one), or null when that is optional. */
function formStarts(form: string): string[] | null {
  const first = Array.from(form)[0];
  if (first === undefined || first === '"' || first === '、' || first === ':' || first === '：') return null;
  if (first === '(' || first === '（') return ['(', '（'];
  return [first];
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
  const perForm = sorted.map(formStarts);
  const starts = opts.before || perForm.some((f) => f === null) ? null : [...new Set(perForm.flat() as string[])];
  return { canonical, forms: sorted, re: new RegExp(src, 'g'), sticky: new RegExp(src, 'y'), starts };
}

export interface LabelMatch {
  start: number;
  end: number;
  printed: string;
  form: string;
}

/**
 * What `p.re.exec(stream)` from `from` returns, unless it starts at or after `to` (then null).
 * A match starts with one of `p.starts`, so it is looked for only at their occurrences, in
 * increasing order, with the sticky copy of the same regex (the same match a scan that first
 * succeeds there gives); the first occurrence at or after `to` ends the search, as a match there
 * is rejected anyway. This keeps a missing label from scanning the rest of the page.
 */
function firstMatchBefore(p: LabelPattern, stream: string, from: number, to: number): RegExpExecArray | null {
  const starts = p.starts;
  if (starts === null) {
    p.re.lastIndex = from;
    return p.re.exec(stream);
  }
  if (starts.length === 1) {
    const ch = starts[0]!;
    for (let at = stream.indexOf(ch, from); at >= 0 && at < to; at = stream.indexOf(ch, at + 1)) {
      p.sticky.lastIndex = at;
      const m = p.sticky.exec(stream);
      if (m) return m;
    }
    return null;
  }
  const next = starts.map((ch) => stream.indexOf(ch, from));
  for (;;) {
    let at = -1;
    for (const n of next) if (n >= 0 && (at < 0 || n < at)) at = n;
    if (at < 0 || at >= to) return null;
    p.sticky.lastIndex = at;
    const m = p.sticky.exec(stream);
    if (m) return m;
    for (let i = 0; i < next.length; i++) if (next[i] === at) next[i] = stream.indexOf(starts[i]!, at + 1);
  }
}

/** First match of `p` in stream[from, to). */
export function findLabel(p: LabelPattern, stream: string, from: number, to: number): LabelMatch | null {
  const m = firstMatchBefore(p, stream, from, to);
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
