// The codebook must name every key the parser's templates (src/formats) can produce, so no
// exported column lacks a label. (The codebook also lists keys the templates do not read yet.)
import { describe, expect, it } from 'vitest';
import { codebook } from '../../../src/export/codebook';
import { LEGACY_ROWS } from '../../../src/formats/legacy';
import { T2_ROWS_2019, T2_ROWS_2021 } from '../../../src/formats/table2';
import { T3_COLUMNS, T3_ROWS_2019, T3_ROWS_2021 } from '../../../src/formats/table3';
import { T4_KEYS } from '../../../src/formats/table4';

describe('codebook covers src/formats', () => {
  const known = new Set(codebook().map((e) => e.key));
  const missing = (keys: string[]) => keys.filter((k) => !known.has(k));

  it('table 2 (2019 and 2021)', () => {
    const keys = [...T2_ROWS_2019, ...T2_ROWS_2021].flatMap((r) => r.columns.map((c) => `table2.${r.item}.${c}`));
    expect(missing(keys)).toEqual([]);
  });
  it('table 3 (2019 and 2021)', () => {
    const keys = T3_COLUMNS.flatMap((c) => [...T3_ROWS_2019, ...T3_ROWS_2021].map((r) => `table3.${c}.${r.row}`));
    expect(missing(keys)).toEqual([]);
  });
  it('table 4', () => expect(missing(T4_KEYS)).toEqual([]));
  it('legacy appendix', () => {
    expect(missing(LEGACY_ROWS.flatMap((r) => [`legacyStats.${r.key}`, `legacyStats.cumulative.${r.key}`]))).toEqual([]);
  });
});
