import type { CellValue } from '../../model/record';
import { unifiedTableGuard } from '../guards';
import { OTHER_HANDLING_LEAVES } from '../keys';
import { indexOf } from '../record-index';
import { makeFinding, notApplicable, result, type CatalogueRule } from '../rule';

const LEAF_SUFFIXES = OTHER_HANDLING_LEAVES.map((l) => `.${l}`);
const SINGLE_SUFFIX = '.otherHandling.subtotal';

/** the printed 其他处理 cells of the three-row layout (leaves) and of the one-row layout (subtotal), in one pass */
function splitRows(printed: [string, CellValue][]): { leafKeys: [string, CellValue][]; single: [string, CellValue][] } {
  const leafKeys: [string, CellValue][] = [];
  const single: [string, CellValue][] = [];
  for (const entry of printed) {
    const k = entry[0];
    if (LEAF_SUFFIXES.some((suffix) => k.endsWith(suffix))) leafKeys.push(entry);
    if (k.endsWith(SINGLE_SUFFIX)) single.push(entry);
  }
  return { leafKeys, single };
}

/** 30号 split （六）其他处理 into three rows; the 2019 trial table has one. */
export const t3OtherSplit: CatalogueRule = {
  id: 'T3-OTHER-SPLIT',
  severity: 'warning',
  appliesTo: 'unified',
  formula: 'rev2021 ⇒ three 其他处理 rows; trial2019 ⇒ one row',
  description: {
    zh: '2021版表三“（六）其他处理”应分三行（逾期不补正/逾期未缴费/其他），2019版为一行',
    en: 'Table 3 “other handling”: three rows in the 2021 format, one row in the 2019 trial format',
  },
  reads: ['table3.*.otherHandling.*'],
  check({ record }) {
    const guard = unifiedTableGuard(record, 'table3');
    if (guard) return guard;
    const v = record.meta.formatVersion;
    if (v !== 'rev2021' && v !== 'trial2019') return notApplicable('format version unknown');
    const printed = indexOf(record).t3OtherHandling;
    const { leafKeys, single } = splitRows(printed);
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
  },
};
