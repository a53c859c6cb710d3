// fetchAhead keeps one request in flight while the caller works on the chunk it holds.
import { describe, expect, it } from 'vitest';
import { fetchAhead } from '../../../src/export/fetch-ahead';

/** A fetch whose answers the test releases one by one, recording what was asked and when. */
function controlledFetch() {
  const asked: string[][] = [];
  const answers: (() => void)[] = [];
  const fetch = (ids: string[]) => {
    asked.push(ids);
    return new Promise<string[]>((resolve) => answers.push(() => resolve(ids.map((id) => id.toUpperCase()))));
  };
  return { asked, answers, fetch };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('fetchAhead', () => {
  it('yields every id in order, in chunks, with the count done so far', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `id${i}`);
    const got: { rows: string[]; done: number }[] = [];
    for await (const c of fetchAhead(ids, 3, async (chunk) => chunk.map((id) => id.toUpperCase()))) got.push(c);
    expect(got).toEqual([
      { rows: ['ID0', 'ID1', 'ID2'], done: 3 },
      { rows: ['ID3', 'ID4', 'ID5'], done: 6 },
      { rows: ['ID6'], done: 7 },
    ]);
  });

  it('asks for the next chunk before the caller works on the one it was given', async () => {
    const { asked, answers, fetch } = controlledFetch();
    const it = fetchAhead(['a', 'b', 'c', 'd', 'e'], 2, fetch);
    const first = it.next();
    await tick();
    expect(asked).toEqual([['a', 'b']]);
    answers[0]!();
    expect((await first).value).toEqual({ rows: ['A', 'B'], done: 2 });
    // the caller holds chunk 1 and has not asked for more: chunk 2 is already requested
    expect(asked).toEqual([['a', 'b'], ['c', 'd']]);
    const second = it.next();
    answers[1]!();
    expect((await second).value).toEqual({ rows: ['C', 'D'], done: 4 });
    expect(asked).toHaveLength(3);
    answers[2]!();
    expect((await it.next()).value).toEqual({ rows: ['E'], done: 5 });
    expect((await it.next()).done).toBe(true);
    expect(asked).toHaveLength(3); // never past the end
  });

  it('asks nothing for no ids', async () => {
    const { asked, fetch } = controlledFetch();
    for await (const _ of fetchAhead([], 10, fetch)) throw new Error('nothing to yield');
    expect(asked).toEqual([]);
  });

  it('ends with the error of a failed request, in its turn', async () => {
    const fetch = async (ids: string[]) => {
      if (ids[0] === 'c') throw new Error('quota exceeded');
      return ids;
    };
    const got: string[][] = [];
    await expect(
      (async () => {
        for await (const c of fetchAhead(['a', 'b', 'c', 'd'], 2, fetch)) got.push(c.rows);
      })(),
    ).rejects.toThrow('quota exceeded');
    expect(got).toEqual([['a', 'b']]);
  });

  it('leaves no unhandled rejection when the caller stops while a request is failing', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const fetch = async (ids: string[]) => {
        if (ids[0] === 'b') throw new Error('late failure');
        return ids;
      };
      for await (const c of fetchAhead(['a', 'b'], 1, fetch)) {
        expect(c.rows).toEqual(['a']);
        break; // the request for 'b' is in flight and fails: nobody awaits it
      }
      await tick();
      await tick();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('refuses a chunk size below 1 (it would never advance)', async () => {
    await expect(fetchAhead(['a'], 0, async (x) => x).next()).rejects.toThrow(/chunk size 0/);
  });
});
