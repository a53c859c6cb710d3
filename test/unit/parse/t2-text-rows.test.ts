// Table 2 in text copies whose rows print their values apart (audit 139): a row printing fewer values than
// cells has blank cells left out, not digits run together, and a stop after a value is not the next label's
// numbering (table 2's labels carry none).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/extract/page-source';
import { parseDocument } from '../../../src/parse/index';
import { readRowCells } from '../../../src/parse/row-cells';

const URL = 'https://www.example.gov.cn/zfxxgknb/2024/a.htm';
const TITLE = '某某县某某局2023年政府信息公开工作年度报告';

/** a 2021-format table 2 as a text copy, its rows as given */
const page2021 = (rows: Record<string, string>) =>
  [
    TITLE,
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    `规章 ${rows.regulations ?? '0 0 0'}`,
    `行政规范性文件${rows.normativeDocs ?? ' 4 1 23'}`,
    '第二十条第（五）项',
    '信息内容 本年处理决定数量',
    `行政许可 ${rows.licensing ?? '312'}`,
    '第二十条第（六）项',
    '信息内容 本年处理决定数量',
    `行政处罚${rows.penalty ?? ' 86'}`,
    `行政强制 ${rows.coercion ?? '5'}`,
    '第二十条第（八）项',
    '信息内容 本年收费金额（单位：万元）',
    '行政事业性收费 0',
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');

/** a 2019-format table 2 as a text copy */
const page2019 = (rows: Record<string, string>) =>
  [
    TITLE.replace('2023', '2019'),
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 本年新制作数量 本年新公开数量 对外公开总数量',
    '规章 0 0 0',
    `规范性文件 ${rows.normativeDocs ?? '3 3 41'}`,
    '第二十条第（五）项',
    '信息内容 上一年项目数量 本年增/减 处理决定数量',
    `行政许可 ${rows.licensing ?? '46 +2 1280'}`,
    '其他对外管理服务事项 5 0 12',
    '第二十条第（六）项',
    '信息内容 上一年项目数量 本年增/减 处理决定数量',
    `行政处罚 ${rows.penalty ?? '118 -3 94'}`,
    '行政强制 4 0 7',
    '第二十条第（八）项',
    '信息内容 上一年项目数量 本年增/减',
    `行政事业性收费 ${rows.adminFees ?? '49 0'}`,
    '第二十条第（九）项',
    '信息内容 采购项目数量 采购总金额',
    `政府集中采购 ${rows.procurement ?? '12 251000'}`,
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');

const parse = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: URL })).record;
const values = (r: Awaited<ReturnType<typeof parse>>, prefix: string) =>
  Object.entries(r.cells)
    .filter(([k]) => k.startsWith(prefix))
    .map(([, c]) => c.value);

describe('a table-2 text row printing fewer values than cells, its other rows printed apart', () => {
  it.each([
    ['2021, one value for three cells (`行政规范性文件 156`: issued and repealed blank)', page2021({ normativeDocs: '   156' }), 'table2.normativeDocs.', '"156" holds 1 value for the 3 cells'],
    ['2019, one value for three cells', page2019({ normativeDocs: '  368' }), 'table2.normativeDocs.', '"368" holds 1 value for the 3 cells'],
    ['2019, one value for two cells (`行政事业性收费 49`)', page2019({ adminFees: '49' }), 'table2.adminFees.', '"49" holds 1 value for the 2 cells'],
    ['2019, a signed change beside a blank', page2019({ licensing: '46 +2' }), 'table2.licensing.', '"46 +2" holds 2 values for the 3 cells'],
    ['2019, a negative change beside a blank', page2019({ penalty: ' -3 94' }), 'table2.penalty.', '"-3 94" holds 2 values for the 3 cells'],
    ['2019, an amount alone (`政府集中采购 86.5万元`)', page2019({ procurement: ' 86.5万元' }), 'table2.centralProcurement.', 'holds 1 value for the 2 cells'],
    // a cell the reader cannot place after the values: the text named
    ['2019, 约1280 after the values', page2019({ licensing: '46 +2 约1280' }), 'table2.licensing.', '"46 +2 约1280" is not 3 numbers'],
    ['2019, ￥251000 after the values', page2019({ procurement: '12 ￥251000' }), 'table2.centralProcurement.', '"12 ￥251000" is not 2 numbers'],
    ['2019, 略 after the values', page2019({ penalty: '118 -3 略' }), 'table2.penalty.', '"118 -3 略" is not 3 numbers'],
  ])('%s: not split into digits, unread with a note', async (_, text, prefix, note) => {
    const r = await parse(text);
    // before: 1, 5, 6 / 3, 6, 8 / 4, 9 / 4, 6, 2 / -3, 9, 4 / 8 and 6.5万元 / 4, 6, 2 / 1 and 2 / −3 stored as 处理决定数量
    // (with a false NUM-NONNEG error): numbers the page does not print
    expect(values(r, prefix).every((v) => v === null)).toBe(true);
    expect(r.warnings.map((w) => w.message).join('\n')).toContain(note);
  });

  it('the rows printing all their values are read as before', async () => {
    const r = await parse(page2019({ normativeDocs: '  368' }));
    expect(values(r, 'table2.licensing.')).toEqual([46, 2, 1280]);
    expect(values(r, 'table2.penalty.')).toEqual([118, -3, 94]);
    expect(values(r, 'table2.centralProcurement.')).toEqual([12, 251000]);
  });

  it('a run-together page glues its runs to the label and is still split (`规范性文件111`, one row printed apart)', async () => {
    const text = page2019({ normativeDocs: '3 3 41' }).replace('规范性文件 3 3 41', '规范性文件111').replace('行政事业性收费 49 0', '行政事业性收费0 0');
    const r = await parse(text);
    expect(values(r, 'table2.normativeDocs.')).toEqual([1, 1, 1]);
  });

  it('a row printing its values apart glued to its label (`行政事业性收费0 0`) does not make the table one printing them apart (audit 141 A03)', async () => {
    const text = page2019({}).replace('规范性文件 3 3 41', '规范性文件 111').replace('行政许可 46 +2 1280', '行政许可0 0 0').replace('其他对外管理服务事项 5 0 12', '其他对外管理服务事项000').replace('行政处罚 118 -3 94', '行政处罚000').replace('行政强制 4 0 7', '行政强制000').replace('规章 0 0 0', '规章000').replace('行政事业性收费 49 0', '行政事业性收费0 0').replace('政府集中采购 12 251000', '政府集中采购00');
    const r = await parse(text);
    expect(values(r, 'table2.normativeDocs.')).toEqual([1, 1, 1]);
  });

  it('a table printing no row apart reads a lone run as before', () => {
    // (valuesApart unset: what readTable2 passes when no row prints two values apart)
    expect(readRowCells(' 156', 0, 4, 3).cells.map((c) => c.raw)).toEqual(['1', '5', '6']);
    expect(readRowCells(' 156', 0, 4, 3, { valuesApart: true }).cells.map((c) => c.raw)).toEqual(['156', '156', '156']);
  });
});

describe('a table 2 printing no row of two values, on a page whose table 3 prints its values apart (audit 141 A01, A02)', () => {
  // every zero left blank: 规章 prints nothing, the other rows one value; table 2 alone cannot tell `156` from a run
  const blankZeros = (t3Rows: string[]) =>
    page2021({ regulations: '', normativeDocs: ' 156', licensing: '312', penalty: ' 86', coercion: '' }).replace(
      '三、收到和处理政府信息公开申请情况',
      ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人 法人或其他组织 总计', ...t3Rows].join('\n'),
    );
  const apart = ['一、本年新收政府信息公开申请数量 23 2 0 0 0 1 26', '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2', '三、本年度办理结果', '（一）予以公开 8 1 0 0 0 0 9'];

  it('`行政规范性文件 156` is one value with blank cells: unread with a note, not 1 / 5 / 6', async () => {
    const r = await parse(blankZeros(apart));
    // before: 1, 5 and 6 stored, with no note
    expect(values(r, 'table2.normativeDocs.')).toEqual([null, null, null]);
    expect(r.warnings.map((w) => w.message).join('\n')).toContain('"156" holds 1 value for the 3 cells');
    expect(r.cells['table3.total.newReceived']?.value).toBe(26);
  });

  it('a table 3 leaving its zeros blank too (`（一）予以公开 2 2`) counts (audit 143 T01: 1 / 5 / 6, silently)', async () => {
    const r = await parse(blankZeros(['一、本年新收政府信息公开申请数量 3 1 4', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开 2 2', '（四）无法提供 1.本机关不掌握相关政府信息 1 1 2', '（七）总计 3 1 4']));
    expect(values(r, 'table2.normativeDocs.')).toEqual([null, null, null]);
  });

  const labelsOnly = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（三）不予公开 1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '（四）无法提供 1.本机关不掌握相关政府信息'];
  it('a table 3 printing no value at all (no requests, zeros left blank) counts (audit 144 T01: 1 / 5 / 6, silently)', async () => {
    const r = await parse(blankZeros(labelsOnly));
    expect(values(r, 'table2.normativeDocs.')).toEqual([null, null, null]);
  });

  it('not when its rows print digits run together (`1.属于国家秘密0000000`)', async () => {
    const r = await parse(blankZeros(labelsOnly.map((l, i) => (i === 6 ? `${l}0000000` : l))));
    expect(values(r, 'table2.normativeDocs.')).toEqual([1, 5, 6]);
  });

  it('a table 3 printed a cell a line counts (audit 143 T02: 1 / 5 / 6, silently)', async () => {
    const r = await parse(blankZeros(['一、本年新收政府信息公开申请数量', '23', '2', '0', '0', '0', '1', '26', '二、上年结转政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '2']));
    expect(values(r, 'table2.normativeDocs.')).toEqual([null, null, null]);
    expect(r.cells['table3.total.newReceived']?.value).toBe(26);
  });

  it('a table-2 row printing digits run together (`规章 000`) keeps the others\' runs split (`行政规范性文件 101`: 1 / 0 / 1, audit 143 T03)', async () => {
    const text = blankZeros(apart).replace('规章 \n', '规章 000\n').replace('行政规范性文件 156', '行政规范性文件 101');
    expect(text).toContain('规章 000');
    expect(values(await parse(text), 'table2.normativeDocs.')).toEqual([1, 0, 1]);
  });

  it('a table 3 run together (`本年新收政府信息公开申请数量 232000126`) does not count: the run is split as before', async () => {
    const r = await parse(blankZeros(apart.map((l) => l.replace(/(\d) (?=\d)/g, '$1'))));
    expect(values(r, 'table2.normativeDocs.')).toEqual([1, 5, 6]);
  });
});

describe('a stop after a table-2 value (table 2 labels carry no numbering)', () => {
  it('`行政处罚 86.` over `行政强制`: the cell is printed 86., not 8 (audit 139 T06)', async () => {
    const r = await parse(page2021({ penalty: ' 86. ' }));
    // before: 8, the 6. taken for the next label's numbering
    expect(r.cells['table2.penalty.decisions']).toMatchObject({ raw: '86.', value: null, kind: 'text' });
    expect(r.cells['table2.coercion.decisions']?.value).toBe(5);
  });

  it('`行政许可` / `312、` over a sub-table\'s title: 312, not 31 (audit 141 A12)', async () => {
    const r = await parse(page2021({ licensing: '\n312、\n' }));
    expect(r.cells['table2.licensing.decisions']?.value).toBe(312);
  });

  it('the same on a line of its own over the next label', async () => {
    const r = await parse(page2021({ penalty: '\n86.\n' }));
    expect(r.cells['table2.penalty.decisions']).toMatchObject({ raw: '86.', value: null });
  });

  it('numbering glued to the next label is that label\'s: `1.行政处罚` / `32.行政强制` reads 3 (audit 125 V07)', async () => {
    const text = page2021({}).replace('行政处罚 86\n行政强制 5', '1.行政处罚\n32.行政强制\n12');
    const r = await parse(text);
    expect(r.cells['table2.penalty.decisions']?.value).toBe(3);
    expect(r.cells['table2.coercion.decisions']?.value).toBe(12);
  });
});

describe('a pipe-text cell whose number wraps onto the next line', () => {
  it('`行政许可 | 31` / `2 |` is one cell printed over two lines: unread and named, not 31 (audit 139 P02)', async () => {
    const text = page2021({}).replace(/\n(?=\S)/g, ' |\n').replace('行政许可 312 |', '行政许可 | 31\n2 |').replace('行政处罚 86 |', '行政处罚 | 86 |');
    const r = await parse(text);
    expect(r.cells['table2.licensing.decisions']).toMatchObject({ raw: '31\n2', value: null, kind: 'text' });
    expect(r.cells['table2.penalty.decisions']?.value).toBe(86);
  });

  it.each([
    [' | 86\n5 | 行政强制 | 5', ['86']],
    [' | 条 | 2746\n2 | 其中：主动公开规范性文件数 | 条 | 9', ['条', '2746']],
  ])('in a copy printing no bar at a row\'s end, the next row\'s 序号 is not the rest of a wrapped number: %j (audit 141 B01, B02)', (row, cells) => {
    // (the row's text runs to the next label, the 序号 and its bar included)
    const end = row.search(/行政强制|其中/);
    expect(readRowCells(row, 0, end, cells.length).cells.map((c) => c.raw)).toEqual(cells);
  });

  it('a cell ending its row without a bar, the next line a label, is read as before', () => {
    const row = ' | 31\n行政处罚 | 86 |';
    expect(readRowCells(row, 0, row.indexOf('行政'), 1).cells.map((c) => c.raw)).toEqual(['31']);
  });
});

describe('零 or 〇 standing for a value in a text row', () => {
  it.each([['行政事业性收费 〇', '〇'], ['行政事业性收费\n零', '零']])('%j reads 0 (it had been stored blank, with no note: audit 139 S04, L05)', async (row, raw) => {
    const r = await parse(page2021({}).replace('行政事业性收费 0', row));
    expect(r.cells['table2.adminFees.amountWanYuan']).toMatchObject({ raw, value: 0, kind: 'number' });
  });

  it('a word opening with 零 is no value: `零星` is not 0', () => {
    expect(readRowCells(' 零星申请', 0, 5, 1).cells.map((c) => c.raw)).toEqual(['']);
  });
});
