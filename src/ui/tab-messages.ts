// Messages the popup and the background send to this tab's content script (browser.tabs.sendMessage).
// Kept apart from src/messaging/protocol.ts, which types the messages the background answers.
import type { SaveResult } from '../messaging/protocol';
import type { Severity } from '../model/finding';

export interface PageStatus {
  /** the content script is running in this tab */
  ok: true;
  isReport: boolean;
  /** analysed (card shown or analysis attempted) */
  analysed: boolean;
  reasons: string[];
  title: string | null;
  agency: string | null;
  year: number | null;
  counts: Record<Severity, number>;
  /** a clear message when analysis failed */
  error?: string;
  /** the address the status is of (the analysed one): a save names it, see TabRequest */
  url: string;
}

export type TabRequest =
  | { type: 'page:getStatus' }
  /** annotate this page even though detection said no (popup button, context menu) */
  | { type: 'page:annotate' }
  /**
   * `url`: the page the asker showed (PageStatus.url). A popup opened on one report saved whatever
   * the tab showed by the time Save was clicked (adv55 #7); another page's save is refused.
   */
  | { type: 'page:save'; url?: string };

export type TabResponse<T extends TabRequest['type']> = T extends 'page:save' ? SaveResult : PageStatus;

export function isTabRequest(msg: unknown): msg is TabRequest {
  const type = (msg as { type?: unknown } | null)?.type;
  return type === 'page:getStatus' || type === 'page:annotate' || type === 'page:save';
}
