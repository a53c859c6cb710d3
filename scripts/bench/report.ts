// Results → JSON (everything) and a short Markdown summary with the budgets.
import type { BundleSizes } from './bundle-size';
import type { LibraryBench } from './library-bench';
import type { BrowserRun, ColdPage, ColdTiming } from './browser-side';
import type { PageTimings } from './node-side';
import type { Timing } from './stats';
import type { CardVisit, TimeToCard } from './time-to-card';

export interface Results {
  startedAt: string;
  machine: { node: string; cpus: number; cpuModel: string; platform: string };
  loop: { warmup: number; warmupMs: number; iterations: number; maxMs: number };
  node: PageTimings[];
  chromium: BrowserRun | string;
  bundles: (BundleSizes | string)[];
  library: LibraryBench | string;
  timeToCard: TimeToCard | string;
  /** the same in firefox-esr with the firefox-mv2 build */
  timeToCardFirefox?: TimeToCard | string;
}

const ms = (t: Timing | string | undefined) => (t === undefined ? '–' : typeof t === 'string' ? 'n/m' : t.median < 0.1 ? t.median.toFixed(3) : t.median.toFixed(2));
const p95 = (t: Timing | string | undefined) => (t === undefined || typeof t === 'string' ? '' : ` / ${t.p95 < 0.1 ? t.p95.toFixed(3) : t.p95.toFixed(2)}`);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

function ratio(a: Timing | string | undefined, b: Timing | string | undefined): number | null {
  if (!a || !b || typeof a === 'string' || typeof b === 'string' || b.median <= 0) return null;
  return a.median / b.median;
}

const fmtRatio = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}×`);

/**
 * Parse + checks ÷ Readability as the budget judges it: the median of the per-round ratios
 * (same-page.ts perRoundRatio), or the ratio of the two medians when there are no rounds.
 */
function budgetRatio(t: PageTimings): number | null {
  return t.perRoundRatio ? t.perRoundRatio.median : ratio(t.parseAndCheck, t.readability);
}

interface Budget {
  what: string;
  target: string;
  reached: string;
  ok: boolean | null; // null = not measured, or no budget (then `status` says so)
  status?: string;
}

/** Worst page of a stage's medians, or why it could not be measured. */
function worst(timings: PageTimings[], pick: (t: PageTimings) => number | null): { value: number; page: string } | null {
  let best: { value: number; page: string } | null = null;
  for (const t of timings) {
    const v = pick(t);
    if (v !== null && (!best || v > best.value)) best = { value: v, page: t.page };
  }
  return best;
}

function why(timings: PageTimings[], pick: (t: PageTimings) => Timing | string | undefined): string {
  const reasons = new Set(timings.map(pick).filter((x): x is string => typeof x === 'string'));
  return reasons.size ? [...reasons][0]! : 'not measured: no pages';
}

export function budgets(r: Results): Budget[] {
  const out: Budget[] = [];
  const envs: [string, PageTimings[]][] = [['Node', r.node]];
  if (typeof r.chromium !== 'string') envs.unshift(['Chromium', r.chromium.timings]);
  else out.push({ what: 'Chromium measurements', target: '', reached: r.chromium, ok: null });
  for (const [env, ts] of envs) {
    const portals = ts.filter((t) => t.kind === 'portal');
    const w = worst(portals, (t) => (typeof t.detect === 'string' ? null : t.detect.median));
    out.push({
      what: `detection, non-report pages (${env}, worst median)`,
      target: '≤ 1 ms',
      reached: w ? `${w.value.toFixed(3)} ms (${w.page})` : why(portals, (t) => t.detect),
      ok: w ? w.value <= 1 : null,
    });
    const reports = ts.filter((t) => t.kind !== 'portal');
    const wr = worst(reports, budgetRatio);
    out.push({
      what: `parse + checks vs Readability (${env}, worst page, median of per-round ratios)`,
      target: '≤ 0.5×',
      reached: wr ? `${wr.value.toFixed(2)}× (${wr.page})` : why(reports, (t) => t.parseAndCheck ?? t.readability),
      ok: wr ? wr.value <= 0.5 : null,
    });
  }
  for (const b of r.bundles) {
    if (typeof b === 'string') {
      out.push({ what: 'content script size', target: '≤ 15 KB gzip', reached: b, ok: null });
      continue;
    }
    out.push({
      what: `content script, every *.gov.cn page (${b.target})`,
      target: '≤ 15 KB gzip',
      reached: `${kb(b.simplified.gzip)} gzip (${kb(b.simplified.raw)} raw)`,
      ok: b.simplified.gzip <= 15 * 1024,
    });
    out.push({
      what: `simplified report page: + lazy ${b.simplifiedReport.files.filter((f) => !b.simplified.files.includes(f)).join(', ') || '(nothing)'} (${b.target})`,
      target: 'opencc not loaded',
      reached: `${kb(b.simplifiedReport.gzip)} gzip (${kb(b.simplifiedReport.raw)} raw)`,
      ok: !b.openccEager,
    });
    out.push({
      what: `Traditional report page: + opencc (${b.target})`,
      target: 'opencc loaded only when needed',
      reached: typeof b.traditional === 'string' ? b.traditional : `${kb(b.traditional.gzip)} gzip (${kb(b.traditional.raw)} raw)${b.openccEager ? ' — opencc is EAGER' : ''}`,
      ok: typeof b.traditional === 'string' ? null : !b.openccEager,
    });
  }
  const libs: [string, LibraryBench | string][] = [['Node, fake-indexeddb', r.library]];
  if (typeof r.chromium !== 'string') libs.unshift(['Chromium IndexedDB', r.chromium.library]);
  for (const [env, l] of libs) {
    if (typeof l === 'string') {
      if (!l.includes('measured in Chromium')) out.push({ what: `library records (${env})`, target: '', reached: l, ok: null });
      continue;
    }
    const n = l.records.toLocaleString('en');
    out.push({ what: `list ${n} records (${env}; + JSON transfer)`, target: '≤ 200 ms', reached: `${l.list.median.toFixed(1)} ms (${l.listAndTransfer.median.toFixed(1)} ms)`, ok: l.listAndTransfer.median <= 200 });
    // both forms are CSV exports a user may pick: the budget holds only when both meet it
    out.push({
      what: `CSV export of ${n}, wide and long (${env})`,
      target: '≤ 2 s',
      reached: `wide ${(l.csvWide.median / 1000).toFixed(2)} s (reading the rows ${(l.fetchRows.median / 1000).toFixed(2)} s of it), long ${(l.csvLong.median / 1000).toFixed(2)} s`,
      ok: Math.max(l.csvWide.median, l.csvLong.median) <= 2000,
    });
    const where = l.xlsxDeflatedIn === 'worker' ? `deflated in a worker; on the page's thread: ${l.xlsxOnPage ? (l.xlsxOnPage.median / 1000).toFixed(2) : '?'} s` : 'deflated on the page';
    out.push({ what: `Excel export of ${n} (${env})`, target: '', reached: `${(l.xlsx.median / 1000).toFixed(2)} s, ${(l.xlsxBytes / 1e6).toFixed(1)} MB, ${where} (reading the full rows instead, as the JSON export does: ${(l.fetchFullRows.median / 1000).toFixed(2)} s)`, ok: null, status: 'no budget set' });
    if (l.json) out.push({ what: `JSON export of ${n} (${env})`, target: '', reached: `${(l.json.median / 1000).toFixed(2)} s, ${(l.jsonBytes / 1e6).toFixed(1)} MB${l.jsonPeakHeapMB ? ` of UTF-8 held as bytes, outside the V8 heap, whose peak was +${l.jsonPeakHeapMB.streamed} MB (reading every full row first, then writing, the rows' text as strings: +${l.jsonPeakHeapMB.allRowsFirst} MB)` : ''}`, ok: null, status: 'no budget set' });
  }
  return out;
}

function pageTable(title: string, ts: PageTimings[]): string[] {
  const lines = [`### ${title} (ms, median / p95)`, '', '| page | detect | parse + checks | Readability | textContent | ours ÷ Readability, per round (median / p95) | ours ÷ Readability, of the medians | ours ÷ textContent |', '|---|---|---|---|---|---|---|---|'];
  for (const t of ts.filter((x) => x.kind !== 'portal')) {
    const perRound = t.perRoundRatio ? `${fmtRatio(t.perRoundRatio.median)} / ${fmtRatio(t.perRoundRatio.p95)}` : '–';
    lines.push(`| ${t.page} | ${ms(t.detect)}${p95(t.detect)} | ${ms(t.parseAndCheck)}${p95(t.parseAndCheck)} | ${ms(t.readability)}${p95(t.readability)} | ${ms(t.textContent)} | ${perRound} | ${fmtRatio(ratio(t.parseAndCheck, t.readability))} | ${fmtRatio(ratio(t.parseAndCheck, t.textContent))} |`);
  }
  lines.push('', '| non-report page | detect | detected |', '|---|---|---|');
  for (const t of ts.filter((x) => x.kind === 'portal')) lines.push(`| ${t.page} | ${ms(t.detect)}${p95(t.detect)} | ${t.detected === undefined ? '–' : JSON.stringify(t.detected)} |`);
  const reasons = new Set(ts.flatMap((t) => [t.detect, t.parseAndCheck, t.readability]).filter((x): x is string => typeof x === 'string'));
  if (reasons.size) lines.push('', 'n/m = ' + [...reasons].join('; '));
  return lines;
}

const coldMs = (t: ColdTiming | string) => (typeof t === 'string' ? 'n/m' : `${t.median.toFixed(1)} (${t.min.toFixed(1)}–${t.max.toFixed(1)})`);
const coldRatio = (c: ColdPage) => (typeof c.ours === 'string' || typeof c.readability === 'string' || c.readability.median <= 0 ? null : c.ours.median / c.readability.median);

/** First calls in fresh contexts: what a reader waits for on opening a report (no budget in the issue; shown so the warm medians do not mislead). */
function coldTable(cold: ColdPage[]): string[] {
  if (cold.length === 0) return [];
  let w: { value: number; page: string } | null = null;
  for (const c of cold) {
    const v = coldRatio(c);
    if (v !== null && (!w || v > w.value)) w = { value: v, page: c.page };
  }
  const lines = [
    '### Chromium, first call in a fresh browser context (ms, median (min–max) of the runs)',
    '',
    'Nothing compiled yet: this is what opening a report costs. The medians above are after warm-up.' + (w ? ` Worst ratio: ${w.value.toFixed(1)}× (${w.page}).` : ''),
    '',
    '| page | parse + checks, first call | Readability, first call | ours ÷ Readability |',
    '|---|---|---|---|',
  ];
  for (const c of cold) lines.push(`| ${c.page} | ${coldMs(c.ours)} | ${coldMs(c.readability)} | ${fmtRatio(coldRatio(c))} |`);
  return lines;
}

const ms0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
const cardCells = (v: CardVisit) => `${ms0(v.card)} | ${ms0(v.start)} | ${ms0(v.detect)} | ${ms0(v.loadBundle)} | ${ms0(v.analyse)} | ${ms0(v.mount)}`;

/** The built extension, page by page: when the card appears and what the wait is made of. */
function cardTable(t: TimeToCard | string, browser = 'Chromium'): string[] {
  if (typeof t === 'string') return [`### ${browser} with the built extension: time to card`, '', t];
  const n = t.pages[0]?.visits ?? 0;
  const lines = [
    `### ${browser} with the built extension: time to card (ms from navigation start, median of ${n} visit${n === 1 ? '' : 's'} per page)`,
    '',
    'What a reader waits for, read from the run\'s user-timing marks (src/ui/timing.ts). The content script starts at document_idle; "load bundle" is fetching, compiling and running /annotator.js (parser, checks, card); "parse + checks" here is a first call.',
    ...(t.stale ? ['', `**Note:** ${t.stale}.`] : []),
    '',
    '| page | card at | script start | detect | load bundle | parse + checks | mount card |',
    '|---|---|---|---|---|---|---|',
    `| first page of a fresh profile (${t.first.page}) | ${cardCells(t.first)} |`,
  ];
  for (const p of t.pages) lines.push(`| ${p.page} | ${cardCells(p.median)} |`);
  return lines;
}

export function toMarkdown(r: Results): string {
  const lines = [
    `## Bench results (${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${r.machine.cpus}× ${r.machine.cpuModel}, node ${r.machine.node}${typeof r.chromium === 'string' ? '' : `, Chromium ${r.chromium.version}`})`,
    '',
    `Medians after a warm-up of at least ${r.loop.warmup} calls and ${r.loop.warmupMs} ms per timed function (ours, Readability and textContent alike), then up to ${r.loop.iterations} samples each, taken in turn (ours, Readability, textContent, ours, …) so that the machine's drift lands in all three alike. The budget's ratio is the median of the per-round ratios (our sample ÷ Readability's sample taken right after it), which keeps the drift out of each ratio; the ratio of the two medians is shown beside it.`,
    '',
    '| budget | target | reached | |',
    '|---|---|---|---|',
    ...budgets(r).map((b) => `| ${b.what} | ${b.target} | ${b.reached} | ${b.ok === null ? (b.status ?? 'not measured') : b.ok ? 'met' : '**missed**'} |`),
    '',
  ];
  if (typeof r.chromium !== 'string') lines.push(...pageTable('Chromium, each page in a browser context of its own', r.chromium.timings), '', ...coldTable(r.chromium.cold ?? []), '');
  lines.push(...cardTable(r.timeToCard), '');
  if (r.timeToCardFirefox !== undefined) lines.push(...cardTable(r.timeToCardFirefox, 'Firefox'), '');
  lines.push(...pageTable('Node (linkedom)', r.node), '');
  for (const l of [r.library, typeof r.chromium === 'string' ? r.chromium : r.chromium.library]) {
    if (typeof l !== 'string') lines.push(`Library: ${l.source}; ${l.note}; exports are the library page's own code against the background's handler, each answer through a JSON round trip (as Chrome's messaging serialises it; on one thread here): CSV reads light rows 1,000 ids a message, one message ahead, the long CSV written as they arrive; Excel reads the light rows and each report's findings rows, 1,000 ids a message (the full rows, 200 ids a message, only for the comparison); wide CSV ${(l.csvWideBytes / 1e6).toFixed(1)} MB.`, '');
  }
  if (typeof r.chromium !== 'string' && !r.chromium.isolated) lines.push('Note: some Chromium pages were not cross-origin isolated (100 µs timer); short calls were batched.', '');
  return lines.join('\n');
}
