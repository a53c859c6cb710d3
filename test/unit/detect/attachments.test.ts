// The documents a report page links or embeds (src/detect/attachments.ts): the report published
// as a PDF or Word file under a page holding only its title.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { attachmentList, documentKind, findAttachments } from '../../../src/detect/attachments';

const docOf = (body: string, head = ''): Document =>
  parseHTML(`<html><head><title>t</title>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const PAGE = 'https://www.x.gov.cn/zwgk/ndbg/202401/t20240120_1.html';

describe('documentKind', () => {
  it('reads the kind from the path, in any case, with a query or fragment after it', () => {
    expect(documentKind('/files/a.pdf', PAGE)).toBe('PDF');
    expect(documentKind('/files/A.PDF?v=2', PAGE)).toBe('PDF');
    expect(documentKind('b.docx#page=2', PAGE)).toBe('Word');
    expect(documentKind('c.xls', PAGE)).toBe('Excel');
    expect(documentKind('d.wps', PAGE)).toBe('WPS');
    expect(documentKind('e.ofd', PAGE)).toBe('OFD');
  });
  it("reads a pdf.js viewer's file parameter, also percent-encoded", () => {
    expect(documentKind('/pdfjs/web/viewer.html?file=%2Ffiles%2Freport.pdf', PAGE)).toBe('PDF');
    expect(documentKind('/download.jsp?file=/f/2023%E5%B9%B4%E6%8A%A5.docx', PAGE)).toBe('Word');
  });
  it('is null for pages, scripts and addresses that only mention an extension', () => {
    expect(documentKind('/zwgk/index.html', PAGE)).toBeNull();
    expect(documentKind('javascript:open("a.pdf")', PAGE)).toBeNull();
    expect(documentKind('/news/pdf-guide.html', PAGE)).toBeNull();
    expect(documentKind('mailto:a@x.gov.cn?subject=a.pdf', PAGE)).toBeNull();
    expect(documentKind('http://[bad', null)).toBeNull();
  });
});

describe('findAttachments', () => {
  it('lists linked documents in page order with absolute addresses, named by the link', () => {
    const doc = docOf(`<div class="nav"><a href="/index.html">首页</a></div>
      <p>附件：<a href="../../files/2023ndbg.pdf">某局2023年政府信息公开工作年度报告.pdf</a></p>
      <p><a href="/files/tables.xlsx" title="统计表（完整名称）">统计表</a></p>`);
    expect(findAttachments(doc, PAGE)).toEqual([
      { name: '某局2023年政府信息公开工作年度报告.pdf', href: 'https://www.x.gov.cn/zwgk/files/2023ndbg.pdf', kind: 'PDF' },
      { name: '统计表（完整名称）', href: 'https://www.x.gov.cn/files/tables.xlsx', kind: 'Excel' },
    ]);
  });
  it('resolves against the page\'s <base href>', () => {
    const doc = docOf('<a href="a.pdf">报告</a>', '<base href="https://static.x.gov.cn/up/">');
    expect(findAttachments(doc, PAGE)[0]!.href).toBe('https://static.x.gov.cn/up/a.pdf');
  });
  it('finds embedded documents (iframe, embed, object), named by their file when untitled', () => {
    const doc = docOf(`<iframe src="/pdfjs/web/viewer.html?file=/f/r2023.pdf"></iframe>
      <embed src="/f/b.pdf" title="年报"><object data="/f/c.ofd"></object>`);
    expect(findAttachments(doc, PAGE).map((a) => [a.name, a.kind])).toEqual([
      ['viewer.html', 'PDF'],
      ['年报', 'PDF'],
      ['c.ofd', 'OFD'],
    ]);
  });
  it('leaves out the forms and guides a portal links on every page, and repeats', () => {
    const doc = docOf(`<a href="/f/sqb.doc">政府信息公开申请表</a><a href="/f/zn.pdf">政府信息公开指南</a>
      <a href="/f/r.pdf">全文下载</a><a href="/f/r.pdf">PDF版</a>`);
    expect(findAttachments(doc, PAGE).map((a) => a.name)).toEqual(['全文下载']);
  });
  it('keeps at most five', () => {
    const doc = docOf(Array.from({ length: 9 }, (_, i) => `<a href="/f/${i}.pdf">附件${i}</a>`).join(''));
    expect(findAttachments(doc, PAGE)).toHaveLength(5);
  });
  it('keeps relative addresses when the page address is unknown', () => {
    expect(findAttachments(docOf('<a href="f/a.pdf">年报</a>'), null)[0]!.href).toBe('f/a.pdf');
  });
  it('names them for a note', () => {
    expect(attachmentList([{ name: 'a.pdf', href: '', kind: 'PDF' }, { name: '表', href: '', kind: 'Excel' }])).toBe('a.pdf (PDF), 表 (Excel)');
  });
});
