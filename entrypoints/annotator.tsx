// Unlisted script → /annotator.js: the heavy page-side part (parser, checks, Preact card), loaded
// by the content script only on report pages or when asked to annotate (src/ui/load-bundle.ts).
// It registers its API on the content script's global instead of exporting (WXT builds IIFE).
import { render } from 'preact';
import { SummaryCard } from '../components/card/SummaryCard';
import cardCss from '../components/card/card.css?inline';
import { analysePage } from '../src/pipeline';
import { setConverterLoader } from '../src/text/traditional';
import type { CardMountProps } from '../src/ui/annotator';
import { ANNOTATOR_BUNDLE, OPENCC_BUNDLE, type AnnotatorBundle, type OpenccBundle } from '../src/ui/bundles';
import { keepHost } from '../src/ui/keep-host';
import { loadBundle } from '../src/ui/load-bundle';

const api: AnnotatorBundle = {
  analyse: (doc, url) => analysePage(doc, url),
  async mountCard(ctx, props) {
    const mount = async (name: string) => {
      let container: HTMLElement | null = null;
      let latest = props;
      const draw = (p: CardMountProps) => {
        latest = p;
        if (container) render(<SummaryCard {...p} />, container);
      };
      // The card's CSS comes inline: the content script declares cssInjectionMode 'manual', so WXT
      // fetches no per-entrypoint stylesheet.
      const ui = await createShadowRootUi(ctx, {
        name,
        position: 'overlay',
        // under <html>, after <body>: a transform or filter on <body> (zoom tools, the grey mourning
        // mode) made it the card's containing block, and the card scrolled away with the page; a
        // page that replaces <body> no longer takes the card with it
        anchor: 'html',
        append: 'last',
        zIndex: 2147483647,
        css: cardCss,
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
      // a page that removes the host twice has the card given up: its outlines go with it
      const stopKeeping = keepHost(ui.shadowHost, () => latest.onDismiss());
      return {
        update: draw,
        remove: () => {
          stopKeeping();
          ui.remove();
        },
        connected: () => ui.shadowHost.isConnected,
      };
    };
    try {
      return await mount('gov-report-annotator');
    } catch {
      // the page defined an element of that name itself (its own shadow root: attachShadow throws)
      return mount(`gov-report-annotator-${Math.random().toString(36).slice(2, 8)}`);
    }
  },
};

export default defineUnlistedScript(() => {
  // Traditional pages: the converter is a third file, fetched only when the parser asks for it.
  setConverterLoader(async () => (await loadBundle<OpenccBundle>(OPENCC_BUNDLE)).createConverter());
  (globalThis as Record<string, unknown>)[ANNOTATOR_BUNDLE.global] = api;
});
