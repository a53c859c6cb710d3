// CSV text for one field or one row (RFC 4180, as papaparse writes it with default options,
// which the tests check against). Written by hand because the long export has ~1.3 million
// rows for 10,000 reports and papaparse's general path (options, per-field regex replace)
// took most of its time.

import { readValue } from '../text/numbers';

export type CsvValue = string | number | null | undefined;

/** A field must be quoted when it holds a quote, comma, line break or BOM, or starts/ends with a space. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;
const QUOTE = /"/g;

/**
 * Spreadsheet formula guard (OWASP "CSV injection"): report text comes from web pages, and a
 * cell printed as `=HYPERLINK(...)` would run as a formula when the CSV is opened in Excel or
 * LibreOffice. Such text gets a leading apostrophe. Signed numbers as printed ('+1882', '-58')
 * and a lone dash placeholder are left alone: they cannot be formulas.
 */
const FORMULA_START = /^[=@\t\r]|^[+-](?![\d.,\s]*$)/;
const SIGN_START = /^[+-]/;

/**
 * Whether the text gets the guard. A sign before what the parser itself reads as a number or a
 * placeholder ('-3件', '-1,234.5万元', '--') is kept as printed, so the raw column equals the
 * record's: readValue accepts only digits, separators, spaces and a unit or measure word after
 * the sign, from which no formula can call anything.
 */
function mayBeFormula(s: string): boolean {
  if (!FORMULA_START.test(s)) return false;
  if (!SIGN_START.test(s)) return true;
  const { kind } = readValue(s);
  return kind !== 'number' && kind !== 'placeholder';
}

export function csvText(s: string): string {
  const text = mayBeFormula(s) ? `'${s}` : s;
  if (!NEEDS_QUOTES.test(text)) return text;
  return `"${text.replace(QUOTE, '""')}"`;
}

export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  return csvText(v);
}

export function csvRow(fields: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) line += (i > 0 ? ',' : '') + csvField(fields[i]);
  return line;
}

/** Rows joined by CRLF, no trailing line break (papaparse's unparse shape). */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map(csvRow).join('\r\n');
}
