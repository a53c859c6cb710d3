// FMT-*, STRUCT-*, LABEL-VARIANT, CELL-*, NUM-*, T2-*: pass, fail and not-assessable cases.
import { parseHTML } from 'linkedom';
import { parseDocument } from '../../../src/parse/index';
import { describe, expect, it } from 'vitest';
import { cellBlank, cellNonNumeric, labelVariant } from '../../../src/checks/rules/cells';
import { fmtTemplateMismatch, fmtUnifiedMissing, fmtVersion } from '../../../src/checks/rules/fmt';
import { decideVersion } from '../../../src/parse/version';
import { numInteger, numNonNeg, numUnit } from '../../../src/checks/rules/num';
import { structNumbering, structSectionMissing, structTableMissing, structTableShape } from '../../../src/checks/rules/struct';
import { t2InforceFloor, t2ItemsNeg2019, t2ItemsScale2019, t2Published2019 } from '../../../src/checks/rules/t2';
import { buildRecord, cell, seedT3, seedT3Rev2021, zeroT4 } from './build-record';

const SIX = { overview: {}, activeDisclosure: {}, applications: {}, reviewLitigation: {}, problems: {}, otherMatters: {} };

describe('FMT-*', () => {
  it('FMT-VERSION reports the version and evidence as info', () => {
    const r = buildRecord({ format: 'trial2019' });
    r.meta.formatEvidence = ['本年新制作数量'];
    expect(fmtVersion.check({ record: r }).findings[0]).toMatchObject({ severity: 'info', outcome: 'info' });
    expect(fmtVersion.check({ record: r }).findings[0]!.message.zh).toContain('本年新制作数量');
  });
  it('FMT-VERSION: the parser\'s own notes on how it decided are given in Chinese', () => {
    // the evidence decideVersion itself writes, for each way it decides without printed markers
    const cases: [ReturnType<typeof decideVersion>, string][] = [
      [decideVersion('无相关内容', 2009, null), '报告年度2009（早于2019年格式），没有统一格式的表格'],
      [decideVersion('收到和处理政府信息公开申请情况', 2023, null), '有统一格式的标记而没有表二，按报告年度（2023）判断'],
      [decideVersion('收到和处理政府信息公开申请情况', null, null), '有统一格式的标记而没有表二，按报告年度（未知）判断'],
      [decideVersion('', 2020, false), '表三只有一行“（六）其他处理”'],
    ];
    for (const [{ version, evidence }, zh] of cases) {
      const record = buildRecord({ format: version });
      record.meta.formatEvidence = evidence;
      const msg = fmtVersion.check({ record }).findings[0]!.message;
      expect(msg.zh).toContain(zh);
      expect(msg.zh).not.toMatch(/[A-Za-z]{4,}/);
      expect(msg.en).toContain(evidence.at(-1)!);
    }
  });
  it('FMT-TEMPLATE-MISMATCH: 2022 in trial2019 warns, 2020 in trial2019 passes, unknown year not assessable', () => {
    expect(fmtTemplateMismatch.check({ record: buildRecord({ year: 2022, format: 'trial2019' }) }).findings[0]!.severity).toBe('warning');
    expect(fmtTemplateMismatch.check({ record: buildRecord({ year: 2020, format: 'trial2019' }) }).outcome).toBe('pass');
    expect(fmtTemplateMismatch.check({ record: buildRecord({ year: null, format: 'trial2019' }) }).outcome).toBe('notAssessable');
  });
  it('FMT-TEMPLATE-MISMATCH: table 2 of 2021 with a 2019 table 3', () => {
    const r = buildRecord({ year: 2021, format: 'rev2021', t3: seedT3(), cells: { 'table2.regulations.issued': 1 } });
    expect(fmtTemplateMismatch.check({ record: r }).findings.map((f) => f.message.en)).toEqual(['template mismatch: table 2 is rev2021, table 3 is trial2019']);
  });
  it('FMT-TEMPLATE-MISMATCH: a 2018 report with unified tables', () => {
    expect(fmtTemplateMismatch.check({ record: buildRecord({ year: 2018, format: 'pre2019', t4: zeroT4() }) }).outcome).toBe('fail');
  });
  it('FMT-UNIFIED-MISSING: 2020 report with neither headings nor tables warns; with headings passes', () => {
    expect(fmtUnifiedMissing.check({ record: buildRecord({ year: 2020, format: 'unknown' }) }).findings[0]!.severity).toBe('warning');
    expect(fmtUnifiedMissing.check({ record: buildRecord({ year: 2020, format: 'unknown', sections: { applications: {} } }) }).outcome).toBe('pass');
    expect(fmtUnifiedMissing.check({ record: buildRecord({ year: 2017, format: 'pre2019' }) }).outcome).toBe('notApplicable');
  });
  it('FMT-UNIFIED-MISSING: a 2020 report in the old layout with its own 统计表 warns, though it has the shared headings', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { pageHtml } = await import('../../../src/extract/page-source');
    const { FIXTURES } = await import('../parse/fixture-loader');
    // Pingtan 2017 (old layout, 统计表) dated 2020 throughout
    const text = readFileSync(join(FIXTURES, 'real/015-pingtan-zone-2017/source.txt'), 'utf8').replaceAll('2017年', '2020年');
    const { record } = await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a/b.htm' });
    expect([record.meta.reportYear, record.meta.formatVersion, record.sections.activeDisclosure !== undefined]).toEqual([2020, 'pre2019', true]);
    // before: passed on the headings 主动公开政府信息情况 / 依申请公开情况
    expect(fmtUnifiedMissing.check({ record }).findings.map((f) => [f.severity, f.message.zh])).toEqual([['warning', '2020年度报告使用2019年以前的自由格式（统计表），未使用统一格式的表格']]);
  });
});

describe('STRUCT-*', () => {
  it('STRUCT-SECTION-MISSING: ≥2019 lists the missing headings as a warning', () => {
    const { problems: _, ...five } = SIX;
    const f = structSectionMissing.check({ record: buildRecord({ sections: five }) }).findings;
    expect(f[0]).toMatchObject({ severity: 'warning', keys: ['sections.problems'] });
    expect(structSectionMissing.check({ record: buildRecord({ sections: SIX }) }).outcome).toBe('pass');
  });
  it('STRUCT-SECTION-MISSING: pre2019 topics may be covered by the appendix; gaps are info', () => {
    const covered = buildRecord({
      year: 2018, format: 'pre2019',
      sections: { overview: { text: '主动公开信息463条。存在的问题和改进措施。其他需要报告的事项：无。' } },
      cells: { 'legacyStats.requests.received': 0, 'legacyStats.review.total': 0, 'legacyStats.requestFeesWanYuan': null },
    });
    expect(structSectionMissing.check({ record: covered }).outcome).toBe('pass');
    const gap = buildRecord({ year: 2018, format: 'pre2019', sections: { overview: { text: '主动公开信息463条。' } } });
    expect(structSectionMissing.check({ record: gap }).findings[0]!.severity).toBe('info');
  });
  it('STRUCT-TABLE-MISSING: seed 003 pattern — headings without tables → one warning per table', () => {
    const r = buildRecord({ year: 2023, format: 'rev2021', sections: SIX });
    const res = structTableMissing.check({ record: r });
    expect(res.findings.map((f) => [f.scope, f.severity])).toEqual([['表二', 'warning'], ['表三', 'warning'], ['表四', 'warning']]);
    const ok = buildRecord({ year: 2023, format: 'rev2021', sections: SIX, t3: seedT3Rev2021(), t4: zeroT4(), cells: { 'table2.licensing.decisions': 0 } });
    expect(structTableMissing.check({ record: ok }).outcome).toBe('pass');
    expect(structTableMissing.check({ record: buildRecord({ year: 2023, format: 'rev2021' }) }).outcome).toBe('notAssessable');
  });
  it('STRUCT-TABLE-SHAPE: full table 3 and 4 pass; 14 values in table 4 warn', () => {
    expect(structTableShape.check({ record: buildRecord({ t3: seedT3(), t4: zeroT4() }) }).outcome).toBe('pass');
    const t4 = zeroT4();
    t4.review = [0, 0, 0, 0];
    const f = structTableShape.check({ record: buildRecord({ t4 }) }).findings;
    expect(f[0]).toMatchObject({ severity: 'warning', scope: 'table4', keys: ['table4.review.total'] });
    expect(f[0]!.message.zh).toBe('表四与2019年试行统一格式（国办公开办函〔2019〕60号）的模板不符：缺1个值');
    expect(structTableShape.check({ record: buildRecord() }).outcome).toBe('notAssessable');
  });
  it('STRUCT-TABLE-SHAPE: a row the parser could not cut is named in Chinese, with no "缺0个值"', () => {
    const record = buildRecord({ t3: seedT3(), t4: zeroT4() });
    record.warnings.push({
      code: 'cell-count',
      message: '本年新收政府信息公开申请数量: "0 00000" holds fewer digits than the 7 cells of the row: a cell is blank and the text does not say which',
      keys: ['table3.naturalPerson.newReceived'],
    });
    const f = structTableShape.check({ record }).findings[0]!;
    expect(f.message.zh).toBe('表三与2019年试行统一格式（国办公开办函〔2019〕60号）的模板不符：本年新收政府信息公开申请数量：“0 00000”的数字少于该行的7格：有一格为空，原文看不出是哪一格，均未读');
    expect(f.message.en).toContain('"0 00000" holds fewer digits than the 7 cells');
  });
  it('STRUCT-NUMBERING: a skipped numeral is info; a clean sequence passes', () => {
    const ref = (block: number) => ({ source: 'text' as const, block, start: 0, end: 1 });
    const skip = buildRecord({ sections: { overview: { label: '一、概述', ref: ref(1) }, activeDisclosure: { label: '二、主动公开', ref: ref(2) }, problems: { label: '四、存在的问题', ref: ref(3) } } });
    expect(structNumbering.check({ record: skip }).findings[0]).toMatchObject({ severity: 'info' });
    const clean = buildRecord({ sections: { overview: { label: '一、概述', ref: ref(1) }, activeDisclosure: { label: '二、主动公开', ref: ref(2) } } });
    expect(structNumbering.check({ record: clean }).outcome).toBe('pass');
    expect(structNumbering.check({ record: buildRecord() }).outcome).toBe('notAssessable');
  });
});

describe('LABEL-VARIANT, CELL-*', () => {
  it('LABEL-VARIANT lists printed → canonical', () => {
    const c = cell(1);
    c.labelVariant = { printed: '尚未审计', canonical: '尚未审结' };
    const f = labelVariant.check({ record: buildRecord({ cells: { 'table4.review.pending': c } }) }).findings;
    expect(f[0]!.message.zh).toContain('尚未审计→尚未审结');
    expect(labelVariant.check({ record: buildRecord({ t3: seedT3() }) }).outcome).toBe('pass');
  });
  it('CELL-BLANK counts blanks and placeholders per table (info)', () => {
    const t4 = zeroT4();
    t4.review = [5, null, '—', 2, 7];
    const f = cellBlank.check({ record: buildRecord({ t4 }) }).findings;
    expect(f[0]).toMatchObject({ severity: 'info', left: 2, right: 15 });
    expect(cellBlank.check({ record: buildRecord({ t4: zeroT4() }) }).outcome).toBe('pass');
  });
  it('CELL-NONNUMERIC: text is a warning; an unsplit digit run is not assessable', () => {
    const f = cellNonNumeric.check({ record: buildRecord({ cells: { 'table2.adminFees.amountWanYuan': '按规定收取', 'table2.licensing.decisions': { amb: 3 } } }) }).findings;
    expect(f.map((x) => [x.outcome, x.severity])).toEqual([['fail', 'warning'], ['notAssessable', 'info']]);
    expect(cellNonNumeric.check({ record: buildRecord({ t4: zeroT4() }) }).outcome).toBe('pass');
  });

  it('CELL-NONNUMERIC names a row the parser left unread once, with its cell count, and does not call it text', async () => {
    const lines = ['某某局2022年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 258 12 1 1', '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0'];
    const html = `<!doctype html><html><head><title>${lines[0]}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const record = (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://www.example.gov.cn/a/2022/b.htm' })).record;
    const f = cellNonNumeric.check({ record }).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toBe('表三有7个单元格未能读成数字，相关核对无法进行：“258 12 1 1”（7格）');
    expect(f[0]!.message.en).toMatch(/^table3: 7 value cell\(s\) could not be read as a number/);
  });
});

describe('NUM-*', () => {
  it('NUM-NONNEG: −1 in table 3 is an error; −58 本年增/减 is allowed', () => {
    const t3 = seedT3();
    t3.granted = [-1, 0, 0, 0, 0, 0, -1];
    expect(numNonNeg.check({ record: buildRecord({ t3 }) }).findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(numNonNeg.check({ record: buildRecord({ cells: { 'table2.otherServices.yearChange': -58 } }) }).outcome).toBe('pass');
    expect(numNonNeg.check({ record: buildRecord() }).outcome).toBe('notApplicable');
  });
  it('NUM-INTEGER: 1.5 in a count warns; amounts are exempt', () => {
    expect(numInteger.check({ record: buildRecord({ cells: { 'table3.total.granted': 1.5 } }) }).findings[0]!.severity).toBe('warning');
    expect(numInteger.check({ record: buildRecord({ cells: { 'table2.adminFees.amountWanYuan': 2290.54, 'table3.total.granted': 2 } }) }).outcome).toBe('pass');
  });
  it('NUM-UNIT: header 万元 with a cell in 元 warns; 2019 procurement without unit not assessable', () => {
    const c = cell(2000);
    c.unit = '元';
    expect(numUnit.check({ record: buildRecord({ cells: { 'table2.adminFees.amountWanYuan': c } }) }).findings[0]!.severity).toBe('warning');
    const w = cell(2290.54);
    w.unit = '万元';
    expect(numUnit.check({ record: buildRecord({ cells: { 'table2.adminFees.amountWanYuan': w } }) }).outcome).toBe('pass');
    expect(numUnit.check({ record: buildRecord({ cells: { 'table2.centralProcurement.amountYuan': 251000 } }) }).outcome).toBe('notAssessable');
  });
});

describe('T2-*', () => {
  const t2 = (cells: Record<string, number | null | string>, format: 'rev2021' | 'trial2019' = 'rev2021') =>
    buildRecord({ format, cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [`table2.${k}`, v])) });
  it('T2-INFORCE-FLOOR: 5 / 12 / 8 passes; 10 / 0 / 6 warns; text not assessable', () => {
    expect(t2InforceFloor.check({ record: t2({ 'normativeDocs.issued': 5, 'normativeDocs.repealed': 12, 'normativeDocs.inForce': 8 }) }).outcome).toBe('pass');
    const f = t2InforceFloor.check({ record: t2({ 'normativeDocs.issued': 10, 'normativeDocs.repealed': 0, 'normativeDocs.inForce': 6 }) }).findings;
    expect(f[0]).toMatchObject({ severity: 'warning', left: 6, right: 10 });
    expect(t2InforceFloor.check({ record: t2({ 'normativeDocs.issued': '略', 'normativeDocs.repealed': 0, 'normativeDocs.inForce': 6 }) }).outcome).toBe('notAssessable');
    expect(t2InforceFloor.check({ record: t2({ 'normativeDocs.issued': 1 }, 'trial2019') }).outcome).toBe('notApplicable');
  });
  it('T2-2019-PUBLISHED: 13 / 524 passes, 60 / 50 warns', () => {
    expect(t2Published2019.check({ record: t2({ 'regulations.newlyPublished': 13, 'regulations.totalPublished': 524 }, 'trial2019') }).outcome).toBe('pass');
    expect(t2Published2019.check({ record: t2({ 'regulations.newlyPublished': 60, 'regulations.totalPublished': 50 }, 'trial2019') }).findings[0]!.delta).toBe(-10);
  });
  it('T2-2019-ITEMS-NEG: 1121 − 58 passes, 10 − 20 warns, blank change alone passes', () => {
    expect(t2ItemsNeg2019.check({ record: t2({ 'otherServices.prevYearItems': 1121, 'otherServices.yearChange': -58 }, 'trial2019') }).outcome).toBe('pass');
    expect(t2ItemsNeg2019.check({ record: t2({ 'penalty.prevYearItems': 10, 'penalty.yearChange': -20 }, 'trial2019') }).findings[0]!.severity).toBe('warning');
    expect(t2ItemsNeg2019.check({ record: t2({ 'penalty.prevYearItems': { amb: 2 } as never, 'penalty.yearChange': 1 }, 'trial2019') }).outcome).toBe('notAssessable');
  });
  it('T2-2019-ITEMS-SCALE: 49 / +19292 is info, 2471 / +1882 passes', () => {
    expect(t2ItemsScale2019.check({ record: t2({ 'adminFees.prevYearItems': 49, 'adminFees.yearChange': 19292 }, 'trial2019') }).findings[0]).toMatchObject({ severity: 'info', scope: '行政事业性收费' });
    expect(t2ItemsScale2019.check({ record: t2({ 'licensing.prevYearItems': 2471, 'licensing.yearChange': 1882 }, 'trial2019') }).outcome).toBe('pass');
    expect(t2ItemsScale2019.check({ record: t2({ 'licensing.prevYearItems': null, 'licensing.yearChange': 1882 }, 'trial2019') }).outcome).toBe('notAssessable');
  });
});
