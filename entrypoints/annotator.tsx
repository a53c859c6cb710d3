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
import { loadBundle } from '../src/ui/load-bundle';

const api: AnnotatorBundle = {
  analyse: (doc, url) => analysePage(doc, url),
  async mountCard(ctx, props) {
    let container: HTMLElement | null = null;
    const draw = (p: CardMountProps) => container && render(<SummaryCard {...p} />, container);
    // The card's CSS comes inline: the content script declares cssInjectionMode 'manual', so WXT
    // fetches no per-entrypoint stylesheet.
    const ui = await createShadowRootUi(ctx, {
      name: 'gov-report-annotator',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      zIndex: 2147483646,
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
    return { update: draw, remove: () => ui.remove() };
  },
};

export default defineUnlistedScript(() => {
  // Traditional pages: the converter is a third file, fetched only when the parser asks for it.
  setConverterLoader(async () => (await loadBundle<OpenccBundle>(OPENCC_BUNDLE)).createConverter());
  (globalThis as Record<string, unknown>)[ANNOTATOR_BUNDLE.global] = api;
});
