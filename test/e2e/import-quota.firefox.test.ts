// End to end in Firefox: an import that runs out of storage part-way (adv55 #2). The storage limit
// is lowered by pref so that the first message of the file fits and the second does not; the
// page must say how many reports went in and that the rest did not (not "the report was NOT
// saved"), and list what went in. Needs `npm run build`.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
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
  scratch = await mkdtemp(join(tmpdir(), 'import-quota-e2e-'));
  // a group limit of ~24 MB (a fifth of the fixed limit): one 16 Mi-character message fits, two do not
  firefox = await launchFirefoxWithExtension({ extensionPages: true, prefs: { 'dom.quotaManager.temporaryStorage.fixedLimit': 120_000 } });
});
after(async () => {
  await firefox?.close();
  await rm(scratch, { recursive: true, force: true });
});

const text = (sel: string) => `(document.querySelector(${JSON.stringify(sel)})?.textContent ?? '')`;

test('storage full in the second message: the first is kept and counted, the rest said not imported', async () => {
  // 400 reports with 100,000 characters each that do not compress: ~40 MB
  const rows = makeRows(400).map((r) => ({ ...r, record: { ...r.record, meta: { ...r.record.meta, note: randomBytes(75_000).toString('base64') } } }));
  const path = join(scratch, 'big.json');
  await writeFile(path, toJson(rows as never));
  const lib = await firefox.extensionPage('library.html', `${text('[data-testid=count]')}.includes('份报告')`);
  const input = await lib.$('input[data-testid=import]');
  await input!.uploadFile(path);
  await waitForExpression(lib, `!!document.querySelector('[data-testid=error]') || ${text('[data-testid=notice]')}.includes('导入完成')`, 240_000);
  const error = String(await lib.evaluate(text('[data-testid=error]')));
  const m = /Import stopped after (\d+) of 400 reports \((\d+) added, 0 updated, 0 skipped\); the other (\d+) were NOT imported/.exec(error);
  assert.ok(m, error);
  const [, done, added, rest] = m.map(Number);
  assert.ok(done! > 0 && done! < 400 && added === done && rest === 400 - done!, error);
  assert.match(error, /Storage is full; this batch of reports was NOT imported/);
  assert.doesNotMatch(error, /the report was NOT saved/);
  await waitForExpression(lib, `${text('[data-testid=count]')}.includes('${done} / ${done}')`);
});
