// Table 2 rules (checks.md T2-*): inequalities only — no official equation ties the columns.
import type { Finding } from '../../model/finding';
import type { ReportRecord } from '../../model/record';
import { equationFinding, evaluate, scopeOf, type EquationSpec } from '../equation';
import { unifiedTableGuard } from '../guards';
import { fmtNum, numberOf, refsOf } from '../read';
import { makeFinding, notApplicable, result, type CatalogueRule, type ScopeOutcome } from '../rule';

const ROW_ZH: Record<string, string> = {
  regulations: '规章', normativeDocs: '规范性文件', licensing: '行政许可', otherServices: '其他对外管理服务事项',
  penalty: '行政处罚', coercion: '行政强制', adminFees: '行政事业性收费',
};

/** each row's equation, built once at load (the keys are the same for every report) */
const specsOf = (rows: string[], spec: (row: string) => EquationSpec): [string, EquationSpec][] => rows.map((row) => [row, spec(row)]);

function fanOut(rule: CatalogueRule, record: ReportRecord, version: 'rev2021' | 'trial2019', specs: [string, EquationSpec][], what: { zh: string; en: string }) {
  const guard = unifiedTableGuard(record, 'table2');
  if (guard) return guard;
  if (record.meta.formatVersion !== version) return notApplicable(`defined for ${version} tables`);
  const scopes: ScopeOutcome[] = [];
  const findings: Finding[] = [];
  const present = (k: string) => !!record.cells[k];
  for (const [row, s] of specs) {
    if (!s.left.keys.some(present) && !s.right.keys.some(present)) continue; // row not printed
    const scope = ROW_ZH[row] ?? row;
    const res = evaluate(rule, record, s);
    scopes.push(scopeOf(res, scope));
    if (res.reason === 'allBlank') continue;
    const f = equationFinding(rule, record, res, { zh: what.zh, en: what.en, scope });
    if (f) findings.push(f);
  }
  if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'rows not printed' }]);
  return result(scopes, findings);
}

const INFORCE_SPECS = specsOf(['regulations', 'normativeDocs'], (row) => ({
  left: { keys: [`table2.${row}.inForce`, `table2.${row}.repealed`], label: '现行有效件数+本年废止件数' },
  right: { keys: [`table2.${row}.issued`], label: '本年制发件数' },
  relation: 'ge',
}));

export const t2InforceFloor: CatalogueRule = {
  id: 'T2-INFORCE-FLOOR',
  severity: 'warning',
  appliesTo: 'rev2021',
  formula: 'inForce ≥ issued − repealed (regulations, normativeDocs)',
  description: {
    zh: '表二：现行有效件数 ≥ 本年制发件数 − 本年废止件数（未经废止而失效的文件除外）',
    en: 'Table 2: documents in force ≥ issued − repealed this year (documents may lapse without repeal)',
  },
  reads: ['table2.regulations.*', 'table2.normativeDocs.*'],
  check({ record }) {
    return fanOut(t2InforceFloor, record, 'rev2021', INFORCE_SPECS, { zh: '“现行有效 ≥ 制发 − 废止”', en: 'in force ≥ issued − repealed' });
  },
};

const PUBLISHED_SPECS = specsOf(['regulations', 'normativeDocs'], (row) => ({
  left: { keys: [`table2.${row}.totalPublished`], label: '对外公开总数量' },
  right: { keys: [`table2.${row}.newlyPublished`], label: '本年新公开数量' },
  relation: 'ge',
}));

export const t2Published2019: CatalogueRule = {
  id: 'T2-2019-PUBLISHED',
  severity: 'warning',
  appliesTo: 'trial2019',
  formula: 'totalPublished ≥ newlyPublished',
  description: { zh: '表二（2019版）：对外公开总数量 ≥ 本年新公开数量', en: 'Table 2 (2019): total published ≥ newly published this year' },
  reads: ['table2.regulations.*', 'table2.normativeDocs.*'],
  check({ record }) {
    return fanOut(t2Published2019, record, 'trial2019', PUBLISHED_SPECS, { zh: '“对外公开总数量 ≥ 本年新公开数量”', en: 'total published ≥ newly published' });
  },
};

const ITEM_ROWS = ['licensing', 'otherServices', 'penalty', 'coercion', 'adminFees'];
const itemKeys = (row: string): string[] => [`table2.${row}.prevYearItems`, `table2.${row}.yearChange`];
/** [row, its prevYearItems and yearChange keys], built once */
const ITEM_KEYS: [string, string[]][] = ITEM_ROWS.map((row) => [row, itemKeys(row)]);

const ITEMS_NEG_SPECS = specsOf(ITEM_ROWS, (row) => ({
  left: { keys: itemKeys(row), label: '上一年项目数量+本年增/减' },
  right: { keys: [], label: '0' },
  relation: 'ge',
}));

export const t2ItemsNeg2019: CatalogueRule = {
  id: 'T2-2019-ITEMS-NEG',
  severity: 'warning',
  appliesTo: 'trial2019',
  formula: 'prevYearItems + yearChange ≥ 0',
  description: { zh: '表二（2019版）：上一年项目数量 + 本年增/减 ≥ 0', en: 'Table 2 (2019): last year’s items + this year’s change ≥ 0' },
  reads: ITEM_ROWS.flatMap((r) => [`table2.${r}.prevYearItems`, `table2.${r}.yearChange`]),
  check({ record }) {
    return fanOut(t2ItemsNeg2019, record, 'trial2019', ITEMS_NEG_SPECS, { zh: '“上一年项目数量 + 本年增/减 ≥ 0”', en: 'items + change ≥ 0' });
  },
};

export const t2ItemsScale2019: CatalogueRule = {
  id: 'T2-2019-ITEMS-SCALE',
  severity: 'info',
  appliesTo: 'trial2019',
  formula: 'abs(yearChange) ≤ 10 × max(prevYearItems, 10)',
  description: {
    zh: '表二（2019版）：本年增/减远超上一年项目数量（可能填了金额或件数）',
    en: 'Table 2 (2019): a change that dwarfs last year’s item count (probably an amount or a number of cases)',
  },
  reads: ITEM_ROWS.flatMap((r) => [`table2.${r}.prevYearItems`, `table2.${r}.yearChange`]),
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table2');
    if (guard) return guard;
    if (record.meta.formatVersion !== 'trial2019') return notApplicable('defined for trial2019 tables');
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const [row, keys] of ITEM_KEYS) {
      if (!keys.some((k) => record.cells[k])) continue;
      const scope = ROW_ZH[row] ?? row;
      const prev = numberOf(record, keys[0]!);
      const change = numberOf(record, keys[1]!);
      if (prev === null || change === null) {
        scopes.push({ scope, outcome: 'notAssessable' });
        continue;
      }
      const limit = 10 * Math.max(prev, 10);
      if (Math.abs(change) <= limit) {
        scopes.push({ scope, outcome: 'pass' });
        continue;
      }
      scopes.push({ scope, outcome: 'fail' });
      findings.push(
        makeFinding(t2ItemsScale2019, record, {
          outcome: 'info',
          zh: `${scope}：本年增/减 ${change > 0 ? '+' : ''}${fmtNum(change)} 对上一年项目数量 ${fmtNum(prev)}，可能是金额或件数而非项目增减`,
          en: `${row}: change ${fmtNum(change)} against ${fmtNum(prev)} items — probably an amount or a number of cases, not a change in items`,
          formula: `|本年增/减| = ${fmtNum(Math.abs(change))} > 10 × max(上一年项目数量, 10) = ${fmtNum(limit)}`,
          left: Math.abs(change),
          right: limit,
          delta: Math.abs(change) - limit,
          keys: [...keys],
          cells: refsOf(record, keys),
          scope,
        }),
      );
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'rows not printed' }]);
    return result(scopes, findings);
  },
};
