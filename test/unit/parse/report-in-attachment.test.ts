// A report published as a file under a page holding only its title (a PDF, a Word document): the
// page is recognised, the note names the file, and nothing is said of a report that was not read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { crossYearCompared, runChecks, runChecksDetailed, runCrossYearChecks } from '../../../src/checks/index';
import { detectReport } from '../../../src/detect/index';
import { warningText } from '../../../src/model/parser-text';
import { parseDocument } from '../../../src/parse/index';
import { analysePage } from '../../../src/pipeline';
import { FIXTURES, parseFile } from './fixture-loader';

const URL_ = 'https://www.x.gov.cn/zwgk/ndbg/202401/t20240120_1.html';
const TITLE = '某市某局2023年政府信息公开工作年度报告';
const page = (body: string, title = TITLE) =>
  `<html><head><title>${title}_某市人民政府</title></head><body><div class="nav"><a href="/">首页</a> &gt; 年度报告</div><h1>${title}</h1><div class="info">发布日期：2024-01-20</div>${body}</body></html>`;
const PDF_ONLY = page(`<div class="content"><p>附件：<a href="/files/2023ndbg.pdf">${TITLE}.pdf</a></p></div>`);
const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('a report page whose report is a linked file', () => {
  it('is detected as a report in an attachment', () => {
    const d = detectReport(docOf(PDF_ONLY), URL_);
    expect(d.isReport, d.reasons.join(' | ')).toBe(true);
    expect(d.inAttachment).toBe(true);
    expect(d.reasons.join(' | ')).toMatch(/report in a linked file: 某市某局2023年政府信息公开工作年度报告\.pdf \(PDF\)/);
  });
  it('is not, without such a file, with only a form, or without a title naming the report', () => {
    expect(detectReport(docOf(page('<p>正在加载…</p>')), URL_).isReport).toBe(false);
    expect(detectReport(docOf(page('<a href="/f/sqb.doc">政府信息公开申请表</a>')), URL_).isReport).toBe(false);
    expect(detectReport(docOf(page('<a href="/f/a.pdf">附件</a>', '政府信息公开年报')), URL_).isReport).toBe(false);
  });
  it('a report printed on the page is read as before (its own attachments change nothing)', () => {
    const d = detectReport(docOf(page('<p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>本年新收政府信息公开申请数量</p><a href="/f/a.pdf">附件</a>')), URL_);
    expect(d.isReport).toBe(true);
    expect(d.inAttachment).toBeUndefined();
  });

  it("parses with a note naming the file, in both languages, and no finding on the report's content", async () => {
    const { record, findings } = await analysePage(docOf(PDF_ONLY), URL_);
    const note = record.warnings.find((w) => w.code === 'not-a-report')!;
    expect(note.message).toBe(`no report sections or tables found on this page; the page links ${TITLE}.pdf (PDF), which the annotator does not read`);
    expect(warningText(note, 'zh')).toBe(`页面上没有找到年报的部分标题或表格；页面链接了 ${TITLE}.pdf (PDF)，年报可能在其中，年报助手不读取附件`);
    expect(record.meta.reportYear).toBe(2023);
    // "six sections missing", "not in the unified format" would be said of a report not read;
    // the page's own publication date is still judged
    expect(findings.map((f) => f.rule).filter((r) => !r.startsWith('PUB-'))).toEqual([]);
    const rules = runChecksDetailed(record);
    expect(rules.find((r) => r.rule.id === 'STRUCT-SECTION-MISSING')!.outcome).toBe('notApplicable');
    expect(rules.find((r) => r.rule.id === 'PUB-LATE')!.outcome).not.toBe('notApplicable');
  });
  it('a page annotated on request with no report and no file keeps the plain note, and no content findings', async () => {
    const { record } = await parseDocument(docOf(page('<p>新闻</p>')), { url: URL_ });
    expect(record.warnings.map((w) => w.message)).toEqual(['no report sections or tables found on this page']);
    expect(runChecks(record).filter((f) => !f.rule.startsWith('PUB-'))).toEqual([]);
  });
  it('a narrative on the page with its tables in a linked spreadsheet says where the tables are', async () => {
    const { record } = await parseDocument(docOf(page('<p>一、总体情况</p><p>本年主动公开信息120条。</p><p>附件：<a href="/f/tables.xls">统计表</a></p>')), { url: URL_ });
    const note = record.warnings.find((w) => w.code === 'tables-in-attachment')!;
    expect(note.message).toBe('no table could be read on this page; the page links 统计表 (Excel), which the annotator does not read');
    expect(warningText(note, 'zh')).toBe('页面上没有读到表格；页面链接了 统计表 (Excel)，表格可能在其中，年报助手不读取附件');
    // the narrative is a report read: its checks run
    expect(runChecks(record).some((f) => f.rule === 'STRUCT-SECTION-MISSING')).toBe(true);
  });

  it('is compared with no other year, nor any other year with it', async () => {
    const { record } = await parseDocument(docOf(PDF_ONLY), { url: URL_ });
    const { record: other } = await parseFile(join(FIXTURES, 'real/012-pingtan-zone-2020/source.txt'), URL_);
    expect(runCrossYearChecks(record, other)).toEqual([]);
    expect(runCrossYearChecks(other, record)).toEqual([]);
    expect(crossYearCompared(other, record)).toBe(false);
    expect(crossYearCompared(record, other)).toBe(false);
  });

  it('the CLI says the report is not on the page and names the file (exit 1)', () => {
    const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
    const file = join(mkdtempSync(join(tmpdir(), 'gra-att-')), 'pdf-only.html');
    writeFileSync(file, PDF_ONLY);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), file, '--url', URL_], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/pdf-only\.html: the report is not on this page \(.*the page links 某市某局2023年政府信息公开工作年度报告\.pdf \(PDF\)/);
  });
});
