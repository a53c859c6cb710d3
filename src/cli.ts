// npm run --silent parse -- <file.html|file.txt> [--url URL]
// Prints ONE JSON object: { meta, values, cells, findings, warnings }. Errors: one line on stderr, exit 1.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { runChecks } from './checks/index';
import { detectReport } from './detect/index';
import { flatValues } from './model/record';
import { parseDocument } from './parse/index';
import { decodePage, pageHtml, utf16Bom } from './extract/page-source';

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--url') url = args[++i];
    else if (args[i] !== '--') files.push(args[i]!);
  }
  const file = files[0];
  if (!file) fail('usage: parse <file.html|file.txt> [--url URL]');
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) fail(`${file} is not a file`);
    bytes = readFileSync(file);
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (!utf16Bom(bytes) && bytes.includes(0)) fail(`${file} is binary, not an HTML or text page`);
  const text = decodePage(bytes);
  const ext = extname(file).toLowerCase();
  const isText = ext === '.txt' || (!/<[a-z!][^>]*>/i.test(text.slice(0, 5000)) && ext !== '.html' && ext !== '.htm');
  if (!isText && !/<[a-z!][^>]*>/i.test(text)) fail(`${file} does not look like HTML`);
  const { document } = parseHTML(pageHtml(text, isText));
  const { record } = await parseDocument(document as unknown as Document, url ? { url } : {});
  // No sections or tables: a report only if the title names one and the extension's own detection
  // agrees (a notice 关于报送…年度报告的通知 has the year in its title but is not a report).
  const notReport = record.warnings.find((w) => w.code === 'not-a-report');
  if (notReport && (record.meta.reportYear === null || !detectReport(document as unknown as Document, url ?? '').isReport))
    fail(`${file}: not a government information-disclosure annual report (${notReport.message})`);
  const findings = runChecks(record);
  const out = { meta: record.meta, values: flatValues(record), cells: record.cells, sections: record.sections, narrative: record.narrative, findings, warnings: record.warnings };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
