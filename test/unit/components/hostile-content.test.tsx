// @vitest-environment happy-dom
// Page text is hostile until proven otherwise: markup, scripts and huge strings in titles and
// cells must render as text, execute nothing and leave the card usable.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SummaryCard } from '../../../components/card/SummaryCard';
import { DEFAULT_CARD_STATE } from '../../../src/ui/card-state';
import { cell, finding, shanghaiRecord } from './records';

const IMG = '<img src=x onerror="window.__pwned = 1">';
const SCRIPT = '<script>window.__pwned = 2</script>';
const HUGE = '卡'.repeat(1024 * 1024);

afterEach(() => {
  cleanup();
  delete (window as unknown as { __pwned?: number }).__pwned;
});

function hostile() {
  const record = shanghaiRecord();
  record.meta.agencyName = `${IMG}${HUGE}`;
  record.meta.title = SCRIPT;
  record.meta.publishedOn = `${SCRIPT}2020-01-31`;
  record.cells['table3.total.newReceived'] = { ...cell(859), raw: IMG };
  record.warnings = [{ code: 'x', message: SCRIPT }];
  const findings = [
    finding(IMG, 'error', { message: { zh: SCRIPT + HUGE, en: IMG }, formula: IMG + HUGE, scope: SCRIPT }),
    finding('T3-BALANCE', 'warning'),
  ];
  return { record, findings };
}

describe('hostile page content', () => {
  it('renders markup and scripts as text and runs nothing', () => {
    const { record, findings } = hostile();
    const { container } = render(
      <SummaryCard
        record={record}
        findings={findings}
        initialState={{ ...DEFAULT_CARD_STATE }}
        onSave={async () => ({ ok: false, error: IMG })}
        onFocusFinding={() => true}
        onDismiss={() => undefined}
      />,
    );
    fireEvent.click(screen.getByTestId('toggle-findings'));
    fireEvent.click(screen.getByTestId('lang'));
    expect(container.querySelector('img, script, iframe, object')).toBeNull();
    expect(screen.getByTestId('agency').textContent!.startsWith(IMG)).toBe(true);
    expect(screen.getAllByTestId('finding')[0]!.textContent).toContain(IMG);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('cuts huge strings so the card stays small and usable', () => {
    const { record, findings } = hostile();
    const { container } = render(
      <SummaryCard
        record={record}
        findings={findings}
        initialState={{ ...DEFAULT_CARD_STATE }}
        onSave={async () => ({ ok: true })}
        onFocusFinding={() => true}
        onDismiss={() => undefined}
      />,
    );
    fireEvent.click(screen.getByTestId('toggle-findings'));
    expect(screen.getByTestId('agency').textContent!.length).toBeLessThanOrEqual(81);
    expect(container.textContent!.length).toBeLessThan(5000);
    // still works: numbers, counts and buttons
    expect(screen.getByTestId('num-newReceived').textContent).toBe('859');
    expect(screen.getByTestId('count-error').textContent).toBe('1');
    fireEvent.click(screen.getByTestId('collapse'));
    expect(screen.queryByTestId('num-newReceived')).toBeNull();
  });
});
