// The lazily loaded parts of the page-side extension and the APIs they register
// (entrypoints/annotator.tsx and entrypoints/opencc.ts). Types only, plus two names: importing
// this costs the content script nothing.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Converter } from '../text/traditional';
import type { Analysis, CardHandle, CardMountProps } from './annotator';
import type { BundleRef } from './load-bundle';

/** Parser + checks + Preact card: loaded on report pages and on "annotate this page". */
export interface AnnotatorBundle {
  analyse(doc: Document, url: string): Promise<Analysis>;
  mountCard(ctx: ContentScriptContext, props: CardMountProps): Promise<CardHandle>;
}

/** tw+hk → cn (src/text/opencc-fast.ts over opencc-js's dictionaries): loaded by the annotator only for Traditional-script pages. */
export interface OpenccBundle {
  createConverter(): Converter;
}

export const ANNOTATOR_BUNDLE: BundleRef = { file: '/annotator.js', global: '__govReportAnnotator' };
export const OPENCC_BUNDLE: BundleRef = { file: '/opencc.js', global: '__govReportOpencc' };
