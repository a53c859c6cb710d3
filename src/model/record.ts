// The one currency of the extension: a ReportRecord is plain, serialisable data.
// Every stage after extraction works on it; only src/extract reads the DOM.
// Field keys and meanings: ../shared/spec/report-formats.md §5.

export const RECORD_SCHEMA_VERSION = 1;

export type FormatVersion = 'pre2019' | 'trial2019' | 'rev2021' | 'unknown';
export type AgencyKind = 'department' | 'government' | 'township' | 'unknown';

/**
 * Where a value was read. `table` refs point into the page's <table> elements
 * (document order, grid coordinates after rowspan/colspan expansion); `text` refs point
 * into a text block (a paragraph/line element, or a line of a .txt page) with
 * character offsets in that block's normalised text.
 */
export type CellRef =
  | { source: 'table'; table: number; row: number; col: number }
  | { source: 'text'; block: number; start: number; end: number };

/** §5.3: zero, empty and "not applicable" are never merged. */
export type CellKind = 'number' | 'blank' | 'placeholder' | 'text';

export interface CellValue {
  /**
   * The number read. An amount is in its key's unit (…Yuan: 元, …WanYuan: 万元) whatever the cell
   * printed: "2290.54万元" under amountYuan is 22905400, so one column of an export holds one unit.
   */
  value: number | null;
  /** exactly what was printed (after script conversion), '' for an empty cell */
  raw: string;
  kind: CellKind;
  /** unit printed in the cell or implied by the header, e.g. '万元', '元' (`value` may be converted from it) */
  unit?: string;
  /** true when computed by the parser (e.g. category subtotals), not printed */
  derived?: boolean;
  /**
   * Set when the printed text admits several readings (cells run together without
   * separators). `value` is then null unless every reading agrees; `resolvedBy` says
   * which printed relation, if any, was used to choose the reading.
   */
  ambiguity?: { readings: number; resolvedBy?: string };
  /** the label matched only through a variant rule (§6), with the canonical label */
  labelVariant?: { printed: string; canonical: string };
  ref: CellRef | null;
}

export interface StatPeriod {
  raw: string;
  start: string | null; // ISO date
  end: string | null; // ISO date
  /** "截止到2018年11月30日" style cut-off found in the body, if any */
  cutoff?: { raw: string; date: string | null; ref: CellRef | null };
}

export interface ReportMeta {
  url: string | null;
  title: string | null;
  h1: string | null;
  reportYear: number | null;
  reportYearSource: 'title' | 'h1' | 'statPeriod' | 'body' | null;
  agencyName: string | null;
  agencyKind: AgencyKind;
  publishedOn: string | null; // ISO date
  publishedOnSource: '发布日期' | '发布时间' | '公开日期' | '公开时间' | '生成日期' | '发稿时间' | '录入时间' | '上传时间' | '发文日期' | '成文日期' | 'url' | '落款日期' | null;
  formatVersion: FormatVersion;
  formatEvidence: string[];
  basisCited: string[];
  statPeriod: StatPeriod | null;
  textTransforms: TextTransform[];
  sectionsFound: SectionKey[];
  parserVersion: string;
}

export type TextTransform =
  | 'traditionalToSimplified'
  | 'pinyinStripped'
  | 'fullWidthDigits'
  | 'flattenedTableRebuilt'
  | 'digitRunsSplit';

export type SectionKey =
  | 'overview'
  | 'activeDisclosure'
  | 'applications'
  | 'reviewLitigation'
  | 'problems'
  | 'otherMatters'
  | 'fees'
  | 'appendix';

export interface SectionInfo {
  label: string;
  ref: CellRef | null;
  /** normalised body text up to the next heading (tables excluded) */
  text: string;
  /** true when a table of this section was parsed under the heading */
  hasTable: boolean;
}

/** A number the narrative states, with the phrase it came from (TEXT-* checks). */
export interface NarrativeNumber {
  /** what it counts, e.g. 'proactiveTotal', 'applicationsReceived', 'reviews' */
  topic: string;
  value: number;
  phrase: string;
  ref: CellRef | null;
}

export interface ParseWarning {
  code: string; // e.g. 'ambiguous-split', 'cell-count', 'unreadable-cell', 'table-missing'
  message: string; // one line, Chinese and/or English
  keys?: string[];
  ref?: CellRef | null;
}

export interface ReportRecord {
  schemaVersion: typeof RECORD_SCHEMA_VERSION;
  meta: ReportMeta;
  /** every table value by §5.2 key (table2.*, table3.*, table4.*, legacyStats.*) */
  cells: Record<string, CellValue>;
  sections: Partial<Record<SectionKey, SectionInfo>>;
  /** headline narrative numbers (主动公开, applications, reviews, lawsuits …) */
  narrative: NarrativeNumber[];
  warnings: ParseWarning[];
}

/** The flat `values` map of the CLI contract: key → number | null. */
export function flatValues(record: ReportRecord): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [key, cell] of Object.entries(record.cells)) {
    if (cell.derived) continue;
    out[key] = cell.value;
  }
  return out;
}
