// A text copy printing a long label cell's lines beside its row: the label's note wrapped around
// the row's values, `（二）部分公开（区分处理的，只计这一情形， 7 4 8 5 2 6 32` / `不计其他情形）`. The note had
// swallowed the values (read as the label's) and the row was stored blank, with no note (reviewer 116 P1).
import { describe, expect, it } from 'vitest';
import { findLabel } from '../../../src/formats/labels';
import { T3_ROWS_2021 } from '../../../src/formats/table3';
import { readRowCells } from '../../../src/parse/row-cells';

const partly = T3_ROWS_2021.find((r) => r.keys[0]!.endsWith('.partiallyGranted'))!.pattern;

describe('a label\'s note wrapped around its row\'s values', () => {
  it.each([
    ['spaces', '（二）部分公开（区分处理的，只计这一情形， 7 4 8 5 2 6 32\n不计其他情形）\n'],
    ['bars', '（二）部分公开（区分处理的，只计这一情形， | 7 | 4 | 8 | 5 | 2 | 6 | 32 |\n不计其他情形） |\n'],
    ['zeros', '（二）部分公开（区分处理的，只计这一情形， 0 0 0 0 0 0 0\n不计其他情形）\n'],
  ])('with %s: the note is not the label\'s, and the values are read', (_, row) => {
    const m = findLabel(partly, row, 0, row.length)!;
    expect(row.slice(m.start, m.end)).toBe('部分公开');
    const cells = readRowCells(row, m.end, row.length, 7, {}).cells.map((c) => c.raw);
    expect(cells).toEqual(row.includes(' 7 ') ? ['7', '4', '8', '5', '2', '6', '32'] : ['0', '0', '0', '0', '0', '0', '0']);
  });

  it('a note printed whole before the values is still the label\'s', () => {
    const row = '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 7 4 8 5 2 6 32\n';
    const m = findLabel(partly, row, 0, row.length)!;
    expect(row.slice(m.end).trim()).toBe('7 4 8 5 2 6 32');
  });

  it('a note with a number of its own (第1项) is still a note; words after the values on the next line with digits are not its end', () => {
    const withNumber = '（二）部分公开（第1项） 7 4 8 5 2 6 32\n';
    expect(withNumber.slice(findLabel(partly, withNumber, 0, withNumber.length)!.end).trim()).toBe('7 4 8 5 2 6 32');
    const notClosing = '（区分处理的， 7 4 8 5 2 6 32\n共3项）\n';
    expect(readRowCells(notClosing, 0, notClosing.length, 7, {}).problem?.code).toBe('unreadable-row');
  });
});

describe('a PDF copy wrapping the label over more lines around its values (audit 140 T13)', () => {
  it('the note\'s first words on a line of their own, the values on the next, its end under them', () => {
    const row = '（二）部分公开（区分处\n理的，只计这一情形，不 1 0 0 0 0 0 1\n计其他情形）\n';
    const m = findLabel(partly, row, 0, row.length)!;
    expect(readRowCells(row, m.end, row.length, 7, {}).cells.map((c) => c.raw)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  });

  it('the values on a line of their own between the note\'s lines (audit 142 R16: the row had been unread)', () => {
    const row = '（二）部分公开（区分处理的，\n2 0 0 0 0 0 2\n只计这一情形，不计其他情形）\n';
    const m = findLabel(partly, row, 0, row.length)!;
    expect(readRowCells(row, m.end, row.length, 7, {}).cells.map((c) => c.raw)).toEqual(['2', '0', '0', '0', '0', '0', '2']);
  });

  it('the note\'s last words over two lines under the values (audit 143 L13: unread)', () => {
    const row = '（二）部分公开（区分处理 2 0 0 0 0 0 2\n的，只计这一情形，不计\n其他情形）\n';
    const m = findLabel(partly, row, 0, row.length)!;
    expect(readRowCells(row, m.end, row.length, 7, {}).cells.map((c) => c.raw)).toEqual(['2', '0', '0', '0', '0', '0', '2']);
  });

  it.each([
    ['the label\'s words before and after the values\' line (audit 140 T13)', '、行政机关不再 1 0 0 0 0 0 1\n处理其政府信息公开申请', ['1', '0', '0', '0', '0', '0', '1']],
    ['the label\'s words before and after the values\' line, a stop before the values', '、 8 4 9 0 9 3 33\n行政机关不再处理其政府信息公开申请', ['8', '4', '9', '0', '9', '3', '33']],
    ['a note, a footer after the values (audit 145 L02)', '（区分处理的，只计这一情形，\n1 0 0 0 0 0 1\n— 7 —\n不计其他情形）\n', ['1', '0', '0', '0', '0', '0', '1']],
    ['a note, a page number after the values (audit 144 L10)', '（区分处理的， 1 0 0 0 0 0 1\n7\n只计这一情形，不计其他情形）\n', ['1', '0', '0', '0', '0', '0', '1']],
    ['a label\'s last words, the values on a line of their own, a footer and the next section\'s heading (audit 144 L09)', '继续\n2 0 0 0 0 1 3\n办理\n— 5 —\n四、政府信息公开', ['2', '0', '0', '0', '0', '1', '3']],
    ['a note wrapped over three lines, a page\'s footer after its last words (audit 142 A02)', '（区分处\n理的，只计这一情形，不 2 0 0 0 0 0 2\n计其他情形）\n— 4 —\n', ['2', '0', '0', '0', '0', '0', '2']],
    ['a label\'s last words, a page\'s footer after them (audit 142 A03)', '、 1 0 0 0 0 0 1\n行政机关不再处理其政府信息公开申请\n- 6 -\n', ['1', '0', '0', '0', '0', '0', '1']],
  ])('%s: the values are read (the row had been unread)', (_, text, cells) => {
    expect(readRowCells(text, 0, text.length, 7, {}).cells.map((c) => c.raw)).toEqual(cells);
  });

  it('a unit cell, a number and a placeholder a line each (`条` / `12` / `暂无`) are no label around its values: not split into 1 and 2 (adv120 L13)', () => {
    const text = '\n条\n12\n暂无\n';
    const read = readRowCells(text, 0, text.length, 2, {});
    expect(read.cells.map((c) => c.value ?? null)).toEqual([null, null]);
    expect(read.problem?.code).toBe('unreadable-row');
  });

  it('a sentence\'s count over a heading (`本年度行政许可事项 12 项` / `三、收到和处理…`) is still no row', () => {
    const text = '事项 12 项\n三、收到和处理政府';
    expect(readRowCells(text, 0, text.length, 1, {}).problem?.code).toBe('unreadable-row');
  });
});
