// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../../../src/ui/tab-messages';

// Browser-locale strings: show the key and its substitutions so the test reads what is shown.
vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join(',')}` : key) } }));
const { PopupApp } = await import('../../../components/popup/PopupApp');

afterEach(cleanup);

type Api = import('../../../components/popup/PopupApp').PopupApi;
/** a tab on a *.gov.cn site unless a test says otherwise */
const onGov = { site: async () => ({ kind: 'gov' as const, host: 'www.shanghai.gov.cn' }), enableSite: vi.fn(), disableSite: vi.fn() };
const mirror = { kind: 'other' as const, host: 'www.mirror.example.org', pattern: '*://www.mirror.example.org/*' };

const report: PageStatus = {
  ok: true,
  isReport: true,
  analysed: true,
  reasons: [],
  title: 't',
  agency: '上海市人民政府办公厅',
  year: 2019,
  counts: { error: 1, warning: 2, info: 0 },
  url: 'https://www.shanghai.gov.cn/nj2019/a.html',
};

describe('PopupApp', () => {
  it("shows the tab's report, its year and findings, and saves", async () => {
    const ask = vi.fn(async (req: { type: string }) => (req.type === 'page:save' ? { ok: true } : report));
    render(<PopupApp api={{ ...onGov, ask, openLibrary: vi.fn() }} />);
    await screen.findByTestId('popup-report');
    expect(screen.getByTestId('popup-report').textContent).toContain('上海市人民政府办公厅');
    expect(screen.getByTestId('popup-counts').textContent).toBe('popupFindings:1,2,0');
    expect(screen.queryByTestId('popup-annotate')).toBeNull();
    fireEvent.click(screen.getByTestId('popup-save'));
    await waitFor(() => expect(screen.getByTestId('popup-note').textContent).toBe('popupSaved'));
  });

  it('offers to annotate an undetected page and shows the result', async () => {
    const ask = vi.fn(async (req: { type: string }) =>
      req.type === 'page:getStatus' ? { ...report, isReport: false, analysed: false } : report,
    );
    render(<PopupApp api={{ ...onGov, ask, openLibrary: vi.fn() }} />);
    await screen.findByTestId('popup-not-report');
    fireEvent.click(screen.getByTestId('popup-annotate'));
    await screen.findByTestId('popup-report');
    expect(ask).toHaveBeenCalledWith({ type: 'page:annotate' });
  });

  it('says so when the tab has no content script, and still opens the library', async () => {
    const openLibrary = vi.fn();
    render(<PopupApp api={{ ...onGov, ask: async () => Promise.reject(new Error('no receiver')), openLibrary }} />);
    await screen.findByTestId('popup-none');
    fireEvent.click(screen.getByTestId('popup-library'));
    expect(openLibrary).toHaveBeenCalledOnce();
  });

  it('saves the report it shows: a tab that moved on is not saved, and the popup then shows the new page (adv55 #7)', async () => {
    const other: PageStatus = { ...report, agency: '平潭综合实验区', year: 2022, url: 'https://www.pingtan.gov.cn/2022.html' };
    let shows = report;
    const ask = vi.fn(async (req: { type: string; url?: string }) => {
      if (req.type === 'page:getStatus') return shows;
      // as the content script answers (src/ui/annotator.ts save)
      return req.url === shows.url ? { ok: true } : { ok: false, otherPage: true, error: 'another page' };
    });
    render(<PopupApp api={{ ...onGov, ask, openLibrary: vi.fn() }} />);
    await screen.findByTestId('popup-report');
    shows = other; // the tab went to another report while the popup was open
    fireEvent.click(screen.getByTestId('popup-save'));
    await waitFor(() => expect(screen.getByTestId('popup-note').textContent).toBe('popupSaveFailed:another page'));
    expect(ask).toHaveBeenCalledWith({ type: 'page:save', url: report.url });
    await waitFor(() => expect(screen.getByTestId('popup-report').textContent).toContain('平潭综合实验区'));
    fireEvent.click(screen.getByTestId('popup-save'));
    await waitFor(() => expect(screen.getByTestId('popup-note').textContent).toBe('popupSaved'));
    expect(ask).toHaveBeenLastCalledWith({ type: 'page:save', url: other.url });
  });

  it('shows a clear message when saving fails', async () => {
    const ask = async (req: { type: string }) => (req.type === 'page:save' ? { ok: false, error: 'quota' } : report);
    render(<PopupApp api={{ ...onGov, ask, openLibrary: vi.fn() }} />);
    fireEvent.click(await screen.findByTestId('popup-save'));
    await waitFor(() => expect(screen.getByTestId('popup-note').textContent).toBe('popupSaveFailed:quota'));
  });

  it('offers to enable a site outside gov.cn, asks for it, then shows the page status', async () => {
    let running = false; // the content script answers only once the site is enabled
    const ask = vi.fn(async () => (running ? { ...report, isReport: false, analysed: false } : Promise.reject(new Error('no receiver'))));
    const enableSite = vi.fn(async (pattern: string) => {
      expect(pattern).toBe(mirror.pattern);
      running = true;
      return true;
    });
    const api: Api = { ask, openLibrary: vi.fn(), site: async () => ({ ...mirror, enabled: false }), enableSite, disableSite: vi.fn() };
    render(<PopupApp api={api} />);
    expect((await screen.findByTestId('popup-site-off')).textContent).toBe('popupSiteOff:www.mirror.example.org');
    expect(screen.queryByTestId('popup-none')).toBeNull();
    fireEvent.click(screen.getByTestId('popup-site-enable'));
    await screen.findByTestId('popup-not-report');
    expect(enableSite).toHaveBeenCalledOnce();
    expect(screen.getByTestId('popup-annotate')).toBeTruthy();
    expect(screen.getByTestId('popup-site-disable').textContent).toBe('popupSiteDisable:www.mirror.example.org');
  });

  it('says so when the user declines the permission, and changes nothing', async () => {
    const api: Api = {
      ask: async () => Promise.reject(new Error('no receiver')),
      openLibrary: vi.fn(),
      site: async () => ({ ...mirror, enabled: false }),
      enableSite: vi.fn(async () => false),
      disableSite: vi.fn(),
    };
    render(<PopupApp api={api} />);
    fireEvent.click(await screen.findByTestId('popup-site-enable'));
    await waitFor(() => expect(screen.getByTestId('popup-note').textContent).toBe('popupSiteDeclined'));
    expect(screen.getByTestId('popup-site-enable')).toBeTruthy();
  });

  it('turns an enabled site off', async () => {
    const disableSite = vi.fn(async () => undefined);
    const api: Api = { ask: async () => report, openLibrary: vi.fn(), site: async () => ({ ...mirror, enabled: true }), enableSite: vi.fn(), disableSite };
    render(<PopupApp api={api} />);
    fireEvent.click(await screen.findByTestId('popup-site-disable'));
    await waitFor(() => expect(screen.getByTestId('popup-note').textContent).toBe('popupSiteDisabled'));
    expect(disableSite).toHaveBeenCalledWith(mirror.pattern);
    expect(screen.getByTestId('popup-site-enable')).toBeTruthy();
    // nothing can be loaded into the page without the site's permission: no "annotate" (helper-37 review)
    expect(screen.queryByTestId('popup-annotate')).toBeNull();
  });

  it('says a turn-off failed as such, and shows a failed analysis once (helper-37 review)', async () => {
    const disableSite = vi.fn(async () => Promise.reject(new Error('You cannot remove required permissions.')));
    const failed: PageStatus = { ...report, analysed: true, error: '分析失败 / Analysis failed: table 3 unreadable' };
    const api: Api = { ask: async () => failed, openLibrary: vi.fn(), site: async () => ({ ...mirror, enabled: true }), enableSite: vi.fn(), disableSite };
    render(<PopupApp api={api} />);
    expect((await screen.findByTestId('popup-error')).textContent).toBe('分析失败 / Analysis failed: table 3 unreadable');
    fireEvent.click(screen.getByTestId('popup-site-disable'));
    await waitFor(() => expect(screen.getByTestId('popup-note').textContent).toBe('popupSiteDisableFailed:You cannot remove required permissions.'));
    fireEvent.click(screen.getByTestId('popup-annotate'));
    await waitFor(() => expect(screen.getByTestId('popup-note').textContent).toBe(''));
    expect(screen.getAllByText(/Analysis failed/)).toHaveLength(1);
  });
});
