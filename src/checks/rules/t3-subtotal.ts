import type { Finding } from '../../model/finding';
import { equationFinding, evaluate, scopeOf } from '../equation';
import { unifiedTableGuard } from '../guards';
import { COL_LABEL, ROW_LABEL, T3_ORG_COLS, t3 } from '../keys';
import { notApplicable, result, type CatalogueRule, type ScopeOutcome } from '../rule';
import { columnKeys, t3Columns, t3PrintedRows } from '../t3-keys';

/**
 * Printed 小计 rows and a printed 法人或其他组织小计 column (non-standard layouts) must equal
 * their parts. In the official layout subtotals are derived, so the rule is not applicable.
 * trial2019's single （六）其他处理 row is stored as a printed otherHandling.subtotal with no
 * leaves — not a subtotal, so it is skipped.
 */
export const t3Subtotal: CatalogueRule = {
  id: 'T3-SUBTOTAL',
  severity: 'error',
  appliesTo: 'unified, if printed',
  formula: 'printed *.subtotal = Σ its leaves; printed orgSubtotal = Σ five org columns',
  description: {
    zh: '表三印出的小计行/“法人或其他组织小计”列 = 其各项之和',
    en: 'Table 3: printed subtotal rows and a printed organisation-subtotal column equal the sums of their parts',
  },
  reads: ['table3.*.*.subtotal', 'table3.orgSubtotal.*'],
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table3');
    if (guard) return guard;
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    const add = (scope: string, left: string, right: string[], label: string) => {
      const res = evaluate(t3Subtotal, record, { left: { keys: [left], label: '小计' }, right: { keys: right, label } });
      scopes.push(scopeOf(res, scope));
      if (res.reason === 'allBlank') return;
      const f = equationFinding(t3Subtotal, record, res, { zh: '“小计 = 各项之和”', en: 'subtotal = sum of its parts', scope });
      if (f) findings.push(f);
    };
    const printed = (k: string) => {
      const c = record.cells[k];
      return !!c && !c.derived;
    };
    for (const col of t3Columns(record)) {
      for (const { name: cat, leaves, subtotal: [subtotal] } of columnKeys(col).categories) {
        if (!printed(subtotal!)) continue;
        if (!leaves.some(printed)) continue; // printed single row (trial2019 其他处理), no parts
        add(`${COL_LABEL[col] ?? col} ${ROW_LABEL[`${cat}.subtotal`] ?? cat}`, subtotal!, leaves, '各项');
      }
    }
    if (t3Columns(record).includes('orgSubtotal')) {
      for (const row of t3PrintedRows(record)) {
        const c = record.cells[t3('orgSubtotal', row)];
        if (!c || c.derived) continue;
        add(`${ROW_LABEL[row] ?? row} 法人或其他组织小计`, t3('orgSubtotal', row), T3_ORG_COLS.map((o) => t3(o, row)), '五类法人或其他组织');
      }
    }
    if (scopes.length === 0) return notApplicable('no printed subtotal');
    return result(scopes, findings);
  },
};
