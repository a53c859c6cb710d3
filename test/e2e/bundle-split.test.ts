// Issue #7 budget, read from the BUILT extension (npm run build first; npm test does it): the
// content script that runs on every *.gov.cn page stays within 15 KB gzip and carries neither the
// parser/checks, the Preact card nor opencc; opencc is only in /opencc.js (not in /annotator.js);
// both lazy files are web-accessible to *.gov.cn pages only.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT_GZIP_BUDGET = 15 * 1024;

async function built(target: string, file: string): Promise<string> {
  const path = join(ROOT, '.output', target, file);
  return readFile(path, 'utf8').catch(() => {
    throw new Error(`${path} is missing: run \`npm run build\` first`);
  });
}

// opencc dictionaries are long "繁 简|…" strings (same heuristic as scripts/bench/bundle-size.ts).
const hasOpencc = (js: string) => (js.match(/[\u3400-\u9fff] [\u3400-\u9fff]+\|/g)?.length ?? 0) > 50;
// A rule id only src/checks knows, and a test id only the Preact card renders.
const hasChecks = (js: string) => js.includes('T3-RESULTS-SUM');
const hasCard = (js: string) => js.includes('summary-card');

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  test(`${target}: content.js is within ${CONTENT_GZIP_BUDGET} bytes gzip and holds no parser, card or opencc`, async () => {
    const js = await built(target, 'content-scripts/content.js');
    const gz = gzipSync(js).length;
    assert.ok(gz <= CONTENT_GZIP_BUDGET, `content.js is ${gz} bytes gzip (${js.length} raw), budget ${CONTENT_GZIP_BUDGET}`);
    assert.equal(hasOpencc(js), false, 'opencc dictionaries in content.js');
    assert.equal(hasChecks(js), false, 'checks catalogue in content.js');
    assert.equal(hasCard(js), false, 'Preact card in content.js');
    assert.ok(js.includes('/annotator.js'), 'content.js loads /annotator.js by URL');
  });

  test(`${target}: /annotator.js has parser, checks and card but not opencc; /opencc.js has opencc`, async () => {
    const annotator = await built(target, 'annotator.js');
    assert.ok(hasChecks(annotator) && hasCard(annotator));
    assert.equal(hasOpencc(annotator), false, 'opencc is bundled into annotator.js: simplified reports would pay for it');
    assert.ok(annotator.includes('/opencc.js'), 'annotator.js loads /opencc.js by URL');
    assert.equal(hasOpencc(await built(target, 'opencc.js')), true);
  });
}

test('the lazy files are web-accessible to *.gov.cn pages only, and in Firefox to none', async () => {
  const mv3 = JSON.parse(await built('chrome-mv3', 'manifest.json')) as {
    web_accessible_resources?: { resources: string[]; matches: string[] }[];
  };
  assert.deepEqual(mv3.web_accessible_resources, [{ resources: ['annotator.js', 'opencc.js'], matches: ['*://*.gov.cn/*'] }]);
  const mv2 = JSON.parse(await built('firefox-mv2', 'manifest.json')) as { web_accessible_resources?: string[] };
  // MV2 would expose them to every site: Firefox gets them injected by the background instead
  assert.equal(mv2.web_accessible_resources, undefined);
});
