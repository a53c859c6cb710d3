// What the page hides is left out when it copies what the page shows, and read when it is the
// report's only copy; decided element by element (helper-40 review). Markup hiding (the hidden
// attribute, an inline display:none as jQuery's .hide() leaves it) and a closed <details> are
// judged here under linkedom; hiding by the page's stylesheet needs a browser (e2e hostile pages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { FIXTURES } from '../parse/fixture-loader';

const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
const RECEIVED = 'table3.total.newReceived';

async function parse(body: string) {
  const html = pageHtml(body, false);
  return (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://www.x.gov.cn/a.html' })).record;
}

describe('hidden content', () => {
  it('the report is Shanghai 2019 with 859 new requests', async () => {
    expect((await parse(SHANGHAI)).cells[RECEIVED]?.value).toBe(859);
  });

  it('reads the only copy of the report from a tab hidden inline or by the hidden attribute', async () => {
    for (const wrap of ['<div class="tab" style="display:none">', '<div hidden>', '<div hidden="until-found">']) {
      const r = await parse(`<div class="tab" style="display:block">目录</div>${wrap}${SHANGHAI}</div>`);
      expect(r.cells[RECEIVED]?.value, wrap).toBe(859);
    }
  });

  it('leaves out a hidden copy with other numbers, even beside a hidden line naming a word the page does not show', async () => {
    const copy = `<div style="display:none">${SHANGHAI.replace(/859/g, '999')}</div>`;
    for (const trigger of ['<div hidden>附件：政府信息公开情况统计表.xls</div>', '<ul style="display:none"><li>年度统计表</li></ul>', '']) {
      const r = await parse(`${copy}${trigger}${SHANGHAI}`);
      expect(r.cells[RECEIVED]?.value, trigger).toBe(859);
    }
  });

  it('leaves out the text of a closed <details> holding a copy, and reads one holding the only copy', async () => {
    const copy = SHANGHAI.replace(/859/g, '999');
    const closedCopy = await parse(`<details><summary>往年</summary>${copy}</details>${SHANGHAI}`);
    expect(closedCopy.cells[RECEIVED]?.value).toBe(859);
    expect(closedCopy.narrative.some((n) => n.value === 999)).toBe(false);
    const only = await parse(`<details><summary>展开全文</summary>${SHANGHAI}</details>`);
    expect(only.cells[RECEIVED]?.value).toBe(859);
    const open = await parse(`<details open><summary>往年</summary>${copy}</details>`);
    expect(open.cells[RECEIVED]?.value).toBe(999);
  });

  // helper-46's review of the element-by-element rule
  const tables = (html: string, wrap: (table: string) => string) => html.replace(/<table[\s\S]*?<\/table>/g, wrap);
  const T4 = ['table4.review.upheld', 'table4.review.total', 'table4.litigationDirect.upheld', 'table4.litigationDirect.total'];
  const t4 = (r: Awaited<ReturnType<typeof parse>>) => T4.map((k) => r.cells[k]?.value ?? null);

  it('a wrapper with font-size:0 (the inline-block spacing trick) or visibility:hidden with a visible child hides nothing', async () => {
    for (const wrap of [(t: string) => `<div style="font-size:0"><div style="display:inline-block;font-size:14px">${t}</div></div>`, (t: string) => `<div style="visibility:hidden"><div style="visibility:visible">${t}</div></div>`]) {
      expect(t4(await parse(tables(SHANGHAI, wrap)))).toEqual([5, 7, 8, 9]);
    }
  });

  it('sections hidden until scrolled to (animate-on-scroll) are read: they copy nothing shown', async () => {
    const r = await parse(tables(SHANGHAI, (t) => `<div class="wow fadeInUp" style="visibility: hidden;">${t}</div>`));
    expect(r.cells[RECEIVED]?.value).toBe(859);
    expect(t4(r)).toEqual([5, 7, 8, 9]);
    expect(r.cells['table2.regulations.totalPublished']?.value).toBe(524);
  });

  it('tables in a closed tab are read though the narrative quotes their wording', async () => {
    const quoting = SHANGHAI.replace('代表市政府共受理政府信息公开申请859件', '代表市政府本年新收政府信息公开申请859件');
    const r = await parse(tables(quoting, (t) => `<div class="tab-pane active">（点击“表格”查看）</div><div class="tab-pane" style="display:none">${t}</div>`));
    expect(r.cells[RECEIVED]?.value).toBe(859);
    expect(t4(r)).toEqual([5, 7, 8, 9]);
  });

  it('a cell hidden or struck out keeps its place in the row (blank); a collapsed row takes none', async () => {
    const data = /<td style="width:28px;"><p>5<\/p><\/td><td style="width:40px;">&nbsp;<\/td>/;
    expect(data.test(SHANGHAI)).toBe(true);
    for (const cell of ['<td style="visibility:hidden;width:40px;">&nbsp;</td>', '<td style="text-decoration:line-through">&nbsp;</td>', '<td style="visibility:hidden">3</td>']) {
      expect(t4(await parse(SHANGHAI.replace(data, `<td style="width:28px;"><p>5</p></td>${cell}`))), cell).toEqual([5, 7, 8, 9]);
    }
    const collapsed = SHANGHAI.replace(/(<tr>)(<td style="width:28px;"><p>5<\/p>)/, '<tr style="visibility:collapse"><td>50</td><td></td><td></td><td>20</td><td>70</td><td>80</td><td></td><td></td><td>10</td><td>90</td><td></td><td></td><td></td><td></td><td></td></tr>$1$2');
    expect(collapsed).not.toBe(SHANGHAI);
    expect(t4(await parse(collapsed))).toEqual([5, 7, 8, 9]);
  });
});


describe('hidden content, helper-49 review', () => {
  const PINGTAN = readFileSync(join(FIXTURES, 'real/012-pingtan-zone-2020/source.txt'), 'utf8');
  const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;

  it('a closed tab holding another report is not read ahead of the report shown', async () => {
    const other = bodyOf(pageHtml(PINGTAN, true));
    const r = await parse(`<div class="tab-pane" style="display:none">${other}</div>${SHANGHAI}`);
    expect(r.cells[RECEIVED]?.value).toBe(859);
    expect(r.meta.formatVersion).toBe('trial2019');
  });

  it("hidden page metadata and a hidden menu of other years' reports are not read", async () => {
    const meta = await parse(`<div style="display:none">索引号：2019-00012 发布日期：2019-06-30 废止日期：</div>${SHANGHAI}`);
    expect(meta.meta.publishedOn).toBe('2020-01-31');
    const menu = ['2018', '2017', '2016'].map((y) => `<li>上海市人民政府办公厅${y}年政府信息公开工作年度报告</li>`).join('');
    const r = await parse(`<title>上海市人民政府</title><div class="m-nav" style="display:none"><ul>${menu}</ul></div>${SHANGHAI}`);
    expect(r.meta.reportYear).toBe(2019);
  });

  it('a cell whose font-size:0 or visibility:hidden a child undoes keeps its number', async () => {
    const r = await parse(SHANGHAI.replace('<td nowrap="nowrap" style="width:62px;"><p align="center">859</p></td>', '<td style="font-size:0;padding:0"><p><span style="font-size:14px">859</span></p></td>'));
    expect(r.cells[RECEIVED]?.value).toBe(859);
  });
});
