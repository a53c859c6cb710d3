// Reading one printed cell (spec report-formats.md §7). A value never comes from anything but
// the printed characters: '' is blank, '—' is a placeholder, '0' is zero — never merged.
import type { CellKind } from '../model/record';
import { toHalfWidth } from './normalize';

export interface ReadValue {
  value: number | null;
  kind: CellKind;
  unit?: string;
}

const PLACEHOLDER = /^(?:\/|—+|－+|-+|–+|─+|无|無|不适用|不適用|\\)$/;
// Measure words that may trail a count; money units are kept as the cell's unit.
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|元|件|条|個|个|人次|人|次|篇|项|项次|份|场|期|家|万)?$/;
const CHANGE_WORD = /^(增加|增|减少|减|減少|減)\s*(\d+)\s*(件|条|个|项)?$/;
const ZERO_WORDS = /^(零|〇)$/;
const DIGITS_APART = /\d\s+\d/;
/**
 * a value, then a bracketed remark that only restates it (group 2): a count's measure word, 821（件）, or what
 * it includes, 42（含转办）, （注：含代收费用） (no number in it); or a none, 0（无）
 */
const REMARK_AFTER = /^([+-]?\d[\d,.]*)[（(](?:(件|件次|条|个|項|项|项次|人次|人|次|篇|份|场|期|家|(?:注\s*[:：]\s*)?(?:含|包含|包括)[^（）()\d０-９:：]{1,16})|无|零|暂无|没有)[）)]$/;
const MONEY_IN_BRACKETS = /^([+-]?\d[\d,.]*)[（(](?:单位[:：])?(万元|元)[）)]$/;
/**
 * what an inclusion remark may not name: another period or a total over years (含上年结转, 包括去年未办结的,
 * 含累计数, 含已废止, 含历年制发), a number in words (含上年度结转二件), a money word or unit (含工本费，单位元),
 * an estimate: the number then counts something else (reviewer 112 P2, P5)
 */
const REMARK_CHANGES_IT = /(?<!全\s*)年|累|废|结\s*转|以\s*前|往|历|[〇○零一二三四五六七八九十百千万亿元]|单\s*位|估|约/;

/**
 * 1–15 ASCII digits and nothing else: NUMBER reads these as Number(s) with no unit of its own
 * (15 digits never exceed the exact-double bound below, whatever the leading zeros).
 */
export function isShortDigitRun(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Reads one cell's printed text. `headerUnit` applies when the cell prints none (e.g. 万元). */
export function readValue(printed: string, headerUnit?: string): ReadValue {
  // most cells of a flattened table are bare ASCII digits, and rows printed empty are blank:
  // read them without the regex passes (and without spreading a throw-away object per cell)
  if (isShortDigitRun(printed)) return headerUnit ? { value: Number(printed), kind: 'number', unit: headerUnit } : { value: Number(printed), kind: 'number' };
  if (printed === '') return headerUnit ? { value: null, kind: 'blank', unit: headerUnit } : { value: null, kind: 'blank' };
  const spaced = toHalfWidth(printed);
  // digits on both sides of a space are two numbers in one cell ("5 3"), or a grouping this
  // reader cannot tell from that ("1 234"): joined, they were a number the page never printed
  if (DIGITS_APART.test(spaced)) return { value: null, kind: 'text' };
  const s = spaced.replace(/\s+/g, '').replace(/，/g, ',');
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
  // a value and a bracketed remark that only restates it: a count's measure word, 821（件）, what it includes,
  // 42（含转办）, or none for a 0, 0（无） (the cell was unread: reviewer 109). Any other remark may change what
  // the number is, 100（上年）, 58（不含重复申请）, 3（估）, 25（%）: the cell stays unread (reviewer 110 P2)
  // a value and its unit of money in brackets, 1250（元）, 3.5（万元）, as 1250元 (reviewer 120 K3: in a text row
  // the number had been read in the header's unit, 1250 元 stored as 1250 万元)
  const money = MONEY_IN_BRACKETS.exec(s);
  if (money) return readValue(money[1]! + money[2]!);
  const remark = REMARK_AFTER.exec(s);
  if (remark && (remark[2] !== undefined ? !REMARK_CHANGES_IT.test(remark[2]) : remark[1] === '0')) {
    const before = readValue(remark[1]!, headerUnit);
    if (before.kind === 'number') return before;
  }
  return { value: null, kind: 'text' };
}
