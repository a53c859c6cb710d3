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
