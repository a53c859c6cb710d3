import type { Finding } from '../../model/finding';
import { equationFinding, evaluate, scopeOf, type EquationSpec } from '../equation';
import { unifiedTableGuard } from '../guards';
import { T4_GROUPS, T4_GROUP_LABEL, T4_OUTCOMES, t4 } from '../keys';
import { numberOf, refsOf } from '../read';
import { makeFinding, result, type CatalogueRule, type ScopeOutcome } from '../rule';

// One equation per group, the same for every report (evaluate only reads it).
const GROUP_SPECS: Record<string, EquationSpec> = Object.fromEntries(
  T4_GROUPS.map((g) => [
    g,
    {
      left: { keys: [t4(g, 'total')], label: '总计' },
      right: { keys: T4_OUTCOMES.map((o) => t4(g, o)), label: '维持+纠正+其他+尚未审结' },
    },
  ]),
);

/** The printed 总计 of each group includes 尚未审结 (not the peer's closed-case sum). */
export const t4RowSum: CatalogueRule = {
  id: 'T4-ROWSUM',
  severity: 'error',
  appliesTo: 'unified',
  formula: '∀ g ∈ {review, litigationDirect, litigationAfterReview}: total = upheld + corrected + other + pending',
  description: {
    zh: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    en: 'Table 4, each group: total = upheld + corrected + other + pending',
  },
  reads: ['table4.*.upheld', 'table4.*.corrected', 'table4.*.other', 'table4.*.pending', 'table4.*.total'],
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table4');
    if (guard) return guard;
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const g of T4_GROUPS) {
      const scope = T4_GROUP_LABEL[g] ?? g;
      const res = evaluate(t4RowSum, record, GROUP_SPECS[g]!);
      scopes.push(scopeOf(res, scope));
      if (res.reason === 'allBlank') continue;
      const f = equationFinding(t4RowSum, record, res, { zh: '“总计 = 维持+纠正+其他+尚未审结”', en: 'total = upheld + corrected + other + pending', scope });
      if (f) findings.push(f);
    }
    return result(scopes, findings);
  },
};

export const t4AfterReview: CatalogueRule = {
  id: 'T4-AFTER-REVIEW',
  severity: 'info',
  appliesTo: 'unified',
  formula: 'litigationAfterReview.total > 0 ∧ review.total = 0',
  description: {
    zh: '有“复议后起诉”案件但本年无行政复议（复议可能属于往年或其他机关，仅提示）',
    en: 'Lawsuits after review but no review this year (the review may be older or elsewhere; observation only)',
  },
  reads: ['table4.litigationAfterReview.total', 'table4.review.total'],
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table4');
    if (guard) return guard;
    const keys = [t4('litigationAfterReview', 'total'), t4('review', 'total')];
    const after = numberOf(record, keys[0]!);
    const review = numberOf(record, keys[1]!) ?? (record.cells[keys[1]!]?.kind === 'blank' ? 0 : null);
    if (after === null || review === null) return result([{ scope: '', outcome: 'notAssessable' }]);
    if (!(after > 0 && review === 0)) return result([{ scope: '', outcome: 'pass' }]);
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(t4AfterReview, record, {
        outcome: 'info',
        zh: `复议后起诉${after}件，但本年行政复议为0`,
        en: `${after} lawsuit(s) after review but no review this year`,
        left: after,
        right: review,
        keys,
        cells: refsOf(record, keys),
      }),
    ]);
  },
};
