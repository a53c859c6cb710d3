// One shard of the review-corpus test: every SHARDS-th page from `shard` on, so the test files
// run in parallel workers. A page that reads differently fails with its differences listed.
import { describe, expect, it } from 'vitest';
import { loadExpected, loadPages, readingDiff, readPage } from './review-corpus';

export const SHARDS = 4;

export function reviewCorpusShard(shard: number): void {
  const pages = loadPages().filter((_, i) => i % SHARDS === shard);
  const expected = loadExpected();
  describe(`review corpus, shard ${shard + 1} of ${SHARDS}`, () => {
    it('has pages and an accepted reading for each', () => {
      expect(pages.length).toBeGreaterThan(500);
      expect(pages.filter(([name]) => !expected[name]).map(([name]) => name)).toEqual([]);
    });
    it('reads every page as accepted (if a change is intended: npm run corpus -- accept, and review what it prints)', async () => {
      const differing: string[] = [];
      for (const page of pages) {
        const was = expected[page[0]];
        if (!was) continue;
        const diff = readingDiff(was, await readPage(page));
        if (diff.length) differing.push(`${page[0]}\n  ${diff.slice(0, 12).join('\n  ')}`);
      }
      expect(differing.slice(0, 20).join('\n'), `${differing.length} pages read differently`).toBe('');
    });
  });
}
