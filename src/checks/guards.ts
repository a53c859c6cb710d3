// Preconditions shared by the table rules: not applicable to old-format reports, and silently
// not assessable when the whole table is absent (STRUCT-TABLE-MISSING reports that once).
import type { ReportRecord } from '../model/record';
import { hasTable, unifiedApplies } from './read';
import { notApplicable, silentlyNotAssessable, type CheckedResult } from './rule';

export function unifiedTableGuard(record: ReportRecord, table: 'table2' | 'table3' | 'table4'): CheckedResult | null {
  if (!unifiedApplies(record)) return notApplicable(`defined for the unified tables (2019+), not ${record.meta.formatVersion}`);
  if (!hasTable(record, table)) return silentlyNotAssessable(`${table} was not parsed (see STRUCT-TABLE-MISSING)`);
  return null;
}

export function legacyGuard(record: ReportRecord): CheckedResult | null {
  if (!hasTable(record, 'legacyStats')) return notApplicable('no 统计表 appendix');
  return null;
}
