// A table row printing more cells than the template's values (a split label cell, a Word
// export's trailing <td>, a 备注 or 行次 column) or a header naming a column its rows leave out:
// the values are read in their own columns, or the row is left unread with a note — never moved
// one column (helper-49's review, items 3, 7, 16, 17).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { readRowCells, type Relation } from '../../../src/parse/row-cells';
import { FIXTURES } from './fixture-loader';

const URL = 'https://x.gov.cn/a.html';
const SHANGHAI = readFileSync(join(FIXTURES, 'real/001-shanghai-bgt-2019/source.html'), 'utf8');
/** Shenzhen Longgang 2024, pipe text (2021 format): table 2 and table 3's first rows. */
const SHENZHEN = readFileSync(join(FIXTURES, 'real/029-shenzhen-longgang-dept-2024/source.txt'), 'utf8');

async function parse(page: string, isText: boolean) {
  return (await parseDocument(parseHTML(pageHtml(page, isText)).document as unknown as Document, { url: URL })).record;
}

/** `page` with each [find, by] (each printed once) replaced. */
function edited(page: string, edits: Array<[string, string]>): string {
  let out = page;
  for (const [find, by] of edits) {
    expect(out.split(find).length, find).toBe(2);
    out = out.replace(find, by);
  }
  return out;
}

const COLUMNS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
const row = (r: { cells: Record<string, { value: number | null } | undefined> }, name: string) => COLUMNS.map((c) => r.cells[`table3.${c}.${name}`]?.value ?? null);

describe('a 备注 column and split (empty) label cells in table 3', () => {
  const T3_HEADER = '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |';
  const withNotes = (newReceived: string) => edited(SHENZHEN, [
    [T3_HEADER, `${T3_HEADER} 备注 |`],
    ['一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66 |', `一、本年新收政府信息公开申请数量 |  | ${newReceived} |  |`],
    ['二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |  |'],
    ['(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 16 | 1 | 0 | 0 | 0 | 0 | 17 |', '(二)部分公开(区分处理的,只计这一情形,不计其他情形) |  | 16 | 1 | 0 | 0 | 0 | 0 | 17 | 含转办 |'],
  ]);

  it('are both dropped, the row\'s relation saying which cell is the label\'s', async () => {
    const r = await parse(withNotes('58 | 7 | 0 | 0 | 1 | 0 | 66'), true);
    // before: [null, 58, 7, 0, 0, 1, 0] under "the 备注 column is not read"
    expect(row(r, 'newReceived')).toEqual([58, 7, 0, 0, 1, 0, 66]);
    expect(row(r, 'carriedOver')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row(r, 'partiallyGranted')).toEqual([16, 1, 0, 0, 0, 0, 17]);
    // chosen by T3-COLSUM: said, and that check does not vouch for the row
    expect(r.cells['table3.total.newReceived']?.ambiguity).toEqual({ readings: 3, resolvedBy: 'T3-COLSUM' });
    expect(r.warnings.map((w) => w.message)).toContain('本年新收政府信息公开申请数量: "| 58 | 7 | 0 | 0 | 1 | 0 | 66 | " reads 3 ways as 7 cells; kept [58,7,0,0,1,0,66], the one for which T3-COLSUM holds');
    expect(r.warnings.some((w) => w.message.includes('备注 column is not read'))).toBe(false);
  });

  it('leave the row unread with a note when the relation holds for no reading', async () => {
    const r = await parse(withNotes('58 | 7 | 0 | 0 | 1 | 0 | 65'), true);
    expect(row(r, 'newReceived')).toEqual([null, null, null, null, null, null, null]);
    expect(r.warnings.find((w) => w.message.startsWith('本年新收'))?.message).toMatch(/expected 7 cells, found 9 .*a cell is extra and the row does not say which, not read$/);
  });
});

describe('a 行次 column after the labels', () => {
  it('is the row\'s first cell: the values are read in their columns', async () => {
    const rows = [
      ['一、本年新收政府信息公开申请数量 | ', '1'],
      ['二、上年结转政府信息公开申请数量 | ', '2'],
      ['三、本年度办理结果 | (一)予以公开 | ', '3'],
      ['(二)部分公开(区分处理的,只计这一情形,不计其他情形) | ', '4'],
    ] as const;
    const header = '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |';
    const r = await parse(edited(SHENZHEN, [[header, header.replace(' | 申请人', ' | 行次 | 申请人')], ...rows.map(([label, n]): [string, string] => [label, `${label}${n} | `])]), true);
    // before: every row "expected 7 cells, found 8 … not read"
    expect(row(r, 'newReceived')).toEqual([58, 7, 0, 0, 1, 0, 66]);
    expect(row(r, 'carriedOver')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row(r, 'granted')).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(row(r, 'partiallyGranted')).toEqual([16, 1, 0, 0, 0, 0, 17]);
    // (the fixture's page ends inside the row 7.属于行政执法案卷)
    expect(r.warnings.filter((w) => (w.code === 'cell-count' || w.code === 'resolved-extra-cell') && !w.message.startsWith('属于行政执法案卷'))).toEqual([]);
    // the relation is not used to read the rows, so it still checks them
    expect(r.cells['table3.total.newReceived']?.ambiguity).toBeUndefined();
  });
});

describe('a Word export\'s empty trailing cell on every row of table 3', () => {
  /** Shanghai's table 3 with an empty <td> ending each row, as Word exports print it. */
  function trailingCells(html: string): string {
    const at = html.indexOf('三、收到和处理政府信息公开申请情况');
    const start = html.indexOf('<table', at);
    const end = html.indexOf('</table>', start);
    return html.slice(0, start) + html.slice(start, end).replace(/<\/tr>/g, '<td><p>&nbsp;</p></td></tr>') + html.slice(end);
  }
  const CARRIED = '<p>二、上年结转政府信息公开申请数量</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">18</p></td><td nowrap="nowrap" style="width:47px;"><p align="center">&nbsp;</p></td>';
  const BLANK_FIRST = '<p>二、上年结转政府信息公开申请数量</p></td><td nowrap="nowrap" style="width:38px;"><p align="center">&nbsp;</p></td><td nowrap="nowrap" style="width:47px;"><p align="center">18</p></td>';

  it('is dropped in a row whose first value is blank, as the row\'s sum says', async () => {
    const r = await parse(trailingCells(edited(SHANGHAI, [[CARRIED, BLANK_FIRST]])), false);
    // before: "expected 7 cells, found 8 … not read" (every cell lost)
    expect(row(r, 'carriedOver')).toEqual([null, 18, null, null, null, null, 18]);
    expect(r.cells['table3.naturalPerson.carriedOver']).toMatchObject({ kind: 'blank' });
    expect(r.cells['table3.naturalPerson.carriedOver']?.ambiguity).toBeUndefined();
    expect(r.cells['table3.total.carriedOver']?.ambiguity).toEqual({ readings: 2, resolvedBy: 'T3-COLSUM' });
    // the other rows as before
    expect(row(r, 'newReceived')).toEqual([821, 35, null, null, 2, 1, 859]);
    // T3-COLSUM says why it cannot check the row (not "run-together digits")
    const colsum = runChecks(r).filter((f) => f.rule === 'T3-COLSUM' && f.message.zh.startsWith('二、上年结转'));
    expect(colsum.map((f) => f.message.zh)).toEqual(['二、上年结转：无法核对“总计 = 各申请人列之和”——该行多印了一格，正是按此关系确定哪一格多余的，不能再用它验证']);
  });

  it('is dropped by what the table\'s other rows print when the row\'s sum cannot tell (总计 blank)', async () => {
    const noTotal = (html: string) => html.replace('<p align="center">18</p></td></tr>', '<p align="center">&nbsp;</p></td></tr>');
    const r = await parse(trailingCells(noTotal(edited(SHANGHAI, [[CARRIED, BLANK_FIRST]]))), false);
    expect(row(r, 'carriedOver')).toEqual([null, 18, null, null, null, null, null]);
    expect(r.cells['table3.commercialEnterprise.carriedOver']?.ambiguity).toBeUndefined();
    expect(r.warnings.filter((w) => w.message.startsWith('上年结转'))).toEqual([]);
    // only that row printing the extra cell: which one is extra the page does not say
    const alone = await parse(edited(edited(SHANGHAI, [[CARRIED, BLANK_FIRST]]), [['<p align="center">18</p></td></tr>', '<p align="center">&nbsp;</p></td><td>&nbsp;</td></tr>']]), false);
    expect(row(alone, 'carriedOver')).toEqual([null, null, null, null, null, null, null]);
    expect(alone.warnings.find((w) => w.message.startsWith('上年结转'))?.message).toMatch(/a cell is extra and the row does not say which, not read$/);
  });
});

describe('a 备注 column the rows of table 2 do not print', () => {
  it('leaves the rows read by the template (HTML)', async () => {
    const header = '<p align="center">对外公开总数量</p></td></tr>';
    const r = await parse(edited(SHANGHAI, [[header, '<p align="center">对外公开总数量</p></td><td><p>备注</p></td></tr>']]), false);
    // before: "expected 4 cells, found 3 … not read" for both rows
    expect([r.cells['table2.regulations.newlyMade']?.value, r.cells['table2.regulations.newlyPublished']?.value, r.cells['table2.regulations.totalPublished']?.value]).toEqual([13, 13, 524]);
    expect([r.cells['table2.normativeDocs.newlyMade']?.value, r.cells['table2.normativeDocs.newlyPublished']?.value, r.cells['table2.normativeDocs.totalPublished']?.value]).toEqual([60, 60, 368]);
    expect(r.warnings.filter((w) => w.code === 'cell-count')).toEqual([]);
  });

  it('is read as notes when a row prints it, and is not taken for the next sub-table\'s (pipe text)', async () => {
    const header = '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |';
    const r = await parse(edited(SHENZHEN, [[header, `${header} 备注 |`], ['行政规范性文件 | 5 | 1 | 25 |', '行政规范性文件 | 5 | 1 | 25 | 另有2件待清理 |'], ['行政许可 | 0 |', '行政许可 |  | 7 |']]), true);
    expect([r.cells['table2.regulations.issued']?.value, r.cells['table2.regulations.repealed']?.value, r.cells['table2.regulations.inForce']?.value]).toEqual([0, 0, 0]);
    expect([r.cells['table2.normativeDocs.issued']?.value, r.cells['table2.normativeDocs.repealed']?.value, r.cells['table2.normativeDocs.inForce']?.value]).toEqual([5, 1, 25]);
    // (五)'s own header has no 备注: its row's extra cell is no note (before: blank, "the 备注 column is not read")
    expect(r.cells['table2.licensing.decisions']).toMatchObject({ value: null, kind: 'text' });
    expect(r.warnings.find((w) => w.message.startsWith('表二 行政许可'))?.message).toMatch(/a cell is extra and the row does not say which, not read$/);
  });
});

describe('readRowCells: cells around the values', () => {
  const colsum: Relation = (v) => v.length === 7 && v.every((x) => x !== null) && v[6] === v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0);
  const opts = { relation: colsum, relationName: 'T3-COLSUM' };
  const read = (text: string, o = {}) => readRowCells(text, 0, text.length, 7, { ...opts, ...o });

  it('a value with a mark after a split label cell stays unread with a note (helper-49 #11)', () => {
    const r = read(' |  | 58 | 7 | 0 | 0 | 1 | 0 | 66* | \n');
    expect(r.cells.every((c) => c.value === null)).toBe(true);
    expect(r.problem?.message).toMatch(/a cell is extra/);
  });

  it('two readings the relation both allows are not chosen between', () => {
    const r = read(' |  | 0 | 0 | 0 | 0 | 0 | 0 |  | \n');
    expect(r.cells.every((c) => c.value === null)).toBe(true);
    expect(r.problem?.message).toMatch(/a cell is extra/);
  });

  it('a 备注 cell with a number after a row that starts with a value is not read, with the note', () => {
    const r = read(' | 821 | 35 |  |  | 2 | 1 | 859 | 12 | \n', { noteColumn: true });
    expect(r.cells.map((c) => c.raw)).toEqual(['821', '35', '', '', '2', '1', '859']);
    expect(r.problem?.message).toBe('expected 7 cells, found 8 (the 备注 column is not read)');
  });

  it('a number after the values is no 备注 when the header has none', () => {
    const r = read(' | 821 | 35 |  |  | 2 | 1 | 859 | 12 | \n');
    expect(r.cells.every((c) => c.value === null)).toBe(true);
  });
});
