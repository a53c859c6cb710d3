// Parse warnings in Chinese: every message form the parser writes has its Chinese form, made from
// the parser's own output here (so a reworded parser message fails this test instead of showing
// English to a Chinese reader).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { warningText } from '../../../src/model/parser-text';
import { parseDocument } from '../../../src/parse';
import { readRowCells } from '../../../src/parse/row-cells';

/** a row's problem as parse/tables.ts words the warning: `${label}: ${problem}` */
const rowWarning = (s: string, n: number) => {
  const problem = readRowCells(s, 0, s.length, n).problem;
  if (!problem) throw new Error(`no problem reading ${s}`);
  return { message: `行政许可: ${problem.message}` };
};

const pageWarnings = async (lines: string[]) => {
  const html = `<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
  return (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://www.example.gov.cn/a.htm' })).record.warnings;
};

describe('warningText', () => {
  it('gives every row problem of the parser in Chinese, with the printed text and the counts', () => {
    const cases: [string, number, string][] = [
      ['1 | 2', 7, '行政许可：应有7个值，只读到2个（该行不完整，缺少的值未读）'],
      ['1 | 2 |\n二、上年结转', 7, '行政许可：应有7个值，只有2个（“1 | 2”）：缺了一格，原文看不出是哪一格，均未读'],
      ['12 | 3 | 4 | 5 |', 2, '行政许可：应有2个值，却有4个（“12 | 3 | 4 | 5”）：多了一格，原文看不出是哪一格，均未读'],
      ['1 2 3 4 5 6 7 8 9', 7, '行政许可：“1 2 3 4 5 6 7 8 9”的数值多于该行的7格，均未读'],
      ['0 00000', 7, '行政许可：“0 00000”的数字少于该行的7格：有一格为空，原文看不出是哪一格，均未读'],
      ['100153', 3, '行政许可：“100153”分成3格有4种读法：[10,0,153] [100,1,53] [100,15,3] [1001,5,3]；各读法不一致的格留空'],
      ['12345', 2, '行政许可：“12345”分成2格有4种读法：[1,2345] [12,345] [123,45] [1234,5]；各读法不一致的格留空'],
      ['258 12 1 1', 7, '行政许可：“258 12 1 1”只有4个数值，该行有7格：空格未印出，原文看不出是哪几格，均未读'],
      ['5000005万', 7, '行政许可：“5000005万”不只是数字，读不出该行的7个数值，均未读'],
      ['注 5 0 0 0 0 0 5', 7, '行政许可：“注 5 0 0 0 0 0 5”开头不是该行的数值，未读'],
    ];
    for (const [s, n, zh] of cases) {
      const w = rowWarning(s, n);
      expect(warningText(w, 'zh')).toBe(zh);
      expect(warningText(w, 'en')).toBe(w.message);
    }
    // one value alone in a table whose rows print theirs apart (readTable2's valuesApart): "holds 1 value"
    const apart = readRowCells(' 156', 0, 4, 3, { valuesApart: true }).problem!;
    expect(warningText({ message: `行政许可: ${apart.message}` }, 'zh')).toBe('行政许可：“156”只有1个数值，该行有3格：空格未印出，原文看不出是哪几格，均未读');
    // a bare page number after a row printed a cell a line (row-cells.ts bareNumberAfterRow)
    const page = readRowCells('\n1\n0\n0\n0\n0\n0\n1\n6\n', 0, 17, 7, { relation: (v) => v[6] === v.slice(0, 6).reduce((a: number, b) => a + (b ?? 0), 0) }).problem!;
    expect(warningText({ message: `行政许可: ${page.message}` }, 'zh')).toBe('行政许可：该行7格之后单独一行的“6”视为页码，未读');
    // a merged cell (row-cells.ts mergedCellsRow)
    const merged = { code: 'cell-count', message: '上年结转政府信息公开申请数量: "3" is one cell merged over 5 columns: its number cannot be split among them, the row is not read', keys: [] };
    expect(warningText(merged, 'zh')).toBe('上年结转政府信息公开申请数量：“3”是合并了5列的一个单元格，其数值无法分到各列，该行未读');
    const many = rowWarning('1'.repeat(40), 7);
    expect(warningText(many, 'zh')).toMatch(/^行政许可：“1{40}”分成7格有超过\d+种读法，无法确定，均未读$/);
  });

  it('says in Chinese which relation chose a reading', () => {
    const colsum = (v: Array<number | null>) => v.length === 7 && v.every((x) => x !== null) && v[6] === v.slice(0, 6).reduce<number>((a, b) => a + b!, 0);
    const cumulative = (v: Array<number | null>) => v.length === 2 && v[0] !== null && v[1] !== null && v[1]! >= v[0]!;
    const withRelation = (s: string, n: number, relation: (v: Array<number | null>) => boolean, relationName: string) => {
      const problem = readRowCells(s, 0, s.length, n, { relation, relationName }).problem!;
      expect(problem.code).toBe('resolved-split');
      return { message: `本年新收政府信息公开申请数量: ${problem.message}` };
    };
    const w = withRelation('230 000023', 7, colsum, 'T3-COLSUM');
    expect(w.message).toBe('本年新收政府信息公开申请数量: "230 000023" reads 3 ways as 7 cells; kept [23,0,0,0,0,0,23], the one for which T3-COLSUM holds');
    expect(warningText(w, 'zh')).toBe('本年新收政府信息公开申请数量：“230 000023”分成7格有3种读法，取使“总计 = 各申请人列之和”成立的一种：[23,0,0,0,0,0,23]');
    expect(warningText(withRelation('728', 2, cumulative, 'L-CUMULATIVE'), 'zh')).toBe('本年新收政府信息公开申请数量：“728”分成2格有2种读法，取使“累计数不小于本年数”成立的一种：[7,28]');
    // whole values apart whose one split satisfies the relation (blank cells left out is the other reading)
    expect(warningText(withRelation('15 0 0 0 0 6', 7, colsum, 'T3-COLSUM'), 'zh')).toBe('本年新收政府信息公开申请数量：“15 0 0 0 0 6”分成7格有2种读法，取使“总计 = 各申请人列之和”成立的一种：[1,5,0,0,0,0,6]');
  });

  it('gives the page-level warnings and label variants in Chinese', async () => {
    const none = await pageWarnings(['通知', '这是一条新闻。']);
    expect(none.map((w) => warningText(w, 'zh'))).toEqual(['页面上没有找到年报的部分标题或表格']);
    expect(warningText({ message: '表二 prints "本公开数量" for "本年新公开数量"' }, 'zh')).toBe('表二印作“本公开数量”，模板为“本年新公开数量”');
  });

  it('leaves a message of an unknown form as written, and keeps quotes and colons inside the printed text', () => {
    expect(warningText({ message: 'something new' }, 'zh')).toBe('something new');
    expect(warningText({ message: '表三 行政复议: "1: 2" holds more values than the 1 cells of the row' }, 'zh')).toBe('表三 行政复议：“1: 2”的数值多于该行的1格，均未读');
  });
});
