import { render } from 'preact';

// Thin glue: detect → analyse → mount the card in a shadow root.
// (Owned by the in-page issue; the foundation only mounts a minimal card.)
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const title = document.title || document.querySelector('h1')?.textContent || '';
    if (!/(19|20)\d{2}\s*年度?.{0,40}?(政府|政务)信息公开.{0,6}(报告|年报)/.test(title)) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'gov-report-annotator',
      position: 'overlay',
      anchor: 'body',
      onMount(container) {
        render(<div data-testid="summary-card">{title}</div>, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
