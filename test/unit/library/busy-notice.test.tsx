// @vitest-environment happy-dom
// adv47 #4: a failed Import or Export kept its progress label beside the error, as if it still ran.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LibraryApi } from '../../../components/library/api';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { handleLibraryMessage } from '../../../src/background/library';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { saveReport } from '../../../src/db/store';
import { makeRecord } from '../db/make-record';

const api: LibraryApi = { send: (msg) => handleLibraryMessage(msg) as never };
// the library answers every export read with an error
const failingExport: LibraryApi = {
  send: (msg) => (['library:getMany', 'library:getManyJson', 'library:exportValues', 'library:exportSheets'].includes(msg.type) ? Promise.resolve({ ok: false, error: 'boom' }) : handleLibraryMessage(msg)) as never,
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
