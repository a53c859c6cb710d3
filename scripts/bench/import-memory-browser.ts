// The library page's JS heap during the import of a large JSON backup, in Chromium:
// `npx tsx scripts/bench/import-memory-browser.ts [reports] [cells a report] [extension dir]`
// (build first; the extension dir defaults to .output/chrome-mv3, so an older build can be
// compared). The page's heap (precise memory info) is sampled every 10 ms by the page itself, from
// after a gc() to the import's notice; the background's heap is not counted.
import { launchChromiumWithExtension } from '../../test/e2e/support/chromium';
import { generatedBackup } from './import-backup';

const reports = Number(process.argv[2] ?? 3000);
const cellsEach = Number(process.argv[3] ?? 300);
const path = await generatedBackup(reports, cellsEach);
const b = await launchChromiumWithExtension({ extensionDir: process.argv[4], args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });
try {
  const page = await b.page();
  await page.goto(b.extensionUrl('library.html'));
  await page.getByTestId('count').filter({ hasText: '份报告' }).waitFor();
  // a string: tsx's names for functions (__name) do not exist in the page
  await page.evaluate(`(() => {
    const heap = () => performance.memory.usedJSHeapSize;
    gc();
    window.base = window.peak = heap();
    setInterval(() => (window.peak = Math.max(window.peak, heap())), 10);
  })()`);
  const started = Date.now();
  await page.getByTestId('import').setInputFiles(path);
  await page.waitForFunction(() => document.querySelector('[data-testid=error]') || document.querySelector('[data-testid=notice]')?.textContent?.includes('导入完成'), undefined, { timeout: 1_800_000, polling: 500 });
  const seconds = (Date.now() - started) / 1000;
  const { base, peak, said } = (await page.evaluate(`({ base: window.base, peak: window.peak,
    said: document.querySelector('[data-testid=error]')?.textContent ?? document.querySelector('[data-testid=notice]')?.textContent ?? '' })`)) as { base: number; peak: number; said: string };
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(`${reports} reports (${cellsEach} cells each): ${seconds.toFixed(1)} s; page heap ${mb(base)} before, peak ${mb(peak)} (+${mb(peak - base)}); ${said.slice(0, 120)}`);
} finally {
  await b.close();
}
