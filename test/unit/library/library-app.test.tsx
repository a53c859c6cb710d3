// @vitest-environment happy-dom
// The library page against the real background handlers over fake-indexeddb.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryApi } from '../../../components/library/api';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { handleLibraryMessage } from '../../../src/background/library';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { decodeListing, encodeListing } from '../../../src/db/listing';
import { saveReport } from '../../../src/db/store';
import { finding, makeRecord } from '../db/make-record';

const api: LibraryApi = { send: (msg) => handleLibraryMessage(msg) as never };

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
  const db = await openLibraryDb();
  const cells = (n: number) => ({ 'table3.total.newReceived': n, 'table3.total.resultsTotal': n - 1, 'table3.total.carriedForward': 1 });
  const noted = makeRecord({ url: 'https://a.gov.cn/2021', agency: '甲市办公厅', year: 2021, cells: cells(40) });
  noted.warnings = [{ code: 'ambiguous-split', message: '行政许可: "4500" reads 2 ways as 3 cells: [4,50,0] [45,0,0]; cells that differ are left empty' }];
  await saveReport(db, noted, [finding('T3-BALANCE')]);
  await saveReport(db, makeRecord({ url: 'https://a.gov.cn/2022', agency: '甲市办公厅', year: 2022, cells: cells(55) }), []);
  await saveReport(db, makeRecord({ url: 'https://b.gov.cn/2022', agency: '乙县', year: 2022, format: 'trial2019', cells: cells(7) }), [finding('NUM-NONNEG', 'warning')]);
});
afterEach(async () => {
  cleanup();
  history.replaceState(null, '', location.pathname); // the view is in the address: each test starts at the list
  await closeLibraryDb();
});

const rowIds = () => screen.queryAllByTestId('report-row').map((r) => r.getAttribute('data-id'));
/** ticks the checkbox of the row of report `id` */
const tick = (id: string) => fireEvent.click(screen.getAllByTestId('report-row').find((r) => r.getAttribute('data-id') === id)!.querySelector('input[type=checkbox]')!);
/** clicks a button once it is enabled (a delete or undo under way disables it) */
async function clickWhenEnabled(get: () => HTMLElement): Promise<void> {
  await waitFor(() => expect((get() as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(get());
}

describe('LibraryApp', () => {
  it('lists, searches, filters and sorts saved reports', async () => {
    render(<LibraryApp api={api} />);
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    expect(screen.getByTestId('count').textContent).toContain('3 / 3');

    fireEvent.input(screen.getByTestId('search'), { target: { value: '乙' } });
    await waitFor(() => expect(rowIds()).toEqual(['https://b.gov.cn/2022']));
    fireEvent.input(screen.getByTestId('search'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('问题 severity'), { target: { value: 'error' } });
    await waitFor(() => expect(rowIds()).toEqual(['https://a.gov.cn/2021']));
    fireEvent.change(screen.getByLabelText('问题 severity'), { target: { value: 'any' } });

    fireEvent.click(screen.getByText('新收'));
    await waitFor(() => expect(rowIds()).toEqual(['https://b.gov.cn/2022', 'https://a.gov.cn/2021', 'https://a.gov.cn/2022']));
    fireEvent.click(screen.getByText(/新收/));
    await waitFor(() => expect(rowIds()[0]).toBe('https://a.gov.cn/2022'));
  });

  it('deletes the selection and undoes it', async () => {
    render(<LibraryApp api={api} />);
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    tick('https://b.gov.cn/2022');
    fireEvent.click(screen.getByTestId('delete'));
    await waitFor(() => expect(rowIds()).toHaveLength(2));
    expect(screen.getByTestId('undo-toast').textContent).toContain('已删除 1');
    await clickWhenEnabled(() => screen.getByText('撤销 Undo'));
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    expect(screen.queryByTestId('undo-toast')).toBeNull();
  });

  it('ignores a second Delete while one runs, and one Undo brings back every delete since the toast appeared (helper-31 review)', async () => {
    // a delete held open until released: the second click lands while it runs
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slow: LibraryApi = { send: async (msg) => ((msg as { type: string }).type === 'library:delete' ? held.then(() => handleLibraryMessage(msg)) : handleLibraryMessage(msg)) as never };
    render(<LibraryApp api={slow} />);
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    tick('https://b.gov.cn/2022');
    fireEvent.click(screen.getByTestId('delete'));
    expect((screen.getByTestId('delete') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('delete')); // before: a second delete of 0 rows replaced the first one's undo
    release();
    await waitFor(() => expect(rowIds()).toHaveLength(2));
    tick('https://a.gov.cn/2022');
    await clickWhenEnabled(() => screen.getByTestId('delete'));
    await waitFor(() => expect(rowIds()).toHaveLength(1));
    expect(screen.getByTestId('undo-toast').textContent).toContain('已删除 2');
    await clickWhenEnabled(() => screen.getByText('撤销 Undo'));
    await waitFor(() => expect(rowIds()).toHaveLength(3));
  });

  it('refuses Delete and Import while an export reads, so the file is of one moment (adv42 #4)', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const sent: string[] = [];
    const slow: LibraryApi = {
      send: async (msg) => {
        const type = (msg as { type: string }).type;
        sent.push(type);
        return (type === 'library:getManyJson' ? held.then(() => handleLibraryMessage(msg)) : handleLibraryMessage(msg)) as never;
      },
    };
    render(<LibraryApp api={slow} />);
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    tick('https://b.gov.cn/2022');
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(sent).toContain('library:getManyJson'));
    expect((screen.getByTestId('delete') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('import') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('delete')); // before: the delete ran while the export read
    release();
    await waitFor(() => expect((screen.getByTestId('delete') as HTMLButtonElement).disabled).toBe(false));
    expect(sent).not.toContain('library:delete');
    expect(rowIds()).toHaveLength(3);
  });

  it('opens a detail view with findings and values, then the agency view with a chart', async () => {
    render(<LibraryApp api={api} />);
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    const row = screen.getAllByTestId('report-row').find((r) => r.getAttribute('data-id') === 'https://a.gov.cn/2021')!;
    fireEvent.click(row.querySelector('a')!);
    await waitFor(() => screen.getByTestId('detail'));
    // the template by its short name, as in the table, not the record's code
    expect(screen.getByTestId('detail').textContent).toContain('2021 · 格式 2021版 · 解析器');
    expect(screen.getByTestId('detail').textContent).not.toContain('rev2021');
    // the parser's notes, in Chinese with the English beside them
    expect(screen.getByTestId('parse-notes').textContent).toContain('行政许可：“4500”分成3格有2种读法：[4,50,0] [45,0,0]；各读法不一致的格留空 — 行政许可: "4500" reads 2 ways');
    const own = screen.getByTestId('findings-report').querySelectorAll('[data-testid="finding"]');
    expect([...own].map((f) => f.textContent)).toEqual([expect.stringContaining('T3-BALANCE')]);
    // 40 → 55 new applications and carried 1 → 1: whatever X-* rules say is listed separately
    expect(screen.getByTestId('findings-crossYear')).toBeTruthy();
    expect(screen.getByText('表三 一、本年新收政府信息公开申请数量 · 总计')).toBeTruthy();
    expect(screen.getByText('2022 年 →')).toBeTruthy();
    expect(screen.getByTestId('findings-crossYear').textContent).toContain('Consistent with the 2022 report');

    fireEvent.click(screen.getByText('本机关历年 Across years'));
    await waitFor(() => screen.getByTestId('agency-view'));
    expect(screen.getAllByTestId('agency-year')).toHaveLength(2);
    // the format as the list names it, not the code (helper-31 review)
    expect(screen.getAllByTestId('agency-year').map((r) => r.textContent)).toEqual([expect.stringContaining('2021版'), expect.stringContaining('2021版')]);
    const chart = screen.getByTestId('agency-chart');
    expect(chart.querySelectorAll('[data-series="newReceived"] circle')).toHaveLength(2);
  });

  it('a neighbour nothing could be compared with is not called consistent (adv39 #5)', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://c.gov.cn/2018', agency: '丙局', year: 2018, format: 'pre2019', cells: { 'legacyStats.staff.total': 3 } }), []);
    await saveReport(db, makeRecord({ url: 'https://c.gov.cn/2019', agency: '丙局', year: 2019, format: 'trial2019', cells: { 'table3.total.newReceived': 900 } }), []);
    history.replaceState(null, '', '#report/' + encodeURIComponent('https://c.gov.cn/2019'));
    render(<LibraryApp api={api} />);
    await waitFor(() => screen.getByTestId('findings-crossYear'));
    const text = screen.getByTestId('findings-crossYear').textContent;
    expect(text).toContain('Nothing comparable with the 2018 report');
    expect(text).not.toContain('Consistent');
  });

  it('the agency view colours the cross-year count by its worst finding: an info-only X-JUMP is no warning (adv39 #9)', async () => {
    const db = await openLibraryDb();
    await saveReport(db, makeRecord({ url: 'https://e.gov.cn/2021', agency: '戊局', year: 2021, cells: { 'table3.total.newReceived': 10 } }), []);
    await saveReport(db, makeRecord({ url: 'https://e.gov.cn/2022', agency: '戊局', year: 2022, cells: { 'table3.total.newReceived': 100 } }), []);
    history.replaceState(null, '', '#report/' + encodeURIComponent('https://e.gov.cn/2022'));
    render(<LibraryApp api={api} />);
    await waitFor(() => screen.getByTestId('detail'));
    fireEvent.click(screen.getByText('本机关历年 Across years'));
    await waitFor(() => screen.getByTestId('agency-view'));
    const counts = screen.getAllByTestId('agency-year').map((r) => r.lastElementChild!);
    expect(counts.map((c) => [c.textContent, c.className])).toEqual([['1', 'num sev-info'], ['1', 'num sev-info']]);
  });

  it('shows the background error instead of a table when the library cannot be read', async () => {
    const broken: LibraryApi = { send: async () => ({ ok: false, error: '存储空间已满 / Storage is full' }) as never };
    render(<LibraryApp api={broken} />);
    await waitFor(() => expect(screen.getByTestId('error').textContent).toContain('存储空间已满'));
  });

  it('opens a report from its address, goes back with Esc or the browser\'s Back to the same place in the list, sorts from the keyboard, and lists again when another tab changes the library (helper-31 review)', async () => {
    history.replaceState(null, '', `${location.pathname}#report/${encodeURIComponent('https://b.gov.cn/2022')}`);
    render(<LibraryApp api={api} />);
    await waitFor(() => screen.getByTestId('detail'));
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2')); // focus on the report opened
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    expect(location.hash).toBe('');
    // focus back on the row just left
    await waitFor(() => expect(document.activeElement?.closest('tr')?.getAttribute('data-id')).toBe('https://b.gov.cn/2022'));
    // opened by its link, then the browser's Back
    fireEvent.click(screen.getAllByTestId('report-row')[0]!.querySelector('a')!);
    await waitFor(() => screen.getByTestId('detail'));
    expect(location.hash).toMatch(/^#report\//);
    history.back();
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    // sort headers are buttons (a <th> took no keyboard focus)
    const sortButton = screen.getByText('新收').closest('button')!;
    expect(sortButton).not.toBeNull();
    // another tab deletes a report selected here: this one lists again, and it is no longer selected
    tick('https://a.gov.cn/2021');
    await waitFor(() => expect(screen.getByTestId('count').textContent).toContain('已选 1'));
    await handleLibraryMessage({ type: 'library:delete', ids: ['https://a.gov.cn/2021'] });
    await waitFor(() => expect(rowIds()).toHaveLength(2));
    expect(screen.getByTestId('count').textContent).not.toContain('已选');
    expect((screen.getByTestId('delete') as HTMLButtonElement).disabled).toBe(true);
  });

  it('renders only the visible rows of 10,000', async () => {
    const base = (await handleLibraryMessage({ type: 'library:list' })) as { listingJson: string };
    const first = decodeListing(base.listingJson)[0]!;
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...first, id: `https://x.gov.cn/${i}`, year: 2000 + (i % 25) }));
    const bigApi: LibraryApi = {
      send: async (msg) => (msg.type === 'library:list' ? { ok: true, listingJson: encodeListing(many) } : handleLibraryMessage(msg)) as never,
    };
    render(<LibraryApp api={bigApi} />);
    await waitFor(() => expect(screen.getByTestId('count').textContent).toContain('10000 / 10000'));
    expect(rowIds().length).toBeGreaterThan(10);
    expect(rowIds().length).toBeLessThan(60);
  });
});
