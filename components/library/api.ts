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

/** Unwraps an { ok } answer or throws its user-facing message. */
export async function call<T extends MessageType>(
  api: LibraryApi,
  msg: Message<T>,
): Promise<Extract<Response<T>, { ok: true }>> {
  const res = (await api.send(msg)) as Response<T> & { ok: boolean; error?: string };
  if (!res.ok) throw new Error(res.error ?? `${msg.type} failed`);
  return res as Extract<Response<T>, { ok: true }>;
}
