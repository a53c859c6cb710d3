// npm run --silent parse -- <file.html|file.txt> [--url URL]
// Prints ONE JSON object: { meta, values, cells, findings, warnings }. Errors: one line on stderr, exit 1.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { runChecks } from './checks/index';
import { flatValues } from './model/record';
import { parseDocument } from './parse/index';

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(1);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Decodes bytes: UTF-8 unless a <meta charset> (or BOM-less invalid UTF-8) says GBK. */
export function decodePage(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const charset = m?.[1]?.toLowerCase();
  if (charset && /^(gbk|gb2312|gb18030)$/.test(charset)) return new TextDecoder('gbk').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** Builds the HTML for a page: .txt lines become paragraphs. */
export function pageHtml(text: string, isText: boolean): string {
  if (isText) {
    const body = text.split(/\r?\n/).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
    return `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  }
  if (/<html[\s>]/i.test(text)) return text;
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${text}</body></html>`;
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
  if (bytes.includes(0)) fail(`${file} is binary, not an HTML or text page`);
  const text = decodePage(bytes);
  const ext = extname(file).toLowerCase();
  const isText = ext === '.txt' || (!/<[a-z!][^>]*>/i.test(text.slice(0, 5000)) && ext !== '.html' && ext !== '.htm');
  if (!isText && !/<[a-z!][^>]*>/i.test(text)) fail(`${file} does not look like HTML`);
  const { document } = parseHTML(pageHtml(text, isText));
  const { record } = await parseDocument(document as unknown as Document, url ? { url } : {});
  const notReport = record.warnings.find((w) => w.code === 'not-a-report');
  if (notReport && record.meta.reportYear === null) fail(`${file}: not a government information-disclosure annual report (${notReport.message})`);
  const findings = runChecks(record);
  const out = { meta: record.meta, values: flatValues(record), cells: record.cells, sections: record.sections, narrative: record.narrative, findings, warnings: record.warnings };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
