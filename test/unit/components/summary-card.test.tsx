// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SummaryCard, type SummaryCardProps } from '../../../components/card/SummaryCard';
import { DEFAULT_CARD_STATE } from '../../../src/ui/card-state';
import { finding, shanghaiRecord } from './records';

afterEach(cleanup);

function setup(over: Partial<SummaryCardProps> = {}) {
  const props: SummaryCardProps = {
    record: shanghaiRecord(),
    findings: [finding('T3-BALANCE', 'error'), finding('T2-SUM', 'warning'), finding('T4-X', 'warning'), finding('INFO-1', 'info')],
    initialState: { ...DEFAULT_CARD_STATE },
    onStateChange: vi.fn(),
    onSave: vi.fn(async () => ({ ok: true, created: true, id: 'x' })),
    onFocusFinding: vi.fn(() => true),
    onDismiss: vi.fn(),
    ...over,
  };
  render(<SummaryCard {...props} />);
  return props;
}

const text = (id: string) => screen.getByTestId(id).textContent;

describe('SummaryCard', () => {
  it('shows the report and its headline numbers', () => {
    setup();
    expect(text('agency')).toBe('上海市人民政府办公厅');
    expect(text('year')).toBe('2019');
    expect(text('format')).toContain('60号');
    expect(text('published')).toContain('2020-01-31');
    expect(text('timeliness')).toContain('按时');
    expect(text('num-newReceived')).toBe('859');
    expect(text('num-carriedOver')).toBe('18');
    expect(text('num-processed')).toBe('805');
    expect(text('num-carriedForward')).toBe('72');
    expect(text('num-granted')).toBe('300');
    expect(text('num-reviews')).toBe('7');
    expect(text('num-lawsuits')).toBe('9');
    expect(text('num-proactive')).toBe('12,345');
  });

  it('says when a report was late and shows a dash for missing numbers', () => {
    const record = shanghaiRecord();
    record.meta.publishedOn = '2020-08-13';
    delete record.cells['table4.review.total'];
    setup({ record });
    expect(text('timeliness')).toContain('逾期');
    expect(text('num-reviews')).toBe('—');
  });

  it('lists what the parser could not read exactly, in the card\'s language, as text', () => {
    const record = shanghaiRecord();
    record.warnings = [
      { code: 'cell-count', message: '本年新收政府信息公开申请数量: "0 00000" holds fewer digits than the 7 cells of the row: a cell is blank and the text does not say which' },
      { code: 'ambiguous-split', message: '表二 行政强制: "<b>4300</b>" reads 2 ways as 3 cells: [4,30,0] [43,0,0]; cells that differ are left empty' },
      ...Array.from({ length: 21 }, (_, i) => ({ code: 'label-variant', message: `表二 prints "本公开数量${i}" for "本年新公开数量"` })),
    ];
    setup({ record });
    const notes = screen.getByTestId('parse-warnings');
    expect(notes.querySelector('summary')!.textContent).toBe('解析提示 23 条');
    const items = screen.getAllByTestId('parse-warning').map((li) => li.textContent);
    expect(items).toHaveLength(20);
    expect(items[0]).toBe('本年新收政府信息公开申请数量：“0 00000”的数字少于该行的7格：有一格为空，原文看不出是哪一格，均未读');
    // page text stays text
    expect(items[1]).toContain('“<b>4300</b>”分成3格有2种读法');
    expect(notes.querySelector('b')).toBeNull();
    expect(notes.textContent).toContain('……另有 3 条');
    fireEvent.click(screen.getByTestId('lang'));
    expect(screen.getAllByTestId('parse-warning')[0]!.textContent).toContain('holds fewer digits than the 7 cells');
  });

  it('shows no parser notes when there are none', () => {
    const record = shanghaiRecord();
    record.warnings = [];
    setup({ record });
    expect(screen.queryByTestId('parse-warnings')).toBeNull();
  });

  it('counts findings by severity', () => {
    setup();
    expect(text('count-error')).toBe('1');
    expect(text('count-warning')).toBe('2');
    expect(text('count-info')).toBe('1');
  });

  it('lists findings worst first and focuses their cells on click', () => {
    const props = setup();
    fireEvent.click(screen.getByTestId('toggle-findings'));
    const items = screen.getAllByTestId('finding');
    expect(items.map((b) => b.getAttribute('data-rule'))).toEqual(['T3-BALANCE', 'T2-SUM', 'T4-X', 'INFO-1']);
    expect(items[0]!.textContent).toContain('一+二 = 41 ≠ 三(七)+四 = 42');
    fireEvent.click(items[1]!);
    expect(props.onFocusFinding).toHaveBeenCalledWith(props.findings[1]);
  });

  it('tells the reader when a finding has no cell on the page', () => {
    setup({ onFocusFinding: () => false });
    fireEvent.click(screen.getByTestId('toggle-findings'));
    fireEvent.click(screen.getAllByTestId('finding')[0]!);
    expect(screen.getByText('页面中找不到该单元格')).toBeTruthy();
  });

  it('switches to English at runtime and stores the choice', () => {
    const props = setup();
    expect(text('toggle-findings')).toContain('显示问题');
    fireEvent.click(screen.getByTestId('lang'));
    expect(text('toggle-findings')).toContain('Show findings');
    expect(text('format')).toBe('2019 trial format (No. 60)');
    expect(screen.getByTestId('summary-card').getAttribute('lang')).toBe('en');
    expect(props.onStateChange).toHaveBeenLastCalledWith(expect.objectContaining({ lang: 'en' }));
    fireEvent.click(screen.getByTestId('lang'));
    expect(text('toggle-findings')).toContain('显示问题');
  });

  it('starts in the stored language and collapsed state', () => {
    setup({ initialState: { ...DEFAULT_CARD_STATE, lang: 'en', collapsed: true } });
    expect(screen.queryByTestId('num-newReceived')).toBeNull();
    expect(screen.getByTestId('collapse').getAttribute('aria-label')).toBe('Expand');
  });

  it('collapses and expands with the button, and dismisses', () => {
    const props = setup();
    fireEvent.click(screen.getByTestId('collapse'));
    expect(screen.queryByTestId('num-newReceived')).toBeNull();
    expect(screen.getByTestId('collapse').getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByTestId('collapse'));
    expect(text('num-newReceived')).toBe('859');
    fireEvent.click(screen.getByTestId('dismiss'));
    expect(props.onDismiss).toHaveBeenCalledOnce();
  });

  it('is keyboard accessible: labelled buttons, Esc collapses, arrows move the card', () => {
    const props = setup();
    for (const b of screen.getAllByRole('button')) {
      expect(b.tagName).toBe('BUTTON');
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim().length).toBeGreaterThan(0);
    }
    const save = screen.getByTestId('save');
    save.focus();
    fireEvent.keyDown(save, { key: 'Escape' });
    expect(screen.queryByTestId('num-newReceived')).toBeNull();
    // focus stays in the card, on its expand button (it fell to the page's <body>)
    expect(document.activeElement).toBe(screen.getByTestId('collapse'));
    expect(props.onStateChange).toHaveBeenLastCalledWith(expect.objectContaining({ collapsed: true }));
    fireEvent.keyDown(screen.getByTestId('drag-handle'), { key: 'ArrowDown' });
    expect(props.onStateChange).toHaveBeenLastCalledWith(expect.objectContaining({ dock: 'float', pos: expect.objectContaining({ y: 24 }) }));
    expect(screen.getByTestId('summary-card').style.top).toBe('24px');
  });

  it('stays in the window: moved by keys past the edge, or kept from a wider window (helper-30 review)', () => {
    const props = setup();
    const handle = screen.getByTestId('drag-handle');
    for (let i = 0; i < 200; i++) fireEvent.keyDown(handle, { key: 'ArrowRight' });
    const last = (props.onStateChange as ReturnType<typeof vi.fn>).mock.lastCall![0];
    // before: left 5800px on a 1024 px window, stored for the site
    expect(last.pos.x).toBeLessThanOrEqual(window.innerWidth - 48);
    expect(parseFloat(screen.getByTestId('summary-card').style.left)).toBeLessThanOrEqual(window.innerWidth - 48);
    cleanup();
    setup({ initialState: { ...DEFAULT_CARD_STATE, dock: 'float', pos: { x: 5000, y: 9000 } } });
    const card = screen.getByTestId('summary-card');
    expect([parseFloat(card.style.left), parseFloat(card.style.top)]).toEqual([window.innerWidth - 48, window.innerHeight - 48]);
  });

  it('docks left and right', () => {
    setup();
    fireEvent.click(screen.getByTestId('dock'));
    expect(screen.getByTestId('summary-card').style.left).toBe('16px');
    fireEvent.click(screen.getByTestId('dock'));
    expect(screen.getByTestId('summary-card').style.right).toBe('16px');
  });

  it('saves and shows the result', async () => {
    const props = setup();
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(text('save-status')).toBe('已保存'));
    expect(props.onSave).toHaveBeenCalledOnce();
  });

  it('shows a clear message when saving fails or the background is missing', async () => {
    setup({ onSave: async () => ({ ok: false, error: '存储空间不足' }) });
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(text('save-status')).toBe('保存失败：存储空间不足'));
    cleanup();
    setup({ onSave: async () => Promise.reject(new Error('后台没有回应')) });
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(text('save-status')).toBe('保存失败：后台没有回应'));
  });

  it('lists cross-year findings only when there are some', () => {
    setup();
    expect(screen.queryByTestId('cross-year')).toBeNull();
    cleanup();
    setup({ crossYear: [finding('X-CARRY', 'warning', { message: { zh: '上年结转与上年报告不符', en: 'carry-over mismatch' } })] });
    expect(text('cross-year')).toContain('上年结转与上年报告不符');
  });
});
