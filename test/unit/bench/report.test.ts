// The bench's Markdown: the time-to-card tables (built extension, Chromium and Firefox) and what
// they say when they could not measure.
import { describe, expect, it } from 'vitest';
import { type Results, toMarkdown } from '../../../scripts/bench/report';
import type { TimeToCard } from '../../../scripts/bench/time-to-card';

const base = (timeToCard: Results['timeToCard']): Results => ({
  startedAt: '2026-11-23T15:30:00.000Z',
  machine: { node: 'v20', cpus: 2, cpuModel: 'cpu', platform: 'linux' },
  loop: { warmup: 5, warmupMs: 600, iterations: 60, maxMs: 3000 },
  node: [],
  chromium: 'not measured: --no-browser',
  bundles: [],
  library: 'not measured: --no-library',
  timeToCard,
});

describe('time to card in results.md', () => {
  const visit = { start: 50.4, detect: 3.2, loadBundle: 72, analyse: 33, mount: 26, card: 198.6 };
  const t: TimeToCard = { first: { page: '001-shanghai-bgt-2019', ...visit, card: 766 }, pages: [{ page: '002-pingtan-zone-2019', visits: 3, median: visit }] };

  it('one row for the first page of the fresh profile, one per page, phases in order', () => {
    const md = toMarkdown(base(t));
    expect(md).toContain('time to card (ms from navigation start, median of 3 visits per page)');
    expect(md).toContain('| first page of a fresh profile (001-shanghai-bgt-2019) | 766 | 50 | 3 | 72 | 33 | 26 |');
    expect(md).toContain('| 002-pingtan-zone-2019 | 199 | 50 | 3 | 72 | 33 | 26 |');
    expect(md).not.toContain('older than');
  });

  it('a Firefox table of its own, after Chromium\'s, when Firefox was measured', () => {
    const md = toMarkdown({ ...base(t), timeToCardFirefox: { ...t, first: { ...t.first, card: 414 } } });
    const chromium = md.indexOf('### Chromium with the built extension: time to card');
    const firefox = md.indexOf('### Firefox with the built extension: time to card');
    expect(chromium).toBeGreaterThan(-1);
    expect(firefox).toBeGreaterThan(chromium);
    expect(md.slice(firefox)).toContain('| first page of a fresh profile (001-shanghai-bgt-2019) | 414 |');
    expect(toMarkdown(base(t))).not.toContain('### Firefox');
    expect(toMarkdown({ ...base(t), timeToCardFirefox: 'not measured: --card-visits 0' })).toContain('### Firefox with the built extension: time to card\n\nnot measured: --card-visits 0');
  });

  it('says when the build is older than the source, and why nothing was measured', () => {
    expect(toMarkdown(base({ ...t, stale: 'the extension build is older than src/' }))).toContain('**Note:** the extension build is older than src/.');
    expect(toMarkdown(base('not measured: no extension build at .output/chrome-mv3 (npm run build first)'))).toContain(
      'not measured: no extension build at .output/chrome-mv3 (npm run build first)',
    );
  });
});

describe('the parse + checks budget in results.md', () => {
  const timing = (median: number) => ({ median, p95: median * 1.2, min: median * 0.9, n: 40 });
  const page = (name: string, ours: number, readability: number, perRound?: number) => ({
    page: name,
    kind: 'real' as const,
    detect: timing(0.01),
    parseAndCheck: timing(ours),
    readability: timing(readability),
    textContent: timing(0.01),
    ...(perRound === undefined ? {} : { perRoundRatio: timing(perRound) }),
  });
  const row = (md: string) => md.split('\n').find((l) => l.startsWith('| parse + checks vs Readability (Node'))!;

  it('judges the worst page by the median of its per-round ratios, and shows the ratio of medians beside it', () => {
    const md = toMarkdown({ ...base('not measured: --card-visits 0'), node: [page('a', 0.4, 1, 0.45), page('b', 0.3, 1, 0.6)] });
    expect(row(md)).toContain('0.60× (b)');
    expect(row(md)).toContain('**missed**');
    expect(md).toContain('| b | 0.010 / 0.012 | 0.30 / 0.36 | 1.00 / 1.20 | 0.010 | 0.60× / 0.72× | 0.30× | 30.00× |');
    const met = toMarkdown({ ...base('not measured: --card-visits 0'), node: [page('a', 0.6, 1, 0.45)] });
    expect(row(met)).toContain('0.45× (a)');
    expect(row(met)).toMatch(/\| met \|$/);
  });

  it('falls back to the ratio of the medians when there were no rounds to pair', () => {
    const md = toMarkdown({ ...base('not measured: --card-visits 0'), node: [page('a', 0.7, 1)] });
    expect(row(md)).toContain('0.70× (a)');
  });
});
