import type { Finding } from '../../model/finding';
import type { ReportRecord } from '../../model/record';
import { equationFinding, evaluate, scopeOf } from '../equation';
import { unifiedTableGuard } from '../guards';
import { COL_LABEL, t3 } from '../keys';
import { keyInfo } from '../record-index';
import { fmtNum, numberOf } from '../read';
import { result, type CatalogueRule, type ScopeOutcome } from '../rule';
import { outcomeKeys, rowKeys, t3Columns } from '../t3-keys';

/** Σ over the six component columns of each outcome row (blank = 0); null if a cell is unreadable. */
function rowDerivedTotal(record: ReportRecord): number | null {
  let sum = 0;
  for (const key of outcomeKeys(record, 'total')) {
    for (const component of rowKeys(keyInfo(key).t3Row).components) {
      const c = record.cells[component];
      if (!c || c.kind === 'blank' || c.kind === 'placeholder') continue;
      if (c.kind === 'text' || c.value === null) return null;
      sum += c.value;
    }
  }
  return sum;
}

/** Outcome rows are mutually exclusive (部分公开: 只计这一情形), so they add up to （七）总计. */
export const t3ResultsSum: CatalogueRule = {
  id: 'T3-RESULTS-SUM',
  severity: 'error',
  appliesTo: 'unified',
  formula:
    '∀ c: resultsTotal = granted + partiallyGranted + Σdenied(8) + Σunavailable(3) + ΣnotProcessed(5) + otherHandling (1 row 2019 / 3 rows 2021)',
  description: {
    zh: '表三每列：（七）总计 = （一）至（六）各项之和',
    en: 'Table 3, every column: results total = sum of the outcome rows (一)–(六)',
  },
  reads: ['table3.*.resultsTotal', 'table3.*.granted', 'table3.*.partiallyGranted', 'table3.*.denied.*', 'table3.*.unavailable.*', 'table3.*.notProcessed.*', 'table3.*.otherHandling.*'],
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table3');
    if (guard) return guard;
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const col of t3Columns(record)) {
      const scope = COL_LABEL[col] ?? col;
      const res = evaluate(t3ResultsSum, record, {
        left: { keys: [t3(col, 'resultsTotal')], label: '（七）总计' },
        right: { keys: outcomeKeys(record, col), label: '（一）+…+（六）' },
      });
      scopes.push(scopeOf(res, scope));
      if (res.reason === 'allBlank') continue;
      const f = equationFinding(t3ResultsSum, record, res, { zh: '“（七）总计 = （一）至（六）之和”', en: 'results total = sum of outcome rows', scope });
      if (!f) continue;
      // Shanghai 2019 style: the 总计 column of the outcome rows is left blank; say what the rows give.
      if (col === 'total' && res.reason === 'sideBlank') {
        const derived = rowDerivedTotal(record);
        const printed = numberOf(record, t3('total', 'resultsTotal'));
        if (derived !== null && printed !== null) {
          const same = derived === printed;
          f.message.zh += `；按各列相加得 ${fmtNum(derived)}，${same ? '与' : '不等于'}（七）总计 ${fmtNum(printed)}${same ? '一致' : ''}（见 T3-TOTAL-BLANK）`;
          f.message.en += `; summing the other columns row by row gives ${fmtNum(derived)}, ${same ? 'equal to' : 'not'} the printed ${fmtNum(printed)} (see T3-TOTAL-BLANK)`;
          f.left = printed;
          f.right = derived;
          f.delta = printed - derived;
        }
      }
      findings.push(f);
    }
    return result(scopes, findings);
  },
};
