// @vitest-environment happy-dom
// The library page's storage line: Firefox prompts for persistent storage and waits for the
// answer, so there the page asks only from a click, and shows best-effort meanwhile (adv55 #3).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryApi } from '../../../components/library/api';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { storageState } from '../../../components/library/storage';

afterEach(() => cleanup());

const api: LibraryApi = { send: async () => ({ ok: true, listingJson: '[]' }) as never };
/** a browser whose persist() prompt is answered only when `answer` is called */
function prompting() {
  let answer!: (granted: boolean) => void;
  const persist = vi.fn(() => new Promise<boolean>((r) => (answer = r)));
  return { storage: { persisted: async () => false, persist }, persist, answer: (g: boolean) => answer(g) };
}

describe('storageState', () => {
  it('without asking, does not call persist(): best-effort at once', async () => {
    const p = prompting();
    expect(await storageState(false, p.storage)).toBe('best-effort');
    expect(p.persist).not.toHaveBeenCalled();
  });
  it('asking waits for the answer; persistent storage needs no question', async () => {
    const p = prompting();
    const asked = storageState(true, p.storage);
    await vi.waitFor(() => expect(p.persist).toHaveBeenCalled());
    p.answer(true);
    expect(await asked).toBe('persistent');
    expect(await storageState(false, { persisted: async () => true, persist: p.persist })).toBe('persistent');
    expect(await storageState(true, undefined)).toBe('unknown');
  });
});

describe('the storage line', () => {
  it('shows best-effort at opening and asks only when the button is clicked', async () => {
    const p = prompting();
    render(<LibraryApp api={api} persist={() => storageState(false, p.storage)} askPersist={() => storageState(true, p.storage)} />);
    await waitFor(() => expect(screen.getByTestId('storage-state').textContent).toMatch(/Best-effort storage/));
    expect(p.persist).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('ask-persist'));
    await waitFor(() => expect(p.persist).toHaveBeenCalledTimes(1));
    p.answer(true);
    await waitFor(() => expect(screen.getByTestId('storage-state').textContent).toMatch(/Persistent storage/));
    expect(screen.queryByTestId('ask-persist')).toBeNull();
  });
  it('offers no button where the browser answers without a prompt (Chromium)', async () => {
    render(<LibraryApp api={api} persist={async () => 'best-effort'} />);
    await waitFor(() => expect(screen.getByTestId('storage-state').textContent).toMatch(/Best-effort storage/));
    expect(screen.queryByTestId('ask-persist')).toBeNull();
  });
});
