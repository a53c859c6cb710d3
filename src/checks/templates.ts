// The keys each unified template prints in tables 2–4 (report-formats.md §5.2), for
// STRUCT-TABLE-SHAPE and the record index. They depend only on (version, table): built once.
import type { FormatVersion } from '../model/record';
import { OTHER_HANDLING_LEAVES, T3_COLS, T3_ROWS, T4_GROUPS, T4_OUTCOMES } from './keys';

export type UnifiedTable = 'table2' | 'table3' | 'table4';

export function templateKeys(v: FormatVersion, table: UnifiedTable): string[] {
  if (table === 'table4') return T4_GROUPS.flatMap((g) => [...T4_OUTCOMES, 'total'].map((o) => `table4.${g}.${o}`));
  if (table === 'table3') {
    const rows = T3_ROWS.filter((r) => !r.endsWith('.subtotal') && !OTHER_HANDLING_LEAVES.includes(r));
    rows.splice(rows.indexOf('resultsTotal'), 0, ...(v === 'rev2021' ? OTHER_HANDLING_LEAVES : ['otherHandling.subtotal']));
    return T3_COLS.flatMap((c) => rows.map((r) => `table3.${c}.${r}`));
  }
  if (v === 'rev2021')
    return [
      ...['regulations', 'normativeDocs'].flatMap((r) => ['issued', 'repealed', 'inForce'].map((c) => `table2.${r}.${c}`)),
      ...['licensing', 'penalty', 'coercion'].map((r) => `table2.${r}.decisions`),
      'table2.adminFees.amountWanYuan',
    ];
  return [
    ...['regulations', 'normativeDocs'].flatMap((r) => ['newlyMade', 'newlyPublished', 'totalPublished'].map((c) => `table2.${r}.${c}`)),
    ...['licensing', 'otherServices', 'penalty', 'coercion'].flatMap((r) => ['prevYearItems', 'yearChange', 'decisions'].map((c) => `table2.${r}.${c}`)),
    'table2.adminFees.prevYearItems', 'table2.adminFees.yearChange',
    'table2.centralProcurement.projects', 'table2.centralProcurement.amountYuan',
  ];
}

/** the two versions STRUCT-TABLE-SHAPE knows a template for, by slot (TableCells.inTemplate/extra) */
export const TEMPLATE_VERSIONS = ['trial2019', 'rev2021'] as const;

/** the engine's one copy of `s` (property keys are interned) */
const intern = (s: string): string => Object.keys({ [s]: 0 })[0]!;

export interface Template {
  keys: string[];
  set: Set<string>;
}

/** each known template's keys, interned like the record's own keys (the Set then compares by identity) */
export const TEMPLATES: Record<(typeof TEMPLATE_VERSIONS)[number], Record<UnifiedTable, Template>> = Object.fromEntries(
  TEMPLATE_VERSIONS.map((v) => [
    v,
    Object.fromEntries((['table2', 'table3', 'table4'] as const).map((t) => {
      const keys = templateKeys(v, t).map(intern);
      return [t, { keys, set: new Set(keys) }];
    })),
  ]),
) as Record<(typeof TEMPLATE_VERSIONS)[number], Record<UnifiedTable, Template>>;
