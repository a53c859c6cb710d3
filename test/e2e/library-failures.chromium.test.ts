// End to end in Chromium: the library page's import and Excel export where the browser sets the
// limits (adv55): a backup of long reports goes in although one message of 500 of them passes
// Chromium's 64 MiB message limit (#9), and an Excel export whose deflate worker dies ends with an
// error and frees the page instead of staying busy for good (#1). Needs `npm run build`.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { toJson } from '../../src/export/json.ts';
import { makeRows } from '../unit/export/make-rows.ts';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium.ts';

let scratch: string;
const browsers: ChromiumWithExtension[] = [];

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'library-failures-e2e-'));
});
after(async () => {
  for (const b of browsers) await b.close();
  await rm(scratch, { recursive: true, force: true });
});

async function openLibrary(): Promise<Page> {
  const b = await launchChromiumWithExtension();
  browsers.push(b);
  const page = await b.page();
  await page.goto(b.extensionUrl('library.html'));
  await page.getByTestId('count').filter({ hasText: '份报告' }).waitFor();
  return page;
}

test('a backup of 500 long reports (~75 MB as UTF-8) is imported whole', async () => {
  // 50,000 CJK characters each: 150 KB of UTF-8, 500 of them over 64 MiB in one message
  const rows = makeRows(500).map((r) => ({ ...r, record: { ...r.record, meta: { ...r.record.meta, note: '报'.repeat(50_000) } } }));
  const path = join(scratch, 'long-500.json');
  await writeFile(path, toJson(rows as never));
  const page = await openLibrary();
  await page.getByTestId('import').setInputFiles(path);
  await page.waitForFunction(() => document.querySelector('[data-testid=error]') || document.querySelector('[data-testid=notice]')?.textContent?.includes('导入完成'), undefined, { timeout: 180_000 });
  assert.equal(await page.getByTestId('error').count(), 0, (await page.getByTestId('error').count()) ? await page.getByTestId('error').innerText() : '');
  assert.match(await page.getByTestId('notice').innerText(), /新增 500，更新 0，跳过 0/);
  await page.getByTestId('count').filter({ hasText: '500 / 500' }).waitFor();
});

test('a library of 200 reports of ~420 KB each is backed up as JSON (one answer of 200 was ~84 MB)', async () => {
  const rows = makeRows(200).map((r) => ({ ...r, record: { ...r.record, meta: { ...r.record.meta, note: '报'.repeat(140_000) } } }));
  const path = join(scratch, 'longer-200.json');
  await writeFile(path, toJson(rows as never));
  const b = await launchChromiumWithExtension({ acceptDownloads: true });
  browsers.push(b);
  const page = await b.page();
  await page.goto(b.extensionUrl('library.html'));
  await page.getByTestId('count').filter({ hasText: '份报告' }).waitFor();
  await page.getByTestId('import').setInputFiles(path);
  await page.getByTestId('notice').filter({ hasText: '新增 200' }).waitFor({ timeout: 180_000 });
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByTestId('export-json').click()]);
  const back = JSON.parse(await readFile(await dl.path(), 'utf8'));
  assert.equal(back.reports.length, 200);
  assert.equal(await page.getByTestId('error').count(), 0);
});

test('an Excel export whose deflate worker is killed ends with an error and frees the page', async () => {
  const path = join(scratch, 'some.json');
  await writeFile(path, toJson(makeRows(40)));
  const page = await openLibrary();
  await page.getByTestId('import').setInputFiles(path);
  await page.getByTestId('notice').filter({ hasText: '新增 40' }).waitFor();
  // the worker is terminated after its first acknowledgement: a crash sends no event at all
  await page.evaluate(() => {
    const Real = Worker;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        let acks = 0;
        this.addEventListener('message', (e) => {
          if (e.data?.type === 'ack' && ++acks === 1) this.terminate();
        });
      }
    } as typeof Worker;
  });
  await page.getByTestId('export-xlsx').click();
  const error = page.getByTestId('error');
  await error.waitFor({ timeout: 40_000 });
  assert.match(await error.innerText(), /The deflate worker did not answer for 15 s; the export was stopped/);
  assert.equal(await page.getByTestId('export-xlsx').isDisabled(), false, 'Export is usable again');
  assert.equal(await page.getByTestId('import').isDisabled(), false, 'Import is usable again');
  assert.equal(await page.getByTestId('notice').count(), 0, 'no “Exporting…” left beside the error');
});

test('a backup changed on disk while it is imported: stopped, saying so and how many went in (helper 66)', async () => {
  // read twice (checked, then sent as read): Chromium goes on reading a File changed meanwhile, and
  // the second reading finds the file cut short
  const rows = makeRows(3000).map((r) => ({ ...r, record: { ...r.record, meta: { ...r.record.meta, note: '报'.repeat(10_000) } } }));
  const path = join(scratch, 'changing.json');
  await writeFile(path, toJson(rows as never));
  const page = await openLibrary();
  await page.getByTestId('import').setInputFiles(path);
  // the check is over once the bar says importing; the file then loses its last thousand reports
  await page.locator('progress[aria-label="导入 importing"]').waitFor({ timeout: 60_000 });
  await writeFile(path, toJson(rows.slice(0, 2000) as never));
  const error = page.getByTestId('error');
  await error.waitFor({ timeout: 180_000 });
  const said = await error.innerText();
  const m = /(?:Import stopped after (\d+) of 3000 reports|The import failed; nothing was imported)/.exec(said);
  assert.ok(m, said);
  assert.match(said, /The file changed during the import|The file could not be read again/);
  const imported = Number(m[1] ?? 0);
  assert.ok(imported < 3000, said);
  await page.getByTestId('count').filter({ hasText: `${imported} / ${imported}` }).waitFor();
  assert.equal(await page.getByTestId('import').isDisabled(), false, 'Import is usable again');
});
