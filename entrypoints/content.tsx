import { browser } from 'wxt/browser';
import { sendMessage } from '../src/messaging/client';
import { createAnnotator } from '../src/ui/annotator';
import { ANNOTATOR_BUNDLE, OPENCC_BUNDLE, type AnnotatorBundle } from '../src/ui/bundles';
import { loadCardState, saveCardState } from '../src/ui/card-state';
import { loadBundle } from '../src/ui/load-bundle';
import { MARKS, mark } from '../src/ui/timing';
import { isTabRequest } from '../src/ui/tab-messages';
import { watchLateTables } from '../src/ui/late-tables';
import { pageSettled } from '../src/ui/settle';

// Runs on every *.gov.cn page, so it stays small: detection, the bounded watch, badge status and
// the popup/context-menu messages (src/ui/annotator.ts). Parser, checks and the Preact card live in
// /annotator.js, loaded only when a report is found or annotation is requested. Keep Preact,
// components/ and src/parse out of this file's imports (see test/e2e/bundle-split.test.ts).
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  // The card's CSS is inlined into its shadow root by /annotator.js.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    const host = location.hostname;
    const heavy = () => loadBundle<AnnotatorBundle>(ANNOTATOR_BUNDLE);
    const annotator = createAnnotator({
      doc: document,
      url: () => location.href,
      analyse: async (doc, url) => {
        const bundle = await heavy();
        mark(MARKS.bundleLoaded);
        return bundle.analyse(doc, url);
      },
      mountCard: async (props) => (await heavy()).mountCard(ctx, props),
      loadState: () => loadCardState(host),
      saveState: (s) => saveCardState(host, s),
      sendStatus: (isReport, findings) => sendMessage({ type: 'page:status', isReport, findings }),
      save: (record, findings) => sendMessage({ type: 'library:save', record, findings }),
      crossYear: async (record) => (await sendMessage({ type: 'library:crossYear', record })).findings ?? [],
      // A Traditional-looking report: fetch the converter alongside /annotator.js instead of after
      // it (the parser asks for it first thing; ~25–50 ms sooner to the card). Shared with the
      // annotator's own request by load-bundle.ts, so it is loaded once.
      settle: () => pageSettled(document),
      lateTables: (added) => watchLateTables(document, added),
      idle: (f) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 3000 }) : setTimeout(f, 200)),
      onReport: (d) => {
        if (d.traditional) void loadBundle(OPENCC_BUNDLE).catch(() => undefined);
      },
    });

    // Popup and context menu: status, "annotate this page", save.
    browser.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
      if (!isTabRequest(msg)) return false;
      const answer =
        msg.type === 'page:getStatus'
          ? Promise.resolve(annotator.status())
          : msg.type === 'page:annotate'
            ? annotator.annotate()
            : annotator.save(msg.url).catch((e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
      answer.then(sendResponse);
      return true;
    });
    ctx.onInvalidated(() => annotator.stop());
    // a portal that moves to another report without loading (history.pushState); looked at once the
    // page's own script has run (the event comes before the address changes), and read again once
    // its new content has rendered (settle)
    ctx.addEventListener(window, 'wxt:locationchange', (e) => {
      // the address moved to, from the event: in Firefox, Back and Forward come before location has it
      const to = String((e as Event & { newUrl?: URL }).newUrl ?? '') || undefined;
      ctx.setTimeout(() => void annotator.locationChanged(to)?.catch(() => undefined), 0);
    });

    await annotator.start();
  },
});
