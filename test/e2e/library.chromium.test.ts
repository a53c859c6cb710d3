// End to end in Chromium: save a report, see it in the library, export CSV and JSON (checking
// the downloaded files), then import the JSON into a fresh profile and see the row again.
//
// Uses its own small launcher (the shared harness in test/e2e/support/ did not exist when this
// was written). The report is saved by sending `library:save` from the extension's library page:
// the in-page card's save button is another issue. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXT = join(ROOT, '.output/chrome-mv3');
const FIXTURE = join(ROOT, '../shared/fixtures/real/001-shanghai-bgt-2019/source.html');

type ChromeGlobal = { chrome: { runtime: { sendMessage(msg: unknown): Promise<unknown> } } };

let server: Server;
let port = 0;
const dirs: string[] = [];
const contexts: BrowserContext[] = [];

before(async () => {
  const html = await readFile(FIXTURE, 'utf8');
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html.includes('<html') ? html : `<!doctype html><meta charset="utf-8"><title>2019年上海市人民政府办公厅政府信息公开工作年度报告</title><body>${html}</body>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await new Promise((resolve) => server.close(resolve));
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function launch(): Promise<{ context: BrowserContext; extensionId: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'library-e2e-'));
  dirs.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  contexts.push(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

async function openLibrary(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await page.getByTestId('count').filter({ hasText: '份报告' }).waitFor();
  return page;
}

/** A record as the parser would produce for the Shanghai 2019 fixture (headline numbers only). */
function shanghaiRecord(url: string) {
  const cell = (value: number) => ({ value, raw: String(value), kind: 'number', ref: { source: 'table', table: 2, row: 3, col: 9 } });
  return {
    schemaVersion: 1,
    meta: {
      url,
      title: '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      h1: null,
      reportYear: 2019,
      reportYearSource: 'title',
      agencyName: '上海市人民政府办公厅',
      agencyKind: 'department',
      publishedOn: '2020-01-31',
      publishedOnSource: '发布日期',
      formatVersion: 'trial2019',
      formatEvidence: [],
      basisCited: [],
      statPeriod: null,
      textTransforms: [],
      sectionsFound: [],
      parserVersion: 'e2e',
    },
    cells: {
      'table3.total.newReceived': cell(859),
      'table3.total.carriedOver': cell(18),
      'table3.total.resultsTotal': cell(805),
      'table3.total.carriedForward': cell(72),
    },
    sections: {},
    narrative: [],
    warnings: [],
  };
}

async function download(page: Page, testId: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await dl.path();
  return readFile(path, 'utf8');
}

test('save → library → export CSV/JSON → import into a fresh profile', async () => {
  const { context, extensionId } = await launch();
  const reportUrl = `http://www.example.gov.cn:${port}/nw12344/20200131/report.html?utm_source=test#top`;
  const canonical = `http://www.example.gov.cn:${port}/nw12344/20200131/report.html`;

  // The report page loads (and the content script runs) on a *.gov.cn host.
  const reportPage = await context.newPage();
  await reportPage.goto(reportUrl);

  const library = await openLibrary(context, extensionId);
  const saved = await library.evaluate(
    (record) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'library:save', record, findings: [] }),
    shanghaiRecord(reportUrl),
  );
  assert.deepEqual(saved, { ok: true, id: canonical, created: true, crossYear: [] });

  await library.reload();
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

  const long = await download(library, 'export-csvLong');
  assert.ok(long.startsWith('\uFEFFreport,key,value,raw,kind\r\n'));
  assert.ok(long.includes(`${canonical},table3.total.carriedForward,72,72,number`));

  const json = await download(library, 'export-json');
  const doc = JSON.parse(json);
  assert.equal(doc.format, 'gov-report-annotator/library');
  assert.equal(doc.reports.length, 1);
  assert.equal(doc.reports[0].id, canonical);
  assert.equal(doc.reports[0].record.cells['table3.total.newReceived'].value, 859);

  // A fresh profile: empty library, then import the JSON file.
  const fresh = await launch();
  const page2 = await openLibrary(fresh.context, fresh.extensionId);
  assert.match(await page2.getByTestId('count').innerText(), /^0 \/ 0/);
  const jsonPath = join(dirs[0]!, 'export.json');
  await writeFile(jsonPath, json);
  await page2.getByTestId('import').setInputFiles(jsonPath);
  await page2.getByTestId('notice').filter({ hasText: '新增 1' }).waitFor();
  await page2.locator(`[data-testid="report-row"][data-id="${canonical}"]`).waitFor();

  // Importing the same file again adds nothing.
  await page2.getByTestId('import').setInputFiles(jsonPath);
  await page2.getByTestId('notice').filter({ hasText: '跳过 1' }).waitFor();
  assert.match(await page2.getByTestId('count').innerText(), /^1 \/ 1/);

  // A wrong file gets a clear message.
  const badPath = join(dirs[0]!, 'bad.json');
  await writeFile(badPath, '{"hello":1}');
  await page2.getByTestId('import').setInputFiles(badPath);
  await page2.getByTestId('error').filter({ hasText: '不是年报助手导出' }).waitFor();
});
