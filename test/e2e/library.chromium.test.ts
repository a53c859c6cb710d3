// End to end in Chromium: save a report, see it in the library, export CSV, Excel and JSON (checking
// the downloaded files), then import the JSON into a fresh profile and see the row again.
//
// The report is saved with the in-page card's save button (content script → library:save →
// background). Needs `npm run build`.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { canonicalUrl } from '../../src/db/canonical-url.ts';
import { readZip } from '../unit/export/read-zip.ts';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium.ts';
import { startFixtureServer, type FixtureServer } from './support/server.ts';

let server: FixtureServer;
let scratch: string;
const browsers: ChromiumWithExtension[] = [];

before(async () => {
  server = await startFixtureServer();
  scratch = await mkdtemp(join(tmpdir(), 'library-e2e-'));
});

after(async () => {
  for (const b of browsers) await b.close();
  await server.close();
  await rm(scratch, { recursive: true, force: true });
});

async function launch(): Promise<ChromiumWithExtension> {
  const b = await launchChromiumWithExtension({ acceptDownloads: true });
  browsers.push(b);
  return b;
}

async function openLibrary(b: ChromiumWithExtension): Promise<Page> {
  const page = await b.page();
  await page.goto(b.extensionUrl('library.html'));
  await page.getByTestId('count').filter({ hasText: '份报告' }).waitFor();
  return page;
}

async function downloadBytes(page: Page, testId: string): Promise<{ bytes: Buffer; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { bytes: await readFile(await dl.path()), name: dl.suggestedFilename() };
}

const download = async (page: Page, testId: string): Promise<string> => (await downloadBytes(page, testId)).bytes.toString('utf8');

test('save → library → export CSV/JSON → import into a fresh profile', async () => {
  const browser = await launch();
  const reportUrl = `${server.urlFor('001-shanghai-bgt-2019')}?utm_source=test#top`;
  const canonical = canonicalUrl(reportUrl)!;
  assert.ok(!canonical.includes('utm_source') && !canonical.includes('#'));

  // The report page loads on a *.gov.cn host; the in-page card saves it through library:save.
  const reportPage = await browser.page();
  await reportPage.goto(reportUrl);
  await reportPage.locator('gov-report-annotator [data-testid="save"]').click();
  await reportPage.locator('gov-report-annotator [data-testid="save-status"].done').waitFor();

  const library = await openLibrary(browser);
  const row = library.locator(`[data-testid="report-row"][data-id="${canonical}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), /上海市人民政府办公厅/);
  assert.match(await row.innerText(), /859/);

  const csv = await download(library, 'export-csvWide');
  assert.equal(csv.charCodeAt(0), 0xfeff, 'CSV starts with a UTF-8 BOM');
  const [header, line] = csv.slice(1).split('\r\n');
  assert.match(header!, /^网址 url,机关 agency,年度 year,/);
  assert.match(header!, /table3\.total\.newReceived/);
  assert.ok(line!.startsWith(`${canonical},上海市人民政府办公厅,2019,trial2019,`), line);
  const cols = header!.split(',');
  const values = Papa.parse<string[]>(line!).data[0]!;
  assert.equal(values[cols.indexOf('table3.total.newReceived')], '859');
  assert.equal(values[cols.indexOf('table3.total.carriedForward')], '72');

  const long = await download(library, 'export-csvLong');
  assert.ok(long.startsWith('\uFEFFreport,key,value,raw,kind\r\n'));
  assert.ok(long.includes(`${canonical},table3.total.carriedForward,72,72,number`));

  // Excel: built in the library page, each part deflated in the extension's worker
  // (/deflate-worker.js, CompressionStream), read back by exceljs. The page's Worker constructor
  // is wrapped to see which workers start and whether they answer.
  await library.evaluate(() => {
    const g = globalThis as unknown as { Worker: typeof Worker; __workers: string[] };
    const Real = g.Worker;
    g.__workers = [];
    g.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const name = new URL(String(url)).pathname;
        this.addEventListener('message', (e) => void (e.data?.type === 'ready' && g.__workers.push(`${name}: ready`)));
        this.addEventListener('error', () => void g.__workers.push(`${name}: error`));
      }
    };
  });
  const xlsx = await downloadBytes(library, 'export-xlsx');
  assert.match(xlsx.name, /\.xlsx$/);
  const workers = await library.evaluate(() => (globalThis as unknown as { __workers: string[] }).__workers);
  assert.deepEqual(workers, ['/deflate-worker.js: ready'], 'the Excel export deflated in the extension’s worker');
  readZip(xlsx.bytes); // every entry's CRC-32 and sizes check out
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['reports', 'values', 'findings', 'codebook']);
  const reports = wb.getWorksheet('reports')!;
  assert.equal(reports.getCell('A2').value, canonical);
  assert.equal(reports.getCell('B2').value, '上海市人民政府办公厅');
  const columns = reports.getRow(1).values as unknown[];
  assert.equal(reports.getRow(2).getCell(columns.indexOf('table3.total.newReceived')).value, 859);
  // the findings sheet comes from the stored findings rows (DB v7), not the full row: the same findings
  const findings = wb.getWorksheet('findings')!;
  const savedFindings = await library.evaluate(async (id) => {
    type Saved = { report: { findings: { rule: string }[]; crossYear: { rule: string }[] } };
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Saved> } } }).chrome;
    const res = await runtime.sendMessage({ type: 'library:get', id });
    return [...res.report.findings, ...res.report.crossYear].map((f) => f.rule);
  }, canonical);
  assert.ok(savedFindings.length > 0, 'the Shanghai 2019 report has findings');
  const sheetRules: unknown[] = [];
  findings.eachRow((r, n) => {
    if (n > 1) {
      assert.equal(r.getCell(1).value, canonical);
      sheetRules.push(r.getCell(3).value);
    }
  });
  assert.deepEqual(sheetRules, savedFindings);

  const json = await download(library, 'export-json');
  const doc = JSON.parse(json);
  assert.equal(doc.format, 'gov-report-annotator/library');
  assert.equal(doc.reports.length, 1);
  assert.equal(doc.reports[0].id, canonical);
  assert.equal(doc.reports[0].record.cells['table3.total.newReceived'].value, 859);

  // A fresh profile: empty library, then import the JSON file.
  const fresh = await launch();
  const page2 = await openLibrary(fresh);
  assert.match(await page2.getByTestId('count').innerText(), /^0 \/ 0/);
  const jsonPath = join(scratch, 'export.json');
  await writeFile(jsonPath, json);
  await page2.getByTestId('import').setInputFiles(jsonPath);
  await page2.getByTestId('notice').filter({ hasText: '新增 1' }).waitFor();
  await page2.locator(`[data-testid="report-row"][data-id="${canonical}"]`).waitFor();

  // The imported library exports the same files (its key lists and findings rows were written on import).
  assert.equal(await download(page2, 'export-csvLong'), long);
  assert.equal(await download(page2, 'export-csvWide'), csv);

  // Importing the same file again adds nothing.
  await page2.getByTestId('import').setInputFiles(jsonPath);
  await page2.getByTestId('notice').filter({ hasText: '跳过 1' }).waitFor();
  assert.match(await page2.getByTestId('count').innerText(), /^1 \/ 1/);

  // A wrong file gets a clear message.
  const badPath = join(scratch, 'bad.json');
  await writeFile(badPath, '{"hello":1}');
  await page2.getByTestId('import').setInputFiles(badPath);
  await page2.getByTestId('error').filter({ hasText: '不是年报助手导出' }).waitFor();
});
