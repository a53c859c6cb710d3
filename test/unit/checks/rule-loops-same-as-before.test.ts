// Loops that replaced filter chains, destructuring and per-key string work in the rules (speed
// work on runChecks). Each property pins the new code to the old code, kept here as the oracle,
// on random records drawn from the parser's keys plus odd ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding';
import type { CellValue, FormatVersion, ReportRecord } from '../../../src/model/record';
import { isAmountKey, isSignedKey, T3_ROWS } from '../../../src/checks/keys';
import { fmtNum } from '../../../src/checks/read';
import { cellsOf, indexOf, T3_COLUMNS } from '../../../src/checks/record-index';
import { unifiedTableGuard } from '../../../src/checks/guards';
import { makeFinding, notApplicable, result } from '../../../src/checks/rule';
import { t3Columns, t3PrintedRows } from '../../../src/checks/t3-keys';
import { tableVersions } from '../../../src/checks/rules/fmt';
import { numInteger, numNonNeg } from '../../../src/checks/rules/num';
import { t3OtherSplit } from '../../../src/checks/rules/t3-other-split';
import { buildRecord } from './build-record';

// ---- the old code (oracles) ----

const oldNumberCells = (record: ReportRecord): [string, CellValue][] =>
  ['table2', 'table3', 'table4', 'legacyStats'].flatMap((t) => cellsOf(record, t).numbers);

function oldNumNonNeg(record: ReportRecord) {
  const cells = oldNumberCells(record);
  if (cells.length === 0) return result([{ scope: '', outcome: 'notApplicable', note: 'no numbers' }]);
  const bad = cells.filter(([k, c]) => c.value! < 0 && !isSignedKey(k));
  const findings: Finding[] = bad.map(([k, c]) =>
    makeFinding(numNonNeg, record, {
      zh: `负数：“${c.raw}”（数量不能为负）`,
      en: `negative count ${fmtNum(c.value)} at ${k}`,
      left: c.value,
      right: 0,
      delta: c.value,
      keys: [k],
      cells: c.ref ? [c.ref] : [],
      scope: k,
    }),
  );
  return result([{ scope: '', outcome: bad.length ? 'fail' : 'pass' }], findings);
}

function oldNumInteger(record: ReportRecord) {
  const cells = oldNumberCells(record).filter(([k]) => !isAmountKey(k));
  if (cells.length === 0) return result([{ scope: '', outcome: 'notApplicable', note: 'no counts' }]);
  const bad = cells.filter(([, c]) => !Number.isInteger(c.value));
  return result([{ scope: '', outcome: bad.length ? 'fail' : 'pass' }], bad.map(([k, c]) =>
    makeFinding(numInteger, record, {
      zh: `数量不是整数：“${c.raw}”`,
      en: `count ${fmtNum(c.value)} at ${k} is not an integer`,
      keys: [k],
      cells: c.ref ? [c.ref] : [],
      scope: k,
    }),
  ));
}

const T2_NEW_COLUMNS = new Set(['issued', 'repealed', 'inForce', 'amountWanYuan']);
const T2_OLD_COLUMNS = new Set(['newlyMade', 'newlyPublished', 'totalPublished', 'prevYearItems', 'yearChange', 'projects', 'amountYuan']);
function oldT2Column(key: string): string | null {
  const d1 = key.indexOf('.');
  const d2 = d1 < 0 ? -1 : key.indexOf('.', d1 + 1);
  if (d2 <= d1 + 1) return null;
  const c = key.slice(d2 + 1);
  return c.includes('.') ? null : c;
}
function oldTableVersions(record: ReportRecord): { t2: FormatVersion | null; t3: FormatVersion | null } {
  let t2new = false;
  let t2old = false;
  for (const [k] of cellsOf(record, 'table2').printed) {
    const c = oldT2Column(k);
    if (c === null) continue;
    if (T2_NEW_COLUMNS.has(c)) t2new = true;
    else if (T2_OLD_COLUMNS.has(c)) t2old = true;
  }
  let t3new = false;
  let t3old = false;
  for (const [k] of indexOf(record).t3OtherHandling) {
    const row = k.split('.').slice(2).join('.');
    if (['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other'].includes(row)) t3new = true;
    else if (row === 'otherHandling.subtotal') t3old = true;
  }
  return {
    t2: t2new && !t2old ? 'rev2021' : t2old && !t2new ? 'trial2019' : null,
    t3: t3new && !t3old ? 'rev2021' : t3old && !t3new ? 'trial2019' : null,
  };
}

const LEAF_SUFFIXES = ['noCorrection', 'feeUnpaid', 'other'].map((l) => `.otherHandling.${l}`);
function oldT3OtherSplit(record: ReportRecord) {
  const guard = unifiedTableGuard(record, 'table3');
  if (guard) return guard;
  const v = record.meta.formatVersion;
  if (v !== 'rev2021' && v !== 'trial2019') return notApplicable('format version unknown');
  const printed = indexOf(record).t3OtherHandling;
  const leafKeys = printed.filter(([k]) => LEAF_SUFFIXES.some((suffix) => k.endsWith(suffix)));
  const single = printed.filter(([k]) => k.endsWith('.otherHandling.subtotal'));
  if (printed.length === 0)
    return result([{ scope: '', outcome: 'notAssessable', note: 'no （六）其他处理 row parsed' }], [
      makeFinding(t3OtherSplit, record, { outcome: 'notAssessable', zh: '表三未读到“（六）其他处理”行', en: 'Table 3: no “other handling” row was read' }),
    ]);
  const rows = leafKeys.length > 0 ? 3 : 1;
  const expected = v === 'rev2021' ? 3 : 1;
  const ok = v === 'rev2021' ? leafKeys.length > 0 : leafKeys.length === 0 && single.length > 0;
  if (ok) return result([{ scope: '', outcome: 'pass' }]);
  const keys = (rows === 3 ? leafKeys : single).map(([k]) => k);
  const cells = (rows === 3 ? leafKeys : single).flatMap(([, c]) => (c.ref ? [c.ref] : []));
  return result([{ scope: '', outcome: 'fail' }], [
    makeFinding(t3OtherSplit, record, {
      zh: `表三“（六）其他处理”印了${rows}行，${v === 'rev2021' ? '2021版' : '2019版'}格式应为${expected}行（模板版本不符）`,
      en: `Table 3 prints ${rows} “other handling” row(s); the ${v} template has ${expected} (template mismatch)`,
      left: rows,
      right: expected,
      delta: rows - expected,
      keys,
      cells,
    }),
  ]);
}

// ---- random records ----

const T2_KEYS = [
  'table2.regulations.issued', 'table2.regulations.newlyMade', 'table2.normativeDocs.totalPublished', 'table2.licensing.yearChange',
  'table2.penalty.prevYearItems', 'table2.adminFees.amountWanYuan', 'table2.centralProcurement.amountYuan', 'table2.licensing.decisions',
  'table2.x', 'table2..issued', 'table2.regulations.issued.extra', 'table2.a.b.c', 'table2.regulations.', 'table2.r.inForce',
];
const T3_KEYS = [
  ...['naturalPerson', 'total', 'orgSubtotal', 'commercialEnterprise'].flatMap((c) =>
    ['newReceived', 'otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other', 'otherHandling.subtotal', 'denied.subtotal', 'resultsTotal'].map((r) => `table3.${c}.${r}`),
  ),
  'table3.total.otherHandling.x.otherHandling.other', 'table3.total.otherHandling.x.subtotal', 'table3.odd.otherHandling.subtotal', 'table3.total.otherHandling.otherish',
];
const OTHER_KEYS = ['table4.review.total', 'legacyStats.requestFeesWanYuan', 'legacyStats.org.budgetWanYuan', 'legacyStats.requests.received', 'legacyStats.cumulative.requestFeesWanYuan'];

const value = fc.oneof(
  fc.integer({ min: -5, max: 50 }),
  fc.constantFrom(0.5, -1.5, 2.25, Number.POSITIVE_INFINITY, Number.NaN, -0),
  fc.constant(null),
  fc.constantFrom('—', '见附件'),
);
const cellsArb = fc.dictionary(fc.constantFrom(...T2_KEYS, ...T3_KEYS, ...OTHER_KEYS), value, { maxKeys: 30 });
const recordArb = fc
  .record({ cells: cellsArb, format: fc.constantFrom<FormatVersion>('trial2019', 'rev2021', 'unknown', 'pre2019'), derived: fc.array(fc.boolean(), { maxLength: 30 }) })
  .map(({ cells, format, derived }) => {
    const r = buildRecord({ cells, format });
    // some cells derived by the parser (the index skips them)
    Object.values(r.cells).forEach((c, i) => {
      if (derived[i]) c.derived = true;
    });
    return r;
  });

describe('rule loops agree with the code they replaced', () => {
  it('NUM-NONNEG and NUM-INTEGER', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        expect(numNonNeg.check({ record: r })).toEqual(oldNumNonNeg(r));
        expect(numInteger.check({ record: r })).toEqual(oldNumInteger(r));
      }),
      { numRuns: 500 },
    );
  });

  it('tableVersions', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        expect(tableVersions(r)).toEqual(oldTableVersions(r));
      }),
      { numRuns: 500 },
    );
  });

  it('T3-OTHER-SPLIT', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        expect(t3OtherSplit.check({ record: r })).toEqual(oldT3OtherSplit(r));
      }),
      { numRuns: 500 },
    );
  });

  it('t3Columns / t3PrintedRows give the filtered lists, for any masks and repeatedly', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        const { t3ColumnBits: cb, t3RowBits: rb } = indexOf(r);
        for (let i = 0; i < 2; i++) {
          expect(t3Columns(r)).toEqual(T3_COLUMNS.filter((_, j) => cb & (1 << j)));
          expect(t3PrintedRows(r)).toEqual(T3_ROWS.filter((_, j) => rb & (1 << j)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
