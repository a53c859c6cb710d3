// The record index and the rules built on it read keys with string operations and memoised splits
// instead of a regex or an Object.entries scan per rule (issue #7). These pin each shortcut to the
// definition it replaced, on ordinary keys and on odd ones the parser does not make (empty or
// missing segments, look-alike prefixes), so the findings cannot drift.
import { describe, expect, it } from 'vitest';
import { T3_CATEGORIES, T3_COLS, T3_ROWS } from '../../../src/checks/keys';
import { cellsOf, indexOf, printedOf } from '../../../src/checks/record-index';
import { tableVersions } from '../../../src/checks/rules/fmt';
import { categoryKeys, outcomeKeys, t3Columns, t3PrintedRows } from '../../../src/checks/t3-keys';
import type { CellValue, FormatVersion, ReportRecord } from '../../../src/model/record';
import { buildRecord, cell, seedT3, seedT3Rev2021, type V } from './build-record';

const ODD_KEYS = [
  'table3.total.otherHandling.other',
  'table3.total.otherHandling.subtotal',
  'table3..otherHandling.other',
  'table3..otherHandling.subtotal',
  'table3.otherHandling.other',
  'table3.otherHandling',
  'table3.newReceived',
  'table3.x',
  'table3.',
  'table3',
  'table30.total.granted',
  'table3.orgSubtotal.granted',
  'table3.orgSubtotal.otherHandling.feeUnpaid',
  'table3.weird.otherHandling.noCorrection.more',
  'table2.regulations.issued',
  'table2.regulations.newlyMade',
  'table2..issued',
  'table2.issued',
  'table2.regulations.x.issued',
  'table2.centralProcurement.amountYuan',
  'table2',
  'table4.review.total',
  'legacyStats.cumulative.requests.received',
  'legacyStats.cumulativeX',
  'legacyStats.requests.received',
  'legacyStats',
  'other.thing',
  'plain',
];

// ── the definitions the index replaced ──
const groupOf = (key: string) => (key.indexOf('.') < 0 ? key : key.slice(0, key.indexOf('.')));
const refPrinted = (r: ReportRecord, table: string) => Object.entries(r.cells).filter(([k, c]) => !c.derived && groupOf(k) === table);
const refOtherHandling = (r: ReportRecord) => Object.entries(r.cells).filter(([k, c]) => /^table3\.[^.]+\.otherHandling\./.test(k) && !c.derived);
function refT3(r: ReportRecord): Map<string, Set<string>> {
  const t3 = new Map<string, Set<string>>();
  for (const [key] of refPrinted(r, 'table3')) {
    const rest = key.slice(key.indexOf('.') + 1);
    const d2 = rest.indexOf('.');
    const col = rest.slice(0, d2);
    if (!t3.has(col)) t3.set(col, new Set());
    t3.get(col)!.add(rest.slice(d2 + 1));
  }
  return t3;
}
function refTableVersions(r: ReportRecord) {
  const t2 = refPrinted(r, 'table2');
  const t3 = refPrinted(r, 'table3');
  const t2new = t2.some(([k]) => /^table2\.[^.]+\.(issued|repealed|inForce|amountWanYuan)$/.test(k));
  const t2old = t2.some(([k]) => /^table2\.[^.]+\.(newlyMade|newlyPublished|totalPublished|prevYearItems|yearChange|projects|amountYuan)$/.test(k));
  const t3new = t3.some(([k]) => /^table3\.[^.]+\.otherHandling\.(noCorrection|feeUnpaid|other)$/.test(k));
  const t3old = t3.some(([k]) => /^table3\.[^.]+\.otherHandling\.subtotal$/.test(k));
  return {
    t2: t2new && !t2old ? 'rev2021' : t2old && !t2new ? 'trial2019' : null,
    t3: t3new && !t3old ? 'rev2021' : t3old && !t3new ? 'trial2019' : null,
  };
}
function refCategoryKeys(r: ReportRecord, col: string, category: string): string[] {
  const printed = (k: string) => !!r.cells[k] && !r.cells[k]!.derived;
  const leaves = (T3_CATEGORIES[category] ?? []).map((row) => `table3.${col}.${row}`);
  if (leaves.some(printed)) return leaves;
  const subtotal = `table3.${col}.${category}.subtotal`;
  if (printed(subtotal)) return [subtotal];
  if (category === 'otherHandling' && r.meta.formatVersion !== 'rev2021') return [subtotal];
  return leaves;
}

function expectSameAsReference(r: ReportRecord): void {
  const idx = indexOf(r);
  expect(idx.keys).toEqual(Object.keys(r.cells));
  for (const table of ['table2', 'table3', 'table4', 'legacyStats', 'other', 'plain', 'table30'])
    expect(printedOf(r, table)).toEqual(refPrinted(r, table));
  expect(idx.t3OtherHandling).toEqual(refOtherHandling(r));
  expect(idx.labelVariants).toEqual(Object.entries(r.cells).filter(([, c]) => c.labelVariant));
  expect(idx.hasCumulative).toBe(Object.keys(r.cells).some((k) => k.startsWith('legacyStats.cumulative.')));
  const t3 = refT3(r);
  expect(t3Columns(r)).toEqual([...T3_COLS, 'orgSubtotal'].filter((c) => t3.has(c)));
  expect(t3PrintedRows(r)).toEqual(T3_ROWS.filter((row) => [...t3.values()].some((rows) => rows.has(row))));
  expect(tableVersions(r)).toEqual(refTableVersions(r));
  for (const col of [...T3_COLS, 'orgSubtotal'])
    for (const category of Object.keys(T3_CATEGORIES)) expect(categoryKeys(r, col, category)).toEqual(refCategoryKeys(r, col, category));
  expect(outcomeKeys(r, 'total')).toEqual(['table3.total.granted', 'table3.total.partiallyGranted', ...Object.keys(T3_CATEGORIES).flatMap((c) => refCategoryKeys(r, 'total', c))]);
}

const withCells = (format: FormatVersion, t3: Record<string, V[]>, extra: Record<string, CellValue>) => {
  const r = buildRecord({ format, t3 });
  Object.assign(r.cells, extra);
  return r;
};

describe('record index shortcuts', () => {
  it('match the reference on a trial2019 and a rev2021 table 3', () => {
    expectSameAsReference(buildRecord({ t3: seedT3() }));
    expectSameAsReference(buildRecord({ format: 'rev2021', t3: seedT3Rev2021() }));
  });

  it('match the reference on odd keys, printed and derived', () => {
    const printed = Object.fromEntries(ODD_KEYS.map((k) => [k, cell(1)]));
    expectSameAsReference(withCells('rev2021', {}, printed));
    expectSameAsReference(withCells('trial2019', seedT3(), printed));
    const derived = Object.fromEntries(ODD_KEYS.map((k) => [k, { ...cell(1), derived: true }]));
    expectSameAsReference(withCells('trial2019', {}, derived));
    // every odd key alone: each decides the table versions and column/row sets by itself
    for (const k of ODD_KEYS) expectSameAsReference(withCells('trial2019', {}, { [k]: cell(1) }));
  });

  it('match the reference when 其他处理 is read through its subtotal or missing', () => {
    const rows = seedT3();
    const noOther = Object.fromEntries(Object.entries(rows).filter(([k]) => !k.startsWith('otherHandling')));
    expectSameAsReference(buildRecord({ t3: noOther }));
    expectSameAsReference(buildRecord({ format: 'rev2021', t3: noOther }));
    const subtotals: Record<string, V[]> = { ...rows, 'denied.subtotal': [1, 0, 0, 0, 0, 0, 1] };
    delete subtotals['denied.securityStability'];
    expectSameAsReference(buildRecord({ t3: subtotals }));
  });

  it('lists variant labels and the cumulative column whatever the key', () => {
    const variant = { ...cell(3), labelVariant: { printed: '申清', canonical: '申请' } };
    const r = withCells('pre2019', {}, { 'legacyStats.requests.received': variant, 'legacyStats.cumulative.x': { ...cell(1), derived: true } });
    expectSameAsReference(r);
    expect(indexOf(r).labelVariants).toHaveLength(1);
    expect(indexOf(r).hasCumulative).toBe(true);
  });
});

describe('cells by kind', () => {
  it('lists blank, digit-run, text and number cells as the CELL-* and NUM-* rules filtered them', () => {
    const r = buildRecord({ t3: seedT3(), cells: { 'table2.a.b': null, 'table2.a.c': '—', 'table2.a.d': '见附件', 'table2.a.e': { amb: 2 }, 'table2.a.f': 3, table2: 4 } });
    r.cells['table2.a.g'] = { ...cell('见附件'), ambiguity: { readings: 2 } };
    r.cells['table2.a.h'] = { ...cell(5), ambiguity: { readings: 2 } };
    r.cells['table2.a.i'] = { ...cell(null), derived: true };
    for (const table of ['table2', 'table3', 'table4', 'legacyStats']) {
      const printed = refPrinted(r, table);
      const got = cellsOf(r, table);
      expect(got.printed).toEqual(printed);
      expect(got.blank).toEqual(printed.filter(([, c]) => c.kind === 'blank' || c.kind === 'placeholder'));
      expect(got.placeholders).toBe(printed.filter(([, c]) => c.kind === 'placeholder').length);
      expect(got.runs).toEqual(printed.filter(([, c]) => c.ambiguity && c.value === null));
      expect(got.text).toEqual(printed.filter(([, c]) => c.kind === 'text' && !c.ambiguity));
      expect(got.numbers).toEqual(printed.filter(([k, c]) => /^(table2|table3|table4|legacyStats)\./.test(k) && c.kind === 'number' && c.value !== null));
    }
  });
});
