// adv47 #3, #7, #10: a library already at v9 holding rows an earlier parser named with a
// correction mark or a year range's first year, or with a section text an older import let in.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { upgradeV1Row } from '../../../src/db/migrations';
import { DB_VERSION, type SavedReport } from '../../../src/db/schema';
import { EXPORT_FINDINGS_LAYOUT } from '../../../src/db/export-findings';
import { importReports } from '../../../src/db/store';
import { agencyFromTitle } from '../../../src/parse/meta';
import { makeRecord } from './make-record';
import { createDatabaseAt } from './old-database';

beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeLibraryDb());

function v9Row(url: string, agencyName: string, title: string, year: number, cells: Record<string, number>): SavedReport {
  const record = makeRecord({ url, agency: agencyName, year, format: 'trial2019', cells });
  record.meta.title = title;
  const row = upgradeV1Row({ id: url, record, findings: [], firstSavedAt: '2026-01-01T00:00:00.000Z', lastSavedAt: '2026-01-01T00:00:00.000Z', parserVersion: '0.1.0' });
  return { ...row, agency: `${agencyName}@a.gov.cn` };
}

it('agencyFromTitle drops a correction mark in any of its printed forms', () => {
  for (const mark of ['（更正）', '（已更正）', '【更正公告】', '（第二次更正）', '更正后：', '（更正说明）', '[修订]']) {
    expect(agencyFromTitle(`${mark}某县人民政府2021年政府信息公开工作年度报告`)).toBe('某县人民政府');
  }
  // a name that merely starts like a mark is kept
  expect(agencyFromTitle('修水县人民政府2021年政府信息公开工作年度报告')).toBe('修水县人民政府');
});

it('opening a v9 library repairs names saved with a mark or a year range (only as the title reads now), pairs them, and makes section texts readable', async () => {
  const odd = v9Row('https://a.gov.cn/2019.html', '某县人民政府', '2019年某县人民政府政府信息公开工作年度报告', 2019, { 'table3.total.carriedForward': 1 });
  (odd.record.sections as Record<string, unknown>).overview = { label: '总体情况', ref: null, text: 12345, hasTable: false };
  await createDatabaseAt(9, [
    odd,
    v9Row('https://a.gov.cn/2020.html', '某县人民政府2020-', '某县人民政府2020-2021年政府信息公开工作年度报告', 2020, { 'table3.total.carriedOver': 1, 'table3.total.carriedForward': 2 }),
    v9Row('https://a.gov.cn/2021.html', '已更正）某县人民政府', '（已更正）某县人民政府2021年政府信息公开工作年度报告', 2021, { 'table3.total.carriedOver': 9 }),
    // a cut the title does not give back is left alone
    v9Row('https://a.gov.cn/other.html', '更正）某局', '2021年某办公室政府信息公开工作年度报告', 2021, {}),
  ]);
  const db = await openLibraryDb();
  expect(db.version).toBe(DB_VERSION);
  const rows = new Map((await db.getAll('reports')).map((r) => [r.id, r]));
  const y2019 = rows.get('https://a.gov.cn/2019.html')!;
  const y2020 = rows.get('https://a.gov.cn/2020.html')!;
  const y2021 = rows.get('https://a.gov.cn/2021.html')!;
  expect([y2020.record.meta.agencyName, y2021.record.meta.agencyName]).toEqual(['某县人民政府', '某县人民政府']);
  expect(new Set([y2019.agency, y2020.agency, y2021.agency])).toEqual(new Set(['某县人民政府@a.gov.cn']));
  expect(rows.get('https://a.gov.cn/other.html')!.record.meta.agencyName).toBe('更正）某局');
  expect(y2019.record.sections.overview!.text).toBe('12345') // its digits kept as text;
  // paired now: 2021's carried-over 9 ≠ 2020's carried-forward 2
  expect(y2021.crossYear.filter((f) => f.outcome === 'fail').map((f) => f.rule)).toEqual(['X-CARRY']);
  expect((await db.getAllFromIndex('summaries', 'agency', '某县人民政府@a.gov.cn')).map((s) => s.agencyName)).toEqual(['某县人民政府', '某县人民政府', '某县人民政府']);
});

it('an import of a row saved with such a name repairs it and pairs it with its neighbours', async () => {
  const db = await openLibraryDb();
  await importReports(db, [
    v9Row('https://a.gov.cn/2020.html', '某局', '2020年某局政府信息公开工作年度报告', 2020, { 'table3.total.carriedForward': 2 }),
    v9Row('https://a.gov.cn/2021.html', '更正）某局', '（更正）2021年某局政府信息公开工作年度报告', 2021, { 'table3.total.carriedOver': 9 }),
  ]);
  const got = (await db.get('reports', 'https://a.gov.cn/2021.html'))!;
  expect(got.agency).toBe('某局@a.gov.cn');
  expect(got.crossYear.map((f) => f.rule)).toContain('X-CARRY');
});

it('an import repairs a name kept with a mark after it or with the brackets its year was cut from (adv57 #8)', async () => {
  const db = await openLibraryDb();
  await importReports(db, [
    v9Row('https://a.gov.cn/2020.html', '某局', '2020年某局政府信息公开工作年度报告', 2020, { 'table3.total.carriedForward': 2 }),
    v9Row('https://a.gov.cn/2021.html', '某局 更正', '某局 更正 2021年政府信息公开工作年度报告', 2021, { 'table3.total.carriedOver': 9 }),
    v9Row('https://a.gov.cn/2022.html', '某局（）', '某局（2022年度）政府信息公开工作年度报告', 2022, {}),
  ]);
  for (const year of [2021, 2022]) expect((await db.get('reports', `https://a.gov.cn/${year}.html`))!.agency).toBe('某局@a.gov.cn');
});

it('the upgrade also repairs names an earlier parser kept with a mark after the name, a longer or other mark, or a stray bracket (adv50 #5)', async () => {
  const R = '2021年政府信息公开工作年度报告';
  // each name as the parser before this fix read the title
  const kept: Array<[string, string]> = [
    ['某县司法局（已更正）', `某县司法局（已更正）${R}`],
    ['根据审计意见已更正）某县司法局', `（根据审计意见已更正）某县司法局${R}`],
    ['更正后的某县司法局', `更正后的某县司法局${R}`],
    ['勘误）某县司法局', `（勘误）某县司法局${R}`],
    ['某县司法局”', `（更正）“某县司法局”${R}`],
    ['印发某县司法局', `（更正）关于印发某县司法局${R}的通知`],
  ];
  await createDatabaseAt(9, [
    v9Row('https://a.gov.cn/2020.html', '某县司法局', '2020年某县司法局政府信息公开工作年度报告', 2020, { 'table3.total.carriedForward': 2 }),
    ...kept.map(([name, title], i) => v9Row(`https://a.gov.cn/2021-${i}.html`, name, title, 2021, { 'table3.total.carriedOver': 9 })),
  ]);
  const db = await openLibraryDb();
  const rows = (await db.getAll('reports')).filter((r) => r.year === 2021);
  expect(rows.map((r) => r.record.meta.agencyName)).toEqual(kept.map(() => '某县司法局'));
  expect(new Set(rows.map((r) => r.agency))).toEqual(new Set(['某县司法局@a.gov.cn']));
  // paired with 2020 now: the report of 2021 the checks compare fails X-CARRY (9 ≠ 2)
  const compared = rows.filter((r) => r.crossYear.some((f) => f.rule === 'X-CARRY' && f.outcome === 'fail'));
  expect(compared).toHaveLength(1);
});

it('a library already at v10 is repaired too (helper 57 #9): names an earlier parser kept with a mark after them are paired, and the findings sheet rows are in today\'s layout', async () => {
  const R = '2021年政府信息公开工作年度报告';
  await createDatabaseAt(10, [
    v9Row('https://a.gov.cn/2020.html', '某县司法局', '2020年某县司法局政府信息公开工作年度报告', 2020, { 'table3.total.carriedForward': 2 }),
    v9Row('https://a.gov.cn/2021.html', '某县司法局（已更正）', `某县司法局（已更正）${R}`, 2021, { 'table3.total.carriedOver': 9 }),
  ]);
  const db = await openLibraryDb();
  expect(db.version).toBe(DB_VERSION);
  const y2021 = (await db.get('reports', 'https://a.gov.cn/2021.html'))!;
  expect(y2021.agency).toBe('某县司法局@a.gov.cn');
  expect(y2021.crossYear.filter((f) => f.outcome === 'fail').map((f) => f.rule)).toEqual(['X-CARRY']);
  // every report's findings rows written in the current layout, so an export reads no full row
  for (const id of ['https://a.gov.cn/2020.html', 'https://a.gov.cn/2021.html']) expect((await db.get('exportFindings', id))?.layout).toBe(EXPORT_FINDINGS_LAYOUT);
});
