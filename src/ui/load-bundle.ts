// Loads one of the extension's own scripts into this content script's world, by URL, only when
// it is needed. WXT builds content scripts and unlisted scripts as IIFE and inlines every dynamic
// import(), so a lazy part must be its own build output (an unlisted script, listed in
// web_accessible_resources) that registers its API on globalThis; `import()` of its extension URL
// evaluates it in the same isolated world (Chromium) / content-script sandbox (Firefox).
//
// On sites the user enabled outside *.gov.cn, and everywhere in Firefox MV2, the files are not
// web-accessible (a page could otherwise detect the extension), so the background injects them
// into this frame instead.
import { browser } from 'wxt/browser';
import { isGovHost } from '../sites/site-pattern';
import { sendMessage } from '../messaging/client';

export interface BundleRef {
  /** path in the build, e.g. '/annotator.js' */
  file: string;
  /** the globalThis property the script sets */
  global: string;
}

// Loads in flight, by file. Kept on the global, not in this module: the content script and
// /annotator.js each bundle their own copy of this module but share the global, so a file the
// content script started loading (the converter, on a Traditional-looking page) is not loaded again
// when the annotator asks for it (in Firefox, the background would inject it a second time).
const LOADING_KEY = '__govReportBundleLoads';
const loading: Map<string, Promise<unknown>> = ((globalThis as Record<string, unknown>)[LOADING_KEY] ??= new Map()) as Map<string, Promise<unknown>>;

function registered(ref: BundleRef): unknown {
  return (globalThis as Record<string, unknown>)[ref.global];
}

type Loader = (url: string, ref: BundleRef) => Promise<unknown>;

const importByUrl: Loader = (u) => import(/* @vite-ignore */ u);
const injectByBackground: Loader = async (_u, ref) => {
  const r = await sendMessage({ type: 'page:loadBundle', file: ref.file });
  if (!r.ok) throw new Error(r.error);
};
/** Firefox (MV2, nothing web-accessible) and enabled sites outside *.gov.cn: injected; Chrome on *.gov.cn: imported. */
const defaultLoader: Loader = (u, ref) =>
  (import.meta.env.MANIFEST_VERSION === 2 || (typeof location !== 'undefined' && !isGovHost(location.hostname)) ? injectByBackground : importByUrl)(u, ref);

/** The API `ref` registers, loading its script once; rejects with a message naming the file. */
export function loadBundle<T>(ref: BundleRef, importUrl: Loader = defaultLoader): Promise<T> {
  const ready = registered(ref);
  if (ready) return Promise.resolve(ready as T);
  let p = loading.get(ref.file);
  if (!p) {
    p = (async () => {
      const url = browser.runtime.getURL(ref.file as Parameters<typeof browser.runtime.getURL>[0]);
      try {
        await importUrl(url, ref);
      } catch (e) {
        throw new Error(`无法加载 ${ref.file} / Could not load ${ref.file}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const api = registered(ref);
      if (!api) throw new Error(`${ref.file} 未注册 ${ref.global} / ${ref.file} loaded but registered no ${ref.global}`);
      return api;
    })();
    // A failed load may be retried (e.g. the extension was updated under the page).
    p.catch(() => loading.delete(ref.file));
    loading.set(ref.file, p);
  }
  return p as Promise<T>;
}
