import { unifiedTableGuard } from '../guards';
import { t3 } from '../keys';
import { fmtNum, numberOf, refsOf } from '../read';
import { makeFinding, result, type CatalogueRule } from '../rule';

/** Open cases at 31 Dec should mostly be December receipts (Art. 33: 20 + 20 working days). */
export const t3CarryPlausible: CatalogueRule = {
  id: 'T3-CARRY-PLAUSIBLE',
  severity: 'info',
  appliesTo: 'unified',
  formula: 'carriedForward ≤ 0.5 × (newReceived + carriedOver) when newReceived ≥ 10',
  description: {
    zh: '结转下年度的申请超过全年在办申请的一半（本年新收≥10时）',
    en: 'More than half of the year’s applications carried forward (when at least 10 were received)',
  },
  reads: ['table3.total.newReceived', 'table3.total.carriedOver', 'table3.total.carriedForward'],
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table3');
    if (guard) return guard;
    const keys = ['newReceived', 'carriedOver', 'carriedForward'].map((r) => t3('total', r));
    const [n, o, f] = keys.map((k) => numberOf(record, k) ?? (record.cells[k]?.kind === 'blank' ? 0 : null));
    if (n === null || n === undefined || o === null || o === undefined || f === null || f === undefined)
      return result([{ scope: '总计', outcome: 'notAssessable', note: 'total column unreadable' }]);
    if (n < 10) return result([{ scope: '总计', outcome: 'notApplicable', note: 'fewer than 10 received' }]);
    if (f <= 0.5 * (n + o)) return result([{ scope: '总计', outcome: 'pass' }]);
    return result([{ scope: '总计', outcome: 'fail' }], [
      makeFinding(t3CarryPlausible, record, {
        outcome: 'info',
        zh: `结转下年度${fmtNum(f)}件，超过全年在办${fmtNum(n + o)}件的一半`,
        en: `${fmtNum(f)} carried forward, more than half of the ${fmtNum(n + o)} handled in the year`,
        formula: `四 = ${fmtNum(f)} > 0.5 × (一+二) = ${fmtNum(0.5 * (n + o))}`,
        left: f,
        right: 0.5 * (n + o),
        delta: f - 0.5 * (n + o),
        keys,
        cells: refsOf(record, keys),
        scope: '总计',
      }),
    ]);
  },
};
