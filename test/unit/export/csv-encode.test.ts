import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, csvLines, csvRow, csvText } from '../../../src/export/csv-encode';

const papa = (rows: (string | number | null)[][]) => Papa.unparse(rows, { newline: '\r\n' });
const isFormulaLike = (s: string) => /^[=@\t\r+-]/.test(s);
const tricky = fc.constantFrom('', ' ', 'a,b', '"', 'say "hi"', 'x\r\ny', 'x\ny', '\uFEFFbom', ' lead', 'trail ', '见附件, "表3"', '１２', '—', '无', '/', '1,234');
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), tricky).filter((s) => !isFormulaLike(s));
const value = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.constant(null));

describe('CSV encoding', () => {
  it('writes exactly what papaparse writes for text that cannot be a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(csvLines(rows)).toBe(papa(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through a CSV reader', () => {
    const row = ['a,b', 'say "hi"', 'x\r\ny', ' lead', '见附件, "表3"', ''];
    expect(Papa.parse<string[]>(csvRow(row)).data[0]).toEqual(row);
  });

  it('neutralises spreadsheet formulas in page text with a leading apostrophe', () => {
    expect(csvText('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('+A1*2')).toBe("'+A1*2");
    expect(csvText('-2+3')).toBe("'-2+3");
    expect(csvText('\tx')).toBe("'\tx");
    // a sign before anything the parser does not read as a number stays guarded
    expect(csvText("+cmd|' /C calc'!A0")).toBe(`'+cmd|' /C calc'!A0`);
    expect(csvText('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvText('-3件+cmd|x')).toBe("'-3件+cmd|x");
    expect(csvText('-2*A1')).toBe("'-2*A1");
    expect(csvText('=1')).toBe("'=1");
    expect(csvText('\t3')).toBe("'\t3");
    expect(csvText('\r3件')).toBe(`"'\r3件"`);
  });

  it('leaves signed numbers as printed, a lone dash and real numbers alone', () => {
    expect(csvText('+1882')).toBe('+1882');
    expect(csvText('-58')).toBe('-58');
    expect(csvText('-1,234.5')).toBe('"-1,234.5"');
    expect(csvText('-')).toBe('-');
    expect(csvField(-58)).toBe('-58');
    // what the parser reads as a number with its unit or measure word, or as a placeholder (adv42 #1)
    for (const printed of ['--', '---', '-3件', '+5人', '-2万元', '-0.5元', '- 3 件', '-１２']) expect(csvText(printed)).toBe(printed);
    expect(csvText('-1,234.5万元')).toBe('"-1,234.5万元"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});
