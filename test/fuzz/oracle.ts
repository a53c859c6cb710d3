// The fuzz oracle: is a number the parser reports actually printed on the page?
// Spec report-formats.md §7 says how printed text may be read: full-width digits, thousands
// separators (, or ，), a sign or 增加/减少, 零, and 万元/元 scaling (×10,000 either way). A value
// must be one of those readings of its cell's `raw`, and the digits of `raw` must occur in the
// page's text. Run-together digit runs are split by the parser, so a part is a substring of a
// printed run — hence "occurs in", not "is a token of".
import type { CellValue, ReportRecord } from '../../src/model/record';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The page's text with a '¦' wherever a block or cell starts or ends, so numbers in adjacent
 * cells do not run together (body.textContent would glue <td>12</td><td>34</td> into "1234"
 * and let the oracle accept numbers no cell printed). A line break and a footnote (<br>, <sup>,
 * <sub>) part text too: "12<br>3" prints no 123. Hidden elements (display:none, hidden) print
 * nothing. Other inline tags (<span>, <b>) join.
 */
export function blockText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<(\w+)\b[^>]*(?:display\s*:\s*none|\shidden(?=[\s>=]))[^>]*>[^<]*<\/\1>/gi, '')
    .replace(/<\/?(?:td|th|tr|p|div|li|ul|ol|table|tbody|thead|tfoot|caption|h[1-6]|section|article|body|title|br|sup|sub|hr)\b[^>]*>/gi, '¦')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, d: string, x: string, name: string) =>
      d ? String.fromCodePoint(Number(d)) : x ? String.fromCodePoint(parseInt(x, 16)) : (ENTITIES[name.toLowerCase()] ?? m),
    );
}

/** NFKC (full-width → ASCII), no whitespace, ， as ',' — applied to page text and to raw alike. */
export function normaliseDigits(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '').replace(/，/g, ',');
}

/** The page text as the oracle searches it: normalised, thousands separators between digits removed. */
export function pageDigitsText(text: string): string {
  return normaliseDigits(text).replace(/(\d),(?=\d)/g, '$1');
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Why `value` (read from `raw`) is not a number printed on the page, or null when it is. */
export function unprintedReason(value: number, raw: string, page: string): string | null {
  if (!Number.isFinite(value)) return `value ${value} is not finite`;
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return `value ${value} is beyond 2^53: it cannot equal the printed digits`;
  const r = normaliseDigits(raw);
  if (/^[零〇]$/.test(r)) return value === 0 ? null : `raw "${raw}" reads as 0, value is ${value}`;
  // a raw may hold several printed numbers ("821\n35") or one number with spaces ("1 234"):
  // read it both with whitespace as a separator and with whitespace removed
  const spaced = raw.normalize('NFKC').replace(/，/g, ',');
  const NUM = /[+-]?\d+(?:,\d{3})*(?:\.\d+)?/g;
  const cores = [...new Set([...r.matchAll(NUM), ...spaced.matchAll(NUM)].map((m) => m[0]))];
  if (cores.length === 0) return `raw "${raw}" prints no digits but value is ${value}`;
  const negative = /[-−]|减|減/.test(r);
  for (const core of cores) {
    const digits = core.replace(/^[+-]/, '').replace(/,/g, '');
    if (!page.includes(digits)) continue;
    const n = Number(digits);
    const readings = [n, n * 10000, n / 10000];
    if (negative) readings.push(...readings.map((x) => -x));
    if (readings.some((x) => close(x, value))) return null;
    // a part of a run-together digit run (raw kept as the whole run)
    if (Number.isInteger(value) && value >= 0 && digits.length > String(value).length && !digits.includes('.') && digits.includes(String(value))) return null;
  }
  return `value ${value} is not a reading of raw "${raw}" whose digits occur on the page`;
}

export interface Violation {
  key: string;
  cell: CellValue;
  reason: string;
}

/** Every non-derived cell with a non-null value must be printed on the page (`pageText` = blockText(html)). */
export function unprintedCells(record: ReportRecord, pageText: string): Violation[] {
  const page = pageDigitsText(pageText);
  const out: Violation[] = [];
  for (const [key, cell] of Object.entries(record.cells)) {
    if (cell.derived || cell.value === null) continue;
    const reason = typeof cell.value !== 'number' ? `value is ${typeof cell.value}` : unprintedReason(cell.value, cell.raw, page);
    if (reason) out.push({ key, cell, reason });
  }
  return out;
}
