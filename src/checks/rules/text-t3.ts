// TEXT-T3: headline numbers of the narrative against table 3 (checks.md §2 TEXT-T3). Any of the
// listed readings is accepted; on a mismatch the finding names the single cell that equals the
// narrative number, if there is one (Shanghai 2019: 258 = 自然人 予以公开).
import type { Finding } from '../../model/finding';
import type { CellRef, NarrativeNumber, ReportRecord } from '../../model/record';
import { COL_LABEL, ROW_LABEL, T3_ROWS } from '../keys';
import { fmtNum, unifiedApplies, hasTable } from '../read';
import { printedOf } from '../record-index';
import { makeFinding, notApplicable, result, silentlyNotAssessable, type CatalogueRule, type ScopeOutcome } from '../rule';
import { categoryKeys, rowKeys } from '../t3-keys';

/** value of a table-3 row in the 总计 column; when that cell is blank, the sum of the row's columns */
function rowValue(record: ReportRecord, row: string): { value: number | null; keys: string[]; derived: boolean } {
  const { total: totalKey, components } = rowKeys(row);
  const total = record.cells[totalKey];
  if (total?.kind === 'number' && total.value !== null) return { value: total.value, keys: [totalKey], derived: false };
  let sum = 0;
  let any = false;
  const keys: string[] = [];
  for (const key of components) {
    const c = record.cells[key];
    if (!c) continue;
    if (c.kind === 'text' || (c.kind === 'number' && c.value === null)) return { value: null, keys: [], derived: true };
    if (c.kind === 'number') {
      sum += c.value!;
      any = true;
      keys.push(key);
    }
  }
  return { value: any || total ? sum : null, keys, derived: true };
}

function sumRows(record: ReportRecord, rows: string[]) {
  let value = 0;
  let derived = false;
  const keys: string[] = [];
  for (const row of rows) {
    const v = rowValue(record, row);
    if (v.value === null) return { value: null, keys: [], derived };
    value += v.value;
    derived ||= v.derived;
    keys.push(...v.keys);
  }
  return { value, keys, derived };
}

const cat = (record: ReportRecord, c: string): string[] => categoryKeys(record, 'total', c).map((k) => k.slice('table3.total.'.length));

/** topic → accepted readings (each a list of rows summed) with their labels */
const READINGS: Record<string, (r: ReportRecord) => { rows: string[]; label: string }[]> = {
  applicationsReceived: () => [
    { rows: ['newReceived'], label: '一、本年新收' },
    { rows: ['newReceived', 'carriedOver'], label: '一+二' },
  ],
  applicationsAnswered: () => [{ rows: ['resultsTotal'], label: '（七）总计' }],
  carriedOver: () => [{ rows: ['carriedOver'], label: '二、上年结转' }],
  carriedForward: () => [{ rows: ['carriedForward'], label: '四、结转下年度' }],
  granted: () => [{ rows: ['granted'], label: '（一）予以公开' }],
  partiallyGranted: () => [{ rows: ['partiallyGranted'], label: '（二）部分公开' }],
  grantedAndPartial: () => [{ rows: ['granted', 'partiallyGranted'], label: '（一）+（二）' }],
  denied: (r) => [{ rows: cat(r, 'denied'), label: '（三）不予公开' }],
  unavailable: (r) => [{ rows: cat(r, 'unavailable'), label: '（四）无法提供' }],
  notProcessed: (r) => [{ rows: cat(r, 'notProcessed'), label: '（五）不予处理' }],
  otherHandling: (r) => [{ rows: cat(r, 'otherHandling'), label: '（六）其他处理' }],
};

/**
 * Narrative numbers that count something other than disclosure applications ("提案办结情况86件",
 * "热线…办结"): the phrase patterns of the parser are loose, so these are left out here.
 */
// 议案 not after 复: "行政复议案件2件" holds 议案, and every review count written so was dropped
const OTHER_CASES = /提案|建议|(?<!复)议案|信访|热线|便民|12345|投诉/;
export const usableNarrative = (record: ReportRecord): NarrativeNumber[] => record.narrative.filter((n) => !OTHER_CASES.test(n.phrase));

/** the first printed table-3 cell equal to n, as "column row" */
function cellEqualTo(record: ReportRecord, n: number): { label: string; ref: CellRef | null } | null {
  for (const [k, c] of printedOf(record, 'table3')) {
    if (c.kind !== 'number' || c.value !== n) continue;
    const [, col, ...row] = k.split('.');
    return { label: `${COL_LABEL[col!] ?? col} ${ROW_LABEL[row.join('.')] ?? row.join('.')}`, ref: c.ref };
  }
  // else a whole row summed over the columns (its 总计 cell blank)
  for (const row of T3_ROWS) {
    const v = rowValue(record, row);
    if (v.derived && v.value === n) return { label: `${ROW_LABEL[row] ?? row}（各列之和）`, ref: null };
  }
  return null;
}

export function compareNarrative(
  rule: CatalogueRule,
  record: ReportRecord,
  n: NarrativeNumber,
  readings: { value: number | null; keys: string[]; label: string; derived?: boolean }[],
  equalTo: (v: number) => { label: string; ref: CellRef | null } | null,
): { scope: ScopeOutcome; finding?: Finding } {
  const scope = n.phrase || n.topic;
  const usable = readings.filter((r) => r.value !== null);
  if (usable.length === 0) return { scope: { scope, outcome: 'notAssessable', note: 'table value unreadable' } };
  if (usable.some((r) => r.value === n.value)) return { scope: { scope, outcome: 'pass' } };
  const first = usable[0]!;
  const match = equalTo(n.value);
  const keys = [...new Set(usable.flatMap((r) => r.keys))];
  const cells: CellRef[] = [...(n.ref ? [n.ref] : []), ...keys.flatMap((k) => (record.cells[k]?.ref ? [record.cells[k]!.ref!] : []))];
  const alt = usable.map((r) => `${r.label} = ${fmtNum(r.value)}${r.derived ? '（按各列相加）' : ''}`).join(' / ');
  return {
    scope: { scope, outcome: 'fail' },
    finding: makeFinding(rule, record, {
      zh: `正文“${n.phrase}”为${fmtNum(n.value)}，表中${alt}${match ? `；${fmtNum(n.value)}恰等于${match.label}` : ''}`,
      en: `narrative “${n.phrase}” says ${fmtNum(n.value)}, the table gives ${usable.map((r) => `${r.label} = ${fmtNum(r.value)}`).join(' / ')}${match ? `; ${fmtNum(n.value)} equals the cell ${match.label}` : ''}`,
      formula: `正文 ${fmtNum(n.value)} ≠ ${alt}`,
      left: n.value,
      right: first.value,
      delta: n.value - first.value!,
      keys,
      cells: match?.ref ? [...cells, match.ref] : cells,
      scope: n.topic,
    }),
  };
}

export const textT3: CatalogueRule = {
  id: 'TEXT-T3',
  severity: 'warning',
  appliesTo: 'all',
  formula: 'narrative application numbers = table-3 figures (received: newReceived or newReceived + carriedOver; …)',
  description: {
    zh: '正文所述申请数（收到、办结、予以公开、不予公开、无法提供、不予处理、结转等）与表三一致',
    en: 'Application numbers in the narrative match table 3 (received, answered, granted, denied, unavailable, not processed, carried)',
  },
  reads: ['narrative', 'table3.total.*', 'table3.<columns>.* (when 总计 is blank)'],
  check({ record }) {
    if (!unifiedApplies(record)) return notApplicable('no unified table 3');
    // "予以公开及部分公开258件" also matches the granted / partiallyGranted patterns: keep the pair only
    const narrative = usableNarrative(record);
    const pair = narrative.filter((n) => n.topic === 'grantedAndPartial');
    const items = narrative.filter(
      (n) => READINGS[n.topic] && !(n.topic !== 'grantedAndPartial' && pair.some((p) => p.value === n.value && p.phrase.endsWith(n.phrase))),
    );
    if (items.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'no narrative application numbers found' }]);
    if (!hasTable(record, 'table3')) return silentlyNotAssessable('table 3 not parsed');
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const n of items) {
      const readings = READINGS[n.topic]!(record).map((rd) => {
        const { value, keys, derived } = sumRows(record, rd.rows);
        return { value, keys, derived, label: rd.label };
      });
      const { scope, finding } = compareNarrative(textT3, record, n, readings, (v) => cellEqualTo(record, v));
      scopes.push(scope);
      if (finding) findings.push(finding);
    }
    return result(scopes, findings);
  },
};
