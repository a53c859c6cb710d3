// Background side of the library: every library:* message ends here. The handlers are
// plain async functions (tested directly); errors come back as { ok:false, error } text.
import { browser } from 'wxt/browser';
import { openLibraryDb } from '../db/open';
import { userMessage } from '../db/errors';
import type { ReportSummary } from '../db/schema';
import {
  deleteReports,
  findNeighbours,
  getReport,
  getExportSheets,
  getExportValues,
  getReports,
  importReports,
  listSummariesJson,
  restoreDeleted,
  saveReport,
} from '../db/store';
import { toSummary } from '../db/summary';
import { crossYearCompared } from '../checks/index';
import { crossYearFindings } from '../db/cross-year';
import { validateRows } from '../export/json';
import type { Message, MessageType, Response } from '../messaging/protocol';
import { headWithin, jsonTextLength, MESSAGE_CHARS } from '../messaging/size';
import { LIBRARY_CHANGED_CHANNEL } from './library-channel';

type LibraryType = Extract<MessageType, `library:${string}`>;
type Handlers = { [T in LibraryType]: (msg: Message<T>) => Promise<Response<T>> };

const fail = (err: unknown, doing?: 'import') => ({ ok: false as const, error: userMessage(err, doing) });

export const libraryHandlers: Handlers = {
  async 'library:save'({ record, findings }) {
    try {
      const { id, created, row } = await saveReport(await openLibraryDb(), record, findings);
      return { ok: true, id, created, crossYear: row.crossYear };
    } catch (err) {
      return fail(err);
    }
  },
  async 'library:crossYear'({ record }) {
    try {
      // the stored rows' pairing: a report another of its year stands in for is compared with nothing
      const { previous, next, preferred, several } = await findNeighbours(await openLibraryDb(), record);
      if (preferred) return { previous: null, next: null, findings: crossYearFindings(record, null, null) };
      const findings = crossYearFindings(record, previous?.record ?? null, next?.record ?? null, several);
      return { previous: previous?.record ?? null, next: next?.record ?? null, findings };
    } catch (err) {
      return { previous: null, next: null, findings: [], error: userMessage(err) };
    }
  },
  async 'library:list'() {
    try {
      return { ok: true, listingJson: await listSummariesJson(await openLibraryDb()) };
    } catch (err) {
      return fail(err);
    }
  },
  async 'library:get'({ id }) {
    try {
      const db = await openLibraryDb();
      const report = await getReport(db, id);
      if (!report) return { ok: false, error: '资料库中没有这份报告。 / This report is not in the library.' };
      const { previous, next, preferred } = await findNeighbours(db, report.record);
      const sum = (r: typeof previous): ReportSummary | null => (r ? toSummary(r) : null);
      // a report another of its year stands in for was compared with nothing
      const compared = {
        previous: previous && !preferred ? crossYearCompared(report.record, previous.record) : false,
        next: next && !preferred ? crossYearCompared(next.record, report.record) : false,
      };
      return { ok: true, report, previous: sum(previous), next: sum(next), preferred: sum(preferred), compared };
    } catch (err) {
      return fail(err);
    }
  },
  async 'library:getManyJson'({ ids }) {
    try {
      // long reports: an answer of 200 passed Chromium's 64 MiB message limit (adv55 #9)
      const rows = (await getReports(await openLibraryDb(), ids)).map((r) => ({ id: r.id, text: JSON.stringify(r) }));
      const { head, rest } = headWithin(rows, MESSAGE_CHARS, (r) => jsonTextLength(r.text));
      const answer = { ok: true as const, ids: head.map((r) => r.id), texts: head.map((r) => r.text) };
      return rest.length ? { ...answer, rest: rest.map((r) => r.id) } : answer;
    } catch (err) {
      return fail(err);
    }
  },
  async 'library:exportValues'({ ids }) {
    try {
      return { ok: true, packed: await getExportValues(await openLibraryDb(), ids) };
    } catch (err) {
      return fail(err);
    }
  },
  async 'library:exportSheets'({ ids }) {
    try {
      return { ok: true, ...(await getExportSheets(await openLibraryDb(), ids)) };
    } catch (err) {
      return fail(err);
    }
  },
  async 'library:delete'({ ids }) {
    try {
      const { token, deleted } = await deleteReports(await openLibraryDb(), ids);
      return { ok: true, deleted, undoToken: token };
    } catch (err) {
      return fail(err);
    }
  },
  async 'library:restore'({ undoToken }) {
    try {
      return { ok: true, restored: await restoreDeleted(await openLibraryDb(), undoToken) };
    } catch (err) {
      return fail(err);
    }
  },
  async 'library:import'({ rows }) {
    try {
      const valid = validateRows(rows);
      if (!valid.ok) return valid;
      return { ok: true, ...(await importReports(await openLibraryDb(), valid.rows)) };
    } catch (err) {
      return fail(err, 'import');
    }
  },
};

/** Messages that change the library: an open library page is told, and lists it again. */
const WRITES = new Set<string>(['library:save', 'library:delete', 'library:restore', 'library:import']);

function tellLibraryPages(): void {
  try {
    const channel = new BroadcastChannel(LIBRARY_CHANGED_CHANNEL);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // no BroadcastChannel here: pages list again when reloaded
  }
}

function isLibraryMessage(msg: unknown): msg is Message<LibraryType> {
  const type = (msg as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(libraryHandlers, type);
}

/** Dispatches one message; undefined for messages that are not ours. */
export function handleLibraryMessage(msg: unknown): Promise<unknown> | undefined {
  if (!isLibraryMessage(msg)) return undefined;
  const handler = libraryHandlers[msg.type] as (m: typeof msg) => Promise<unknown>;
  const answer = handler(msg);
  if (WRITES.has(msg.type)) void answer.then((r) => (r as { ok?: boolean } | undefined)?.ok !== false && tellLibraryPages());
  return answer;
}

export function registerLibraryHandlers(): void {
  browser.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    const pending = handleLibraryMessage(msg);
    if (!pending) return false; // let other listeners (page:*) answer
    pending.then(sendResponse, (err) => sendResponse({ ok: false, error: userMessage(err) }));
    return true;
  });
  // Persistent storage is requested by the library page (entrypoints/library/main.tsx), which
  // can show the answer; a service worker has no navigator.storage.persist().
}
