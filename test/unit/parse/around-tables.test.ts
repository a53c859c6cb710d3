// Text printed around and inside the report's tables (notes under a table, narrative sentences in
// the table's own words, a table printed twice, extra cells) never moves a number into another
// cell: each case is Shanghai 2019 (HTML tables) with one edit, read as the base reading or
// left unread with a note.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { FIXTURES } from './fixture-loader';

const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
const URL = 'https://x.gov.cn/a.html';

async function parse(html: string) {
  return (await parseDocument(parseHTML(pageHtml(html, false)).document as unknown as Document, { url: URL })).record;
}

/** Shanghai with `find` (printed once) replaced by `by`. */
function edited(find: string, by: string): string {
  expect(SHANGHAI.split(find).length, find).toBe(2);
  return SHANGHAI.replace(find, by);
}

const T4_END = '</tr></tbody></table><p>五、';
const values = (r: { cells: Record<string, { value: number | null }> }, prefix: string) =>
  Object.fromEntries(Object.entries(r.cells).filter(([k]) => k.startsWith(prefix)).map(([k, c]) => [k, c.value]));

describe('table 4', () => {
  it.each([
    ['a 说明 paragraph', '</tr></tbody></table><p>说明：行政复议、行政诉讼案件均已办结。</p><p>五、'],
    ['a note on 总计', '</tr></tbody></table><p>注：表中“总计”含上年结转案件。</p><p>五、'],
    ['a summary sentence with numbers', '</tr></tbody></table><p>2019年，市政府办公厅共收到行政复议申请7件，行政诉讼9件。</p><p>五、'],
    ['a note row inside the table', '</tr><tr><td colspan="15">注：行政复议案件均已审结，“总计”含上年结转。</td></tr></tbody></table><p>五、'],
  ])('%s after the data row does not move it', async (_what, by) => {
    const base = await parse(SHANGHAI);
    const r = await parse(edited(T4_END, by));
    expect(values(r, 'table4.')).toEqual(values(base, 'table4.'));
    expect(values(r, 'table4.')['table4.litigationDirect.total']).toBe(9);
    expect(r.warnings.filter((w) => w.message.includes('表四'))).toEqual([]);
  });
});
