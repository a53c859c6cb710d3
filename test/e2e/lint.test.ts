// Packaging checks on the BUILT extension: the Firefox manifest carries what AMO requires,
// `web-ext lint` finds 0 errors, and `npm run zip` makes zips that really install — the Chrome
// zip unpacked into Chromium, the Firefox zip straight into firefox-esr — and annotate a report.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { launchChromiumWithExtension } from './support/chromium.ts';
import { REPO_ROOT } from './support/fixtures.ts';
import { launchFirefoxWithExtension } from './support/firefox.ts';
import { FIREFOX_BUILD, requireBuild } from './support/preconditions.ts';
import { startFixtureServer, type FixtureServer } from './support/server.ts';
import { waitForCardText } from './support/shadow.ts';

const run = promisify(execFile);
const BIN = join(REPO_ROOT, 'node_modules/.bin');
const REPORT = '001-shanghai-bgt-2019';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

let server: FixtureServer;
const tempDirs: string[] = [];
before(async () => {
  server = await startFixtureServer();
});
after(async () => {
  await server?.close();
  for (const d of tempDirs) await rm(d, { recursive: true, force: true });
});

test('Firefox manifest has gecko id, strict_min_version and data_collection_permissions', async () => {
  requireBuild(FIREFOX_BUILD);
  const manifest = JSON.parse(await readFile(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  const gecko = manifest.browser_specific_settings?.gecko;
  assert.ok(gecko, 'browser_specific_settings.gecko is present');
  assert.match(String(gecko.id), /^[\w.+-]+@[\w.-]+$/, 'gecko id looks like name@domain');
  assert.match(String(gecko.strict_min_version), /^\d+\.\d+/);
  assert.ok(Number.parseFloat(gecko.strict_min_version) >= 140, 'data_collection_permissions needs Firefox ≥ 140');
  const required = gecko.data_collection_permissions?.required;
  assert.ok(Array.isArray(required) && required.length > 0, 'data_collection_permissions.required is a non-empty array');
});

test('web-ext lint on the Firefox build reports 0 errors', async () => {
  requireBuild(FIREFOX_BUILD);
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  const { stdout } = await run(join(BIN, 'web-ext'), ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json'], {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((err: { stdout?: string; message: string }) => {
    if (err.stdout) return { stdout: err.stdout };
    throw new Error(`web-ext lint did not run: ${err.message}`);
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
  const described = report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`);
  assert.deepEqual(described, [], 'web-ext lint errors');
  assert.equal(report.summary.errors, 0);
});

async function unzipTo(zipFile: string, dir: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(zipFile));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, entry.name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await entry.async('nodebuffer'));
  }
}

test('npm run zip makes installable zips for Chrome and Firefox', async () => {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const zipOf = (target: string) => join(REPO_ROOT, '.output', `${pkg.name}-${pkg.version}-${target}.zip`);
  for (const target of ['chrome', 'firefox', 'sources']) await rm(zipOf(target), { force: true });

  await run('npm', ['run', 'zip'], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
  for (const target of ['chrome', 'firefox', 'sources']) assert.ok(existsSync(zipOf(target)), `${zipOf(target)} exists`);

  // Chrome: unpack the zip (what a user does before "Load unpacked") and load that folder.
  const unpacked = await mkdtemp(join(tmpdir(), 'gra-chrome-zip-'));
  tempDirs.push(unpacked);
  await unzipTo(zipOf('chrome'), unpacked);
  const chromeManifest = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8'));
  assert.equal(chromeManifest.manifest_version, 3);
  const chrome = await launchChromiumWithExtension({ extensionDir: unpacked });
  try {
    const page = await chrome.page();
    await page.goto(server.urlFor(REPORT));
    assert.match(await waitForCardText(page), /2019|上海市人民政府办公厅/);
  } finally {
    await chrome.close();
  }

  // Firefox: install the zip itself as a temporary add-on.
  const firefox = await launchFirefoxWithExtension({ extensionPath: zipOf('firefox') });
  try {
    assert.equal(firefox.addonId, 'gov-report-annotator@example.org');
    const page = await firefox.page();
    await page.goto(server.urlFor(REPORT));
    assert.match(await waitForCardText(page), /2019|上海市人民政府办公厅/);
  } finally {
    await firefox.close();
  }
});
