// NUM-*: counts are non-negative integers; amounts carry consistent units.
import type { Finding } from '../../model/finding';
import type { CellValue, ReportRecord } from '../../model/record';
import { isAmountKey, isSignedKey } from '../keys';
import { fmtNum } from '../read';
import { cellsOf, derivedOf } from '../record-index';
import { makeFinding, result, type CatalogueRule, type ScopeOutcome } from '../rule';

const TABLES = ['table2', 'table3', 'table4', 'legacyStats'];

// Both NUM-NONNEG and NUM-INTEGER scan the same cells, listed by the record index per table
// (joined once per run; callers only read the list).
function joinNumberCells(record: ReportRecord): [string, CellValue][] {
  const cells: [string, CellValue][] = [];
  for (const t of TABLES) for (const entry of cellsOf(record, t).numbers) cells.push(entry);
  return cells;
}
const numberCells = (record: ReportRecord): [string, CellValue][] => derivedOf(record, joinNumberCells);

// Plain loops below, not filter chains: these walk every number cell (~200) on every run, and
// the lists they build are almost always empty.

/** the negative cells, except the signed keys (2019 本年增/减) */
function negatives(cells: [string, CellValue][]): [string, CellValue][] {
  const bad: [string, CellValue][] = [];
  for (const entry of cells) if (entry[1].value! < 0 && !isSignedKey(entry[0])) bad.push(entry);
  return bad;
}

/**
 * Whether some cell is a count (not an amount), and the counts that are not integers. Once a
 * count is seen, an integer cell is settled without asking whether it is an amount.
 */
function nonIntegerCounts(cells: [string, CellValue][]): { anyCount: boolean; bad: [string, CellValue][] } {
  let anyCount = false;
  const bad: [string, CellValue][] = [];
  for (const entry of cells) {
    const integer = Number.isInteger(entry[1].value);
    if (anyCount && integer) continue;
    if (isAmountKey(entry[0])) continue;
    anyCount = true;
    if (!integer) bad.push(entry);
  }
  return { anyCount, bad };
}

export const numNonNeg: CatalogueRule = {
  id: 'NUM-NONNEG',
  severity: 'error',
  appliesTo: 'tables',
  formula: 'every count ≥ 0 (exempt: table2.*.yearChange)',
  description: { zh: '数量不能为负（2019版“本年增/减”除外）', en: 'Counts are never negative (except the 2019 “change this year”)' },
  reads: ['table2.*', 'table3.*', 'table4.*', 'legacyStats.*'],
  check({ record }) {
    const cells = numberCells(record);
    if (cells.length === 0) return result([{ scope: '', outcome: 'notApplicable', note: 'no numbers' }]);
    const bad = negatives(cells);
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
  },
};

export const numInteger: CatalogueRule = {
  id: 'NUM-INTEGER',
  severity: 'warning',
  appliesTo: 'tables',
  formula: 'every count is an integer (amount cells exempt)',
  description: { zh: '数量应为整数（金额除外）；小数常为读数错误', en: 'Counts are integers (amounts exempt); a decimal is usually a reading slip' },
  reads: ['table2.*', 'table3.*', 'table4.*', 'legacyStats.*'],
  check({ record }) {
    const { anyCount, bad } = nonIntegerCounts(numberCells(record));
    if (!anyCount) return result([{ scope: '', outcome: 'notApplicable', note: 'no counts' }]);
    return result([{ scope: '', outcome: bad.length ? 'fail' : 'pass' }], bad.map(([k, c]) =>
      makeFinding(numInteger, record, {
        zh: `数量不是整数：“${c.raw}”`,
        en: `count ${fmtNum(c.value)} at ${k} is not an integer`,
        keys: [k],
        cells: c.ref ? [c.ref] : [],
        scope: k,
      }),
    ));
  },
};

/** header unit per amount key ('' = no header unit, the cell's suffix decides) */
const HEADER_UNIT: Record<string, string> = {
  'table2.adminFees.amountWanYuan': '万元',
  'table2.centralProcurement.amountYuan': '',
};

export const numUnit: CatalogueRule = {
  id: 'NUM-UNIT',
  severity: 'warning',
  appliesTo: 'table 2',
  formula: 'amount unit printed in the cell conflicts with the header unit, or has to be converted',
  description: {
    zh: '金额单元格所印单位与表头单位冲突（如表头“万元”而单元格写“元”）',
    en: 'An amount cell’s printed unit conflicts with the header unit (header 万元, cell “2000元”)',
  },
  reads: Object.keys(HEADER_UNIT),
  check({ record }) {
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const [key, header] of Object.entries(HEADER_UNIT)) {
      const c = record.cells[key];
      if (!c) continue;
      if (c.kind === 'blank' || c.kind === 'placeholder') {
        scopes.push({ scope: key, outcome: 'notAssessable', note: 'blank' });
        continue;
      }
      if (c.kind === 'text') {
        scopes.push({ scope: key, outcome: 'notAssessable', note: 'text' });
        continue;
      }
      if (header && c.unit && c.unit !== header) {
        scopes.push({ scope: key, outcome: 'fail' });
        // no 元 in the cell: the unit is the table's own (its header "本年收费金额（单位：元）", a title, 单位：元 above it, a 金额单位 column), not the template's
        const fromHeader = !c.raw.includes('元');
        findings.push(
          makeFinding(numUnit, record, {
            zh: fromHeader ? `表格印的单位为${c.unit}（表头、标题、“单位”说明或单位栏），统一格式为${header}：“${c.raw}”按${c.unit}读取并换算` : `表头单位为${header}，单元格却写“${c.raw}”（单位${c.unit}）`,
            en: fromHeader ? `the table prints ${c.unit} (its header, title, unit line or unit column) where the template has ${header}: “${c.raw}” read in ${c.unit} and converted` : `header unit ${header} but the cell prints “${c.raw}” (${c.unit})`,
            keys: [key],
            cells: c.ref ? [c.ref] : [],
            scope: key,
          }),
        );
        continue;
      }
      if (!header && !c.unit && c.value !== 0) {
        scopes.push({ scope: key, outcome: 'notAssessable', note: 'no unit printed' });
        findings.push(
          makeFinding(numUnit, record, {
            outcome: 'notAssessable',
            zh: `采购总金额“${c.raw}”未注明单位（元或万元）`,
            en: `procurement amount “${c.raw}” has no unit (元 or 万元)`,
            keys: [key],
            cells: c.ref ? [c.ref] : [],
            scope: key,
          }),
        );
        continue;
      }
      scopes.push({ scope: key, outcome: 'pass', note: c.unit && c.unit !== header ? `unit ${c.unit} normalised` : undefined });
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notApplicable', note: 'no amount cells' }]);
    return result(scopes, findings);
  },
};
