import type { Finding } from '../model/finding';
import type { ReportRecord } from '../model/record';

// Typed messages between content script, popup, library page and background.
// The background answers library:* (it alone opens IndexedDB) and page:* (badge).

export interface SaveResult {
  ok: boolean;
  id?: string; // canonical URL
  created?: boolean; // false when an existing record was updated
  error?: string; // a clear, user-facing message (quota, write error …)
}

export interface CrossYearResult {
  previous: ReportRecord | null;
  next: ReportRecord | null;
  findings: Finding[]; // X-* findings for this record against its neighbours
}

export type RequestMap = {
  'library:save': { req: { record: ReportRecord; findings: Finding[] }; res: SaveResult };
  'library:crossYear': { req: { record: ReportRecord }; res: CrossYearResult };
  'page:status': { req: { isReport: boolean; findings: { error: number; warning: number; info: number } }; res: { ok: boolean } };
};

export type MessageType = keyof RequestMap;
export type Message<T extends MessageType = MessageType> = { type: T } & RequestMap[T]['req'];
