// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../../../src/ui/tab-messages';

// Browser-locale strings: show the key and its substitutions so the test reads what is shown.
vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join(',')}` : key) } }));
const { PopupApp } = await import('../../../components/popup/PopupApp');

afterEach(cleanup);

const report: PageStatus = {
  ok: true,
  isReport: true,
  analysed: true,
  reasons: [],
  title: 't',
  agency: '上海市人民政府办公厅',
  year: 2019,
  counts: { error: 1, warning: 2, info: 0 },
};

describe('PopupApp', () => {
  it("shows the tab's report, its year and findings, and saves", async () => {
    const ask = vi.fn(async (req: { type: string }) => (req.type === 'page:save' ? { ok: true } : report));
    render(<PopupApp api={{ ask, openLibrary: vi.fn() }} />);
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
    render(<PopupApp api={{ ask, openLibrary: vi.fn() }} />);
    await screen.findByTestId('popup-not-report');
    fireEvent.click(screen.getByTestId('popup-annotate'));
    await screen.findByTestId('popup-report');
    expect(ask).toHaveBeenCalledWith({ type: 'page:annotate' });
  });

  it('says so when the tab has no content script, and still opens the library', async () => {
    const openLibrary = vi.fn();
    render(<PopupApp api={{ ask: async () => Promise.reject(new Error('no receiver')), openLibrary }} />);
    await screen.findByTestId('popup-none');
    fireEvent.click(screen.getByTestId('popup-library'));
    expect(openLibrary).toHaveBeenCalledOnce();
  });

  it('shows a clear message when saving fails', async () => {
    const ask = async (req: { type: string }) => (req.type === 'page:save' ? { ok: false, error: 'quota' } : report);
    render(<PopupApp api={{ ask, openLibrary: vi.fn() }} />);
    fireEvent.click(await screen.findByTestId('popup-save'));
    await waitFor(() => expect(screen.getByTestId('popup-note').textContent).toBe('popupSaveFailed:quota'));
  });
});
