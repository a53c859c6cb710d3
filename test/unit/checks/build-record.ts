// Builds synthetic ReportRecords for the rule tests from compact tables: a table-3 matrix
// (row → seven values in printed column order), table-4 groups, and free cells.
// Cell shorthand: number → number; null → blank; '-' / '—' / '无' → placeholder; other string → text;
// { amb: n } → run-together digits with n readings (value null); a CellValue passes through.
import { OTHER_HANDLING_LEAVES, T3_COLS, T3_ROWS, T4_GROUPS, T4_OUTCOMES } from '../../../src/checks/keys';
import type { AgencyKind, CellValue, FormatVersion, NarrativeNumber, ReportRecord, SectionInfo, SectionKey, StatPeriod } from '../../../src/model/record';

export type V = number | null | string | { amb: number; resolvedBy?: string } | CellValue;

let refCounter = 0;
export function cell(v: V, table = 9, row = refCounter++, col = 0): CellValue {
  const ref = { source: 'table' as const, table, row, col };
  if (v === null) return { value: null, raw: '', kind: 'blank', ref };
  if (typeof v === 'number') return { value: v, raw: String(v), kind: 'number', ref };
  if (typeof v === 'string')
    return ['-', '—', '无', '/', '不适用'].includes(v) ? { value: null, raw: v, kind: 'placeholder', ref } : { value: null, raw: v, kind: 'text', ref };
  if ('amb' in v) return { value: null, raw: '1234', kind: 'number', ambiguity: { readings: v.amb, resolvedBy: v.resolvedBy }, ref };
  return v;
}

/** Seed-001-like table 3 (trial2019): 41 received by natural persons, all other columns 0. */
export function seedT3(): Record<string, V[]> {
  const np: Record<string, number> = {
    newReceived: 41, carriedOver: 0, granted: 18, partiallyGranted: 4,
    'denied.securityStability': 1, 'unavailable.notHeld': 17, resultsTotal: 40, carriedForward: 1,
  };
  const rows: Record<string, V[]> = {};
  for (const row of T3_ROWS) {
    if (row.endsWith('.subtotal') && row !== 'otherHandling.subtotal') continue;
    if (OTHER_HANDLING_LEAVES.includes(row)) continue;
    const n = np[row] ?? 0;
    rows[row] = [n, 0, 0, 0, 0, 0, n];
  }
  return rows;
}

/** The same table in the 2021 layout (three 其他处理 rows). */
export function seedT3Rev2021(): Record<string, V[]> {
  const rows = seedT3();
  delete rows['otherHandling.subtotal'];
  for (const leaf of OTHER_HANDLING_LEAVES) rows[leaf] = [0, 0, 0, 0, 0, 0, 0];
  return rows;
}

export const zeroT4 = (): Record<string, V[]> => Object.fromEntries(T4_GROUPS.map((g) => [g, [0, 0, 0, 0, 0]]));

export interface BuildOptions {
  format?: FormatVersion;
  year?: number | null;
  agencyKind?: AgencyKind;
  agencyName?: string | null;
  publishedOn?: string | null;
  statPeriod?: StatPeriod | null;
  /** row key → [naturalPerson, commercial, research, publicInterest, legalService, other, total] */
  t3?: Record<string, V[]>;
  /** group → [upheld, corrected, other, pending, total] */
  t4?: Record<string, V[]>;
  cells?: Record<string, V>;
  sections?: Partial<Record<SectionKey, Partial<SectionInfo>>>;
  narrative?: Partial<NarrativeNumber>[];
}

export function buildRecord(o: BuildOptions = {}): ReportRecord {
  const cells: Record<string, CellValue> = {};
  let r = 0;
  for (const [row, values] of Object.entries(o.t3 ?? {})) {
    r++;
    values.forEach((v, i) => {
      const col = T3_COLS[i];
      if (col) cells[`table3.${col}.${row}`] = cell(v, 3, r, i + 3);
    });
  }
  for (const [g, values] of Object.entries(o.t4 ?? {})) {
    values.forEach((v, i) => {
      const outcome = [...T4_OUTCOMES, 'total'][i];
      if (outcome) cells[`table4.${g}.${outcome}`] = cell(v, 4, 3, T4_GROUPS.indexOf(g as never) * 5 + i);
    });
  }
  for (const [k, v] of Object.entries(o.cells ?? {})) cells[k] = cell(v, 2);
  const sections: ReportRecord['sections'] = {};
  for (const [k, s] of Object.entries(o.sections ?? {}))
    sections[k as SectionKey] = { label: s?.label ?? k, ref: s?.ref ?? null, text: s?.text ?? '', hasTable: s?.hasTable ?? false };
  return {
    schemaVersion: 1,
    meta: {
      url: 'https://www.example.gov.cn/zfxxgknb/1.html',
      title: `${o.year ?? 2020}年某某局政府信息公开工作年度报告`,
      h1: null,
      reportYear: o.year === undefined ? 2020 : o.year,
      reportYearSource: 'title',
      agencyName: o.agencyName === undefined ? '某某市某某局' : o.agencyName,
      agencyKind: o.agencyKind ?? 'department',
      publishedOn: o.publishedOn === undefined ? null : o.publishedOn,
      publishedOnSource: o.publishedOn ? '发布日期' : null,
      formatVersion: o.format ?? 'trial2019',
      formatEvidence: [],
      basisCited: [],
      statPeriod: o.statPeriod ?? null,
      textTransforms: [],
      sectionsFound: Object.keys(sections) as SectionKey[],
      parserVersion: 'test',
    },
    cells,
    sections,
    narrative: (o.narrative ?? []).map((n, i) => ({
      topic: n.topic ?? 'applicationsReceived',
      value: n.value ?? 0,
      phrase: n.phrase ?? '',
      ref: n.ref ?? { source: 'text', block: i, start: 0, end: 1 },
    })),
    warnings: [],
  };
}
