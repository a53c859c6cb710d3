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
});
