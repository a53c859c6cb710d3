// The Excel writer in Firefox: the workbook's one platform dependency is CompressionStream
// ('gzip', whose header and trailer zip.ts takes apart), so the writer is run in a Firefox page
// and the file it gives is checked in Node (every entry's CRC-32 and sizes, then exceljs reads
// it). The library page deflates in a worker (src/export/deflate-worker.ts): the same writer with
// that worker, started in the page from the bundled worker half, must give the same bytes.
// Chromium covers the library page's export end to end (library.chromium.test.ts); the page can
// be opened in Firefox too (launchFirefoxWithExtension({ extensionPages: true }), library.firefox.test.ts).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.ts';
import { startFixtureServer, type FixtureServer } from './support/server.ts';
import { readZip } from '../unit/export/read-zip.ts';

let server: FixtureServer;
let firefox: FirefoxWithExtension;

before(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithExtension();
});
after(async () => {
  await firefox?.close();
  await server?.close();
});

/** toXlsx over 30 generated stored rows, bundled for the page; sets window.__xlsx() → base64. */
async function writerBundle(): Promise<string> {
  const entry = `
    import { toXlsx } from ${JSON.stringify(fileURLToPath(new URL('../../src/export/xlsx.ts', import.meta.url)))};
    import { makeRows } from ${JSON.stringify(fileURLToPath(new URL('../unit/export/make-rows.ts', import.meta.url)))};
    window.__xlsx = async () => {
      const parts = await toXlsx(makeRows(30), undefined, { maxRows: 50 });
      const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    };`;
  const out = await build({ stdin: { contents: entry, loader: 'ts', resolveDir: process.cwd() }, bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

const src = (rel: string) => JSON.stringify(fileURLToPath(new URL(rel, import.meta.url)));

/** Sets window.__xlsxBoth() → { where, here, there }: one workbook deflated on the page and in a worker (base64). */
async function workerBundle(): Promise<string> {
  const worker = await build({
    stdin: { contents: `import { serveDeflate } from ${src('../../src/export/deflate-worker.ts')}; serveDeflate(self);`, loader: 'ts', resolveDir: process.cwd() },
    bundle: true, format: 'iife', write: false, logLevel: 'silent',
  });
  const entry = `
    import { toXlsx } from ${src('../../src/export/xlsx.ts')};
    import { openWorkerDeflater } from ${src('../../src/export/deflate-worker.ts')};
    import { deflateHere } from ${src('../../src/export/zip.ts')};
    import { makeRows } from ${src('../unit/export/make-rows.ts')};
    const WORKER = ${JSON.stringify(worker.outputFiles[0]!.text)};
    const base64 = async (parts) => {
      const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    };
    window.__xlsxBoth = async () => {
      const url = URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' }));
      const deflater = await openWorkerDeflater(() => new Worker(url), deflateHere);
      const options = { maxRows: 50, now: new Date(Date.UTC(2026, 10, 23, 12)) };
      const rows = makeRows(30);
      const there = await base64(await toXlsx(rows, undefined, { ...options, deflate: deflater.deflate }));
      deflater.close();
      return { where: deflater.where, here: await base64(await toXlsx(rows, undefined, options)), there };
    };`;
  const out = await build({ stdin: { contents: entry, loader: 'ts', resolveDir: process.cwd() }, bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

test('Firefox: deflated in a worker, the workbook is byte for byte the one deflated on the page', async () => {
  const page = await firefox.page();
  await page.goto(server.origin + '/');
  await page.evaluate(await workerBundle());
  const { where, here, there } = (await page.evaluate('window.__xlsxBoth()')) as { where: string; here: string; there: string };
  assert.equal(where, 'worker', 'the worker started and said it was ready');
  assert.ok(there.length > 1000);
  assert.equal(there, here);
  readZip(Buffer.from(there, 'base64'));
});

test('Firefox: the Excel writer’s workbook is a valid archive that exceljs reads', async () => {
  const page = await firefox.page();
  await page.goto(server.origin + '/');
  await page.evaluate(await writerBundle());
  const base64 = (await page.evaluate('window.__xlsx()')) as string;
  const bytes = Buffer.from(base64, 'base64');
  const entries = readZip(bytes);
  assert.ok(entries.some((e) => e.name === 'xl/sharedStrings.xml'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  const names = wb.worksheets.map((w) => w.name);
  // 30 reports of 6–7 values each, 49 rows a part: values continues in further parts
  assert.deepEqual(names.slice(0, 2), ['reports', 'values']);
  assert.ok(names.includes('values (2)'), names.join(', '));
  assert.equal(wb.getWorksheet('reports')!.rowCount, 31);
  assert.equal(wb.getWorksheet('reports')!.getCell('B2').value, '上海市人民政府办公厅');
});
