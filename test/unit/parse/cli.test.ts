// The CLI is a contract outside tools rely on (`npm run --silent parse -- FILE [--url URL]`):
// ONE JSON object on stdout, or exit 1 with one clear line on stderr.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePage, decodePageNoting, isMhtml, looksBinary, pageHtml } from '../../../src/extract/page-source';
import { parseArgs } from '../../../src/cli-args';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = join(ROOT, '..', 'shared', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'gra-cli-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderrLines: r.stderr.split('\n').filter((l) => l.trim() !== '') };
}

function expectOneLineError(r: ReturnType<typeof cli>, pattern: RegExp) {
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderrLines).toHaveLength(1);
  expect(r.stderrLines[0]).toMatch(pattern);
}

describe('parse CLI', () => {
  it('prints one JSON object with the contracted keys for a real report', () => {
    const r = cli(join(FIXTURES, 'real/012-pingtan-zone-2020/source.txt'), '--url', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202103/t20210305_80595.htm');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['meta', 'values', 'cells', 'findings', 'warnings']));
    expect(out.meta.reportYear).toBe(2020);
    expect(out.meta.formatVersion).toBe('trial2019');
    expect(out.meta.url).toContain('pingtan.gov.cn');
    expect(out.values['table3.total.newReceived']).toBe(21);
    expect(out.cells['table3.total.resultsTotal']).toMatchObject({ value: 21, kind: 'number' });
    expect(out.findings.some((f: { rule: string; severity: string }) => f.rule === 'T3-RESULTS-SUM' && f.severity === 'error')).toBe(true);
  });

  it('fails with one line for a missing file, a binary file and no argument', () => {
    expectOneLineError(cli(join(tmp, 'nope.html')), /cannot read .*nope\.html/);
    const bin = join(tmp, 'x.bin');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    expectOneLineError(cli(bin), /binary/);
    expectOneLineError(cli(), /usage/);
  });

  it('reads a page saved as UTF-16 with a byte-order mark, and UTF-8 under a stale GBK meta tag', () => {
    const page = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
    const utf16 = join(tmp, 'utf16.html');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]));
    const stale = join(tmp, 'stale-meta.html');
    writeFileSync(stale, `<html><head><meta charset="gbk"></head><body>${page}</body></html>`);
    // before: "binary" and "not a … report" (the UTF-8 bytes were decoded as GBK)
    for (const file of [utf16, stale]) {
      const r = cli(file);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).values['table3.total.newReceived']).toBe(859);
    }
  });

  it('decodes a saved text page in Big5 (Traditional) that names no charset', () => {
    // "2019年某某局政府信息公開工作年度報告\n一、總體情況\n" in Big5
    const big5 = Buffer.from('32303139a67eac59ac59a7bdac46a9b2ab48aea7a4bdb67da475a740a67eabd7b3f8a7690aa440a142c160c5e9b1a1aa700a', 'hex');
    expect(decodePage(big5)).toBe('2019年某某局政府信息公開工作年度報告\n一、總體情況\n');
    // GBK stays the default: "政府信息公开" in GBK
    expect(decodePage(Buffer.from('d5feb8aed0c5cfa2b9abbfaa', 'hex'))).toBe('政府信息公开');
  });

  it('fails with one line for pages that are not reports, including a notice that names one', () => {
    const txt = join(tmp, 'hello.txt');
    writeFileSync(txt, 'hello world\n');
    expectOneLineError(cli(txt), /not a government information-disclosure annual report/);
    const notice = join(tmp, 'notice.html');
    writeFileSync(notice, '<html><head><title>关于报送2022年政府信息公开工作年度报告的通知</title></head><body><p>各单位：请于1月31日前报送。</p></body></html>');
    expectOneLineError(cli(notice), /not a government information-disclosure annual report/);
  });

  // helper-34's review of the CLI as a researcher would use it
  const SH = join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html');
  const PT = join(FIXTURES, 'real/012-pingtan-zone-2020/source.txt');

  it('reads several files as JSON Lines, names a failed one on stderr and exits 1', () => {
    const r = cli(SH, join(tmp, 'missing.html'), PT);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.meta.reportYear])).toEqual([[SH, 2019], [PT, 2020]]);
    expect(r.stderrLines).toEqual([expect.stringMatching(/cannot read .*missing\.html/)]);
  });

  it('answers --help, and refuses unknown options and a --url without an http(s) value', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: parse/);
    expect(parseArgs(['a.html', '--bogus'])).toEqual({ error: 'unknown option --bogus (see --help)' });
    expect(parseArgs(['a.html', '--url'])).toEqual({ error: expect.stringMatching(/--url needs a value/) });
    expect(parseArgs(['--url', '--x', 'a.html'])).toEqual({ error: expect.stringMatching(/--url needs a value/) });
    expect(parseArgs(['--url=javascript:alert(1)', 'a.html'])).toEqual({ error: expect.stringMatching(/not an http\(s\) address/) });
    expect(parseArgs(['--url=https://www.a.gov.cn/x', 'a.html', '-'])).toEqual({ help: false, files: ['a.html', '-'], url: 'https://www.a.gov.cn/x' });
    expect(parseArgs(['--', '--odd-name.html'])).toEqual({ help: false, files: ['--odd-name.html'] });
  });

  it('reads stdin, stops quietly when the reader goes away, and says when the output cannot be written', () => {
    const sh = (cmd: string) => spawnSync('bash', ['-c', cmd], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const node = `${JSON.stringify(process.execPath)} --import tsx src/cli.ts`;
    const stdin = sh(`${node} - < ${JSON.stringify(PT)}`);
    expect(stdin.status).toBe(0);
    expect(JSON.parse(stdin.stdout).meta.reportYear).toBe(2020);
    const head = sh(`set -o pipefail; ${node} ${JSON.stringify(SH)} | head -c 10`);
    expect(head.stdout).toBe('{\n  "meta":'.slice(0, 10));
    expect(head.stderr).toBe(''); // before: an unhandled EPIPE stack trace
    // not 0: the output was cut (as `cat big | head` under pipefail: 128 + SIGPIPE)
    expect(head.status).toBe(141);
    const full = sh(`${node} ${JSON.stringify(SH)} > /dev/full`);
    expect(full.status).toBe(1);
    expect(full.stderr.trim()).toBe('parse: cannot write the output: ENOSPC');
  });

  it('a reader that closes the pipe after the first line ends a run of several files with 141 and no message (adv: exit 0 said all was written)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), SH, SH, SH, SH], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(141);
  }, 60_000);

  it('reads a damaged UTF-8 page (cut inside a character, a stray byte) as UTF-8 and says so', () => {
    const page = readFileSync(SH);
    const cut = join(tmp, 'cut.html');
    writeFileSync(cut, page.subarray(0, page.lastIndexOf(Buffer.from('。')) + 1)); // ends inside 。's three bytes
    const stray = Buffer.concat([page.subarray(0, 20000), Buffer.from([0xff]), page.subarray(20000)]);
    expect(decodePageNoting(stray)).toMatchObject({ encoding: 'utf-8', unreadBytes: 1 });
    for (const file of [cut]) {
      const r = cli(file);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.values['table3.total.newReceived']).toBe(859);
      expect(out.warnings[0]).toMatchObject({ code: 'encoding', message: expect.stringMatching(/^1 place\(s\) in the file are not valid UTF-8/) });
    }
    // a GBK page is still GBK: every Chinese character a bad sequence, not a few
    expect(decodePageNoting(Buffer.from('d5feb8aed0c5cfa2b9abbfaa', 'hex')).encoding).toBe('gbk');
  });

  it('reads pages with NUL padding or a stray NUL, HTML saved as .txt and text with CR-only lines; names MHTML', () => {
    const page = readFileSync(SH);
    expect(looksBinary(Buffer.concat([page, Buffer.alloc(64)]))).toBe(false);
    expect(looksBinary(Buffer.concat([page.subarray(0, 3000), Buffer.from([0]), page.subarray(3000)]))).toBe(false);
    expect(looksBinary(Buffer.from('%PDF-1.4\n'))).toBe(true);
    const padded = join(tmp, 'padded.html');
    writeFileSync(padded, Buffer.concat([page, Buffer.alloc(16)]));
    const asTxt = join(tmp, 'saved-as.txt');
    writeFileSync(asTxt, page);
    for (const file of [padded, asTxt]) {
      const r = cli(file);
      expect(r.status, r.stderrLines.join()).toBe(0);
      expect(JSON.parse(r.stdout).values['table3.total.newReceived']).toBe(859); // as .txt: 0 of 198 values before
    }
    // CR-only and U+2028 line breaks: one paragraph per line (a 3,996-character title before)
    for (const br of ['\r', '\u2028']) expect(pageHtml(`标题\n正文`.replace('\n', br), true)).toContain('<p>标题</p>\n<p>正文</p>');
    const mhtml = Buffer.from('From: <Saved by Blink>\r\nSnapshot-Content-Location: https://a.gov.cn/\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"\r\n');
    expect(isMhtml(mhtml)).toBe(true);
    expect(isMhtml(page)).toBe(false);
    const file = join(tmp, 'page.mhtml');
    writeFileSync(file, mhtml);
    expectOneLineError(cli(file), /saved as MHTML/);
  });
});
