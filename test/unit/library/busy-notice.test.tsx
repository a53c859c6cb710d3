// @vitest-environment happy-dom
// adv47 #4: a failed Import or Export kept its progress label beside the error, as if it still ran.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ANSWER_TIMEOUT_MS, call, type LibraryApi } from '../../../components/library/api';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { handleLibraryMessage } from '../../../src/background/library';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { saveReport } from '../../../src/db/store';
import { makeRecord } from '../db/make-record';

const api: LibraryApi = { send: (msg) => handleLibraryMessage(msg) as never };
// the library answers every export read with an error
const failingExport: LibraryApi = {
  send: (msg) => (['library:getManyJson', 'library:exportValues', 'library:exportSheets'].includes(msg.type) ? Promise.resolve({ ok: false, error: 'boom' }) : handleLibraryMessage(msg)) as never,
};

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
  const db = await openLibraryDb();
  await saveReport(db, makeRecord({ url: 'https://a.gov.cn/2021', agency: '甲', year: 2021 }), []);
});
afterEach(async () => {
  cleanup();
  await closeLibraryDb();
});

it('a failed import shows its error and no longer says 正在导入…', async () => {
  render(<LibraryApp api={api} />);
  await waitFor(() => expect(screen.queryAllByTestId('report-row')).toHaveLength(1));
  fireEvent.change(screen.getByTestId('import'), { target: { files: [new File(['not json'], 'x.json', { type: 'application/json' })] } });
  await waitFor(() => expect(screen.queryByTestId('error')?.textContent).toContain('JSON'));
  expect(screen.queryByTestId('notice')).toBeNull();
});

it('a failed export shows its error and no longer says 正在导出…', async () => {
  render(<LibraryApp api={failingExport} />);
  await waitFor(() => expect(screen.queryAllByTestId('report-row')).toHaveLength(1));
  fireEvent.click(screen.getByTestId('export-json'));
  await waitFor(() => expect(screen.queryByTestId('error')?.textContent).toContain('boom'));
  expect(screen.queryByTestId('notice')).toBeNull();
});

// adv55 #8: in Firefox a background that runs out of memory never answers; the export waited for
// good with Export, Delete and Import locked
it('an export whose read the library never answers stops with an error after the time limit, and the page is usable again', async () => {
  let asked!: () => void;
  const askedOnce = new Promise<void>((r) => (asked = r));
  const silent: LibraryApi = {
    send: (msg) => {
      if (msg.type !== 'library:getManyJson') return handleLibraryMessage(msg) as never;
      asked();
      return new Promise(() => undefined) as never; // never answered
    },
  };
  render(<LibraryApp api={silent} />);
  await waitFor(() => expect(screen.queryAllByTestId('report-row')).toHaveLength(1));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    fireEvent.click(screen.getByTestId('export-json'));
    await askedOnce;
    expect((screen.getByTestId('delete') as HTMLButtonElement).disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS + 1);
  } finally {
    vi.useRealTimers();
  }
  await waitFor(() => expect(screen.queryByTestId('error')?.textContent).toContain('did not answer in 120 s'));
  expect(screen.queryByTestId('notice')).toBeNull();
  expect((screen.getByTestId('import') as HTMLInputElement).disabled).toBe(false);
});

it('an answer in time clears its timer', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    expect(await call(api, { type: 'library:list' })).toMatchObject({ ok: true });
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});

// reviewer 65 #2: a delete answered after the time limit had been called stopped, then finished, with no undo
it('a delete is waited for however long it takes: no error, and its undo is offered', async () => {
  let answer!: () => void;
  const slowDelete: LibraryApi = {
    send: (msg) => {
      if (msg.type !== 'library:delete') return handleLibraryMessage(msg) as never;
      return new Promise((resolve) => (answer = () => void Promise.resolve(handleLibraryMessage(msg)).then(resolve))) as never;
    },
  };
  render(<LibraryApp api={slowDelete} />);
  await waitFor(() => expect(screen.queryAllByTestId('report-row')).toHaveLength(1));
  fireEvent.click(screen.getByLabelText('选择 select'));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    fireEvent.click(screen.getByTestId('delete'));
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS * 2);
    expect(screen.queryByTestId('error')).toBeNull();
    expect((screen.getByTestId('import') as HTMLInputElement).disabled).toBe(true); // still deleting
  } finally {
    vi.useRealTimers();
  }
  answer();
  await waitFor(() => expect(screen.queryByTestId('undo-toast')).not.toBeNull());
  expect(screen.queryByTestId('error')).toBeNull();
});
