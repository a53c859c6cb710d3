// The CLI is a contract outside tools rely on (`npm run --silent parse -- FILE [--url URL]`):
// ONE JSON object on stdout, or exit 1 with one clear line on stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../src/extract/page-source';

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
});
