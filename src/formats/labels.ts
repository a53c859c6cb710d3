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
  /**
   * True when a literal copy of the first form (in `forms` order, the regex's first alternative)
   * is matched by the regex exactly as printed, plus the note when `note`: the pattern has no
   * text before or after its forms and that form no spaces. Then a match is read without the
   * regex wherever the form is printed as is (see literalMatchAt).
   */
  literalFirst: boolean;
  /** a trailing parenthetical may follow (the `note` option) */
  note: boolean;
  /**
   * Per form, the char codes it begins with, up to its first character that is not plain (an
   * optional or bracket class, a space, a surrogate; see isPlainChar): a match of that form
   * holds them, with only spaces between.
   */
  leads: number[][];
}

/** Characters a pattern string reads as an optional or bracket class, and that class. */
const CLASSES: Record<string, string> = {
  '"': '["“”„「」『』\'‘’]?',
  '、': '[、,，]?',
  '(': '[(（]',
  '（': '[(（]',
  ')': '[)）]',
  '）': '[)）]',
  ':': '[:：]?',
  '：': '[:：]?',
  // 其它 is as common as 其他 (3.其它, 其它法律行政法规禁止公开): the row was dropped as missing (reviewer 72 #4)
  '他': '[他它]',
};
const REGEX_SYNTAX = new Set(['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/']);

function charClass(ch: string): string {
  return CLASSES[ch] ?? (REGEX_SYNTAX.has(ch) ? `\\${ch}` : ch);
}

/** What a form's match can start with: its first character (both parentheses for one), or null when that is optional. */
function formStarts(form: string): string[] | null {
  const first = Array.from(form)[0];
  if (first === undefined || first === '"' || first === '、' || first === ':' || first === '：') return null;
  if (first === '(' || first === '（') return ['(', '（'];
  return [first];
}

/** The plain characters a form begins with (see LabelPattern.leads). */
function formLead(form: string): number[] {
  const lead: number[] = [];
  for (const ch of form) {
    if (!isPlainChar(ch)) break;
    lead.push(ch.charCodeAt(0));
  }
  return lead;
}

/** One UTF-16 unit, no space, and matched by the pattern only as itself (not an optional or bracket class). */
function isPlainChar(ch: string): boolean {
  return ch.length === 1 && !isRegexSpace(ch.charCodeAt(0)) && CLASSES[ch] === undefined;
}

export function formRegexSource(form: string): string {
  return Array.from(form).map(charClass).join('\\s*');
}

/**
 * A form's regex source for a label wrapped onto the next line at a cell's end (`七、依申请公开信息收取的 |`
 * / `费用 | 120 |`): between any two of its characters, spaces, or a bar and a line break. Only a
 * match holding such a break is new: without one, formRegexSource matches too. (Empty cells may
 * follow the first part: `七、依申请公开信息收取的 | |`.)
 */
function wrappedFormSource(form: string): string {
  return Array.from(form).map(charClass).join('(?:\\s*(?:[|｜][ \\t]*)+\\n\\s*|\\s*)');
}

/**
 * a trailing parenthetical a label with the `note` option may carry: （区分处理的，只计这一情形…）; never
 * holding a row's values (two numbers apart: `（区分处理的，只计这一情形， 7 4 8 5 2 6 32` / `不计其他情形）`, a label
 * wrapped after its values, had its seven values taken for the note and stored blank, reviewer 116 P1)
 */
const NOTE_SUFFIX = '(?:\\s*[(（](?:(?!\\d[\\s|｜]+[\\d+\\-])[^()（）]){0,80}[)）])?';

const wrapped = new Map<LabelPattern, RegExp>();
/** `p`'s forms wrapped at a cell's end (wrappedFormSource), with its trailing note: a global regex, built when first asked for */
export function wrappedLabelRegex(p: LabelPattern): RegExp {
  let re = wrapped.get(p);
  if (!re) {
    re = new RegExp(`(?:${p.forms.map(wrappedFormSource).join('|')})${p.note ? NOTE_SUFFIX : ''}`, 'g');
    wrapped.set(p, re);
  }
  return re;
}

/**
 * A label pattern whose regexes and leads are built on first use. The templates define some
 * hundred and fifty labels at module load, and building them all there (regex sources char by
 * char, two RegExps each) took ~20 ms of loading /annotator.js on every report page, most of
 * them for tables the page does not have.
 */
class Label implements LabelPattern {
  readonly forms: string[];
  readonly starts: string[] | null;
  readonly literalFirst: boolean;
  readonly note: boolean;
  private built: { re: RegExp; sticky: RegExp } | null = null;
  private formLeads: number[][] | null = null;

  constructor(
    readonly canonical: string,
    variants: string[],
    private readonly opts: { note?: boolean; before?: string; after?: string },
  ) {
    const forms = [canonical, ...variants];
    // longest first so a short form never wins inside a long one
    this.forms = forms.map((f, i) => ({ f, i })).sort((a, b) => b.f.length - a.f.length).map(({ f }) => f);
    const perForm = this.forms.map(formStarts);
    this.starts = opts.before || perForm.some((f) => f === null) ? null : [...new Set(perForm.flat() as string[])];
    this.literalFirst = !opts.before && !opts.after && !/\s/.test(this.forms[0]!);
    this.note = !!opts.note;
  }

  private regexes(): { re: RegExp; sticky: RegExp } {
    if (!this.built) {
      const alts = this.forms.map((f) => `(${formRegexSource(f)})`).join('|');
      const note = this.opts.note ? NOTE_SUFFIX : '';
      const src = `${this.opts.before ?? ''}(?:${alts})${this.opts.after ?? ''}${note}`;
      this.built = { re: new RegExp(src, 'g'), sticky: new RegExp(src, 'y') };
    }
    return this.built;
  }

  get re(): RegExp {
    return this.regexes().re;
  }

  get sticky(): RegExp {
    return this.regexes().sticky;
  }

  get leads(): number[][] {
    return (this.formLeads ??= this.forms.map(formLead));
  }
}

/** Builds a pattern; `note` allows a trailing parenthetical such as （区分处理的，只计这一情形…）. */
export function label(canonical: string, variants: string[] = [], opts: { note?: boolean; before?: string; after?: string } = {}): LabelPattern {
  return new Label(canonical, variants, opts);
}

export interface LabelMatch {
  start: number;
  end: number;
  printed: string;
  form: string;
}

/**
 * The match `p.re.exec(stream)` from `from` finds, unless it starts at or after `to` (then
 * null, as findLabel makes of it anyway). A match starts with one of `p.starts`, so it is looked
 * for only at their occurrences, in increasing order (the first match there is the one a scan
 * that first succeeds there gives); the first occurrence at or after `to` ends the search, as a
 * match there is rejected anyway. This keeps a missing label from scanning the rest of the page.
 */
function firstMatchBefore(p: LabelPattern, stream: string, from: number, to: number): LabelMatch | null {
  const starts = p.starts;
  if (starts === null) {
    if (to - from <= SHORT_STRETCH) {
      // a short stretch (a row's cells) is tried position by position, as the scan would, instead
      // of a scan that runs on to the page's end when the label is not there: same first match
      for (let at = from; at < to; at++) {
        p.sticky.lastIndex = at;
        const m = p.sticky.exec(stream);
        if (m) return toLabelMatch(p, m);
      }
      return null;
    }
    p.re.lastIndex = from;
    return toLabelMatch(p, p.re.exec(stream));
  }
  if (starts.length === 1) {
    const ch = starts[0]!;
    if (to - from <= SHORT_STRETCH && ch.length === 1) {
      // read char by char: indexOf would run on past `to` to the next occurrence (often the
      // page's end), and its byte search is slow on CJK text; same positions, same order
      const code = ch.charCodeAt(0);
      for (let at = from; at < to; at++) {
        if (stream.charCodeAt(at) !== code) continue;
        const m = matchAt(p, stream, at);
        if (m) return m;
      }
      return null;
    }
    for (let at = stream.indexOf(ch, from); at >= 0 && at < to; at = stream.indexOf(ch, at + 1)) {
      const m = matchAt(p, stream, at);
      if (m) return m;
    }
    return null;
  }
  const next = starts.map((ch) => stream.indexOf(ch, from));
  for (;;) {
    let at = -1;
    for (const n of next) if (n >= 0 && (at < 0 || n < at)) at = n;
    if (at < 0 || at >= to) return null;
    const m = matchAt(p, stream, at);
    if (m) return m;
    for (let i = 0; i < next.length; i++) if (next[i] === at) next[i] = stream.indexOf(starts[i]!, at + 1);
  }
}

/** Up to this many positions (a row's cells), a stretch is searched position by position. */
const SHORT_STRETCH = 40;

/** What the sticky regex matches at `at`: read directly when the first form is printed there as is. */
function matchAt(p: LabelPattern, stream: string, at: number): LabelMatch | null {
  if (p.literalFirst && printedAt(p.forms[0]!, stream, at)) return literalMatchAt(p, stream, at);
  if (!leadsAt(p.leads, stream, at)) return null; // (a pattern with text before its forms has no starts: never here)
  p.sticky.lastIndex = at;
  return toLabelMatch(p, p.sticky.exec(stream));
}

/**
 * False when no form can match at `at`: none has its plain leading characters there, with only
 * spaces between them (the \s* between a form's characters). Most places where a label's first
 * character is printed fail here, which is cheaper than the regex failing there.
 */
function leadsAt(leads: number[][], stream: string, at: number): boolean {
  for (const lead of leads) {
    let i = at;
    let k = 0;
    for (; k < lead.length; k++) {
      if (k > 0) while (i < stream.length && isRegexSpace(stream.charCodeAt(i))) i++;
      if (stream.charCodeAt(i) !== lead[k]) break;
      i++;
    }
    if (k === lead.length) return true;
  }
  return false;
}

/** stream.startsWith(form, at), its second character compared first: most places where a form's first character is printed hold some other word. */
function printedAt(form: string, stream: string, at: number): boolean {
  return (form.length < 2 || stream.charCodeAt(at + 1) === form.charCodeAt(1)) && stream.startsWith(form, at);
}

/**
 * The regex's match at `at` where its first form is printed as is. The regex tries that form's
 * alternative first, and with every character of it printed in place its first path reads just
 * those characters (each \s* meets a non-space and takes nothing, each optional class meets its
 * own character and takes it); then comes the optional note, and nothing after it can fail.
 */
function literalMatchAt(p: LabelPattern, stream: string, at: number): LabelMatch {
  const formEnd = at + p.forms[0]!.length;
  const end = p.note ? noteEnd(stream, formEnd) : formEnd;
  return { start: at, end, printed: stream.slice(at, end), form: p.forms[0]! };
}

/** Opening and closing parentheses, the characters a note may not hold. */
const OPEN = [0x28, 0xff08];
const CLOSE = [0x29, 0xff09];

/**
 * Where the note NOTE_SUFFIX reads from `pos` ends (`pos` when there is none): spaces, an opening
 * parenthesis, at most 80 characters that are no parenthesis and no digit with another number
 * after separators, a closing one. Backtracking finds nothing else: fewer spaces leave a space where
 * the opening parenthesis must be, and a shorter inside leaves a non-parenthesis where the closing one must be.
 */
function noteEnd(stream: string, pos: number): number {
  let i = pos;
  while (i < stream.length && isRegexSpace(stream.charCodeAt(i))) i++;
  if (!OPEN.includes(stream.charCodeAt(i))) return pos;
  i++;
  const limit = i + 80;
  while (i < stream.length && i < limit && !isParenthesis(stream.charCodeAt(i))) {
    if (isDigitCode(stream.charCodeAt(i)) && anotherNumberAfter(stream, i + 1)) return pos;
    i++;
  }
  return CLOSE.includes(stream.charCodeAt(i)) ? i + 1 : pos;
}

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** `[\s|｜]+[\d+\-]` at `at`: separators, then a digit or a sign */
function anotherNumberAfter(stream: string, at: number): boolean {
  let j = at;
  while (j < stream.length && (isRegexSpace(stream.charCodeAt(j)) || stream[j] === '|' || stream[j] === '｜')) j++;
  if (j === at) return false;
  const c = stream.charCodeAt(j);
  return isDigitCode(c) || c === 0x2b || c === 0x2d;
}

function isParenthesis(c: number): boolean {
  return OPEN.includes(c) || CLOSE.includes(c);
}

/** 一 … 十: the numerals of headings (三、) and of numbering like （三）, [一二三四五六七八九十] by code. */
export function isNumeralOneToTen(c: number): boolean {
  return c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/** The characters \s matches in a JavaScript regex. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function toLabelMatch(p: LabelPattern, m: RegExpExecArray | null): LabelMatch | null {
  if (!m) return null;
  let form = p.canonical;
  for (let g = 1; g < m.length; g++) {
    if (m[g] !== undefined) {
      form = p.forms[g - 1] ?? p.canonical;
      break;
    }
  }
  return { start: m.index, end: m.index + m[0].length, printed: m[0], form };
}

/** First match of `p` in stream[from, to). */
export function findLabel(p: LabelPattern, stream: string, from: number, to: number): LabelMatch | null {
  const m = firstMatchBefore(p, stream, from, to);
  if (!m || m.start >= to || m.end > to) return null;
  return m;
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
