// fast-check arbitraries for report-like pages: a generated 2021 report, or a real fixture
// page, put through a list of mutations (cells shuffled, spans broken, labels garbled, odd
// numbers, nested tables, deep nesting, long runs of digits and punctuation).
import fc from 'fast-check';
import { escapeHtml, loadFixturePages, wrap } from '../../scripts/bench/fixture-pages';
import { type Cell, type Page, type Table, renderPage, reportPage, table3 } from './report-model';

export const BAD_SPANS = ['0', '-1', '9999', 'abc', '', '1.5', '２', '2147483648', ' 3 ', '1e3'];
export const ODD_NUMBERS = [
  '99999999999999999999', '123456789012345678901234567890', '-5', '-0', '+12', '１２３', '１，２３４', '1,234', '1，234',
  '12,34', '1e5', '0x1F', 'NaN', 'Infinity', '—', '', '零', '无', '不适用', '增加3', '减少2', '２２９０.５４万元', '251000元',
  '0.000001', '007', '1.2.3', '３件', '--5', '5-', '½', '٣', '①', '十二',
];
const PUNCT = '，。、；：？！“”‘’（）《》【】—…·-/\\|%‰';
const GARBLE = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

/** One fuzz case. fast-check prints it by its recipe (seed page + edits), not its whole HTML. */
export interface Case {
  html: string;
  url: string;
  recipe: string;
}

const short = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 20)}…(${v.length} chars)` : v));

function makeCase(html: string, url: string, recipe: string): Case {
  return { html, url, recipe, [fc.toStringMethod]: () => recipe } as Case;
}

type Mutation =
  | { kind: 'shuffleRow'; table: number; row: number; seed: number }
  | { kind: 'shuffleRows'; table: number; seed: number }
  | { kind: 'breakSpan'; table: number; row: number; col: number; which: 'rowspan' | 'colspan'; span: string }
  | { kind: 'garbleLabel'; table: number; row: number; col: number; text: string }
  | { kind: 'dropCell'; table: number; row: number; col: number }
  | { kind: 'duplicateRow'; table: number; row: number }
  | { kind: 'oddNumber'; table: number; row: number; col: number; text: string }
  | { kind: 'nestTable'; table: number; row: number; col: number }
  | { kind: 'longRun'; table: number; row: number; col: number; text: string }
  | { kind: 'garbleParagraph'; block: number; text: string }
  | { kind: 'deepen'; depth: number };

const idx = fc.nat({ max: 1000 });
const garbleText = fc.string({ unit: fc.constantFrom(...(PUNCT + GARBLE + '0123456789０１２３').split('')), maxLength: 30 });
const longRun = fc.oneof(
  fc.tuple(fc.constantFrom('0', '1', '9', '12', '０'), fc.integer({ min: 50, max: 5000 })).map(([d, n]) => d.repeat(n)),
  fc.tuple(fc.constantFrom('，', '。', '、', '-', '.', ',', '—', '（', '）', '|'), fc.integer({ min: 50, max: 5000 })).map(([p, n]) => p.repeat(n)),
  fc.integer({ min: 20, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `${i % 10},`).join('')),
  // layout padding (NBSP, U+3000 survive as spaces in the stream) after a word a pattern starts
  // with: regexes with \s* chained across optional tokens tried every split of such a run
  fc
    .tuple(fc.constantFrom('', '本', '本年', '填报日期', '发布日期', '第二十条第（一）项', '截止', '行政复议', '一、'), fc.constantFrom('\u00a0', '\u3000', ' | ', '\u3000\n'), fc.integer({ min: 50, max: 5000 }))
    .map(([word, space, n]) => word + space.repeat(n) + 'x'),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('shuffleRow' as const), table: idx, row: idx, seed: fc.integer() }),
  fc.record({ kind: fc.constant('shuffleRows' as const), table: idx, seed: fc.integer() }),
  fc.record({ kind: fc.constant('breakSpan' as const), table: idx, row: idx, col: idx, which: fc.constantFrom('rowspan' as const, 'colspan' as const), span: fc.constantFrom(...BAD_SPANS) }),
  fc.record({ kind: fc.constant('garbleLabel' as const), table: idx, row: idx, col: idx, text: garbleText }),
  fc.record({ kind: fc.constant('dropCell' as const), table: idx, row: idx, col: idx }),
  fc.record({ kind: fc.constant('duplicateRow' as const), table: idx, row: idx }),
  fc.record({ kind: fc.constant('oddNumber' as const), table: idx, row: idx, col: idx, text: fc.oneof(fc.constantFrom(...ODD_NUMBERS), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String)) }),
  fc.record({ kind: fc.constant('nestTable' as const), table: idx, row: idx, col: idx }),
  fc.record({ kind: fc.constant('longRun' as const), table: idx, row: idx, col: idx, text: longRun }),
  fc.record({ kind: fc.constant('garbleParagraph' as const), block: idx, text: fc.oneof(garbleText, longRun) }),
  fc.record({ kind: fc.constant('deepen' as const), depth: fc.integer({ min: 1, max: 300 }) }),
);

function shuffle<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed | 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    const j = Math.abs(s) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Applies one mutation in place (indices wrap around, so every mutation lands somewhere). */
export function applyMutation(page: Page, m: Mutation): void {
  if (m.kind === 'deepen') {
    page.depth += m.depth;
    return;
  }
  if (m.kind === 'garbleParagraph') {
    const texts = page.blocks.map((b, i) => [b, i] as const).filter(([b]) => typeof b === 'string');
    const hit = texts[m.block % Math.max(1, texts.length)];
    if (hit) page.blocks[hit[1]] = m.text;
    return;
  }
  const tables = page.blocks.filter((b): b is Table => typeof b !== 'string');
  const t = tables[m.table % Math.max(1, tables.length)];
  if (!t || t.rows.length === 0) return;
  if (m.kind === 'shuffleRows') {
    t.rows = shuffle(t.rows, m.seed);
    return;
  }
  const r = m.row % t.rows.length;
  const row = t.rows[r]!;
  if (m.kind === 'shuffleRow') {
    t.rows[r] = shuffle(row, m.seed);
    return;
  }
  if (m.kind === 'duplicateRow') {
    t.rows.splice(r, 0, row.map((c) => ({ ...c })));
    return;
  }
  if (row.length === 0) return;
  const c = m.col % row.length;
  const cell: Cell = row[c]!;
  switch (m.kind) {
    case 'breakSpan':
      cell[m.which] = m.span;
      return;
    case 'garbleLabel':
      if (!cell.value) cell.text = m.text;
      else row[(c + 1) % row.length]!.text = m.text;
      return;
    case 'dropCell':
      row.splice(c, 1);
      return;
    case 'oddNumber':
    case 'longRun':
      cell.text = m.text;
      return;
    case 'nestTable':
      cell.nested = table3(() => 1);
      return;
  }
}

const smallCount = fc.oneof(fc.nat({ max: 9 }), fc.nat({ max: 300 }), fc.integer({ min: 1000, max: 999_999 }));

/** A generated 2021-format report page, mutated 0–8 times. */
export const generatedReport: fc.Arbitrary<Case> = fc
  .record({
    year: fc.integer({ min: 2008, max: 2030 }),
    agency: fc.constantFrom('某某市人民政府办公室', '平潭综合实验区市场监督管理局', '某某县某某镇人民政府', '某某区教育局'),
    pool: fc.array(smallCount, { minLength: 1, maxLength: 80 }),
    mutations: fc.array(mutation, { maxLength: 8 }),
  })
  .map(({ year, agency, pool, mutations }) => {
    const page = reportPage(year, agency, pool);
    for (const m of mutations) applyMutation(page, m);
    const url = `https://www.example.gov.cn/zwgk/zfxxgknb/${year}/t_1.htm`;
    return makeCase(renderPage(page), url, `reportPage(${year}, ${agency}, ${short(pool)}) + ${short(mutations)}`);
  });

let fixtureTexts: { name: string; url: string; lines: string[] }[] | null = null;
/** The real fixture pages as lists of text lines (their `<p>`s), loaded once. */
function fixtures(): { name: string; url: string; lines: string[] }[] {
  fixtureTexts ??= loadFixturePages().map((p) => ({
    name: p.name,
    url: p.url,
    lines: p.html
      .replace(/<(p|br|tr|div|h\d)[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
      .split('\n'),
  }));
  return fixtureTexts;
}

type LineEdit =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'digits'; at: number; text: string };

const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: idx }),
  fc.record({ kind: fc.constant('duplicate' as const), at: idx }),
  fc.record({ kind: fc.constant('swap' as const), at: idx, with: idx }),
  fc.record({ kind: fc.constant('insert' as const), at: idx, text: fc.oneof(garbleText, longRun) }),
  fc.record({ kind: fc.constant('digits' as const), at: idx, text: fc.oneof(fc.constantFrom(...ODD_NUMBERS), fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String)) }),
);

/** A real fixture page with its lines edited; `url` is the fixture's own. */
export const mutatedFixture: fc.Arbitrary<Case> = fc
  .record({ which: fc.nat(), edits: fc.array(lineEdit, { minLength: 1, maxLength: 10 }) })
  .map(({ which, edits }) => {
    const all = fixtures();
    const f = all[which % all.length]!;
    const lines = [...f.lines];
    for (const e of edits) {
      const at = e.at % Math.max(1, lines.length);
      if (e.kind === 'delete') lines.splice(at, 1);
      else if (e.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
      else if (e.kind === 'swap') {
        const b = e.with % Math.max(1, lines.length);
        [lines[at], lines[b]] = [lines[b] ?? '', lines[at] ?? ''];
      } else if (e.kind === 'insert') lines.splice(at, 0, e.text);
      else {
        // put the odd number in place of the first number on that line
        lines[at] = (lines[at] ?? '').replace(/\d+/, e.text);
      }
    }
    const title = lines.find((l) => /报告|報告/.test(l)) ?? lines[0] ?? '';
    return makeCase(wrap(title, lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')), f.url, `${f.name} lines + ${short(edits)}`);
  });

export type HtmlEdit =
  | { kind: 'span'; at: number; span: string }
  | { kind: 'number'; at: number; text: string }
  | { kind: 'swapCells'; at: number; with: number }
  | { kind: 'nest'; at: number }
  | { kind: 'markup'; at: number; how: (typeof CELL_MARKUP)[number] };

/**
 * Markup around or inside a cell's number (`$1`, `$2`: the number cut in two; `$0`: all of it):
 * lines and footnotes inside a cell, hidden text, a cell wrapped in a one-cell table.
 */
export const CELL_MARKUP = [
  '$1<br>$2', '<p>$1</p><p>$2</p>', '<div>$1</div>$2', '$0<sup>1</sup>', '$0<sub>2</sub>',
  '<span style="display:none">9</span>$0', '<span hidden>9</span>$0', '<table><tr><td>$0</td></tr></table>', '<span>$1</span><b>$2</b>',
] as const;

const htmlEdit: fc.Arbitrary<HtmlEdit> = fc.oneof(
  fc.record({ kind: fc.constant('span' as const), at: idx, span: fc.constantFrom(...BAD_SPANS) }),
  fc.record({ kind: fc.constant('number' as const), at: idx, text: fc.oneof(fc.constantFrom(...ODD_NUMBERS), longRun) }),
  fc.record({ kind: fc.constant('swapCells' as const), at: idx, with: idx }),
  fc.record({ kind: fc.constant('nest' as const), at: idx }),
  fc.record({ kind: fc.constant('markup' as const), at: idx, how: fc.constantFrom(...CELL_MARKUP) }),
);

/** Replaces the n-th (wrapping) match of `re` in `s`. */
function replaceNth(s: string, re: RegExp, n: number, f: (m: string) => string): string {
  const matches = [...s.matchAll(re)];
  const m = matches[n % Math.max(1, matches.length)];
  if (!m || m.index === undefined) return s;
  return s.slice(0, m.index) + f(m[0]) + s.slice(m.index + m[0].length);
}

let tablePages: ReturnType<typeof loadFixturePages> | null = null;
/** A real fixture page with <table> markup, edited at the markup level (exported for replays). */
export function htmlFixtureCase(which: number, edits: HtmlEdit[]): Case {
  const pages = (tablePages ??= loadFixturePages().filter((p) => /<table/i.test(p.html)));
  const p = pages[which % Math.max(1, pages.length)];
  if (!p) throw new Error('no fixture with <table> markup');
  let html = p.html;
  for (const e of edits) {
    if (e.kind === 'span') html = replaceNth(html, /(rowspan|colspan)\s*=\s*["']?[^"'\s>]*["']?/gi, e.at, (m) => `${m.split('=')[0]}="${escapeHtml(e.span)}"`);
    else if (e.kind === 'number') html = replaceNth(html, />\s*\d+\s*</g, e.at, () => `>${escapeHtml(e.text)}<`);
    else if (e.kind === 'nest') html = replaceNth(html, /<td[^>]*>/gi, e.at, (m) => `${m}<table><tr><td>总计</td><td>7</td></tr></table>`);
    else if (e.kind === 'markup') {
      html = replaceNth(html, />\s*\d+\s*</g, e.at, (m) => {
        const n = m.slice(1, -1).trim();
        const cut = Math.max(1, n.length >> 1);
        return `>${e.how.replace('$0', n).replace('$1', n.slice(0, cut)).replace('$2', n.slice(cut) || '0')}<`;
      });
    }
    else {
      const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/gi)];
      const a = cells[e.at % Math.max(1, cells.length)];
      const b = cells[e.with % Math.max(1, cells.length)];
      if (a && b && a.index !== undefined && b.index !== undefined && a.index !== b.index) {
        const [x, y] = a.index < b.index ? [a, b] : [b, a];
        html = html.slice(0, x.index) + y[0] + html.slice(x.index! + x[0].length, y.index) + x[0] + html.slice(y.index! + y[0].length);
      }
    }
  }
  return makeCase(html, p.url, `${p.name} markup + ${short(edits)}`);
}

/** Real fixture pages with <table> markup, edited at the markup level. */
export const mutatedHtmlFixture: fc.Arbitrary<Case> = fc
  .record({ which: fc.nat(), edits: fc.array(htmlEdit, { minLength: 1, maxLength: 10 }) })
  .map(({ which, edits }) => htmlFixtureCase(which, edits));
