import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SummaryCard } from '../components/card/SummaryCard';
import '../components/card/card.css';
import { sendMessage } from '../src/messaging/client';
import { analysePage } from '../src/pipeline';
import { createAnnotator, type CardMountProps } from '../src/ui/annotator';
import { loadCardState, saveCardState } from '../src/ui/card-state';
import { isTabRequest } from '../src/ui/tab-messages';

// Thin glue: the logic is in src/ui/annotator.ts; here only the browser wiring.
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const host = location.hostname;
    const annotator = createAnnotator({
      doc: document,
      url: () => location.href,
      analyse: (doc, url) => analysePage(doc, url),
      async mountCard(props) {
        let container: HTMLElement | null = null;
        const draw = (p: CardMountProps) => container && render(<SummaryCard {...p} />, container);
        const ui = await createShadowRootUi(ctx, {
          name: 'gov-report-annotator',
          position: 'overlay',
          anchor: 'body',
          append: 'last',
          zIndex: 2147483646,
          onMount(c) {
            container = c;
            draw(props);
            return c;
          },
          onRemove(c) {
            if (c) render(null, c);
          },
        });
        ui.mount();
        return { update: draw, remove: () => ui.remove() };
      },
      loadState: () => loadCardState(host),
      saveState: (s) => saveCardState(host, s),
      sendStatus: (isReport, findings) => sendMessage({ type: 'page:status', isReport, findings }),
      save: (record, findings) => sendMessage({ type: 'library:save', record, findings }),
      crossYear: async (record) => (await sendMessage({ type: 'library:crossYear', record })).findings ?? [],
    });

    // Popup and context menu: status, "annotate this page", save.
    browser.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
      if (!isTabRequest(msg)) return false;
      const answer =
        msg.type === 'page:getStatus'
          ? Promise.resolve(annotator.status())
          : msg.type === 'page:annotate'
            ? annotator.annotate()
            : annotator.save().catch((e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
      answer.then(sendResponse);
      return true;
    });
    ctx.onInvalidated(() => annotator.stop());

    await annotator.start();
  },
});
