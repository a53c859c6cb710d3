// A Traditional report after long Simplified page furniture (a portal's menus, news and links
// before the article): the script was decided on the first 60,000 characters only, so the report
// was not converted and its labels not read (left in note 11).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { FIXTURES } from '../parse/fixture-loader';

const TRADITIONAL = readFileSync(join(FIXTURES, 'real/027-xiaguanzhen-2009-traditional/source.txt'), 'utf8');
const NEWS = Array.from({ length: 3000 }, (_, i) => `<li><a href="/xw/${i}.htm">召开全区安全生产工作会议，部署第${i}项重点工作任务</a></li>`).join('');

async function parse(html: string) {
  return (await parseDocument(parseHTML(pageHtml(html, false)).document as unknown as Document, { url: 'https://www.x.gov.cn/a.html' })).record;
}

describe('a Traditional report after long Simplified furniture', () => {
  it('is converted and read as the same report alone is', async () => {
    const body = pageHtml(TRADITIONAL, true).replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, '');
    const alone = await parse(body);
    // (the page's own <title> names it: its title line is past the first blocks the parser looks at)
    const title = '<title>2009年度下管鎮政府信息公開年度報告</title>';
    const late = await parse(`${title}<ul>${NEWS}</ul>${body}`);
    expect(NEWS.replace(/<[^>]+>/g, '').length).toBeGreaterThan(60_000);
    expect(alone.meta.textTransforms).toContain('traditionalToSimplified');
    expect(late.meta.textTransforms).toContain('traditionalToSimplified');
    // a narrative report: its year, sections and their text as read alone
    const reading = (r: typeof alone) => ({ year: r.meta.reportYear, sections: r.meta.sectionsFound, text: Object.values(r.sections).map((x) => x?.text) });
    expect(reading(alone).sections.length).toBeGreaterThan(2);
    expect(reading(late)).toEqual(reading(alone));
  });
});
