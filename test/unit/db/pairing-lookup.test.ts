// adv47 #2, #11: the card's look-up (library:crossYear) paired as the stored rows do, and a
// pairing a later visit cannot change.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { libraryHandlers as h } from '../../../src/background/library';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { getReport, saveReport } from '../../../src/db/store';
import { makeRecord } from './make-record';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

const A = 'https://a.gov.cn/nb/2021.html';
const B = 'https://a.gov.cn/nb/2021-gz.html';
const C = 'https://a.gov.cn/nb/2022.html';
const y2021 = (url: string, fwd: number, title?: string) => {
  const r = makeRecord({ url, agency: '某局', year: 2021, cells: { 'table3.total.carriedForward': fwd } });
  if (title) r.meta.title = title;
  return r;
};
const y2022 = () => makeRecord({ url: C, agency: '某局', year: 2022, cells: { 'table3.total.carriedOver': 3 } });
const GZ = '（更正）2021年某局政府信息公开工作年度报告';
const lookUp = (record: ReturnType<typeof makeRecord>) => h['library:crossYear']({ type: 'library:crossYear', record });
const fails = (fs: { outcome?: string; rule: string }[]) => fs.filter((f) => f.outcome === 'fail').map((f) => f.rule);

it('the saved outdated original’s look-up shows what its stored row shows: nothing compared (not the next year’s X-CARRY)', async () => {
  const db = await openLibraryDb();
  await saveReport(db, y2021(A, 5), [], new Date('2026-01-01'));
  await saveReport(db, y2021(B, 3, GZ), [], new Date('2026-01-02'));
  await saveReport(db, y2022(), [], new Date('2026-01-03'));
  const stored = (await getReport(db, A))!.crossYear;
  const look = await lookUp(y2021(A, 5));
  expect(fails(look.findings)).toEqual(fails(stored));
  expect(fails(look.findings)).toEqual([]);
  // the re-issue is compared, and a 2022 page's look-up names it as the one of several compared
  const c = y2022();
  c.cells['table3.total.carriedOver']!.value = 4;
  const found = (await lookUp(c)).findings.filter((f) => f.rule === 'X-CARRY');
  expect(found).toHaveLength(1);
  expect(found[0]!.note).toContain(B);
});

it('an unsaved page of a year whose saved report is the marked re-issue is compared with nothing', async () => {
  const db = await openLibraryDb();
  await saveReport(db, y2021(B, 3, GZ), [], new Date('2026-01-02'));
  await saveReport(db, y2022(), [], new Date('2026-01-03'));
  expect(fails((await lookUp(y2021(A, 5))).findings)).toEqual([]);
  // an unsaved 更正 page of a year whose saved report is the original is compared
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
  const db2 = await openLibraryDb();
  await saveReport(db2, y2021(A, 3), [], new Date('2026-01-01'));
  await saveReport(db2, y2022(), [], new Date('2026-01-03'));
  expect(fails((await lookUp(y2021(B, 5, GZ))).findings)).toEqual(['X-CARRY']);
});

it('a re-issue with no mark and no dates stays the one compared when the outdated original is saved again (first save decides, not last)', async () => {
  const db = await openLibraryDb();
  const N = 'https://a.gov.cn/nb/2021-new.html';
  await saveReport(db, y2021(A, 5), [], new Date('2026-01-01'));
  await saveReport(db, y2021(N, 3), [], new Date('2026-01-02'));
  await saveReport(db, y2022(), [], new Date('2026-01-03'));
  const carry = async () => (await getReport(db, C))!.crossYear.filter((f) => f.rule === 'X-CARRY' && f.outcome === 'fail');
  expect(await carry()).toEqual([]);
  await saveReport(db, y2021(A, 5), [], new Date('2026-01-04')); // the outdated original visited again
  expect(await carry()).toEqual([]);
  expect(fails((await lookUp(y2021(A, 5))).findings)).toEqual([]);
});

// adv50 #6, #8: the look-up weighed a page already saved under another year or agency as if first
// saved now (the save keeps its stored first save), and compared a page with its own saved row
// stored under the neighbouring year (the save replaces that row): findings the save then removed.
const X = 'https://a.gov.cn/nb/x.html';
for (const variant of ['year', 'agency']) {
  it(`a page saved under another ${variant} is weighed with its stored first save: the look-up matches what Save stores`, async () => {
    const db = await openLibraryDb();
    const old = variant === 'year' ? makeRecord({ url: X, agency: '某局', year: 2020, cells: { 'table3.total.carriedForward': 9 } }) : makeRecord({ url: X, agency: '某局办公室', year: 2021, cells: { 'table3.total.carriedForward': 9 } });
    await saveReport(db, old, [], new Date('2026-01-01'));
    await saveReport(db, y2021(A, 3), [], new Date('2026-01-02'));
    await saveReport(db, y2022(), [], new Date('2026-01-03'));
    const page = y2021(X, 9);
    const look = await lookUp(page);
    const saved = (await h['library:save']({ type: 'library:save', record: page, findings: [] } as never)) as { crossYear?: { outcome?: string; rule: string }[] };
    expect(fails(saved.crossYear ?? [])).toEqual([]); // A (first saved later) is compared, X with nothing
    expect(fails(look.findings)).toEqual([]);
    expect(fails((await getReport(db, X))!.crossYear)).toEqual([]);
  });
}

it('a page is never compared with its own saved row stored under the neighbouring year', async () => {
  const db = await openLibraryDb();
  const cells = { 'table3.total.carriedForward': 5, 'table3.total.carriedOver': 1 };
  await saveReport(db, makeRecord({ url: X, agency: '某局', year: 2020, cells }), [], new Date('2026-01-01'));
  const page = makeRecord({ url: X, agency: '某局', year: 2021, cells });
  const look = await lookUp(page);
  expect(look.previous).toBeFalsy();
  expect(fails(look.findings)).toEqual([]);
});
