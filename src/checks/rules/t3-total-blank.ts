import type { Finding } from '../../model/finding';
import type { CellRef } from '../../model/record';
import { unifiedTableGuard } from '../guards';
import { ROW_LABEL } from '../keys';
import { fmtNum, isEmptyKind, numberOf } from '../read';
import { makeFinding, result, type CatalogueRule } from '../rule';
import { outcomeKeys, rowKeys, t3PrintedRows } from '../t3-keys';

/**
 * 总计 cell blank while its row has non-zero components (Shanghai 2019 leaves the whole 总计
 * column of the outcome rows empty). One grouped finding; it names the totals the rows give.
 */
export const t3TotalBlank: CatalogueRule = {
  id: 'T3-TOTAL-BLANK',
  severity: 'warning',
  appliesTo: 'unified',
  formula: 'total[r] blank while some component of row r is a non-zero number (or resultsTotal blank while outcome rows are filled)',
  description: {
    zh: '表三某行“总计”为空，但该行其他列有非零数字（或（七）总计为空而各结果行有数）',
    en: 'Table 3: a total-column cell is blank while its row has non-zero numbers (or the results total is blank while outcome rows are filled)',
  },
  reads: ['table3.total.*', 'table3.<component columns>.*'],
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table3');
    if (guard) return guard;
    const rows: { row: string; derived: number }[] = [];
    const keys: string[] = [];
    const cells: CellRef[] = [];
    const blankTotals: CellRef[] = []; // the defect itself: listed first (highlight order), rows in order
    for (const row of t3PrintedRows(record)) {
      const { total: totalKey, components: comps } = rowKeys(row);
      const total = record.cells[totalKey];
      if (!total || !isEmptyKind(total)) continue;
      let derived = 0;
      let nonZero = false;
      for (const k of comps) {
        const v = numberOf(record, k);
        if (v !== null) derived += v;
        if (v) {
          nonZero = true;
          keys.push(k);
          const ref = record.cells[k]?.ref;
          if (ref) cells.push(ref);
        }
      }
      // resultsTotal blank while the 总计 column's outcome rows carry numbers
      if (row === 'resultsTotal' && !nonZero) {
        const filled = outcomeKeys(record, 'total').filter((k) => numberOf(record, k));
        if (filled.length) {
          nonZero = true;
          derived = filled.reduce((s, k) => s + (numberOf(record, k) ?? 0), 0);
        }
      }
      if (!nonZero) continue;
      rows.push({ row, derived });
      keys.push(totalKey);
      if (total.ref) blankTotals.push(total.ref);
    }
    if (rows.length === 0) return result([{ scope: '', outcome: 'pass' }]);
    const list = rows.map((r) => `${ROW_LABEL[r.row] ?? r.row}=${fmtNum(r.derived)}`).join('，');
    const finding: Finding = makeFinding(t3TotalBlank, record, {
      zh: `表三有${rows.length}行“总计”为空而该行有非零数字；按各列相加：${list}`,
      en: `Table 3: ${rows.length} row(s) leave the total cell blank although the row has non-zero numbers; derived totals: ${rows.map((r) => `${r.row}=${fmtNum(r.derived)}`).join(', ')}`,
      keys,
      cells: [...blankTotals, ...cells],
      scope: rows.map((r) => ROW_LABEL[r.row] ?? r.row).join('、'),
      note: 'totals derived from the row',
    });
    return result([{ scope: '', outcome: 'fail' }], [finding]);
  },
};
