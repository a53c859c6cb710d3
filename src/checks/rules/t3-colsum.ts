import type { Finding } from '../../model/finding';
import { equationFinding, evaluate, scopeOf, type EquationSpec } from '../equation';
import { unifiedTableGuard } from '../guards';
import { ROW_LABEL } from '../keys';
import { isEmptyKind } from '../read';
import { result, type CatalogueRule, type ScopeOutcome } from '../rule';
import { rowKeys, t3PrintedRows } from '../t3-keys';

// One equation per table-3 row, the same for every report: built once (evaluate only reads it).
const specs = new Map<string, EquationSpec>();
function specOf(row: string): EquationSpec {
  let spec = specs.get(row);
  if (!spec)
    specs.set(row, (spec = {
      left: { keys: [rowKeys(row).total], label: '总计' },
      right: { keys: rowKeys(row).components, label: '自然人+法人或其他组织' },
    }));
  return spec;
}

/** 总计 column = 自然人 + the five 法人或其他组织 columns, for every printed row. */
export const t3Colsum: CatalogueRule = {
  id: 'T3-COLSUM',
  severity: 'error',
  appliesTo: 'unified',
  formula: '∀ row r: total[r] = naturalPerson[r] + Σ five org columns[r]',
  description: {
    zh: '表三每行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
    en: 'Table 3, every row: total column = natural persons + the five organisation columns',
  },
  reads: ['table3.total.*', 'table3.naturalPerson.*', 'table3.<org columns>.*'],
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table3');
    if (guard) return guard;
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const row of t3PrintedRows(record)) {
      const scope = ROW_LABEL[row] ?? row;
      const res = evaluate(t3Colsum, record, specOf(row));
      scopes.push(scopeOf(res, scope));
      if (res.reason === 'allBlank') continue;
      // a blank 总计 cell is reported (grouped) by T3-TOTAL-BLANK
      if (res.outcome === 'notAssessable' && isEmptyKind(record.cells[rowKeys(row).total])) continue;
      const circular = res.reason === 'circular';
      const f = equationFinding(t3Colsum, record, res, {
        zh: '“总计 = 各申请人列之和”',
        en: 'total = sum of applicant columns',
        scope,
      });
      if (f && circular) {
        f.message.zh = `${scope}：无法核对“总计 = 各申请人列之和”——该行数字连写，正是按此关系拆分的，不能再用它验证`;
        f.message.en = `${scope}: cannot check total = sum of columns — the run-together digits of this row were split using this very relation`;
      }
      if (f) findings.push(f);
    }
    return result(scopes, findings);
  },
};
