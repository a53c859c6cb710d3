// Content-script weight from the built extension: what every matching page loads (the content
// script and anything it imports statically), what a simplified report adds (files loaded by
// dynamic import — e.g. the annotator), and what a Traditional report adds on top (the opencc
// file). gzip = node:zlib default level.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  target: string;
  contentScripts: FileSize[];
  /** files reachable from the content scripts; `lazy` when only reachable by dynamic import */
  reachable: (FileSize & { lazy: boolean; opencc: boolean })[];
  /** what every *.gov.cn page loads (the budgeted content script) */
  simplified: { raw: number; gzip: number; files: string[] };
  /** + lazily loaded non-opencc files: what a simplified report page loads */
  simplifiedReport: { raw: number; gzip: number; files: string[] };
  /** opencc is bundled into what every page loads (it should be a lazy chunk) */
  openccEager: boolean;
  traditional: { raw: number; gzip: number; files: string[] } | string;
}

const size = (root: string, file: string): FileSize => {
  const buf = readFileSync(join(root, file));
  return { file, raw: buf.length, gzip: gzipSync(buf).length };
};

// opencc-js dictionaries are long "繁 简|…" strings: a chunk with many such pairs is opencc.
const isOpencc = (text: string) => (text.match(/[\u3400-\u9fff] [\u3400-\u9fff]+\|/g)?.length ?? 0) > 50;

/** Static `import … from "…"` / `import "…"` vs dynamic `import("…")` (also WXT's runtime.getURL strings). */
function references(text: string): { path: string; dynamic: boolean }[] {
  const out: { path: string; dynamic: boolean }[] = [];
  for (const m of text.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) out.push({ path: m[1]!, dynamic: true });
  for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) out.push({ path: m[1]!, dynamic: false });
  // files named by URL (e.g. import(browser.runtime.getURL('/annotator.js'))) are loaded lazily
  for (const m of text.matchAll(/["'`]\/((?:(?:chunks|content-scripts|assets)\/)?[\w.-]+\.js)["'`]/g)) out.push({ path: m[1]!, dynamic: true });
  return out;
}

export function bundleSizes(outDir: string, target: string): BundleSizes | string {
  const root = join(outDir, target);
  const csDir = join(root, 'content-scripts');
  if (!existsSync(csDir)) return `not measured: ${relative(process.cwd(), csDir)} missing (run npm run build)`;
  const entries = readdirSync(csDir).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`);
  const seen = new Map<string, boolean>(); // file → lazy
  const queue: { file: string; lazy: boolean }[] = entries.map((file) => ({ file, lazy: false }));
  while (queue.length) {
    const { file, lazy } = queue.shift()!;
    const prev = seen.get(file);
    if (prev !== undefined && (prev === false || lazy)) continue;
    seen.set(file, lazy);
    const text = readFileSync(join(root, file), 'utf8');
    for (const ref of references(text)) {
      const resolved = ref.path.startsWith('.') ? normalize(join(dirname(file), ref.path)) : ref.path.replace(/^\//, '');
      if (!existsSync(join(root, resolved))) continue;
      queue.push({ file: resolved, lazy: lazy || ref.dynamic });
    }
  }
  const reachable = [...seen].map(([file, lazy]) => ({
    ...size(root, file),
    lazy,
    opencc: isOpencc(readFileSync(join(root, file), 'utf8')),
  }));
  const eager = reachable.filter((f) => !f.lazy);
  const opencc = reachable.filter((f) => f.lazy && f.opencc);
  const lazyOther = reachable.filter((f) => f.lazy && !f.opencc);
  const sum = (fs: FileSize[]) => ({ raw: fs.reduce((a, f) => a + f.raw, 0), gzip: fs.reduce((a, f) => a + f.gzip, 0), files: fs.map((f) => f.file) });
  const eagerOpencc = eager.some((f) => f.opencc);
  return {
    target,
    contentScripts: entries.map((f) => size(root, f)),
    reachable,
    simplified: sum(eager),
    simplifiedReport: sum([...eager, ...lazyOther]),
    openccEager: eagerOpencc,
    traditional: eagerOpencc
      ? sum([...eager, ...lazyOther]) // opencc is in the content script itself: every page pays for it
      : opencc.length
        ? sum([...eager, ...lazyOther, ...opencc])
        : 'not measured: no lazily loaded opencc file is reachable from the content script',
  };
}
