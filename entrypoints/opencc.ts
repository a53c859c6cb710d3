// Unlisted script → /opencc.js: the Traditional→Simplified converter (opencc-js tw+hk → cn, ~34 KB
// gzip), loaded by the annotator (src/ui/load-bundle.ts) only on Traditional-script pages.
import { ConverterFactory } from 'opencc-js/core';
import tw from 'opencc-js/from/tw';
import hk from 'opencc-js/from/hk';
import cn from 'opencc-js/to/cn';
import { OPENCC_BUNDLE, type OpenccBundle } from '../src/ui/bundles';

export default defineUnlistedScript(() => {
  const api: OpenccBundle = { createConverter: () => ConverterFactory(tw, hk, cn) };
  (globalThis as Record<string, unknown>)[OPENCC_BUNDLE.global] = api;
});
