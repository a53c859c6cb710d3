// Typed sendMessage for content script, popup and library page.
import { browser } from 'wxt/browser';
import type { Message, MessageType, Response } from './protocol';

export async function sendMessage<T extends MessageType>(msg: Message<T>): Promise<Response<T>> {
  const res = (await browser.runtime.sendMessage(msg)) as Response<T> | undefined;
  if (res === undefined) {
    // No listener answered (background not running or an older build).
    throw new Error(`后台没有回应 ${msg.type} / The background did not answer ${msg.type}`);
  }
  return res;
}
