// Every real fixture: the hand-read labels of meta.json must come out exactly, and a label of
// null (nothing printed) must not get a number. Also reports field accuracy over all labels.
import { describe, expect, it } from 'vitest';
import { flatValues } from '../../../src/model/record';
import { listCases, parseFile } from './fixture-loader';

const FORMAT: Record<string, string[]> = { '2021': ['rev2021'], '2019': ['trial2019'], legacy: ['pre2019'], 'narrative-only': ['pre2019', 'unknown', 'trial2019', 'rev2021'] };
const T3: Record<string, string> = { new_received: 'newReceived', carried_over: 'carriedOver', granted: 'granted', partially_granted: 'partiallyGranted', processed_total: 'resultsTotal', carried_forward: 'carriedForward' };
const T4: Record<string, string> = { review: 'review', litigation_direct: 'litigationDirect', litigation_after_review: 'litigationAfterReview' };
const COLS: Record<string, string> = { natural_person: 'naturalPerson', commercial: 'commercialEnterprise', research: 'researchInstitution', public_interest: 'publicInterestOrg', legal_service: 'legalServiceOrg', other: 'otherOrg', total: 'total' };

function expected(labels: Record<string, any>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, key] of Object.entries(T3)) if (labels.table3_total && k in labels.table3_total) out[`table3.total.${key}`] = labels.table3_total[k];
  for (const [k, key] of Object.entries(T4)) if (labels.table4_total && k in labels.table4_total) out[`table4.${key}.total`] = labels.table4_total[k];
  for (const [k, key] of Object.entries(COLS)) if (labels.table3_new_received_row && k in labels.table3_new_received_row) out[`table3.${key}.newReceived`] = labels.table3_new_received_row[k];
  return out;
}

const cases = listCases().filter((c) => c.meta);
let right = 0;
let total = 0;

describe('real fixtures: labels come out exactly', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { record } = await parseFile(c.source, c.meta!.provenance?.url);
      const values = flatValues(record);
      expect(record.meta.reportYear).toBe(c.meta!.year);
      expect(FORMAT[c.meta!.format]).toContain(record.meta.formatVersion);
      for (const [key, want] of Object.entries(expected(c.meta!.labels ?? {}))) {
        total++;
        const got = values[key] ?? null;
        if (got === want) right++;
        expect({ key, got }).toEqual({ key, got: want });
      }
      // legacy appendix labels (per-row, first column) where the split is unique
      const legacy = c.meta!.labels?.legacy_table;
      if (legacy && record.cells['legacyStats.proactive.total']) {
        const first = Object.values(legacy.rows as Record<string, number[]>)[0]!;
        const cell = record.cells['legacyStats.proactive.total']!;
        if (cell.value !== null) expect(cell.value).toBe(first[0]);
      }
    });
  }
  it('field accuracy over all labelled values is 100%', () => {
    console.log(`field accuracy: ${right}/${total}`);
    expect(right).toBe(total);
  });
});
