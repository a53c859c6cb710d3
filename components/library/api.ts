// What the library page needs from the background, as an interface so component tests can
// pass a fake. The real one sends typed messages (the background alone opens IndexedDB).
import { sendMessage } from '../../src/messaging/client';
import type { Message, MessageType, Response } from '../../src/messaging/protocol';

export interface LibraryApi {
  send<T extends MessageType>(msg: Message<T>): Promise<Response<T>>;
}

export const messagingApi: LibraryApi = {
  send: (msg) => sendMessage(msg),
};

/**
 * How long the background may take to answer a read. Each answers in seconds; in Firefox a
 * background that runs out of memory never answers, and an export waited for good with the page
 * locked (adv55 #8). Writes (import, delete, restore) are waited for: given up on, one finished
 * later, and the page had said it stopped while the library changed under it (reviewer 65 #2).
 */
export const ANSWER_TIMEOUT_MS = 120_000;
const READS = new Set<MessageType>(['library:list', 'library:get', 'library:getManyJson', 'library:exportValues', 'library:exportSheets', 'library:crossYear']);

/** Unwraps an { ok } answer or throws its user-facing message; a read not answered in time is an error too. */
export async function call<T extends MessageType>(
  api: LibraryApi,
  msg: Message<T>,
  timeoutMs = ANSWER_TIMEOUT_MS,
): Promise<Extract<Response<T>, { ok: true }>> {
  if (!READS.has(msg.type)) return unwrap(msg, await api.send(msg));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`扩展后台 ${timeoutMs / 1000} 秒没有回应（可能内存不足），操作已停止；请重新打开此页，或只导出选中的报告、改用 CSV。 / The library did not answer in ${timeoutMs / 1000} s (out of memory?): stopped. Reload this page; export a selection, or as CSV.`)), timeoutMs);
  });
  return unwrap(msg, await Promise.race([api.send(msg), late]).finally(() => clearTimeout(timer)));
}

function unwrap<T extends MessageType>(msg: Message<T>, answer: Response<T>): Extract<Response<T>, { ok: true }> {
  const res = answer as Response<T> & { ok: boolean; error?: string };
  if (!res.ok) throw new Error(res.error ?? `${msg.type} failed`);
  return res as Extract<Response<T>, { ok: true }>;
}
