// Pure derivations from a record: the normalised agency key, finding counts, the summary row.
import type { Finding, Severity } from '../model/finding';
import type { CellValue, ReportRecord } from '../model/record';
import type { FindingCounts, KeyNumbers, ReportSummary, SavedReport } from './schema';

/**
 * Cross-year match key: the agency's name, normalised, at the site that publishes it
 * ("上海市徐汇区人民政府@xuhui.gov.cn"); '' when the name is unknown. The site keeps apart agencies
 * that titles name alike ("区教育局" of two districts: one's numbers were compared with the other's);
 * a report moved to another site is then not paired, which is a missed comparison, not a false one.
 */
export function agencyKey(name: unknown, url: string | null | undefined): string {
  return agencyKeyAt(name, siteOf(url));
}

/** agencyKey with the site already known (siteOf of the url). */
export function agencyKeyAt(name: unknown, site: string): string {
  const n = agencyNameKey(name);
  if (!n) return '';
  return site ? `${n}@${site}` : n;
}

/**
 * The name as matched: NFKC (full-width parentheses and digits, report-formats.md §6), no
 * whitespace, zero-width or direction marks (a page's U+200B kept one year from its neighbours).
 * A name that is not text (a hand-edited import) is unknown.
 */
export function agencyNameKey(name: unknown): string {
  return typeof name === 'string' ? name.normalize('NFKC').replace(/[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/g, '') : '';
}

/**
 * The site that publishes a report: its host without www. and a final dot. The whole host, not
 * the name under gov.cn: counties publish under their province (wenchang.hainan.gov.cn and
 * danzhou.hainan.gov.cn are two governments); a report moved to another host of one government
 * is then not compared, a miss rather than a false finding.
 */
export function siteOf(url: string | null | undefined): string {
  let host = PLAIN_HOST.exec(url ?? '')?.[1]?.toLowerCase();
  if (host === undefined) {
    try {
      host = new URL(url ?? '').hostname.toLowerCase();
    } catch {
      return '';
    }
  }
  return host.replace(/\.$/, '').replace(/^www\./, '');
}

/**
 * An http(s) URL whose host is plain ASCII letters, digits, dots and hyphens, ending in a label
 * that starts with a letter: new URL() would give the same hostname, lowercased. Checked first
 * because the library decodes 10,000 listing rows at once and new URL() was most of that time;
 * anything else (an IPv4 or IDN host, user info, spaces) still goes through new URL().
 */
const PLAIN_HOST = /^https?:\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.?)(?::\d{1,5})?(?:[/?#]|$)/i;

/** A record's match key, at its page's URL (or the id it is saved under). */
export function agencyOf(record: ReportRecord, id?: string): string {
  return agencyKey(record.meta.agencyName, pageUrl(record, id));
}

/**
 * The page URL when it names a site, else the id (a meta.url of '' had dropped the site; a
 * file: one names none). The listing derives its agency key from this too, so they agree.
 */
function pageUrl(record: ReportRecord, id: string | undefined): string | null | undefined {
  return siteOf(record.meta.url) ? record.meta.url : id;
}

export function countFindings(...lists: Finding[][]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const list of lists) for (const f of list) counts[f.severity] += 1;
  return counts;
}

function num(cells: Record<string, CellValue>, key: string): number | null {
  return cells[key]?.value ?? null;
}

function sumOrNull(values: (number | null)[]): number | null {
  return values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

export function keyNumbers(record: ReportRecord): KeyNumbers {
  const c = record.cells;
  // Pre-2019 reports carry the same facts in the 统计表 appendix.
  const legacy = (k: string) => num(c, `legacyStats.${k}`);
  const t3 = (row: string) => num(c, `table3.total.${row}`);
  return {
    newReceived: t3('newReceived') ?? legacy('requests.received'),
    carriedOver: t3('carriedOver'),
    resultsTotal: t3('resultsTotal') ?? legacy('requests.answered'),
    carriedForward: t3('carriedForward'),
    granted: t3('granted') ?? legacy('requests.granted'),
    partiallyGranted: t3('partiallyGranted') ?? legacy('requests.partiallyGranted'),
    reviewTotal: num(c, 'table4.review.total') ?? legacy('review.total'),
    litigationTotal:
      sumOrNull([num(c, 'table4.litigationDirect.total'), num(c, 'table4.litigationAfterReview.total')]) ??
      legacy('litigation.total'),
  };
}

/** the worst severity among findings, or undefined when there are none */
export function worstSeverity(findings: Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) {
    if (f.severity === 'error') return 'error';
    if (f.severity === 'warning' || !worst) worst = f.severity;
  }
  return worst;
}

export function toSummary(row: SavedReport): ReportSummary {
  const meta = row.record.meta;
  return {
    id: row.id,
    url: pageUrl(row.record, row.id) ?? row.id,
    title: meta.title ?? meta.h1 ?? '',
    agencyName: meta.agencyName ?? '',
    agency: row.agency,
    year: row.year,
    format: row.format,
    counts: row.counts,
    crossYearCount: row.crossYear.length,
    ...(row.crossYear.length ? { crossYearSeverity: worstSeverity(row.crossYear) } : {}),
    keyNumbers: keyNumbers(row.record),
    firstSavedAt: row.firstSavedAt,
    lastSavedAt: row.lastSavedAt,
    parserVersion: row.parserVersion,
  };
}
