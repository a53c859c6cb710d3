import type { Finding } from '../model/finding';
import type { ReportRecord } from '../model/record';
import type { ExportFindings } from '../db/export-findings';
import type { PackedExportValues } from '../db/export-values';
import type { ReportSummary, SavedReport } from '../db/schema';
import type { ImportCounts } from '../db/store';

// Typed messages between content script, popup, library page and background.
// The background answers library:* (it alone opens IndexedDB) and page:* (badge).

export interface SaveResult {
  ok: boolean;
  id?: string; // canonical URL
  created?: boolean; // false when an existing record was updated
  error?: string; // a clear, user-facing message (quota, write error …)
  /** refused: the tab shows another page than the one the asker named (tab-messages.ts page:save) */
  otherPage?: boolean;
  /** X-* findings of the saved record against its saved neighbours (previous/next year) */
  crossYear?: Finding[];
}

export interface CrossYearResult {
  previous: ReportRecord | null;
  next: ReportRecord | null;
  findings: Finding[]; // X-* findings for this record against its neighbours
  error?: string; // set (with empty results) when the library could not be read
}

/** Answer of every newer library:* message: data on success, a user-facing message on failure. */
export type Result<T> = ({ ok: true } & T) | { ok: false; error: string };

export type { ImportCounts };

export type RequestMap = {
  'library:save': { req: { record: ReportRecord; findings: Finding[] }; res: SaveResult };
  'library:crossYear': { req: { record: ReportRecord }; res: CrossYearResult };
  /** every summary, as the listing snapshot's JSON (decode with db/listing.ts decodeListing):
   * one compact string goes through messaging much faster than 10,000 objects */
  'library:list': { req: {}; res: Result<{ listingJson: string }> };
  /** one full row with its neighbours' summaries */
  'library:get': {
    req: { id: string };
    /**
     * compared: whether some X-* rule could compare the report with that neighbour; preferred: the
     * report of the same agency and year that is compared instead of this one (its 更正 re-issue …)
     */
    res: Result<{
      report: SavedReport;
      previous: ReportSummary | null;
      next: ReportSummary | null;
      preferred: ReportSummary | null;
      compared: { previous: boolean; next: boolean };
    }>;
  };
  /**
   * full rows for export, as their JSON texts, asked for in chunks so the page can show progress:
   * Firefox passes a large answer of objects ~5× slower than the same content as strings (adv55 #6),
   * and the JSON backup writes the text as it is. `rest`: ids of rows left out to keep the answer
   * under the message limit (ask again for them)
   */
  'library:getManyJson': { req: { ids: string[] }; res: Result<{ ids: string[]; texts: string[]; rest?: string[] }> };
  /** the light export projections (CSV export), packed with their key lists (decodePacked) */
  'library:exportValues': { req: { ids: string[] }; res: Result<{ packed: PackedExportValues }> };
  /** the Excel export's values and findings rows, read in one transaction (one save per report) */
  'library:exportSheets': { req: { ids: string[] }; res: Result<{ packed: PackedExportValues; findings: ExportFindings[] }> };
  /** moves rows to the trash; library:restore with the token undoes it */
  'library:delete': { req: { ids: string[] }; res: Result<{ deleted: number; undoToken: string }> };
  'library:restore': { req: { undoToken: string }; res: Result<{ restored: number }> };
  /** merge rows of a JSON export (validated again by the background) */
  'library:import': { req: { rows: unknown[] }; res: Result<ImportCounts> };
  'page:status': { req: { isReport: boolean; findings: { error: number; warning: number; info: number } }; res: { ok: boolean } };
  /** popup, after the user granted a site outside *.gov.cn: register the content script there and start it in this tab */
  'site:enable': { req: { tabId: number }; res: Result<{}> };
  /** content script on such a site: run a lazy bundle (/annotator.js, /opencc.js) in my frame */
  'page:loadBundle': { req: { file: string }; res: Result<{}> };
};

export type MessageType = keyof RequestMap;
export type Message<T extends MessageType = MessageType> = { type: T } & RequestMap[T]['req'];
export type Response<T extends MessageType> = RequestMap[T]['res'];
