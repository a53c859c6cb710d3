// Table 3's header printed again after a page break right before its 3.其他 or （七）总计 row (audit 126 A37, A38,
// B13): the header's column names 其他 and 总计 had been taken for those rows, the printed 3.其他 row stored blank
// (read as 0 by the checks) with no note and （七）总计 lost. The pages are the review corpus's own.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { loadPages } from './review-corpus';

const pages = new Map(loadPages().map(([name, isText, text]) => [name, { isText, text }]));
async function read(name: string) {
  const page = pages.get(name);
  if (!page) throw new Error(`${name} is not in the review corpus`);
  return (await parseDocument(parseHTML(pageHtml(page.text, page.isText)).document as unknown as Document)).record;
}
const COLUMNS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
const row = (r: Awaited<ReturnType<typeof read>>, key: string) => COLUMNS.map((c) => r.cells[`table3.${c}.${key}`]?.value ?? null);

describe('table 3\'s header printed again before a row named like one of its columns', () => {
  it.each([['adv126/A38.txt'], ['adv126/A37.txt']])('%s: 3.其他 and （七）总计 read as printed', async (name) => {
    expect(pages.get(name)!.text).toMatch(/法律服务机构[ \n]其他\n3\.其他/);
    const r = await read(name);
    expect(row(r, 'otherHandling.other')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(r, 'resultsTotal')).toEqual([13, 2, 0, 0, 1, 0, 16]);
  });
  it('adv126/B13.txt (2019 form): （七）总计 under a repeated header is read', async () => {
    const r = await read('adv126/B13.txt');
    expect(r.cells['table3.total.resultsTotal']?.value).toBe(15);
  });
  it('a header with no rows under it gives no 总计 row (adv49 c2: its 总计 had been a row "cut short")', async () => {
    const r = await read('adv49/c2.txt');
    expect(r.cells['table3.total.resultsTotal']).toBeUndefined();
  });
});
