// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForReport } from '../../../src/detect/watch';

const URL_ = 'https://www.example.gov.cn/zwgk/zfxxgknb/2025/t1.htm';

function addReportBody(): void {
  document.title = '示例市2024年政府信息公开工作年度报告';
  const p1 = document.createElement('p');
  p1.textContent = '三、收到和处理政府信息公开申请情况';
  const p2 = document.createElement('p');
  p2.textContent = '一、本年新收政府信息公开申请数量 结转下年度继续办理';
  document.body.append(p1, p2);
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  document.title = '';
});

describe('watchForReport', () => {
  it('detects a report whose body is rendered after load', async () => {
    document.title = '加载中';
    const seen = vi.fn();
    const w = watchForReport(document, () => URL_, seen, { throttleMs: 5 });
    addReportBody();
    await vi.waitFor(() => expect(seen).toHaveBeenCalledOnce());
    expect(seen.mock.calls[0]![0].isReport).toBe(true);
    expect(w.runs()).toBeGreaterThanOrEqual(1);
  });

  it('gives up after the batch budget on a page that never becomes a report', async () => {
    const seen = vi.fn();
    const w = watchForReport(document, () => URL_, seen, { throttleMs: 1, maxBatches: 3 });
    for (let i = 0; i < 10; i++) {
      document.body.append(document.createElement('div'));
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(w.runs()).toBe(3);
    expect(seen).not.toHaveBeenCalled();
  });

  it('stops at the time budget', async () => {
    const seen = vi.fn();
    const w = watchForReport(document, () => URL_, seen, { throttleMs: 1, maxMs: 20 });
    await new Promise((r) => setTimeout(r, 40));
    addReportBody();
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).not.toHaveBeenCalled();
    expect(w.runs()).toBe(0);
  });
});
