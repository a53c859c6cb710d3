// Unlisted script → /opencc.js: the Traditional→Simplified converter (src/text/opencc-fast.ts over
// opencc-js's tw, hk → cn dictionaries, ~32 KB gzip), loaded by the annotator
// (src/ui/load-bundle.ts) only on Traditional-script pages.
import tw from 'opencc-js/from/tw';
import hk from 'opencc-js/from/hk';
import cn from 'opencc-js/to/cn';
import { createFastConverter } from '../src/text/opencc-fast';
import { OPENCC_BUNDLE, type OpenccBundle } from '../src/ui/bundles';

export default defineUnlistedScript(() => {
  const api: OpenccBundle = { createConverter: () => createFastConverter(tw, hk, cn) };
  (globalThis as Record<string, unknown>)[OPENCC_BUNDLE.global] = api;
});
