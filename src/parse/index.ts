// ReportDocument + templates → ReportRecord (spec §5). Pure over the DOM API.
import { RECORD_SCHEMA_VERSION, type ParseWarning, type ReportRecord, type TextTransform } from '../model/record';
import { extractDocument, type ReportDocument } from '../extract';
import { agencyAboveTitle, agencyFromTitle, agencyKind, basisCited, bodyYear, findPublished, findTitle, fullerAgencyName, signatureAgency, yearFrom } from './meta';
import { parseStatPeriod, yearsOfPeriod } from './stat-period';
import { readNarrative } from './narrative';
import { findSections, sectionInfos, sectionSpan } from './sections';
import { readTable4 } from './read-table4';
import { readLegacy } from './read-legacy';
import { readTable2, readTable3, type TableSink } from './tables';
import { decideVersion } from './version';
import { T3_2021_MARKER } from '../formats/table3';

export const PARSER_VERSION = '1.0.0';

/** the note of a title chosen among report lines printed side by side (meta.ts FoundTitle.uncertainAmong) */
const titleUncertainMessage = (among: string[], title: string): string =>
  `the page prints ${among.length} report titles side by side (${among.map((t) => `"${t}"`).join(', ')}) and does not say which is its own: the title, year and agency are read from "${title}"`;

/** Parses an already extracted page. */
export function parseReportDocument(page: ReportDocument, url?: string): ReportRecord {
  const found = findSections(page);
  const statPeriod = parseStatPeriod(page);
  const periodYears = yearsOfPeriod(statPeriod);
  const { title, h1, uncertainAmong } = findTitle(page, periodYears);
  let reportYear = yearFrom(title);
  let reportYearSource: ReportRecord['meta']['reportYearSource'] = reportYear !== null ? 'title' : null;
  if (reportYear === null && h1) {
    reportYear = yearFrom(h1);
    if (reportYear !== null) reportYearSource = 'h1';
  }
  if (reportYear === null && periodYears.length > 0) {
    reportYear = periodYears[0]!;
    reportYearSource = 'statPeriod';
  }
  if (reportYear === null) {
    reportYear = bodyYear(page);
    if (reportYear !== null) reportYearSource = 'body';
  }
  // (the report's year first: table 4 tells this year's row from last year's by it; not a year
  // read from the text alone, nor a title's the statistics period contradicts: reviewer 88 P1, L2)
  const periodYear = periodYears[0] ?? null;
  const tableYear = reportYearSource === 'body' || (periodYear !== null && periodYear !== reportYear) ? null : reportYear;
  const sink: TableSink = { cells: {}, warnings: [], regions: [], split: false, rebuiltFromText: false, sectionStarts: found.map((f) => f.start), reportYear: tableYear };
  if (tableYear === null && reportYear !== null && periodYear !== null && reportYearSource !== 'body') sink.yearsDisagree = [reportYear, periodYear];
  readTable2(page, sink);
  readTable3(page, sink);
  readTable4(page, sink);
  readLegacy(page, sink);
  const t3 = sink.regions.find((r) => r.table === 'table3');
  const t3Has2021Rows = t3 ? T3_2021_MARKER.test(page.stream.slice(t3.start, t3.end)) : null;
  const { version, evidence } = decideVersion(page.stream, reportYear, t3Has2021Rows);
  const sections = sectionInfos(page, found, sink.regions);
  const warnings: ParseWarning[] = [...sink.warnings];
  if (uncertainAmong && title) warnings.push({ code: 'title-uncertain', message: titleUncertainMessage(uncertainAmong, title), keys: [] });
  if (found.length === 0 && Object.keys(sink.cells).length === 0) {
    warnings.push({ code: 'not-a-report', message: 'no report sections or tables found on this page' });
  }
  const transforms: TextTransform[] = [...page.transforms];
  if (sink.rebuiltFromText) transforms.push('flattenedTableRebuilt');
  if (sink.split) transforms.push('digitRunsSplit');
  // (a title naming no agency: the signature's, reviewer 114 G01)
  const agencyName = fullerAgencyName(agencyFromTitle(title ?? h1), page.stream) ?? signatureAgency(page, title ?? h1) ?? agencyAboveTitle(page, title);
  const pageUrl = url ?? page.url;
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    meta: {
      url: pageUrl,
      title,
      h1,
      reportYear,
      reportYearSource,
      agencyName,
      agencyKind: agencyKind(agencyName, pageUrl),
      ...findPublished(page, pageUrl, title ?? h1),
      formatVersion: version,
      formatEvidence: evidence,
      basisCited: basisCited(page.stream),
      statPeriod,
      textTransforms: transforms,
      sectionsFound: found.map((f) => f.key),
      parserVersion: PARSER_VERSION,
    },
    cells: sink.cells,
    sections,
    narrative: readNarrative(page, sink.regions, { reportYear, caseSection: sectionSpan(page, found, 'reviewLitigation') }),
    warnings,
  };
}

/** Document → record, keeping the ReportDocument for highlighting (resolveRef). */
export async function parseDocument(document: Document, opts: { url?: string } = {}): Promise<{ record: ReportRecord; page: ReportDocument }> {
  const page = await extractDocument(document, opts.url);
  return { record: parseReportDocument(page, opts.url), page };
}
