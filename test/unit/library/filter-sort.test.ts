import { describe, expect, it } from 'vitest';
import { applyView, matches, NO_FILTERS, sortRows } from '../../../components/library/filter-sort';
import type { ReportSummary } from '../../../src/db/schema';

const s = (id: string, o: Partial<ReportSummary> = {}): ReportSummary => ({
  id,
  url: id,
  title: `${id} 报告`,
  agencyName: id,
  agency: id,
  year: 2022,
  format: 'rev2021',
  counts: { error: 0, warning: 0, info: 0 },
  crossYearCount: 0,
  keyNumbers: { newReceived: null, carriedOver: null, resultsTotal: null, carriedForward: null, granted: null, partiallyGranted: null, reviewTotal: null, litigationTotal: null },
  firstSavedAt: '2026-01-01T00:00:00.000Z',
  lastSavedAt: '2026-01-01T00:00:00.000Z',
  parserVersion: '1',
  ...o,
});

describe('filters', () => {
  it('filter by year, format, severity and whitespace-insensitive text', () => {
    const a = s('上海市 办公厅', { year: 2019, format: 'trial2019', counts: { error: 2, warning: 0, info: 0 } });
    const b = s('平潭综合实验区', { year: 2022, counts: { error: 0, warning: 1, info: 0 } });
    const c = s('某镇', { year: 2022 });
    const all = [a, b, c];
    const f = (o: Partial<typeof NO_FILTERS>) => all.filter((x) => matches(x, { ...NO_FILTERS, ...o })).map((x) => x.id);
    expect(f({ year: 2022 })).toEqual([b.id, c.id]);
    expect(f({ format: 'trial2019' })).toEqual([a.id]);
    expect(f({ severity: 'error' })).toEqual([a.id]);
    expect(f({ severity: 'warning' })).toEqual([b.id]);
    expect(f({ severity: 'clean' })).toEqual([c.id]);
    expect(f({ text: '上海市办公厅' })).toEqual([a.id]);
    expect(f({ text: '报告' })).toHaveLength(3);
  });
});

describe('sorting', () => {
  it('sorts numbers and Chinese text both ways, blanks always last', () => {
    const rows = [
      s('b', { keyNumbers: { ...s('x').keyNumbers, newReceived: 5 } }),
      s('a', { keyNumbers: { ...s('x').keyNumbers, newReceived: null } }),
      s('c', { keyNumbers: { ...s('x').keyNumbers, newReceived: 12 } }),
    ];
    expect(sortRows(rows, { key: 'newReceived', dir: 1 }).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, { key: 'newReceived', dir: -1 }).map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(applyView(rows, NO_FILTERS, { key: 'agencyName', dir: 1 }).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
