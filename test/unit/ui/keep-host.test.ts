// @vitest-environment happy-dom
// The card's host against a page that removes it (helper-40's review): put back once under <body>,
// given up (outlines cleared by the caller) when removed again, never put back after our own removal.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepHost } from '../../../src/ui/keep-host';

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.documentElement.querySelectorAll('x-card').forEach((e) => e.remove());
});

describe('keepHost', () => {
  it('puts the host back at the end of <body> when the page removes it from under <html>', async () => {
    const host = document.createElement('x-card');
    document.documentElement.appendChild(host);
    const gone = vi.fn();
    const stop = keepHost(host, gone);
    host.remove();
    await flush();
    expect(host.parentNode).toBe(document.body);
    expect(gone).not.toHaveBeenCalled();
    // removed a second time: given up
    host.remove();
    await flush();
    expect(host.isConnected).toBe(false);
    expect(gone).toHaveBeenCalledTimes(1);
    stop();
  });

  it('puts it back in the top layer, laid out against the window whatever <body> does (helper-46 #15)', async () => {
    const host = document.createElement('x-card');
    const showPopover = vi.fn();
    Object.assign(host, { showPopover });
    document.documentElement.appendChild(host);
    const stop = keepHost(host, vi.fn());
    host.remove();
    await flush();
    expect(host.parentNode).toBe(document.body);
    expect(host.getAttribute('popover')).toBe('manual');
    expect(showPopover).toHaveBeenCalledTimes(1);
    // the popover's own box (centred, padded) undone
    expect([host.style.position, host.style.margin, host.style.padding]).toEqual(['fixed', '0px', '0px']);
    stop();
  });

  it('a page that closes popovers has the card opened again; closed over and over, a second after the last close, never given up (adv59 #9, reviewer 65 #1)', async () => {
    const host = document.createElement('x-card');
    const showPopover = vi.fn();
    Object.assign(host, { showPopover });
    document.documentElement.appendChild(host);
    const gone = vi.fn();
    const stop = keepHost(host, gone);
    host.remove();
    await flush();
    expect(showPopover).toHaveBeenCalledTimes(1);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const closed = () => host.dispatchEvent(Object.assign(new Event('toggle'), { newState: 'closed' }));
      host.dispatchEvent(Object.assign(new Event('toggle'), { newState: 'open' }));
      closed(); // a "close menus on scroll" script
      expect(showPopover).toHaveBeenCalledTimes(2);
      for (let i = 0; i < 30; i++) closed(); // a second of scrolling
      expect(showPopover).toHaveBeenCalledTimes(11); // ten at once, then no more while it goes on
      vi.advanceTimersByTime(999);
      expect(showPopover).toHaveBeenCalledTimes(11);
      vi.advanceTimersByTime(1);
      expect(showPopover).toHaveBeenCalledTimes(12); // a second after the last close
      expect(gone).not.toHaveBeenCalled();
      // after stop (our own dismiss), nothing more
      closed();
      stop();
      vi.advanceTimersByTime(2000);
      expect(showPopover).toHaveBeenCalledTimes(12);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing after stop (our own dismiss removes the host)', async () => {
    const host = document.createElement('x-card');
    document.documentElement.appendChild(host);
    const gone = vi.fn();
    const stop = keepHost(host, gone);
    stop();
    host.remove();
    await flush();
    expect(host.isConnected).toBe(false);
    expect(gone).not.toHaveBeenCalled();
  });

  it('ignores other changes of the parent', async () => {
    const host = document.createElement('x-card');
    document.documentElement.appendChild(host);
    const gone = vi.fn();
    const stop = keepHost(host, gone);
    document.documentElement.appendChild(document.createElement('div')).remove();
    await flush();
    expect(host.parentNode).toBe(document.documentElement);
    expect(gone).not.toHaveBeenCalled();
    stop();
  });
});
