// The whole analysis of a page, free of UI: parse (extract + templates) then checks.
// Used by the content script, the CLI-style bench and the fuzz tests.
import { runChecks } from './checks/index';
import type { ReportDocument } from './extract/index';
import type { Finding } from './model/finding';
import type { ReportRecord } from './model/record';
import { parseDocument } from './parse/index';

export interface PageAnalysis {
  record: ReportRecord;
  findings: Finding[];
  /** the extracted page: resolveRef(CellRef) → the element to highlight */
  page: ReportDocument;
}

/** `previous`: the same agency's record of the year before (X-* rules), when the caller has it. */
export async function analysePage(document: Document, url: string, previous?: ReportRecord): Promise<PageAnalysis> {
  const { record, page } = await parseDocument(document, { url });
  const findings = runChecks(record, previous);
  return { record, findings, page };
}
