// @vitest-environment happy-dom
// Tables a page renders after the card is shown (helper-40's review): reported once the page is still.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLateTables } from '../../../src/ui/late-tables';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => document.body.replaceChildren());

describe('watchLateTables', () => {
  it('calls back once the added tables have stopped coming, not for other changes', async () => {
    const added = vi.fn();
    const stop = watchLateTables(document, added, { quietMs: 30, forMs: 1000 });
    document.body.append(document.createElement('p'));
    await wait(60);
    expect(added).not.toHaveBeenCalled();
    const wrap = document.createElement('div');
    wrap.innerHTML = '<table><tr><td>1</td></tr></table>';
    document.body.append(wrap);
    await wait(10);
    document.body.append(document.createElement('table'));
    await wait(60);
    expect(added).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops watching after its window, and on stop', async () => {
    const added = vi.fn();
    watchLateTables(document, added, { quietMs: 10, forMs: 20 });
    await wait(40);
    document.body.append(document.createElement('table'));
    await wait(40);
    const stop = watchLateTables(document, added, { quietMs: 10, forMs: 1000 });
    stop();
    document.body.append(document.createElement('table'));
    await wait(40);
    expect(added).not.toHaveBeenCalled();
  });
});
