// The library page's Excel exports deflate in the extension's own worker, /deflate-worker.js
// (entrypoints/deflate-worker.ts), while the page writes the rows; on the page itself when the
// worker cannot start.
import { browser } from 'wxt/browser';
import { openWorkerDeflater, type OpenDeflater, type WorkerLike } from '../../src/export/deflate-worker';
import { deflateHere } from '../../src/export/zip';

export const DEFLATE_WORKER_FILE = '/deflate-worker.js';

export function openLibraryDeflater(): Promise<OpenDeflater> {
  return openWorkerDeflater(() => new Worker(browser.runtime.getURL(DEFLATE_WORKER_FILE as Parameters<typeof browser.runtime.getURL>[0])) as unknown as WorkerLike, deflateHere);
}
