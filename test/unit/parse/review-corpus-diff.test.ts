// readingDiff: what the review-corpus test reports for a page that reads differently.
import { describe, expect, it } from 'vitest';
import { readingDiff, type PageReading } from './review-corpus';

const reading = (over: Partial<PageReading> = {}): PageReading => ({
  cells: { 'table3.total.granted': 'number:5' },
  warnings: ['cell-count: x'],
  findings: ['T3-BALANCE pass: y'],
  meta: { title: 'T', year: '2023 (title)', agency: '某局 (department)', published: '2024-01-18 (发布日期)', period: '2023-01-01..2023-12-31' },
  ...over,
});

describe('readingDiff', () => {
  it('is empty for the same reading', () => {
    expect(readingDiff(reading(), reading())).toEqual([]);
  });

  it('names a changed cell, warning, finding and metadata field', () => {
    const now = reading({
      cells: { 'table3.total.granted': 'number:6' },
      warnings: [],
      findings: ['T3-BALANCE pass: y', 'X new: z'],
      meta: { ...reading().meta, year: '2022 (title)' },
    });
    expect(readingDiff(reading(), now)).toEqual([
      'table3.total.granted: number:5 -> number:6',
      'meta.year: 2023 (title) -> 2022 (title)',
      '- warning cell-count: x',
      '+ finding X new: z',
    ]);
  });
});
