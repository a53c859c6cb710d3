// readValue answers bare digit runs and empty cells without its regex passes or a spread object.
// This pins it to the previous version, kept verbatim below, on cells of the characters it reads,
// with and without a header unit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readValue, type ReadValue } from '../../../src/text/numbers';
import { toHalfWidth } from '../../../src/text/normalize';

const PLACEHOLDER = /^(?:\/|—+|－+|-+|–+|─+|无|無|不适用|不適用|\\)$/;
// Measure words that may trail a count; money units are kept as the cell's unit.
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|元|件|条|個|个|人次|人|次|篇|项|项次|份|场|期|家|万)?$/;
const CHANGE_WORD = /^(增加|增|减少|减|減少|減)\s*(\d+)\s*(件|条|个|项)?$/;
const ZERO_WORDS = /^(零|〇)$/;

/**
 * 1–15 ASCII digits and nothing else: NUMBER reads these as Number(s) with no unit of its own
 * (15 digits never exceed the exact-double bound below, whatever the leading zeros).
 */
function isShortDigitRun(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Reads one cell's printed text. `headerUnit` applies when the cell prints none (e.g. 万元). */
function previousReadValue(printed: string, headerUnit?: string): ReadValue {
  // most cells of a flattened table are bare ASCII digits: read them without the regex passes
  if (isShortDigitRun(printed)) return { value: Number(printed), kind: 'number', ...(headerUnit ? { unit: headerUnit } : {}) };
  // (later change, in both) digits on both sides of a space are not joined into one number
  if (/\d\s+\d/.test(toHalfWidth(printed))) return { value: null, kind: 'text' };
  const s = toHalfWidth(printed).replace(/\s+/g, '').replace(/，/g, ',');
  if (s === '') return { value: null, kind: 'blank', ...(headerUnit ? { unit: headerUnit } : {}) };
  if (PLACEHOLDER.test(s)) return { value: null, kind: 'placeholder' };
  if (ZERO_WORDS.test(s)) return { value: 0, kind: 'number', ...(headerUnit ? { unit: headerUnit } : {}) };
  const m = NUMBER.exec(s);
  if (m) {
    const intDigits = (m[2] ?? '').replace(/,/g, '');
    // Beyond 15 significant digits a double no longer holds the printed number exactly
    // (Number('99999999999999999999') = 1e20): say the cell is unreadable instead.
    const fractionDigits = (m[3] ?? '').slice(1); // m[3] is '.ddd'
    if (intDigits.replace(/^0+/, '').length + fractionDigits.length > 15) return { value: null, kind: 'text' };
    const digits = intDigits + (m[3] ?? '');
    let value = Number(digits);
    if (m[1] === '-') value = -value;
    const word = m[4];
    const unit = word === '万元' || word === '元' || word === '万' ? (word === '万' ? '万元' : word) : headerUnit;
    return { value, kind: 'number', ...(unit ? { unit } : {}) };
  }
  const c = CHANGE_WORD.exec(s);
  if (c) {
    const n = Number(c[2]);
    return { value: c[1]!.startsWith('增') ? n : -n, kind: 'number' };
  }
  return { value: null, kind: 'text' };
}

const cellChar = fc.constantFrom('0', '0', '1', '5', '9', '０', '1', ',', '，', '.', ' ', '-', '+', '—', '/', '无', '万元', '元', '件', '万', '增加', '零', 'a');
const cell = fc.oneof(
  fc.constantFrom('', '0', '00', '7', '123456789012345', '1234567890123456', '000000000000000', ' ', '１２'),
  fc.array(cellChar, { maxLength: 8 }).map((a) => a.join('')),
  fc.array(fc.constantFrom('0', '1', '7'), { minLength: 1, maxLength: 17 }).map((a) => a.join('')),
);

describe('readValue reads cells as before', () => {
  it('for any cell and header unit', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(undefined, '', '万元', '元'), (printed, unit) => {
        const now = readValue(printed, unit);
        const before = previousReadValue(printed, unit);
        expect(now).toEqual(before);
        expect(Object.keys(now)).toEqual(Object.keys(before)); // no unit key where there was none
      }),
      { numRuns: 5000, seed: 20261123 },
    );
  });
});
