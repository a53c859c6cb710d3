// npm run --silent parse -- [--url URL] FILE...   (see USAGE in cli-args.ts)
// One file: ONE JSON object on stdout; errors: one line on stderr, exit 1. Several files: one
// JSON object per line, a failed file named on stderr, exit 1 if any failed. Output cut off by
// its reader (| head): no message, exit 141 (as a program SIGPIPE ends).
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { runChecks } from './checks/index';
import { detectReport } from './detect/index';
import { flatValues, type ParseWarning } from './model/record';
import { parseDocument } from './parse/index';
import { decodePageNoting, isMhtml, looksBinary, looksLikeHtml, pageHtml } from './extract/page-source';
import { parseArgs, USAGE } from './cli-args';

/** A file that cannot be read as a report: its one-line reason. */
class Unread extends Error {}

function readBytes(file: string): Buffer {
  try {
    if (file === '-') return readFileSync(0);
    if (!statSync(file).isFile()) throw new Unread(`${file} is not a file`);
    return readFileSync(file);
  } catch (e) {
    if (e instanceof Unread) throw e;
    throw new Unread(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

async function parseFile(file: string, url: string | undefined): Promise<Record<string, unknown>> {
  const bytes = readBytes(file);
  const name = file === '-' ? 'stdin' : file;
  if (isMhtml(bytes)) throw new Unread(`${name} is a page saved as MHTML ("Webpage, Single File"), which is not read: save it as "Webpage, HTML only" or "Webpage, Complete"`);
  if (looksBinary(bytes)) throw new Unread(`${name} is binary, not an HTML or text page`);
  const decoded = decodePageNoting(bytes);
  const text = decoded.text.replace(/\0/g, ''); // NUL padding at the end of a saved page, a stray NUL
  const ext = extname(file).toLowerCase();
  // the content decides over the name: an HTML page saved as .txt was read as its markup's text
  const isText = ext === '.txt' ? !looksLikeHtml(text) : !/<[a-z!][^>]*>/i.test(text.slice(0, 5000)) && ext !== '.html' && ext !== '.htm';
  if (!isText && !/<[a-z!][^>]*>/i.test(text)) throw new Unread(`${name} does not look like HTML`);
  const { document } = parseHTML(pageHtml(text, isText));
  const { record } = await parseDocument(document as unknown as Document, url ? { url } : {});
  // No sections or tables: a report only if the title names one and the extension's own detection
  // agrees (a notice 关于报送…年度报告的通知 has the year in its title but is not a report).
  const notReport = record.warnings.find((w) => w.code === 'not-a-report');
  if (notReport && (record.meta.reportYear === null || !detectReport(document as unknown as Document, url ?? '').isReport))
    throw new Unread(`${name}: not a government information-disclosure annual report (${notReport.message})`);
  const warnings: ParseWarning[] = [...record.warnings];
  if (decoded.unreadBytes > 0)
    warnings.unshift({ code: 'encoding', message: `${decoded.unreadBytes} place(s) in the file are not valid UTF-8 (a download cut short, a stray byte): read as U+FFFD (�)`, keys: [] });
  const findings = runChecks(record);
  return { meta: record.meta, values: flatValues(record), cells: record.cells, sections: record.sections, narrative: record.narrative, findings, warnings };
}

/**
 * The status a shell gives a program that a closed pipe ended (128 + SIGPIPE), as `cat big | head`
 * gets: Node ignores SIGPIPE, so the write fails with EPIPE instead and the run ends with this.
 */
const EXIT_PIPE_CLOSED = 141;

/**
 * Writes to stdout. A reader gone away (… | head) ends the run without a message, as SIGPIPE ends
 * other tools, but not with 0: the output was not all delivered (`set -o pipefail` sees it; exit 0
 * told a script every file was written). Any other failure is said on stderr, exit 1.
 */
function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(s, (e) => {
      if (!e) return resolve();
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(EXIT_PIPE_CLOSED);
      process.stderr.write(`parse: cannot write the output: ${(e as NodeJS.ErrnoException).code ?? e.message}\n`);
      process.exit(1);
    });
  });
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`parse: ${args.error}\n`);
    return 1;
  }
  if (args.help) {
    await write(USAGE + '\n');
    return 0;
  }
  const one = args.files.length === 1;
  let failed = 0;
  for (const file of args.files) {
    try {
      const out = await parseFile(file, args.url);
      await write(one ? JSON.stringify(out, null, 2) + '\n' : JSON.stringify({ file, ...out }) + '\n');
    } catch (e) {
      failed++;
      process.stderr.write(`parse: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.stdout.on('error', () => undefined); // reported by write()'s callback
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`parse: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
