// Unlisted script → /deflate-worker.js: the worker the library page deflates its Excel exports in
// (src/export/deflate-worker.ts). Run as a dedicated worker, never injected into a page.
import { type DeflatePort, serveDeflate } from '../src/export/deflate-worker';

export default defineUnlistedScript(() => {
  serveDeflate(globalThis as unknown as DeflatePort);
});
