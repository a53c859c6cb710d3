// @vitest-environment happy-dom
// Tables a page renders after the card is shown (helper-40's review): reported once the page is still.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLateTables } from '../../../src/ui/late-tables';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => document.body.replaceChildren());

function reportTable(): HTMLTableElement {
  const t = document.createElement('table');
  t.innerHTML = '<tr><td>行政复议</td><td>结果维持</td></tr>';
  return t;
}

describe('watchLateTables', () => {
  it('calls back once the added tables have stopped coming, not for other changes', async () => {
    const added = vi.fn();
    const stop = watchLateTables(document, added, { quietMs: 30, forMs: 1000 });
    document.body.append(document.createElement('p'));
    await wait(60);
    expect(added).not.toHaveBeenCalled();
    const wrap = document.createElement('div');
    wrap.innerHTML = '<table><tr><td>本年新收政府信息公开申请数量</td><td>1</td></tr></table>';
    document.body.append(wrap);
    await wait(10);
    document.body.append(reportTable());
    await wait(60);
    expect(added).toHaveBeenCalledTimes(1);
    stop();
  });

  it('a widget re-rendering its own table neither calls back nor puts the report\'s tables off (helper-46 review)', async () => {
    const added = vi.fn();
    const stop = watchLateTables(document, added, { quietMs: 40, forMs: 2000, maxWaitMs: 120 });
    const widget = setInterval(() => {
      document.body.querySelector('.weather')?.remove();
      const t = document.createElement('table');
      t.className = 'weather';
      t.innerHTML = '<tr><td>晴 25℃</td></tr>';
      document.body.append(t);
    }, 15);
    await wait(100);
    expect(added).not.toHaveBeenCalled();
    // report tables arriving one after another, each sooner than the quiet time: called by the longest wait
    const rows = setInterval(() => document.body.append(reportTable()), 20);
    await wait(200);
    clearInterval(rows);
    clearInterval(widget);
    expect(added.mock.calls.length).toBeGreaterThanOrEqual(1);
    stop();
  });

  it('stops watching after its window, and on stop', async () => {
    const added = vi.fn();
    watchLateTables(document, added, { quietMs: 10, forMs: 20 });
    await wait(40);
    document.body.append(reportTable());
    await wait(40);
    const stop = watchLateTables(document, added, { quietMs: 10, forMs: 1000 });
    stop();
    document.body.append(reportTable());
    await wait(40);
    expect(added).not.toHaveBeenCalled();
  });
});
