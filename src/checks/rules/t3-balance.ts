import type { Finding } from '../../model/finding';
import { equationFinding, evaluate, scopeOf, type EquationSpec } from '../equation';
import { unifiedTableGuard } from '../guards';
import { COL_LABEL, t3 } from '../keys';
import { result, type CatalogueRule, type ScopeOutcome } from '../rule';
import { t3Columns } from '../t3-keys';

// One equation per column, the same for every report: built once (evaluate only reads it).
const specs = new Map<string, EquationSpec>();
function specOf(col: string): EquationSpec {
  let spec = specs.get(col);
  if (!spec)
    specs.set(col, (spec = {
      left: { keys: [t3(col, 'newReceived'), t3(col, 'carriedOver')], label: '一+二' },
      right: { keys: [t3(col, 'resultsTotal'), t3(col, 'carriedForward')], label: '三（七）+四' },
    }));
  return spec;
}

/** The corner note of table 3: 第一项加第二项之和，等于第三项加第四项之和 — per column. */
export const t3Balance: CatalogueRule = {
  id: 'T3-BALANCE',
  severity: 'error',
  appliesTo: 'unified',
  formula: '∀ column c: newReceived + carriedOver = resultsTotal + carriedForward',
  description: {
    zh: '表三每列：一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理（表中勾稽关系）',
    en: 'Table 3, every column: received this year + carried over = results total + carried forward (the printed balance note)',
  },
  reads: ['table3.*.newReceived', 'table3.*.carriedOver', 'table3.*.resultsTotal', 'table3.*.carriedForward'],
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table3');
    if (guard) return guard;
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const col of t3Columns(record)) {
      const scope = COL_LABEL[col] ?? col;
      const res = evaluate(t3Balance, record, specOf(col));
      scopes.push(scopeOf(res, scope));
      if (res.reason === 'allBlank') continue; // an empty column: CELL-BLANK lists it
      const f = equationFinding(t3Balance, record, res, { zh: '“一+二=三（七）+四”', en: 'received + carried over = answered + carried forward', scope });
      if (f) findings.push(f);
    }
    return result(scopes, findings);
  },
};
