// Cross-year wiring: whatever X-* rules the catalogue holds run against saved neighbours.
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RULES } from '../../../src/checks/index';
import { closeLibraryDb, openLibraryDb } from '../../../src/db/open';
import { deleteReports, findNeighbours, getReport, saveReport } from '../../../src/db/store';
import type { Rule } from '../../../src/model/finding';
import { finding, makeRecord } from './make-record';

// A stand-in X-CARRY over the 总计 column, so this test does not depend on the checks issue.
const fakeCarry: Rule = {
  id: 'TEST-X-CARRY',
  severity: 'warning',
  appliesTo: 'pair',
  formula: 'Y.carriedOver = (Y-1).carriedForward',
  description: { zh: '', en: '' },
  reads: ['table3.total.carriedOver', 'table3.total.carriedForward'],
  crossYear: true,
  check({ record, previous }) {
    const a = record.cells['table3.total.carriedOver']?.value;
    const b = previous?.cells['table3.total.carriedForward']?.value;
    if (a == null || b == null || a === b) return { outcome: 'pass', findings: [] };
    return { outcome: 'fail', findings: [{ ...finding('TEST-X-CARRY', 'warning'), left: a, right: b, scope: String(record.meta.reportYear) }] };
  },
};

beforeAll(() => {
  RULES.push(fakeCarry);
});
afterAll(() => {
  RULES.splice(RULES.indexOf(fakeCarry), 1);
});
beforeEach(async () => {
  await closeLibraryDb();
  globalThis.indexedDB = new IDBFactory();
});

// Only the stand-in's findings: the real catalogue's X-* rules may fire on the same data.
const mine = (findings: { rule: string }[]) => findings.filter((f) => f.rule === 'TEST-X-CARRY');

const rec = (year: number, carriedOver: number, carriedForward: number, agency = '某局', slug = 'a') =>
  makeRecord({
    url: `https://a.gov.cn/${slug}/${year}`,
    agency,
    year,
    cells: { 'table3.total.carriedOver': carriedOver, 'table3.total.carriedForward': carriedForward },
  });

describe('cross-year on save', () => {
  it('finds the mismatch whichever year is saved first, on both records', async () => {
    const db = await openLibraryDb();
    await saveReport(db, rec(2022, 0, 5), []);
    const saved = await saveReport(db, rec(2021, 0, 7), []); // 2022 says 0 carried over, 2021 carried 7 forward
    expect(mine(saved.row.crossYear).map((f) => f.rule)).toEqual(['TEST-X-CARRY']);
    const y2022 = (await getReport(db, 'https://a.gov.cn/a/2022'))!;
    expect(mine(y2022.crossYear)).toHaveLength(1);
    expect(mine(y2022.crossYear)[0]).toMatchObject({ left: 0, right: 7 });
    expect(y2022.counts.warning).toBe(y2022.crossYear.filter((f) => f.severity === 'warning').length);
    expect(y2022.counts.warning).toBeGreaterThanOrEqual(1);
  });

  it('no finding across different agencies or non-adjacent years; cleared when a neighbour is deleted', async () => {
    const db = await openLibraryDb();
    await saveReport(db, rec(2021, 0, 7), []);
    await saveReport(db, rec(2022, 1, 1, '别的局', 'b'), []);
    expect(mine((await saveReport(db, rec(2023, 3, 0), [])).row.crossYear)).toEqual([]);
    await saveReport(db, rec(2022, 0, 3), []);
    expect(mine((await getReport(db, 'https://a.gov.cn/a/2022'))!.crossYear)).toHaveLength(1);
    await deleteReports(db, ['https://a.gov.cn/a/2021']);
    const after = (await getReport(db, 'https://a.gov.cn/a/2022'))!;
    expect(after.crossYear).toEqual([]);
    expect(after.counts.warning).toBe(0);
  });
});

describe('the next year\'s findings on this page (helper-30 review)', () => {
  it('point at this record\'s cells, never at the next page\'s', async () => {
    const { crossYearFindings } = await import('../../../src/db/cross-year');
    const cols = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
    const with3 = (year: number, row: string, value: number, table: number) => {
      const r = makeRecord({ year, cells: Object.fromEntries(cols.map((c) => [`table3.${c}.${row}`, c === 'total' || c === 'naturalPerson' ? value : 0])) });
      cols.forEach((c, i) => (r.cells[`table3.${c}.${row}`]!.ref = { source: 'table', table, row: 30, col: i + 1 }));
      return r;
    };
    const y2022 = with3(2022, 'carriedForward', 3, 2); // this page: table 2
    const y2023 = with3(2023, 'carriedOver', 5, 7); // the next page: table 7
    const carry = crossYearFindings(y2022, null, y2023).filter((f) => f.rule === 'X-CARRY' && f.outcome === 'fail');
    expect(carry.length).toBeGreaterThan(0);
    for (const f of carry) {
      expect(f.cells.length).toBeGreaterThan(0);
      // before: the next page's table 7 cells, outlined here wherever table 7 row 30 happened to be
      for (const c of f.cells) expect(c).toMatchObject({ source: 'table', table: 2 });
    }
  });
});

describe('the next year\'s findings say which years they compare (adv39 #1)', () => {
  it('on the 2021 page, 2022\'s findings name 2022 and never call 2022\'s numbers 本年', async () => {
    const { crossYearFindings } = await import('../../../src/db/cross-year');
    const text = '本机关认真贯彻落实政府信息公开条例，主动公开政府信息，依申请公开工作规范有序，政府信息管理不断加强，平台建设持续推进，监督保障有力有效。'.repeat(2);
    const rec = (year: number, received: number, inForce: number) => {
      const r = makeRecord({ year, cells: { 'table3.total.newReceived': received, 'table2.normativeDocs.inForce': inForce, 'table2.normativeDocs.issued': 5, 'table2.normativeDocs.repealed': 1 } });
      r.sections = { overview: { label: '总体情况', ref: null, text, hasTable: false } };
      return r;
    };
    const f = crossYearFindings(rec(2021, 100, 21), rec(2020, 12, 20), rec(2022, 11, 30));
    const next = f.filter((x) => x.message.zh.startsWith('2022年报告：'));
    expect(next.map((x) => x.rule).sort()).toEqual(['X-DUPLICATE-TEXT', 'X-INFORCE', 'X-JUMP']);
    for (const x of next) {
      expect(x.message.en).toMatch(/^2022 report: /);
      // the numbers are labelled by year (the rule's name, "现行有效 = 上年现行有效 + …", is a general equation)
      expect(x.formula ?? '').not.toMatch(/本年|上年/);
      if (x.rule !== 'X-INFORCE') expect(x.message.zh).not.toMatch(/本年|上年/);
    }
    const inforce = next.find((x) => x.rule === 'X-INFORCE')!;
    expect(inforce.formula).toBe('2022年现行有效+2022年废止 = 31 ≠ 2021年现行有效+2022年制发 = 26');
    expect(next.find((x) => x.rule === 'X-JUMP')!.message.zh).toMatch(/2021年100.*2022年11/);
    // this page's own findings name their years too
    const own = f.filter((x) => x.rule === 'X-JUMP' && !next.includes(x));
    expect(own[0]!.message.zh).toMatch(/2020年12.*2021年100/);
  });
});

describe('two saved reports of one year (an original and its 更正 re-issue; adv39 #2)', () => {
  const A = 'https://a.gov.cn/nb/2021.html';
  const B = 'https://a.gov.cn/nb/2021-gz.html';
  const C = 'https://a.gov.cn/nb/2022.html';
  const y2021 = (url: string, fwd: number, o: { title?: string; published?: string } = {}) => {
    const r = makeRecord({ url, agency: '某局', year: 2021, cells: { 'table3.total.carriedForward': fwd } });
    if (o.title) r.meta.title = o.title;
    r.meta.publishedOn = o.published ?? null;
    return r;
  };
  const y2022 = () => makeRecord({ url: C, agency: '某局', year: 2022, cells: { 'table3.total.carriedOver': 3 } });
  const carry = async (db: Awaited<ReturnType<typeof openLibraryDb>>, id: string) =>
    (await getReport(db, id))!.crossYear.filter((f) => f.rule === 'X-CARRY' && f.outcome === 'fail');

  it('the 更正 report is the one compared, however often the original is saved again; the original shows no pairing of its own', async () => {
    const db = await openLibraryDb();
    await saveReport(db, y2021(A, 5), [], new Date('2026-01-01'));
    await saveReport(db, y2021(B, 3, { title: '（更正）2021年某局政府信息公开工作年度报告' }), [], new Date('2026-01-02'));
    await saveReport(db, y2022(), [], new Date('2026-01-03'));
    expect(await carry(db, C)).toEqual([]);
    // before: re-saving the outdated original made it the neighbour, and 2022 got X-CARRY 3 ≠ 5
    await saveReport(db, y2021(A, 5), [], new Date('2026-01-04'));
    expect(await carry(db, C)).toEqual([]);
    expect((await findNeighbours(db, y2022())).previous?.id).toBe(B);
    // before: the original showed 2022's mismatch with it, which 2022 itself did not show
    expect(await carry(db, A)).toEqual([]);
    // B and C disagree now: the finding names which 2021 report it used
    await saveReport(db, y2021(B, 4, { title: '（更正）2021年某局政府信息公开工作年度报告' }), [], new Date('2026-01-05'));
    expect((await carry(db, C)).map((f) => f.note)).toEqual([expect.stringContaining(B)]);
  });

  it('without a 更正 mark the later publication date wins, not the later save', async () => {
    const db = await openLibraryDb();
    await saveReport(db, y2021(B, 3, { published: '2022-03-01' }), [], new Date('2026-01-01'));
    await saveReport(db, y2022(), [], new Date('2026-01-02'));
    await saveReport(db, y2021(A, 5, { published: '2022-01-20' }), [], new Date('2026-01-03'));
    expect(await carry(db, C)).toEqual([]);
    expect((await findNeighbours(db, y2022())).previous?.id).toBe(B);
  });

  it('a re-issue marked with a word its agency name drops (（勘误）, 【重新发布】) is preferred like a 更正 one (adv50 #5)', async () => {
    const db = await openLibraryDb();
    // the re-issue saved first: without its mark counted, the original's later first save won
    await saveReport(db, y2021(B, 3, { title: '（勘误）2021年某局政府信息公开工作年度报告' }), [], new Date('2026-01-01'));
    await saveReport(db, y2021(A, 5), [], new Date('2026-01-02'));
    await saveReport(db, y2022(), [], new Date('2026-01-03'));
    expect((await findNeighbours(db, y2022())).previous?.id).toBe(B);
    expect(await carry(db, C)).toEqual([]);
  });
});
