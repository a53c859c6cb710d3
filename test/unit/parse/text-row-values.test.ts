// Text rows whose values the scanner stops short of (reviewer 120): a word standing for a value after
// them, a qualifier or bracket glued to the last, a unit of money printed apart after an amount.
import { describe, expect, it } from 'vitest';
import { readRowCells } from '../../../src/parse/row-cells';
import { readValue } from '../../../src/text/numbers';

const read = (row: string, n: number) => readRowCells(row, 0, row.length, n);
/** each cell as the table readers read it: its value, or null */
const values = (row: string, n: number) => read(row, n).cells.map((c) => (c.value !== undefined ? c.value : readValue(c.raw).value));

describe('a word standing for a value after the values (K1: the values had been split a digit a cell)', () => {
  it.each([
    ['49 持平', 2],
    ['125\n暂无\n318', 3],
    ['212\n不详', 2],
    ['136\n+ 27\n2563', 3],
    ['12（含转办） 40', 2],
  ])('%j in %i cells: unread, with a note naming the text', (row, n) => {
    const r = read(row, n);
    expect(r.cells.map((c) => c.value)).toEqual(Array(n).fill(null));
    expect(r.problem?.message).toMatch(/it holds more than digits$/);
  });

  it.each([
    ['247 增18 5297', [247, 18, 5297]],
    ['112\n减5\n1063', [112, -5, 1063]],
    ['49\n減3', [49, -3]],
  ])('%j: 增/减 read as the change, as in a table\'s cell', (row, expected) => {
    expect(values(row, expected.length)).toEqual(expected);
  });

  it('a sentence opening with such a word is no cell: 000暂无因政府信息公开工作被申请行政复议… reads 0, 0, 0 (audit 121 D01)', () => {
    expect(values('000暂无因政府信息公开工作被申请行政复议的情况。', 3)).toEqual([0, 0, 0]);
  });

  it('a heading or a numbered label after the values is no cell: 5 0 3 三、收到… reads 5, 0, 3', () => {
    expect(values('5 0 3 三、收到和处理政府信息公开申请情况', 3)).toEqual([5, 0, 3]);
  });
});

describe('the last value with something glued to it (K3, K4: the number had been stored alone)', () => {
  it.each([
    ['15200左右', null],
    ['86（85）', null],
    ['27（13）', null],
    ['42（含转办）', 42],
    ['0（无）', 0],
  ])('%j: read as the printed cell is, %j', (row, value) => {
    const r = read(row, 1);
    expect(r.cells[0]!.raw).toBe(row);
    expect(readValue(r.cells[0]!.raw).value).toBe(value);
  });

  it('49 / 2↓: the 2↓ cell is read as printed (text), 49 as before', () => {
    expect(read('49\n2↓', 2).cells.map((c) => c.raw)).toEqual(['49', '2↓']);
    expect(values('49\n2↓', 2)).toEqual([49, null]);
  });

  it.each([
    ['137(六)行政处罚', 137],
    ['0（2）涉及商业秘密', 0], // the next label's numbering (audit 121 E05)
    ['42（单位：件）', 42], // a unit statement (A07)
  ])('%j: the bracket is not glued, the value is read', (row, value) => {
    expect(values(row, 1)).toEqual([value]);
  });

  it('a note in brackets after a row\'s last value, 1 0（数据来源：区司法局）: the values are read (audit 121 D03)', () => {
    expect(values('1 0（数据来源：区司法局）', 2)).toEqual([1, 0]);
  });
});

describe('a unit of money apart after an amount (K2: read in the header\'s unit, 1250 元 stored as 1250 万元)', () => {
  it.each(['1250 元', '1250\n元', '1250（元）'])('%j: the amount with its unit 元', (row) => {
    const r = read(row, 1);
    expect(r.cells[0]!.raw).toBe(row);
    expect(readValue(r.cells[0]!.raw)).toMatchObject({ value: 1250, unit: '元' });
  });

  it('a count\'s row (件 5 元) takes no unit of money after its value', () => {
    expect(read('件 5 元', 1).cells[0]!.raw).toBe('5');
  });
});

describe('a number with a full stop at its line\'s end (reviewer 120 C10, L10: 12. had been read as 1)', () => {
  it.each([
    [' 12.\n', '第二十条第（八）项'],
    ['\n件\n12.\n', '（一）维持具体行政行为数'],
  ])('%j over %s: the cell is 12. as printed (unread, CELL-NONNUMERIC names it), not 1 and the next label\'s 2.', (row, next) => {
    const r = readRowCells(row + next, 0, row.length, 1);
    expect(r.cells.map((c) => c.raw)).toEqual(['12.']);
    expect(readValue(r.cells[0]!.raw).value).toBeNull();
  });
  it('the next label\'s numbering against it is still cut off: 86 2.行政强制 reads 86', () => {
    expect(values(' 86 2.', 1)).toEqual([86]);
    expect(values('0 1 0 2.', 3)).toEqual([0, 1, 0]);
  });
  it('over a label printed without its numbering the 2. is that label\'s, as before (audit 125 V02, V14, L02)', () => {
    const s = ' 3 1 0 0 0 0 42.\n没有现成信息需要另行制作 0';
    expect(readRowCells(s, 0, s.indexOf('没有'), 7).cells.map((c) => c.raw)).toEqual(['3', '1', '0', '0', '0', '0', '4']);
  });
  it('a lone digit with a stop over a sub-table\'s title is the cell as printed, not blank (audit 125 V16: read as 0 by the checks)', () => {
    const s = ' 2.\n第二十条第（八）项';
    expect(readRowCells(s, 0, s.indexOf('第'), 1).cells.map((c) => c.raw)).toEqual(['2.']);
  });
  it('a lone digit with a stop over a label numbered 1. of its own is the cell as printed, not blank (audit 128 V06, V11: read as 0)', () => {
    const s = ' 件 5.\n1.当面申请数 件 2';
    expect(readRowCells(s, 0, s.indexOf('1.当'), 1).cells.map((c) => c.raw)).toEqual(['5.']);
    const t = ' 人 3.\n1.专职人员数（不包括政府公报及政府网站工作人员数） 人 1';
    expect(readRowCells(t, 0, t.indexOf('1.专'), 1).cells.map((c) => c.raw)).toEqual(['3.']);
  });
  it('a lone digit with a stop over table 3\'s 三、本年度办理结果, centred among its rows in a PDF copy, is the numbering of the row under it (audit 128 V03: the row had been lost)', () => {
    const s = ' 0 0 0 0 0 0 0 5.\n三、本年度办理结果\n要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0';
    expect(readRowCells(s, 0, s.indexOf('三、'), 7).cells.map((c) => c.raw)).toEqual(Array(7).fill('0'));
    // one value short, the stop is the row's last value's (audit 130 S09: the row had been lost)
    const u = ' 2 0 0 0 0 0 2.\n三、本年度办理结果\n（一）予以公开 0 0 0 0 0 0 0';
    expect(readRowCells(u, 0, u.indexOf('三、'), 7).cells.map((c) => c.raw)).toEqual(['2', '0', '0', '0', '0', '0', '2.']);
    const t = ' 0 0 0 0 0 0 0 5.\n三、结转下年度继续办理 0 0 0 0 0 0 0';
    expect(readRowCells(t, 0, t.indexOf('三、'), 7).problem).toBeDefined();
  });
  it('one value short over 三、本年度办理结果 with the label under it unnumbered: the stop is that label\'s floated numbering, and the row unread with a note (audit 132 S01: a dropped blank put 2 under 其他, silently)', () => {
    const s = ' 2 0 0 0 0 2 5.\n三、本年度办理结果\n要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0';
    const r = readRowCells(s, 0, s.indexOf('三、'), 7);
    expect(r.problem?.code).toBe('cell-count');
    expect(r.cells.every((c) => c.value === null || c.value === undefined)).toBe(true);
    expect(r.cells.map((c) => c.raw)).not.toContain('5.');
  });
  it.each([
    ['（四）无法提供', '没有现成信息需要另行制作'],
    ['（三）不予公开', '属于国家秘密'],
    ['（五）不予处理', '信访举报投诉类申请'],
  ])('one value short over 三、本年度办理结果 and the group label %s, its row %s unnumbered: the stop is that row\'s floated numbering, the row unread with a note (audit 133 S01, S03, S07)', (group, label) => {
    const s = ` 12 1 0 1 0 14 2.\n三、本年度办理结果\n${group}\n${label} 2 0 0 0 0 0 2`;
    const r = readRowCells(s, 0, s.indexOf('三、'), 7);
    expect(r.problem?.code).toBe('cell-count');
    // the group label and its row on one line (audit 134 S01)
    const oneLine = ` 12 1 0 1 0 14 2.\n三、本年度办理结果\n${group} ${label} 2 0 0 0 0 0 2`;
    expect(readRowCells(oneLine, 0, oneLine.indexOf('三、'), 7).problem?.code).toBe('cell-count');
    expect(r.cells.map((c) => c.raw)).not.toContain('2.');
    // its row numbered: the stop is the value's, as before (130 S09)
    const t = ` 2 0 0 0 0 0 2.\n三、本年度办理结果\n${group}\n1.${label} 2 0 0 0 0 0 2`;
    expect(readRowCells(t, 0, t.indexOf('三、'), 7).cells.map((c) => c.raw)).toEqual(['2', '0', '0', '0', '0', '0', '2.']);
  });
  it('a stop on a line of its own after a number is no numbering: `12` / `.` is 12 (audit 125 V09, L05: read as 1, silently)', () => {
    const s = '\n12\n.\n第二十条第（八）项';
    expect(readRowCells(s, 0, s.indexOf('第'), 1).cells.map((c) => c.raw)).toEqual(['12']);
    const t = '\n3\n1\n0\n0\n0\n0\n4\n.\n2.没有现成信息需要另行制作';
    expect(readRowCells(t, 0, t.indexOf('2.没'), 7).cells.map((c) => c.raw)).toEqual(['3', '1', '0', '0', '0', '0', '4']);
  });
  it('a lone digit and its stop split over two lines over a label printed without numbering are that label\'s numbering (audit 133 S09, S18: the 2 had filled a row one short as its 总计, silently)', () => {
    const s = ' 12 1 0 1 0 14\n2\n.\n没有现成信息需要另行制作 2 0 0 0 0 0 2';
    const r = readRowCells(s, 0, s.indexOf('没有'), 7);
    expect(r.problem?.code).toBe('cell-count');
    const full = ' 12 1 0 0 1 0 14\n2\n.\n没有现成信息需要另行制作 2 0 0 0 0 0 2';
    expect(readRowCells(full, 0, full.indexOf('没有'), 7).cells.map((c) => c.raw)).toEqual(['12', '1', '0', '0', '1', '0', '14']);
    // a digit that completes the row so that its relation holds (总计 = the applicant columns' sum) is the row's (audit 134 S15)
    const colsum = (v: Array<number | null>) => v[6] === v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0);
    const adds = ' 1 0 0 0 0 0\n1\n.\n属于三类内部事务信息 0 0 0 0 0 0 0';
    expect(readRowCells(adds, 0, adds.indexOf('属于'), 7, { relation: colsum }).cells.map((c) => c.raw)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(readRowCells(s, 0, s.indexOf('没有'), 7, { relation: colsum }).problem?.code).toBe('cell-count');
    // not when the row's relation holds without it too: a floated 2 twice the printed total of 1 (audit 135 S01–S03)
    const twice = ' 1 0 0 0 0 1\n2\n.\n没有现成信息需要另行制作 2 0 0 0 0 0 2';
    expect(readRowCells(twice, 0, twice.indexOf('没有'), 7, { relation: colsum }).problem?.code).toBe('cell-count');
    // a number's last digit (`14` / `.`) stays the number's
    const own = ' 12 1 0 0 1 0 14\n.\n没有现成信息需要另行制作 2 0 0 0 0 0 2';
    expect(readRowCells(own, 0, own.indexOf('没有'), 7).cells.map((c) => c.raw)).toEqual(['12', '1', '0', '0', '1', '0', '14']);
  });
  it('a lone digit with a stop over a label numbered （一） is the value of a row of one cell (audit 130 S04, 125 L06: blank, read as 0)', () => {
    const s = ' 件 2.\n（一）维持具体行政行为数 件 1';
    expect(readRowCells(s, 0, s.indexOf('（一）'), 1).cells.map((c) => c.raw)).toEqual(['2.']);
    // in a row of several, one short may be a blank cell a PDF copy dropped and the stop the floated numbering of the
    // row under the label (audit 132 S02, S05: read as the last value, every value after the blank moved): unread
    const t = ' 1 0 0 0 0 1 1.\n（六）其他处理\n1.申请人无正当理由逾期不补正 0 0 0 0 0 0 0';
    expect(readRowCells(t, 0, t.indexOf('（六）'), 7).problem).toBeDefined();
  });
  it('a lone digit with a stop over a group label is the numbering of the row under it, floated up in a PDF copy (audit 127 V04–V06)', () => {
    const s = ' 1 0 0 0 0 0 1 1.\n（六）其他处理\n申请人无正当理由逾期不补正';
    expect(readRowCells(s, 0, s.indexOf('（'), 7).cells.map((c) => c.raw)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  });
});

describe('a row printed a cell a line, each cell with a remark in brackets (reviewer 120 T27)', () => {
  it('0（无） on seven lines reads 0 in each of the seven cells (it had been "a cell is blank", the row lost)', () => {
    const row = '\n0（无）\n0（无）\n0（无）\n0（无）\n0（无）\n0（无）\n0（无）\n';
    expect(values(row, 7)).toEqual(Array(7).fill(0));
    expect(read(row, 7).problem).toBeUndefined();
  });
  it('each line as its own cell reads: 42（含转办） is 42, and a remark that changes the number leaves that cell unread', () => {
    expect(values('\n42（含转办）\n3\n45\n', 3)).toEqual([42, 3, 45]);
    expect(values('\n100（上年）\n0（无）\n100\n', 3)).toEqual([null, 0, 100]);
  });
  it('not when the lines are not the row\'s cells: one line too many or too few is read as before', () => {
    expect(read('\n0（无）\n0（无）\n', 3).problem).toBeDefined();
  });
});
