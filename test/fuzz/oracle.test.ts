// The fuzz oracle must itself be right: it accepts every reading §7 allows and rejects numbers
// that were not printed. (If it accepted everything, the fuzz property would prove nothing.)
import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/record';
import { blockText, pageDigitsText, unprintedCells, unprintedReason } from './oracle';

const page = pageDigitsText('本年新收 １２３ 件 35 个，收费 2290.54万元，251000元，变化 -58，合计 1，234 与 1,234,567；零。640020470');

describe('fuzz oracle: numbers printed on the page', () => {
  it.each([
    [123, '１２３'],
    [1234, '1，234'],
    [1234567, '1,234,567'],
    [22905400, '2290.54万元'],
    [2290.54, '2290.54万元'],
    [25.1, '251000元'],
    [-58, '-58'],
    [0, '零'],
    [64, '640020470'], // a part of a run-together digit run
    [35, '１２３\n35'], // a raw holding several printed numbers
  ])('accepts %s read from "%s"', (value, raw) => {
    expect(unprintedReason(value, raw, page)).toBeNull();
  });

  it.each([
    [124, '１２３', 'not a reading'],
    [999, '999', 'not a reading'], // digits not on the page
    [1e20, '99999999999999999999', 'beyond 2^53'],
    [NaN, '1', 'not finite'],
    [5, '', 'prints no digits'],
    [5, '零', 'reads as 0'],
    [-123, '１２３', 'not a reading'], // no sign printed
  ])('rejects %s read from "%s"', (value, raw, why) => {
    expect(unprintedReason(value, raw, page)).toContain(why);
  });

  it('checks every non-derived cell of a record and skips derived ones and nulls', () => {
    const cell = (value: number | null, raw: string, derived?: boolean) => ({ value, raw, kind: 'number' as const, ref: null, ...(derived ? { derived } : {}) });
    const record = {
      cells: {
        a: cell(123, '１２３'),
        b: cell(777, '777'),
        c: cell(41, '', true),
        d: cell(null, ''),
      },
    } as unknown as ReportRecord;
    expect(unprintedCells(record, '１２３').map((v) => v.key)).toEqual(['b']);
  });

  it('keeps adjacent cells apart, so "12" + "34" is not the printed number 1234', () => {
    const text = blockText('<table><tr><td>12</td><td>3&#52;</td></tr></table><p>a<br>5&nbsp;6</p>');
    expect(unprintedReason(1234, '1234', pageDigitsText(text))).not.toBeNull();
    expect(unprintedReason(34, '34', pageDigitsText(text))).toBeNull();
    expect(unprintedReason(56, '5 6', pageDigitsText(text))).toBeNull();
  });

  it('keeps a line break and a footnote apart and hidden text out: "12<br>3" prints no 123', () => {
    const text = pageDigitsText(blockText('<td>12<br>3</td><td>821<sup>1</sup></td><td><span style="display:none">9</span>47</td><td><span hidden>8</span>5<b>6</b></td>'));
    expect(unprintedReason(123, '123', text)).not.toBeNull();
    expect(unprintedReason(8211, '8211', text)).not.toBeNull();
    expect(unprintedReason(947, '947', text)).not.toBeNull();
    expect(unprintedReason(856, '856', text)).not.toBeNull();
    expect(unprintedReason(821, '821', text)).toBeNull();
    expect(unprintedReason(56, '56', text)).toBeNull(); // inline markup joins
    // hidden text prints nothing, so it does not part what is around it either: 2<hidden>9</hidden>52 shows 252
    const joined = pageDigitsText(blockText('<td><span>2</span><b><span hidden>9</span>52</b></td>'));
    expect(unprintedReason(252, '252', joined)).toBeNull();
    expect(unprintedReason(2952, '2952', joined)).not.toBeNull();
  });
});
