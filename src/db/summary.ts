// Pure derivations from a record: the normalised agency key, finding counts, the summary row.
import type { Finding } from '../model/finding';
import type { CellValue, ReportRecord } from '../model/record';
import type { FindingCounts, KeyNumbers, ReportSummary, SavedReport } from './schema';

/**
 * Cross-year match key: the agency's name, normalised, at the site that publishes it
 * ("上海市徐汇区人民政府@xuhui.gov.cn"); '' when the name is unknown. The site keeps apart agencies
 * that titles name alike ("区教育局" of two districts: one's numbers were compared with the other's);
 * a report moved to another site is then not paired, which is a missed comparison, not a false one.
 */
export function agencyKey(name: string | null | undefined, url: string | null | undefined): string {
  const n = agencyNameKey(name);
  if (!n) return '';
  const site = siteOf(url);
  return site ? `${n}@${site}` : n;
}

/**
 * The name as matched: NFKC (full-width parentheses and digits, report-formats.md §6), no
 * whitespace, zero-width or direction marks (a page's U+200B kept one year from its neighbours), and without what older parsers left on it: a leading 年/年度 (from "２０１９年上海市…"),
 * a final 人民 whose 政府 went with 政府信息公开.
 */
export function agencyNameKey(name: string | null | undefined): string {
  return (name ?? '').normalize('NFKC').replace(/[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/g, '').replace(/^年度?/, '').replace(/人民$/, '人民政府');
}

/** The site under gov.cn (www.xuhui.gov.cn, xxgk.xuhui.gov.cn → xuhui.gov.cn), else the host without www. */
export function siteOf(url: string | null | undefined): string {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return '';
  }
  return /[^.]+\.gov\.cn$/.exec(host)?.[0] ?? host.replace(/^www\./, '');
}

/** A record's match key, at its page's URL (or the id it is saved under). */
export function agencyOf(record: ReportRecord, id?: string): string {
  return agencyKey(record.meta.agencyName, record.meta.url ?? id);
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

export function toSummary(row: SavedReport): ReportSummary {
  const meta = row.record.meta;
  return {
    id: row.id,
    url: meta.url ?? row.id,
    title: meta.title ?? meta.h1 ?? '',
    agencyName: meta.agencyName ?? '',
    agency: row.agency,
    year: row.year,
    format: row.format,
    counts: row.counts,
    crossYearCount: row.crossYear.length,
    keyNumbers: keyNumbers(row.record),
    firstSavedAt: row.firstSavedAt,
    lastSavedAt: row.lastSavedAt,
    parserVersion: row.parserVersion,
  };
}
