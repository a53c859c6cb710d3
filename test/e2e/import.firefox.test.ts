// End to end in Firefox: an import reads the chosen File twice (checked whole, then sent chunk by
// chunk as read; helper 66), so a backup of any size is imported in the memory of a few reports.
// A sound backup goes in whole; one malformed row, even the last, keeps the whole file out, with
// the message of a whole-file check. Needs `npm run build`.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { toJson } from '../../src/export/json.ts';
import { makeRows } from '../unit/export/make-rows.ts';
import { launchFirefoxWithExtension, waitForExpression, type FirefoxWithExtension } from './support/firefox.ts';

let firefox: FirefoxWithExtension;
let scratch: string;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'import-e2e-'));
  firefox = await launchFirefoxWithExtension({ extensionPages: true });
});
after(async () => {
  await firefox?.close();
  await rm(scratch, { recursive: true, force: true });
});

const text = (sel: string) => `(document.querySelector(${JSON.stringify(sel)})?.textContent ?? '')`;

test('a backup read twice is imported whole; a malformed last row keeps the whole file out', async () => {
  // 1,200 reports, three messages: the second reading sends them as it goes
  const rows = makeRows(1200);
  const good = join(scratch, 'good.json');
  await writeFile(good, toJson(rows));
  const lib = await firefox.extensionPage('library.html', `${text('[data-testid=count]')}.includes('份报告')`);
  const input = await lib.$('input[data-testid=import]');
  await input!.uploadFile(good);
  await waitForExpression(lib, `!!document.querySelector('[data-testid=error]') || ${text('[data-testid=notice]')}.includes('导入完成')`, 240_000);
  assert.equal(await lib.evaluate(text('[data-testid=error]')), '');
  assert.match(String(await lib.evaluate(text('[data-testid=notice]'))), /新增 1200，更新 0，跳过 0/);
  await waitForExpression(lib, `${text('[data-testid=count]')}.includes('1200 / 1200')`);

  const doc = JSON.parse(toJson(makeRows(1300)));
  doc.reports[1299].lastSavedAt = 'yesterday';
  const bad = join(scratch, 'bad.json');
  await writeFile(bad, JSON.stringify(doc));
  const again = await lib.$('input[data-testid=import]');
  await again!.uploadFile(bad);
  await waitForExpression(lib, `!!document.querySelector('[data-testid=error]')`, 240_000);
  assert.match(String(await lib.evaluate(text('[data-testid=error]'))), /1 record\(s\) are malformed; nothing was imported\. .*row 1300: lastSavedAt/);
  // nothing of it went in (its first 1,200 are the library's already; the other 100 are not added)
  assert.match(String(await lib.evaluate(text('[data-testid=count]'))), /1200 \/ 1200/);
});

test('a backup changed on disk while it is imported: stopped, saying so and how many went in', async () => {
  // as in Chromium (library-failures.chromium.test.ts): the file loses its last thousand reports once checked
  const rows = makeRows(3000).map((r) => ({ ...r, record: { ...r.record, meta: { ...r.record.meta, note: '报'.repeat(10_000) } } }));
  const path = join(scratch, 'changing.json');
  await writeFile(path, toJson(rows as never));
  const lib = await firefox.extensionPage('library.html', `${text('[data-testid=count]')}.includes('份报告')`);
  const before = Number(/^(\d+)/.exec(String(await lib.evaluate(text('[data-testid=count]'))))![1]);
  const input = await lib.$('input[data-testid=import]');
  await input!.uploadFile(path);
  await waitForExpression(lib, `!!document.querySelector('progress[aria-label="导入 importing"]')`, 60_000);
  await writeFile(path, toJson(rows.slice(0, 2000) as never));
  await waitForExpression(lib, `!!document.querySelector('[data-testid=error]') || ${text('[data-testid=notice]')}.includes('导入完成')`, 240_000);
  const said = String(await lib.evaluate(text('[data-testid=error]')));
  const m = /(?:Import stopped after (\d+) of 3000 reports \((\d+) added|The import failed; nothing was imported)/.exec(said);
  assert.ok(m, said || String(await lib.evaluate(text('[data-testid=notice]'))));
  assert.match(said, /The file changed during the import|The file could not be read again/);
  assert.ok(Number(m[1] ?? 0) < 3000, said);
  // (its first 1,200 reports are those of the first test's file: already in, not added)
  const added = Number(m[2] ?? 0);
  await waitForExpression(lib, `${text('[data-testid=count]')}.startsWith('${before + added} / ')`);
});
