// The review corpus (test/corpus/): about 1,600 report pages that adversarial reviewers built from
// the real fixtures, each with one realistic layout change (a spacer row, a unit line, a column
// printed twice …), and what the parser read from each when it was last accepted. It is the
// regression net for the table readers: a change to a line-level rule shows up on some page here.
//
// Both files are brotli-compressed JSON: the pages are near-copies of each other (37 MB of text,
// 100 KB packed).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { runChecks } from '../../../src/checks/index';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus');
export const PAGES_FILE = join(CORPUS_DIR, 'review-pages.json.br');
export const EXPECTED_FILE = join(CORPUS_DIR, 'review-expected.json.br');

/** one page: its name (reviewer round / file), whether it is read as plain text (one line a <p>), its text */
export type CorpusPage = [name: string, isText: boolean, text: string];

/**
 * what is compared: each cell's kind and value, each warning, each finding's rule, outcome and message, the
 * report's metadata (title, year, agency, date, period: a wrong year moves every value of a report in a dataset,
 * and metadata changes had been diffed by hand) and the narrative's counts
 */
export interface PageReading {
  cells: Record<string, string>;
  warnings: string[];
  findings: string[];
  meta: Record<string, string>;
}

export const readBrotliJson = <T>(file: string): T => JSON.parse(brotliDecompressSync(readFileSync(file)).toString('utf8')) as T;

export function writeBrotliJson(file: string, value: unknown): void {
  const raw = Buffer.from(JSON.stringify(value), 'utf8');
  // a 16 MB window: near-copies far apart in the file still compress against each other
  writeFileSync(file, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
}

export const loadPages = (): CorpusPage[] => (existsSync(PAGES_FILE) ? readBrotliJson<CorpusPage[]>(PAGES_FILE) : []);
export const loadExpected = (): Record<string, PageReading> => (existsSync(EXPECTED_FILE) ? readBrotliJson<Record<string, PageReading>>(EXPECTED_FILE) : {});

/** the page read as the CLI reads it (no URL: every page is read the same way) */
export async function readPage([, isText, text]: CorpusPage): Promise<PageReading> {
  const { document } = parseHTML(pageHtml(text, isText));
  const { record } = await parseDocument(document as unknown as Document, { url: 'https://example.gov.cn/report.html' });
  const cells: Record<string, string> = {};
  for (const [k, c] of Object.entries(record.cells)) cells[k] = `${c.kind}:${c.value}`;
  const m = record.meta;
  return {
    cells,
    warnings: record.warnings.map((w) => `${w.code}: ${w.message}`),
    findings: runChecks(record).map((f) => `${f.rule} ${f.outcome}: ${f.message.en}`),
    meta: {
      title: String(m.title),
      year: `${m.reportYear} (${m.reportYearSource})`,
      agency: `${m.agencyName} (${m.agencyKind})`,
      published: `${m.publishedOn} (${m.publishedOnSource})`,
      period: m.statPeriod ? `${m.statPeriod.start}..${m.statPeriod.end}` : 'null',
      // (the narrative's counts: the only figures of a report without tables, and what the TEXT-* checks compare)
      narrative: record.narrative.map((n) => `${n.topic}=${n.value}`).join(', '),
    },
  };
}

/** the differences between two readings, one line each ('' when the same) */
export function readingDiff(was: PageReading, now: PageReading): string[] {
  const out: string[] = [];
  for (const k of new Set([...Object.keys(was.cells), ...Object.keys(now.cells)]))
    if (was.cells[k] !== now.cells[k]) out.push(`${k}: ${was.cells[k] ?? '(none)'} -> ${now.cells[k] ?? '(none)'}`);
  for (const k of new Set([...Object.keys(was.meta ?? {}), ...Object.keys(now.meta)]))
    if (was.meta?.[k] !== now.meta[k]) out.push(`meta.${k}: ${was.meta?.[k] ?? '(none)'} -> ${now.meta[k] ?? '(none)'}`);
  for (const [what, a, b] of [['warning', was.warnings, now.warnings], ['finding', was.findings, now.findings]] as const) {
    for (const w of a) if (!b.includes(w)) out.push(`- ${what} ${w}`);
    for (const w of b) if (!a.includes(w)) out.push(`+ ${what} ${w}`);
  }
  return out;
}
