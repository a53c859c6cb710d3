// A 统计表 printed as an HTML table is read by the columns its header names (helper-28's review):
// an empty 计量单位 cell, 历年累计 before 本年, an extra 上年 column and a 元 unit cell each gave
// wrong numbers, silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index';
import { pageHtml } from '../../../src/extract/page-source';
import { warningText } from '../../../src/model/parser-text';
import { parseDocument } from '../../../src/parse/index';
import { FIXTURES } from './fixture-loader';

/** one table row of cells */
const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

// Pingtan county 2013 (fixture 007)'s appendix, four rows: label, unit, 2013, 历年累计
const ROWS: [string, string, string, string][] = [
  ['主动公开信息数', '条', '1853', '5395'],
  ['其中：1.网站公开', '条', '1713', '5017'],
  ['2.政府公报公开', '条', '0', '7'],
  ['受理依申请公开信息总数', '条', '7', '28'],
];
const KEYS = ['legacyStats.proactive.total', 'legacyStats.channels.website', 'legacyStats.channels.gazette', 'legacyStats.requests.received'];

/** the page with the table's columns in `order` (indexes into label, unit, year, cumulative, and 4: the 2012 column) */
async function read(header: string[], row: (r: [string, string, string, string]) => string[]) {
  const html = `<!doctype html><html><head><title>平潭县人民政府2013年政府信息公开工作年度报告</title></head><body>
    <p>一、概述</p><p>本年度主动公开政府信息1853条。</p><p>附件：平潭县2013年政府信息公开情况统计表</p>
    <table>${tr(header)}${ROWS.map((r) => tr(row(r))).join('')}</table></body></html>`;
  return (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a/b.htm' })).record;
}
const values = (r: Awaited<ReturnType<typeof read>>) => KEYS.flatMap((k) => [r.cells[k]?.value, r.cells[k.replace('legacyStats.', 'legacyStats.cumulative.')]?.value]);
const EXPECTED = [1853, 5395, 1713, 5017, 0, 7, 7, 28];

describe('an HTML 统计表 read by its header', () => {
  it('as printed in the template order', async () => {
    expect(values(await read(['指标名称', '计量单位', '2013年度', '历年累计'], (r) => r))).toEqual(EXPECTED);
  });
  it('with the 计量单位 cells left empty (seed 004 prints it so): values stay in their columns', async () => {
    // before: the empty unit cell was read as 本年 and 本年 as 历年累计
    expect(values(await read(['指标名称', '计量单位', '2013年度', '历年累计'], ([l, , y, c]) => [l, '', y, c]))).toEqual(EXPECTED);
  });
  it('with 历年累计 printed before 本年, and with an extra 上年 column', async () => {
    expect(values(await read(['指标名称', '计量单位', '历年累计', '2013年度'], ([l, u, y, c]) => [l, u, c, y]))).toEqual(EXPECTED);
    expect(values(await read(['指标名称', '计量单位', '本年', '上年', '历年累计'], ([l, u, y, c]) => [l, u, y, '1', c]))).toEqual(EXPECTED);
  });
  // （元） and 人民币元 as well (reviewer 85 P4)
  it.each(['元', '（元）', '人民币元', '人民币（元）', '元/人民币', '单位：元', 'RMB元'])('an amount whose 单位 cell prints %s is in 元 (it was taken as the template\'s 万元: 10,000 times too large)', async (unit) => {
    const html = `<!doctype html><html><head><title>某县2013年政府信息公开工作年度报告</title></head><body><table>${tr(['统计指标', '单位', '统计数'])}${tr(['一、主动公开政府信息数', '条', '463'])}${tr(['七、依申请公开信息收取的费用', unit, '300'])}</table></body></html>`;
    const r = (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://x.gov.cn/a.htm' })).record;
    expect(r.cells['legacyStats.requestFeesWanYuan']).toMatchObject({ value: 0.03, raw: '300', unit: '元' });
    expect(r.cells['legacyStats.proactive.total']?.value).toBe(463);
  });
});

describe('the 统计表 starts at its header, not at a sentence naming 统计指标', () => {
  it('"本报告所列统计指标按…要求填报。" in the narrative leaves the appendix as it is read without it', async () => {
    const text = readFileSync(join(FIXTURES, 'real/007-pingtan-county-2013/source.txt'), 'utf8');
    expect(text).toContain('本报告的电子版可在');
    const parse = async (t: string) => (await parseDocument(parseHTML(pageHtml(t, true)).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a/b.htm' })).record;
    const plain = await parse(text);
    const edited = await parse(text.replace('本报告的电子版可在', '本报告所列统计指标按省政府信息公开办要求填报。本报告的电子版可在'));
    const legacy = (r: typeof plain) => Object.entries(r.cells).filter(([k]) => k.startsWith('legacyStats.')).map(([k, c]) => [k, c.value, c.raw]);
    // before: 网上申请数 3 and 信函申请数 4 came from the narrative, 历年累计 was lost, 1713+5017 read as 17135017
    expect(legacy(edited)).toEqual(legacy(plain));
    expect(legacy(plain).length).toBeGreaterThan(20);
    // the cumulative column headed 累计 alone reads as 历年累计 does (its pairs were read as one number each: 728, 324)
    expect(text).toContain('指标名称计量单位2013年度历年累计');
    const leiji = await parse(text.replace('指标名称计量单位2013年度历年累计', '指标名称计量单位2013年度累计'));
    expect(legacy(leiji)).toEqual(legacy(plain));
  });
});

describe('a second 统计表 on the page', () => {
  it('ends the first: its rows do not fill the first one\'s gaps, and a warning says only the first is read', async () => {
    const table = (year: number, rows: string[][]) => `<p>附件：平潭县${year}年政府信息公开情况统计表</p><table>${tr(['指标名称', '计量单位', `${year}年度`, '历年累计'])}${rows.map(tr).join('')}</table>`;
    const thisYear = [['主动公开信息数', '条', '1853', '5395'], ['受理依申请公开信息总数', '条', '7', '28']];
    const lastYear = [['主动公开信息数', '条', '1852', '3542'], ['受理依申请公开信息总数', '条', '6', '21'], ['行政申诉数', '件', '3', '5']];
    const html = `<!doctype html><html><head><title>平潭县人民政府2013年政府信息公开工作年度报告</title></head><body><p>一、概述</p>${table(2013, thisYear)}${table(2012, lastYear)}</body></html>`;
    const r = (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a/b.htm' })).record;
    expect([r.cells['legacyStats.proactive.total']?.value, r.cells['legacyStats.requests.received']?.value]).toEqual([1853, 7]);
    // before: 行政申诉数 3 / 5 of 2012 stood in the 2013 record
    expect(r.cells['legacyStats.appeals']).toBeUndefined();
    const w = r.warnings.find((x) => x.code === 'repeated-table')!;
    expect(warningText(w, 'zh')).toBe('页面后面还有一张统计表（可能是另一年度的），只读取了第一张');
  });
});

describe('a note under the 统计表 (reviewer 77 C)', () => {
  const PINGTAN_016 = readFileSync(join(FIXTURES, 'real/016-pingtan-caizhengju-2009/source.txt'), 'utf8');
  const legacy = (r: { cells: Record<string, { kind: string; value: number | null }> }) =>
    Object.fromEntries(Object.entries(r.cells).filter(([k]) => k.startsWith('legacyStats.')).map(([k, c]) => [k, `${c.kind}:${c.value}`]));
  it.each([
    '注：其它方式公开政府信息数、其它情形数2010年起统计，本年为3。',
    '说明：对涉及国家秘密、商业秘密、个人隐私或法律法规规定的其它情形的申请，本局依法不予公开，2009年共1件。',
    // within the table: the rows after it are still the table's (reviewer 80 L2)
    '说明：均已办结',
  ])('is no row of it: %s', async (note) => {
    expect(PINGTAN_016.split('行政申诉数 件 0 附件下载').length).toBe(2);
    const parse = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a/b.htm' })).record;
    const base = await parse(PINGTAN_016);
    const r = await parse(note.startsWith('说明：均')
      ? PINGTAN_016.replace('受理依申请公开信息总数 条 0', `受理依申请公开信息总数 条 0 ${note}`)
      : PINGTAN_016.replace('行政申诉数 件 0 附件下载', `行政申诉数 件 0 ${note} 附件下载`));
    // before: 2010 read as 行政诉讼 其他情形 (L-CASES failed, blaming the report), or 国家秘密 read blank
    expect(legacy(r)).toEqual(legacy(base));
    expect(r.warnings).toEqual(base.warnings);
  });
});

describe('a note mid-table on a page printed as one line (reviewer 82 L1)', () => {
  // (in a table printing a 计量单位 column the next row must print its unit: a note's own
  // `含 行政申诉数 3` was read as a row, reviewer 83 L3; a table without units: reviewer 82 L1 in the corpus)
  it('ends before the next row with its unit', async () => {
    const PINGTAN_016 = readFileSync(join(FIXTURES, 'real/016-pingtan-caizhengju-2009/source.txt'), 'utf8');
    const parse = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a/b.htm' })).record;
    const base = await parse(PINGTAN_016);
    for (const [from, to] of [['受理依申请公开信息总数 条 0', '注：网站公开含转载信息 受理依申请公开信息总数 条 0'], ['受理依申请公开信息总数 条 0', '注：网站公开，含转载信息 受理依申请公开信息总数 条 0']]) {
      const r = await parse(PINGTAN_016.replace(from!, to!));
      expect(Object.keys(r.cells).filter((k) => k.startsWith('legacyStats.')).sort()).toEqual(Object.keys(base.cells).filter((k) => k.startsWith('legacyStats.')).sort());
      expect(r.cells['legacyStats.requests.received']?.value).toBe(0);
    }
  });
});

describe('a note naming a row the 统计表 does not print (reviewer 81 N1)', () => {
  it.each(['注：本年度无行政申诉，行政申诉数2010年起统计', '注：本年无行政申诉 行政申诉数2010年起统计', '注：本表数据截至2009年12月31日，行政诉讼数 含行政申诉数 3 件', '注：行政诉讼数 含行政申诉数 3（2010年起单列）', '注：行政诉讼数含 行政申诉数 3'])('is not that row: %s', async (note) => {
    const PINGTAN_016 = readFileSync(join(FIXTURES, 'real/016-pingtan-caizhengju-2009/source.txt'), 'utf8');
    const text = PINGTAN_016.replace('行政申诉数 件 0 附件下载', `${note} 附件下载`);
    const r = (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a/b.htm' })).record;
    // before: 行政申诉数 = 2010, silently
    expect(r.cells['legacyStats.appeals']).toBeUndefined();
    expect(r.cells['legacyStats.litigation.total']?.value).toBe(0);
  });
});

describe('sub-rows printed under both 行政复议 and 行政诉讼', () => {
  it('belong to 行政诉讼 when the 复议 part prints none (they were given to 复议: two false L-CASES)', async () => {
    const rows = [['统计指标', '单位', '统计数'], ['一、主动公开政府信息数', '条', '463'], ['四、行政复议数量', '件', '0'], ['五、行政诉讼数量', '件', '2'], ['（一）维持具体行政行为或者驳回原告诉讼请求数', '件', '1'], ['（二）被依法纠错数', '件', '1'], ['（三）其他情形数', '件', '0']];
    const html = `<!doctype html><html><head><title>某县2013年政府信息公开工作年度报告</title></head><body><table>${rows.map(tr).join('')}</table></body></html>`;
    const r = (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://x.gov.cn/a.htm' })).record;
    const group = (g: string) => ['total', 'upheld', 'corrected', 'other'].map((k) => r.cells[`legacyStats.${g}.${k}`]?.value);
    expect(group('review')).toEqual([0, undefined, undefined, undefined]);
    expect(group('litigation')).toEqual([2, 1, 1, 0]);
    expect(runChecks(r).filter((f) => f.rule === 'L-CASES' && f.outcome === 'fail')).toEqual([]);
  });
});

describe('a 统计表 whose rows cannot be read', () => {
  it('is said, not dropped silently (a header 内容 | 单位 | 数量)', async () => {
    const html = `<!doctype html><html><head><title>某县2013年政府信息公开工作年度报告</title></head><body><p>附件：某县2013年政府信息公开情况统计表</p><table>${tr(['内容', '单位', '数量'])}${tr(['一、主动公开政府信息数', '条', '463'])}</table></body></html>`;
    const r = (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://x.gov.cn/a.htm' })).record;
    expect(Object.keys(r.cells).filter((k) => k.startsWith('legacyStats.'))).toEqual([]);
    const w = r.warnings.find((x) => x.code === 'unread-table')!;
    expect(warningText(w, 'zh')).toBe('页面上有统计表，但未能读出其中的行（表头未能识别，或为图片）');
  });

  it('reads one headed 项目 | 单位 | 数量 (a province\'s 样表; left unread with a note before)', async () => {
    const html = `<!doctype html><html><head><title>某县2018年政府信息公开工作年度报告</title></head><body><p>附件：某县2018年政府信息公开情况统计表</p><table>${tr(['项目', '单位', '数量'])}${tr(['(一)主动公开政府信息数', '条', '463'])}${tr(['2.政府网站公开政府信息数', '条', '282'])}</table></body></html>`;
    const r = (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://x.gov.cn/a.htm' })).record;
    expect(r.cells['legacyStats.proactive.total']?.value).toBe(463);
    expect(r.cells['legacyStats.channels.website']?.value).toBe(282);
    expect(r.warnings.some((x) => x.code === 'unread-table')).toBe(false);
    // 项目 in a sentence is no header
    const prose = `<!doctype html><html><head><title>某县2018年政府信息公开工作年度报告</title></head><body><p>重大建设项目单位共公开信息12条。</p></body></html>`;
    expect(Object.keys((await parseDocument(parseHTML(prose).document as unknown as Document, { url: 'https://x.gov.cn/a.htm' })).record.cells)).toEqual([]);
  });
});

describe('a 统计表 in text whose sub-rows are numbered 1）2）…', () => {
  it('does not read the next row\'s numbering as a blank cell\'s value', async () => {
    // seed 004 (one cell per line; its 公报 and 微博 cells are blank) with 1.…5. written 1）…5）
    const text = readFileSync(join(FIXTURES, 'seeds/004_d1d7de2a8028c392.txt'), 'utf8');
    const parse = async (t: string) => (await parseDocument(parseHTML(pageHtml(t, true)).document as unknown as Document, { url: 'https://x.gov.cn/a.htm' })).record;
    const edited = text.replace(/^([1-5])\.(政府公报|政府网站|政务微博|政务微信|其他方式)/gm, '$1）$2');
    expect(edited).toContain('2）政府网站公开政府信息数');
    const plain = await parse(text);
    const paren = await parse(edited);
    // before: 公报 read 2 and 微博 read 4 (the next rows' numbers)
    for (const k of ['legacyStats.channels.gazette', 'legacyStats.channels.website', 'legacyStats.channels.weibo', 'legacyStats.channels.wechat']) expect(paren.cells[k]?.value, k).toBe(plain.cells[k]?.value);
    expect(paren.cells['legacyStats.channels.gazette']?.value ?? null).toBeNull();
  });
});

describe('a 统计表 in text with a 序号 column, or sub-rows numbered 1.1 1.2 … (helper-28 review)', () => {
  const parse = async (lines: string[]) => {
    const text = ['平潭县人民政府2013年政府信息公开工作年度报告', '一、概述', '附件：平潭县2013年政府信息公开情况统计表', ...lines].join('\n');
    return (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a.htm' })).record;
  };

  it('reads each row without the next row\'s 序号, and a row that lost a cell is unread, not given the 序号', async () => {
    // the 2.政府公报公开 row prints no 历年累计: it had been given the next row's 序号 4
    const r = await parse(['序号', '指标名称', '计量单位', '2013年度', '历年累计', '1', '主动公开信息数', '条', '1853', '5395', '2', '其中：1.网站公开', '条', '1713', '5017', '3', '2.政府公报公开', '条', '0', '4', '受理依申请公开信息总数', '条', '7', '28']);
    expect(values(r)).toEqual([1853, 5395, 1713, 5017, null, null, 7, 28]); // every row read with its 序号 before
    expect(r.cells['legacyStats.channels.gazette']).toMatchObject({ value: null, raw: '0' });
    expect(r.warnings.some((w) => w.message.includes('政府公报') || w.keys?.includes('legacyStats.channels.gazette'))).toBe(true);
  });

  it('does not read a dotted number printed against the next label as a blank cell\'s value', async () => {
    const r = await parse(['指标名称', '计量单位', '2013年度', '主动公开政府信息数', '条', '463', '1.1政府公报公开政府信息数', '条', '', '1.2政府网站公开政府信息数', '条', '282', '1.3政务微博公开政府信息数', '条', '']);
    expect(r.cells['legacyStats.channels.gazette']?.value ?? null).toBeNull(); // 1.2 before, and a NUM-INTEGER warning
    expect(r.cells['legacyStats.channels.website']?.value).toBe(282); // '282\n1.3' unread before
  });
});

describe('a text-layout 统计表 headed 项目 单位 (left in notes 10-11)', () => {
  const text = (name: string) => readFileSync(join(FIXTURES, `real/${name}/source.txt`), 'utf8');
  const values = async (t: string) => {
    const { record } = await parseDocument(parseHTML(pageHtml(t, true)).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a.htm' });
    return Object.fromEntries(Object.entries(record.cells).filter(([k]) => k.startsWith('legacyStats.')).map(([k, c]) => [k, c.value]));
  };
  it.each([
    ['016-pingtan-caizhengju-2009', '指标名称 计量单位', '项目 单位'],
    ['007-pingtan-county-2013', '指标名称计量单位', '项目单位'],
  ])('%s read the same with 项目 for 指标名称', async (name, from, to) => {
    const original = text(name);
    expect(original.includes(from)).toBe(true);
    const base = await values(original);
    expect(Object.keys(base).length).toBeGreaterThan(10);
    expect(await values(original.replace(from, to))).toEqual(base);
  });
  it('项目单位 in a sentence is no header', async () => {
    const t = text('016-pingtan-caizhengju-2009').replace('指标名称 计量单位', '重大建设项目单位 计量单位');
    expect(await values(t)).toEqual({});
  });
});

describe('a 统计表 money row whose 计量单位 cell prints 元, on a text page (reviewer 84 P2)', () => {
  const page = (unit: string, value: string) =>
    pageHtml(
      ['平潭县人民政府2013年政府信息公开工作年度报告', '附件：平潭县2013年政府信息公开情况统计表', '指标名称 | 计量单位 | 2013年度 |', '一、主动公开情况 |',
        '（一）主动公开政府信息数 | 条 | 1853 |', '七、依申请公开信息收取的费用 | ' + unit + ' | ' + value + ' |', '（一）政府信息公开工作专门机构数 | 个 | 1 |'].join('\n'),
      true,
    );
  const read = async (unit: string, value: string) =>
    (await parseDocument(parseHTML(page(unit, value)).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a/b.htm' })).record;

  it.each([['元', '1200', 0.12], ['（元）', '1200', 0.12], ['人民币元', '1200', 0.12], ['（人民币）元', '1200', 0.12], ['万元', '0.12', 0.12]])('%s | %s is read in its unit', async (unit, value, wanYuan) => {
    const r = await read(unit, value);
    // before: the 元 cell was dropped as the label's, and 1200 元 stored as 1200 万元, silently
    expect(r.cells['legacyStats.requestFeesWanYuan']).toMatchObject({ value: wanYuan, raw: value });
    expect(r.cells['legacyStats.proactive.total']?.value).toBe(1853);
  });
});

describe('a 统计表 money row printing its unit by its label, or as a cell the row reader passed over (reviewer 85 P4)', () => {
  const TITLE = '某县人民政府2017年政府信息公开工作年度报告';
  const parseHtml = async (html: string) => (await parseDocument(parseHTML(html).document as unknown as Document, { url: 'https://www.x.gov.cn/a.htm' })).record;
  // the page printed as one line: label, unit, value separated by spaces
  const oneLine = (row: string) =>
    parseHtml(pageHtml(`${TITLE} 附件：政府信息公开情况统计表 统计指标 单位 统计数 一、主动公开情况 （一）主动公开政府信息数 条 463 六、举报投诉数量 件 5 ${row} 八、机构建设和保障经费情况 （一）政府信息公开工作专门机构数 个 1`, true));
  const html = (cells: string[]) =>
    parseHtml(`<!doctype html><html><head><title>${TITLE}</title></head><body><table>${tr(['统计指标', '单位', '统计数'])}${tr(['一、主动公开政府信息数', '条', '463'])}${tr(cells)}</table></body></html>`);
  const fee = (r: Awaited<ReturnType<typeof oneLine>>) => r.cells['legacyStats.requestFeesWanYuan'];
  const unitNote = (r: Awaited<ReturnType<typeof oneLine>>) => r.warnings.find((w) => w.code === 'unit');

  it.each([
    '七、依申请公开信息收取的费用 （元） 1200',
    '七、依申请公开信息收取的费用 (元) 1200',
    '七、依申请公开信息收取的费用 人民币元 1200',
    '七、依申请公开信息收取的费用（元） 1200',
    '七、依申请公开信息收取的费用（元）1200',
  ])('one line, %s: 1200 元 (it was stored as 1200 万元)', async (row) => {
    const r = await oneLine(row);
    expect(fee(r)).toMatchObject({ value: 0.12, raw: '1200', unit: '元' });
    expect(r.cells['legacyStats.complaints']?.value).toBe(5);
    expect(r.cells['legacyStats.org.units']?.value).toBe(1);
  });

  it('an HTML row whose label ends in （元）, its unit cell empty: 1200 元', async () => {
    expect(fee(await html(['七、依申请公开信息收取的费用（元）', '', '1200']))).toMatchObject({ value: 0.12, unit: '元' });
  });

  it.each([
    ['one line, the label in 千元', () => oneLine('七、依申请公开信息收取的费用（千元） 1.2')],
    ['HTML, the unit cell （千元）', () => html(['七、依申请公开信息收取的费用', '（千元）', '1.2'])],
    ['HTML, the label in 千元', () => html(['七、依申请公开信息收取的费用（千元）', '', '1.2'])],
  ])('%s: not converted, so not read, with a note (it was stored as 1.2 万元)', async (_, read) => {
    const r = await read();
    expect(fee(r)).toMatchObject({ value: null, raw: '1.2' });
    const w = unitNote(r)!;
    expect(w.keys).toEqual(['legacyStats.requestFeesWanYuan']);
    expect(warningText(w, 'zh')).toBe('统计表 依申请公开信息收取的费用：金额以千元为单位印出，不换算，未读');
  });

  it('a label in （元） beside a unit cell of 万元: the unit is unknown, so not read, with a note', async () => {
    const r = await html(['七、依申请公开信息收取的费用（元）', '万元', '1200']);
    expect(fee(r)).toMatchObject({ value: null, raw: '1200' });
    expect(warningText(unitNote(r)!, 'zh')).toBe('统计表 依申请公开信息收取的费用：金额的单位同时印为万元和元，无法确定，未读');
  });

  it.each([
    // reviewer 87 P6: a unit after the value, apart from it
    ['七、依申请公开信息收取的费用 1200 元', 0.12, '1200 元'],
    // reviewer 87 P8: the unit first in a bracket that says more
    ['七、依申请公开信息收取的费用（元，含复印费） 1200', 0.12, '1200'],
  ])('one line, %s: read in 元 (it was stored in 万元)', async (row, wanYuan, raw) => {
    expect(fee(await oneLine(row))).toMatchObject({ value: wanYuan, raw, unit: '元' });
  });

  it('one line, 七、依申请公开信息收取的费用（元） 2017年 1200: the year labels the value (87 P10: 2017 was stored as the fee)', async () => {
    expect(fee(await oneLine('七、依申请公开信息收取的费用（元） 2017年 1200'))).toMatchObject({ value: 0.12, raw: '1200', unit: '元' });
  });

  it.each([
    ['七、依申请公开信息收取的费用（元） 2016年 900 2017年 1200', '1200'],
    ['七、依申请公开信息收取的费用（元） 2017年 1200 2016年 900', '1200'],
    ['七、依申请公开信息收取的费用（元）| 2016年 | 900 | 2017年度 | 1200 |', '1200'],
  ])('one line, %s: the value labelled with the report\'s year (2016 had been stored as the fee, silently)', async (row, raw) => {
    const r = await oneLine(row);
    expect(fee(r)).toMatchObject({ value: 0.12, raw, unit: '元' });
    expect(r.warnings.filter((w) => w.code === 'year-columns')).toEqual([]);
  });

  it('one line, values labelled 2015年 and 2016年 in a 2017 report: neither is read, with a note naming the years', async () => {
    const r = await oneLine('七、依申请公开信息收取的费用（元） 2015年 900 2016年 1200');
    // kept as printed, unread (with no cell, STRUCT-SECTION-MISSING said the fees were not covered)
    expect(fee(r)).toMatchObject({ value: null, kind: 'text', raw: '2015年 900 2016年 1200' });
    const w = r.warnings.find((x) => x.code === 'year-columns')!;
    expect(w.keys).toEqual(['legacyStats.requestFeesWanYuan']);
    expect(warningText(w, 'zh')).toBe('统计表 依申请公开信息收取的费用：印有2015年、2016年的数值，没有本报告年度（2017年）的，未读');
    expect(w.message).toBe("统计表 依申请公开信息收取的费用: values for 2015年 and 2016年, none for the report's year (2017): not read");
  });

  it('one line, values labelled 2016年 and 2017年 in a report whose year is not known: neither is read, with a note', async () => {
    const text = '某县政府信息公开工作年度报告 附件：政府信息公开情况统计表 统计指标 单位 统计数 一、主动公开情况 （一）主动公开政府信息数 条 463 六、举报投诉数量 件 5 七、依申请公开信息收取的费用（元） 2016年 900 2017年 1200 八、机构建设和保障经费情况 （一）政府信息公开工作专门机构数 个 1';
    const r = await parseHtml(pageHtml(text, true));
    expect(r.cells['legacyStats.proactive.total']?.value).toBe(463);
    expect(fee(r)).toMatchObject({ value: null, raw: '2016年 900 2017年 1200' });
    const w = r.warnings.find((x) => x.code === 'year-columns')!;
    expect(warningText(w, 'zh')).toBe('统计表 依申请公开信息收取的费用：印有2016年、2017年的数值，报告年度不明，不知哪个是本年度的，未读');
  });

  it('a title of 2016 and a statistics period mostly in 2017: values labelled 2016年 and 2017年 are not read, with a note naming the disagreement (it said the report\'s year was unknown)', async () => {
    const text = ['某县人民政府2016年政府信息公开工作年度报告', '本报告所列数据统计期限为2016年12月1日至2017年11月30日。', '附件：政府信息公开情况统计表', '统计指标 | 单位 | 统计数 |', '（一）主动公开政府信息数 | 条 | 463 |', '七、依申请公开信息收取的费用（元） | 2016年 | 900 | 2017年 | 1200 |', '八、机构建设和保障经费情况 |', '（一）政府信息公开工作专门机构数 | 个 | 1 |'].join('\n');
    const r = await parseHtml(pageHtml(text, true));
    expect([r.meta.title, r.meta.reportYear]).toEqual(['某县人民政府2016年政府信息公开工作年度报告', 2016]);
    expect(fee(r)).toMatchObject({ value: null });
    const w = r.warnings.find((x) => x.code === 'year-columns')!;
    expect(warningText(w, 'zh')).toBe('统计表 依申请公开信息收取的费用：印有2016年、2017年的数值，标题年度（2016年）与统计期限（2017年）不一致，不知哪个是本年度的，未读');
  });

  it.each([
    ['2017年 1200 较2016年增加300', '1200'], // reviewer 97 S1: 2017 was the fee
    ['2016年 无 2017年 1200', '1200'], // 97 S3: 2016 was the fee
    ['2017年1-6月 500 2017年 1200', '1200'], // 97 P1: the half-year's 500 was the fee
    ['2016年1-12月 900 2017年1-12月 1200', '1200'],
  ])('one line, 七、依申请公开信息收取的费用（元） %s: the report year\'s value', async (values, raw) => {
    const r = await oneLine(`七、依申请公开信息收取的费用（元） ${values}`);
    expect(fee(r)).toMatchObject({ value: 0.12, raw, unit: '元' });
  });

  it.each([
    ['2017年1-6月 500', '2017年1-6月'], // reviewer 98 P1: the half-year's 500 was the fee
    ['2016年 900', '2016年'], // 98 S1: last year's 900 was the fee
  ])('one line, a row\'s only label is not the report year\'s (%s): not read, with a note', async (values, label) => {
    const r = await oneLine(`七、依申请公开信息收取的费用（元） ${values}`);
    expect(fee(r)).toMatchObject({ value: null, raw: values });
    expect(r.warnings.find((w) => w.code === 'year-columns')?.message).toBe(`统计表 依申请公开信息收取的费用: values for ${label}, none for the report's year (2017): not read`);
    expect(runChecks(r).filter((f) => f.rule === 'STRUCT-SECTION-MISSING' && f.outcome === 'fail').map((f) => f.message).join()).not.toMatch(/fees/);
  });

  it.each([
    ['one line', '七、依申请公开信息收取的费用（元） 2017年12月 1200'],
    ['with bars', '七、依申请公开信息收取的费用（元） | 2017年12月 | 1200 |'],
    ['one line, a 其中 line after it (reviewer 101 X2: its words were kept with the value)', '七、依申请公开信息收取的费用（元） 2017年12月 1200 其中：复制费 200'],
  ])('%s, a value labelled with a month (2017年12月): that month\'s, not the year\'s: not read, with a note (reviewer 99 S4: read as the year\'s on a page with bars)', async (_, row) => {
    const r = await oneLine(row);
    expect(fee(r)).toMatchObject({ value: null, kind: 'text' });
    expect(fee(r)?.raw).toMatch(/^2017年12月 \|? ?1200$/);
    expect(r.warnings.find((w) => w.code === 'year-columns')?.message).toBe("统计表 依申请公开信息收取的费用: values for 2017年12月, none for the report's year (2017): not read");
  });

  it.each([
    ['one line (reviewer 107 S1: its 12 was stored as the fee, silently)', '七、依申请公开信息收取的费用 12月 120', '12月 120'],
    ['with bars', '七、依申请公开信息收取的费用 | 12月 | 120 |', '12月 | 120'],
    ['one line, 12月份', '七、依申请公开信息收取的费用 12月份 120', '12月份 120'],
  ])('%s, a value labelled with a month and no year: that month\'s, not the year\'s: not read, with a note', async (_, row, raw) => {
    const r = await oneLine(row);
    expect(fee(r)).toMatchObject({ value: null, kind: 'text', raw });
    const w = r.warnings.find((x) => x.code === 'year-columns')!;
    expect(w.message).toBe(`统计表 依申请公开信息收取的费用: "${raw.split(' ')[0]}" labels one month's value, not the year's: not read`);
    expect(warningText(w, 'zh')).toBe(`统计表 依申请公开信息收取的费用：“${raw.split(' ')[0]}”标明的是一个月的数值，不是全年的，未读`);
  });

  it.each([
    // a label of the whole year is passed over to its value (reviewer 108 S1, S2: 12 and 1 were stored)
    ['12月末 120', 0.012], ['12月止 120', 0.012], ['12月底 120', 0.012], ['12月31日 120', 0.012], ['1月至12月 120', 0.012], ['1-12月 120', 0.012],
    ['1—12月累计 120', 0.012], ['2017年12月31日 120', 0.012], ['12月底止 120', 0.012], ['12月末为止 120', 0.012], ['2017年1月至2017年12月 120', 0.012], ['| 12月31日 | 120 |', 0.012], ['| 1—12月累计 | 120 |', 0.012],
  ])('one line, the fee after a label of the whole year (%s): read', async (values, value) => {
    const r = await oneLine(`七、依申请公开信息收取的费用（元） ${values}`);
    expect(fee(r)).toMatchObject({ value, raw: '120' });
    expect(r.warnings.filter((w) => w.code === 'year-columns')).toEqual([]);
  });

  it.each([
    ['1-6月 500', '"1-6月" labels a part of the year, not its whole: not read', '“1-6月”标明的是年内部分时段的数值，不是全年的，未读'],
    ['6月30日 50', '"6月30日" labels a part of the year, not its whole: not read', '“6月30日”标明的是年内部分时段的数值，不是全年的，未读'],
    ['12月中旬 120', '"12月中旬" labels a part of the year, not its whole: not read', '“12月中旬”标明的是年内部分时段的数值，不是全年的，未读'],
    ['1月份以来 5', '"1月份以来 5" opens with a month, not a value: not read', '“1月份以来 5”开头是月份而不是数值，未读'], // reviewer 108 S3: 1 was stored
    ['2016年12月31日 900', 'values for 2016年12月31日, none for the report\'s year (2017): not read', '印有2016年12月31日的数值，没有本报告年度（2017年）的，未读'],
  ])('one line, the fee after a label of a part of the year or words (%s): not read, with a note, the values kept as printed', async (values, message, zh) => {
    const r = await oneLine(`七、依申请公开信息收取的费用（元） ${values}`);
    expect(fee(r)).toMatchObject({ value: null, kind: 'text', raw: values });
    const w = r.warnings.find((x) => x.code === 'year-columns')!;
    expect(w.message).toBe(`统计表 依申请公开信息收取的费用: ${message}`);
    expect(warningText(w, 'zh')).toMatch(new RegExp(`^统计表 依申请公开信息收取的费用：${zh.replace(/[()（）]/g, '.')}$`));
  });

  it.each([
    ['100（上年）'], ['100（同期）'], ['1200（2016年为900）'], ['100（估）'],
  ])('one line, a remark glued to the value (%s) may change what it is: not read, with a note, as in a cell (reviewer 110 P4: the number was read, the remark dropped)', async (v) => {
    const r = await oneLine(`七、依申请公开信息收取的费用 ${v}`);
    expect(fee(r)).toMatchObject({ value: null, kind: 'text', raw: v });
    const w = r.warnings.find((x) => x.code === 'unreadable-row')!;
    expect(w.message).toBe(`统计表 依申请公开信息收取的费用: "${v.replace('（', '(').replace('）', ')')}": a remark in brackets after the value may change what it is: not read`);
    expect(warningText(w, 'zh')).toMatch(/数值后括号中的说明可能改变其含义，未读$/);
  });

  it.each([['100（件）', 0.01], ['100（含复印费）', 0.01]])('one line, a remark glued to the value that restates it (%s): read', async (v, value) => {
    const r = await oneLine(`七、依申请公开信息收取的费用（元） ${v}`);
    expect(fee(r)?.value).toBe(value);
  });

  it('a label 2017年全年 is the whole year\'s (| 2017年1月至6月 | 500 | 2017年全年 | 1200 |: reviewer 98 P2, the half-year\'s was read)', async () => {
    expect(fee(await oneLine('七、依申请公开信息收取的费用（元） | 2017年1月至6月 | 500 | 2017年全年 | 1200 |'))).toMatchObject({ value: 0.12, raw: '1200' });
  });

  it('one line, values opening with a year that labels none (2010年起统计 1200): not read, with a note (reviewer 97 S2: 2010 was the fee)', async () => {
    const r = await oneLine('七、依申请公开信息收取的费用（元） 2010年起统计 1200');
    expect(fee(r)).toMatchObject({ value: null, raw: '2010年起统计 1200' });
    expect(warningText(r.warnings.find((w) => w.code === 'year-columns')!, 'zh')).toBe('统计表 依申请公开信息收取的费用：“2010年起统计 1200”开头是年份而不是数值，未读');
  });

  it('one line, 收费减免金额 0.03 万元: 300 元 (the key is in 元; 0.03 was stored as 0.03 元)', async () => {
    const r = await oneLine('七、依申请公开信息收取的费用 0 八、政府信息公开收费减免金额 0.03 万元');
    expect(r.cells['legacyStats.feesWaivedYuan']).toMatchObject({ value: 300, raw: '0.03 万元', unit: '万元' });
  });

  it('one line, （元） after the label and 万元 after the value: two units, not read, with a note', async () => {
    const r = await oneLine('七、依申请公开信息收取的费用（元） 1200 万元');
    expect(fee(r)).toMatchObject({ value: null, raw: '1200 万元' });
    expect(unitNote(r)?.message).toBe("统计表 依申请公开信息收取的费用: the amount's unit is printed as both 元 and 万元: not read");
  });

  it.each(['元/年', '元整'])('an HTML unit cell %s is 元 (reviewer 87 P9)', async (unit) => {
    expect(fee(await html(['七、依申请公开信息收取的费用', unit, '1200']))).toMatchObject({ value: 0.12, unit: '元' });
  });

  // reviewer 87 P7: a table without a unit column, its unit of money said above it
  const TEXT_ROWS = ['（一）主动公开政府信息数 | 463 |', '七、依申请公开信息收取的费用 | 1200 |', '（四）政府信息公开专项经费 | 85000 |'];
  const textPage = (lines: string[]) => parseHtml(pageHtml([TITLE, '附件：政府信息公开情况统计表', ...lines].join('\n'), true));
  it.each([['a line 金额单位：元', ['金额单位：元', '统计指标 | 统计数 |']], ['（单位：元） after the header', ['统计指标 | 统计数 |（单位：元）']]])('%s: the money rows are in 元, the counts untouched', async (_, head) => {
    const r = await textPage([...head, ...TEXT_ROWS]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '元' });
    expect(r.cells['legacyStats.proactive.total']).toMatchObject({ value: 463 });
    expect(r.cells['legacyStats.proactive.total']?.unit).toBeUndefined();
  });

  it('a unit of another table above the 统计表\'s title is not its own (reviewer 88 P2: 0.12 万元 was stored as 0.000012)', async () => {
    const r = await parseHtml(pageHtml([TITLE, '四、依申请公开收费及减免情况（单位：元）', '收费项目 | 复制费 | 合计 |', '金额（元） | 1200 | 1200 |',
      '附件：政府信息公开情况统计表', '政府信息公开情况统计表', '统计指标 | 统计数 |', ...TEXT_ROWS.map((row) => row.replace('1200', '0.12').replace('85000', '8.5'))].join('\n'), true));
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([
    // reviewer 89 P1–P4: titles other than 政府信息公开情况统计表
    ['政务公开工作统计表', '单位：件、元', 0.12],
    ['政府信息公开工作数据统计表', '金额单位：元', 0.12],
    ['政府信息公开统计报表', '单位：件（金额：元）', 0.12],
    // reviewer 89 P6, P8: a place's 元 (元氏县) is no unit
    ['政府信息公开情况统计表', '制表单位：元氏县人民政府办公室  金额单位：万元', 1200],
    ['政府信息公开情况统计表', '审核单位：元阳县人民政府办公室', 1200],
    // reviewer 90 P1–P5: the title and the unit on one line, 元 run into the next words, 统计单位
    ['政府信息公开工作统计报表 单位：元', '', 0.12],
    ['政府信息公开情况统计表', '单位：元人民币', 0.12],
    ['政府信息公开情况统计表', '统计单位：元', 0.12],
    // reviewer 90 P6: a fee table's （单位：元） above the main table's 金额单位：万元
    ['依申请公开收费统计表（单位：元）', '政府信息公开情况统计表 金额单位：万元', 1200],
    // reviewer 91 P1, P2: a long place name after 元; a 金额单位 statement over a plain 单位 one
    ['政府信息公开情况统计表', '统计单位：元江哈尼族彝族傣族自治县人民政府办公室', 1200],
    ['政府信息公开情况统计表', '金额单位：万元  统计单位：元江哈尼族彝族傣族自治县人民政府办公室', 1200],
  ])('a table titled %s under "%s": the fee is read in its unit', async (title, caption, wanYuan) => {
    const r = await parseHtml(pageHtml([TITLE, '一、概述', '全年主动公开政府信息463条。', title, caption, '统计指标 | 统计数 |', ...TEXT_ROWS].join('\n'), true));
    expect(fee(r)).toMatchObject({ value: wanYuan, raw: '1200' });
  });

  it('a header cell 统计数（元） gives the money rows\' unit (reviewer 90 E1)', async () => {
    const r = await textPage(['政府信息公开情况统计表', '统计指标 | 统计数（元） |', ...TEXT_ROWS]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '元' });
  });

  it('a caption line between the appendix\'s title and the table\'s, beside 填报单位, is the table\'s', async () => {
    const r = await textPage(['填报单位：某县人民政府办公室  金额单位：元', '政府信息公开情况统计表', '统计指标 | 统计数 |', ...TEXT_ROWS]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '元' });
  });

  it('two value columns, a unit cell and a blank this year\'s value (`| 元 | | 3600 |`): blank, and 3600 元 cumulative (reviewer 88 L1)', async () => {
    const r = await textPage(['指标名称 | 计量单位 | 本年 | 历年累计 |', '（一）主动公开政府信息数 | 条 | 463 | 5395 |', '七、依申请公开信息收取的费用 | 元 |  | 3600 |']);
    expect(fee(r)).toMatchObject({ value: null, kind: 'blank' });
    expect(r.cells['legacyStats.cumulative.requestFeesWanYuan']).toMatchObject({ value: 0.36, unit: '元' });
    expect(r.warnings.filter((w) => w.code === 'cell-count')).toEqual([]);
  });

  it('a row printing its own unit keeps it under a table\'s 金额单位', async () => {
    const r = await textPage(['金额单位：元', '统计指标 | 统计数 |', '（一）主动公开政府信息数 | 463 |', '七、依申请公开信息收取的费用 | 0.12万元 |']);
    expect(fee(r)).toMatchObject({ value: 0.12 });
    expect(unitNote(r)).toBeUndefined();
  });

  it('bars with a 单位 column: an empty unit cell is that column\'s, for counts and amounts (rows were left unread as "a cell is extra")', async () => {
    const r = await textPage(['统计指标 | 单位 | 统计数 |', '（一）主动公开政府信息数 |  | 463 |', '七、依申请公开信息收取的费用（元） |  | 1200 |', '八、政府信息公开收费减免金额 |  | 300 |']);
    expect(r.cells['legacyStats.proactive.total']).toMatchObject({ value: 463, raw: '463' });
    expect(fee(r)).toMatchObject({ value: 0.12, raw: '1200', unit: '元' });
    expect(r.cells['legacyStats.feesWaivedYuan']).toMatchObject({ value: 300 });
    expect(r.warnings.filter((w) => w.code === 'cell-count')).toEqual([]);
  });

  it.each([['（一）收到申请数 份 27', 'legacyStats.requests.received', 27], ['六、举报投诉数量 宗 5', 'legacyStats.complaints', 5]])('one line, %s: a count in a unit the row reader does not know is read (it was "does not start with the row\'s values")', async (row, key, value) => {
    const r = await parseHtml(pageHtml(`${TITLE} 附件：政府信息公开情况统计表 统计指标 单位 统计数 一、主动公开情况 （一）主动公开政府信息数 条 463 三、依申请公开情况 ${row} 七、依申请公开信息收取的费用 0.12`, true));
    expect(r.cells[key]).toMatchObject({ value, kind: 'number' });
    expect(r.warnings.filter((w) => w.code === 'unreadable-row')).toEqual([]);
  });

  // reviewers 89–91: statements of the unit the table reader passed over (each was stored 10,000 times too large)
  it.each([
    ['a 填表说明 line ending in 。 between the unit line and the header (89 P7)', ['政府信息公开情况统计表', '金额单位：元', '填表说明：本表数据统计期限为2017年1月1日至2017年12月31日。', '统计指标 | 统计数 |']],
    ['（金额以元为单位） (90 E2)', ['政府信息公开情况统计表（金额以元为单位）', '统计指标 | 统计数 |']],
    ['a header cell 统计数（件、元） (91 P4)', ['政府信息公开情况统计表', '统计指标 | 统计数（件、元） |']],
    ['a header cell 统计数（件/元） (91 P4)', ['政府信息公开情况统计表', '统计指标 | 统计数（件/元） |']],
    ['单位：元全市合计, no space before the place (91 P3)', ['政府信息公开情况统计表', '单位：元全市合计', '统计指标 | 统计数 |']],
  ])('%s: the money rows are in 元', async (_, head) => {
    const r = await parseHtml(pageHtml([TITLE, '一、概述', '全年主动公开政府信息463条。', ...head, ...TEXT_ROWS].join('\n'), true));
    expect(fee(r)).toMatchObject({ value: 0.12, raw: '1200', unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '元' });
  });

  it('金额单位：元 beside 经费单位：万元: the fee in 元, the 专项经费 in 万元 (91 P5: the fee was 1200 万元)', async () => {
    const r = await textPage(['金额单位：元  经费单位：万元', '统计指标 | 统计数 |', ...TEXT_ROWS.map((row) => row.replace('85000', '8.5'))]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, raw: '8.5', unit: '万元' });
  });

  it('a statement inside the table, above the fee row, is the rows\' below it (91 P6: the fee was 1200 万元)', async () => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, '（金额单位：元）', ...TEXT_ROWS.slice(1)]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '元' });
    expect(r.cells['legacyStats.proactive.total']).toMatchObject({ value: 463 });
  });

  it('an HTML table\'s <caption> stating 金额单位：元 (90 E3)', async () => {
    const r = await parseHtml(`<!doctype html><html><head><title>${TITLE}</title></head><body><table><caption>政府信息公开情况统计表 金额单位：元</caption>${tr(['统计指标', '单位', '统计数'])}${tr(['一、主动公开政府信息数', '条', '463'])}${tr(['七、依申请公开信息收取的费用', '', '1200'])}</table></body></html>`);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '元' });
    expect(r.cells['legacyStats.proactive.total']).toMatchObject({ value: 463 });
  });

  it('a hidden <caption> says nothing: the fee is in the template\'s 万元 (guard: passes before and after)', async () => {
    const r = await parseHtml(`<!doctype html><html><head><title>${TITLE}</title></head><body><table><caption style="display:none">金额单位：元</caption>${tr(['统计指标', '单位', '统计数'])}${tr(['一、主动公开政府信息数', '条', '463'])}${tr(['七、依申请公开信息收取的费用', '', '0.12'])}</table></body></html>`);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
  });

  it('a footer note 注：本表金额单位为元 is the table\'s when nothing above says otherwise (a caption shown below the table too)', async () => {
    const r = await textPage(['统计指标 | 统计数 |', ...TEXT_ROWS, '填报单位（盖章）：XX县政府办', '注：本表金额单位为元。']);
    expect(fee(r)).toMatchObject({ value: 0.12, raw: '1200', unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, raw: '85000', unit: '元' });
    const bottom = await parseHtml(`<!doctype html><html><head><title>${TITLE}</title></head><body><table><caption style="caption-side:bottom">注：本表金额单位为元</caption>${tr(['统计指标', '单位', '统计数'])}${tr(['一、主动公开政府信息数', '条', '463'])}${tr(['七、依申请公开信息收取的费用', '', '1200'])}</table></body></html>`);
    expect(fee(bottom)).toMatchObject({ value: 0.12, unit: '元' });
  });

  it('a statement on a line of its own between two money rows: which it is for is unknown, so neither is read, each with a note', async () => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, TEXT_ROWS[1]!, '（金额单位：元）', TEXT_ROWS[2]!]);
    expect(fee(r)).toMatchObject({ value: null, raw: '1200' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: null, raw: '85000' });
    expect(warningText(unitNote(r)!, 'zh')).toBe('统计表 依申请公开信息收取的费用：统计表在行与行之间注明“金额单位：元”，未说明适用于哪些行，金额的单位无法确定，未读');
    expect(r.cells['legacyStats.proactive.total']).toMatchObject({ value: 463 });
  });

  it('the same statement under a fee of 0: 0 is read, 0 in any unit', async () => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, TEXT_ROWS[1]!.replace('1200', '0'), '（金额单位：元）', TEXT_ROWS[2]!]);
    expect(fee(r)).toMatchObject({ value: 0, kind: 'number' });
  });

  it.each([
    ['a line', ['七、依申请公开信息收取的费用 | 120 |', '（单位：元）']],
    ['a line, the page flattened to one cell per line', ['七、依申请公开信息收取的费用', '120', '单位：元']],
  ])('%s stating 元 under the fee row, a count row below it: the fee\'s unit, not the 专项经费\'s (reviewer 92 P2: 8.5 万元 was stored as 0.00085)', async (_, lines) => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, ...lines, '八、机构建设和保障经费情况 |', '（一）政府信息公开工作专门机构数 | 1 |', TEXT_ROWS[2]!.replace('85000', '8.5')]);
    expect(fee(r)).toMatchObject({ value: 0.012, raw: '120', unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it('the 专项经费 label wrapped, its unit opening the next line (（单位：万元） | 8.5 |) under a title in 元: 8.5 万元 (reviewer 93: unread)', async () => {
    const r = await textPage(['金额单位：元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, TEXT_ROWS[1]!, '（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '（单位：万元） | 8.5 |']);
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, raw: '8.5', unit: '万元' });
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '元' });
  });

  it('a statement on a line of its own between two count rows is the table\'s from there down (reviewer 93: both amounts were left unread)', async () => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, '（金额单位：元）', '六、举报投诉数量 | 5 |', TEXT_ROWS[1]!, TEXT_ROWS[2]!]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '元' });
    expect(unitNote(r)).toBeUndefined();
  });

  it('a 其中 line stating its own unit (其中：检索复制费（单位：元） | 0 |) is no statement of the table\'s (reviewer 92 P2)', async () => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 0.12 |', '其中：检索复制费（单位：元） | 0 |', '八、机构建设和保障经费情况 |', '（一）政府信息公开工作专门机构数 | 1 |', TEXT_ROWS[2]!.replace('85000', '8.5')]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
    expect(unitNote(r)).toBeUndefined();
  });

  // reviewer 92: a statement on a row's own line is that row's alone (it had become the next rows' unit)
  it.each([
    ['a cell', '七、依申请公开信息收取的费用 | 120 | 单位：元 |'],
    ['a 备注 cell', '七、依申请公开信息收取的费用 | 120 | 备注：单位为元 |'],
    ['its label\'s bracket', '七、依申请公开信息收取的费用（单位为元） | 120 |'],
  ])('under 金额单位：万元, the fee row states 元 in %s: the fee is in 元, the 专项经费 in 万元', async (_, feeRow) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, feeRow, TEXT_ROWS[2]!.replace('85000', '8.5')]);
    expect(fee(r)).toMatchObject({ value: 0.012, raw: '120', unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, raw: '8.5', unit: '万元' });
  });

  it.each([
    ['注：各部门上报金额单位为元，本表已折算为万元。'],
    ['注：原以元为单位，已折算为万元。'],
  ])('a note under 金额单位：万元 saying what was converted (%s) states no unit (reviewer 92 P4)', async (note) => {
    const r = await textPage(['金额单位：万元', note, '统计指标 | 统计数 |', ...TEXT_ROWS.map((row) => row.replace('1200', '0.12').replace('85000', '8.5'))]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it('another table\'s note (注：…。) above the 统计表\'s title does not let that table\'s unit in (reviewer 92 P6)', async () => {
    const r = await parseHtml(pageHtml([TITLE, '一、概述', '全年主动公开政府信息463条。', '附件1：依申请公开收费情况统计表', '单位：元', '复制费 | 1200 |', '注：本表据财政票据统计。', '附件2：政府信息公开情况统计表', '统计指标 | 统计数 |', ...TEXT_ROWS.map((row) => row.replace('1200', '0.12').replace('85000', '8.5'))].join('\n'), true));
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([
    ['a paragraph after the table', '四、其他需要报告的事项', '本机关依申请提供政府信息收费标准为复印费每页0.2元，计费单位：元。'],
    ['another table\'s caption after it', '附表：依申请公开收费明细（单位：元）', '复制费 | 0 |'],
  ])('%s naming 元 is not the 统计表\'s unit (reviewer 92)', async (_, ...after) => {
    const r = await textPage(['统计指标 | 统计数 |', ...TEXT_ROWS.map((row) => row.replace('1200', '0.12').replace('85000', '8.5')), '', ...after]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
    expect(unitNote(r)).toBeUndefined();
  });

  it('注：本表金额单位为元的，已折算为万元 states no unit: the amounts are in 万元 (guard: passes before and after)', async () => {
    const r = await textPage(['统计指标 | 统计数 |', ...TEXT_ROWS.map((row) => row.replace('1200', '0.12').replace('85000', '8.5')), '注：本表金额单位为元的，已折算为万元。']);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
    expect(unitNote(r)).toBeUndefined();
  });

  // reviewer 93: statements naming one kind of amount go to that kind's rows, wherever they stand
  const BUDGET_85 = TEXT_ROWS[2]!.replace('85000', '8.5');
  it.each([
    ['a line under the fee row', ['金额单位：元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', '（经费单位：万元）', '八、机构建设和保障经费情况 |', '（一）政府信息公开工作专门机构数 | 1 |', BUDGET_85]],
    ['the group\'s heading', ['金额单位：元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', '八、机构建设和保障经费情况（经费单位：万元） |', '（一）政府信息公开工作专门机构数 | 1 |', BUDGET_85]],
  ])('经费单位：万元 on %s, the title in 元: the fee in 元, the 专项经费 in 万元 (the fee was stored as 120 万元)', async (_, lines) => {
    const r = await textPage(lines);
    expect(fee(r)).toMatchObject({ value: 0.012, raw: '120', unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, raw: '8.5', unit: '万元' });
  });

  it('one line, the title in 元: 经费单位：万元 after the fee\'s value is the 专项经费\'s, not the fee\'s', async () => {
    const r = await parseHtml(pageHtml(`${TITLE} 附件：政府信息公开情况统计表 金额单位：元 统计指标 统计数 一、主动公开情况 （一）主动公开政府信息数 463 七、依申请公开信息收取的费用 120 （经费单位：万元） 八、机构建设和保障经费情况 （一）政府信息公开工作专门机构数 1 （四）政府信息公开专项经费 8.5`, true));
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it('a footer note on the fees (注：依申请公开收取费用金额单位为元) is not the 专项经费\'s', async () => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, TEXT_ROWS[1]!, '八、机构建设和保障经费情况 |', BUDGET_85, '注：依申请公开收取费用金额单位为元。']);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each(['技术支持单位：元亨科技', '主办单位：元坝区人民政府'])('a page footer %s below the table is no unit of its', async (footer) => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, TEXT_ROWS[1]!.replace('1200', '0.12'), BUDGET_85, '', footer]);
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it('one line: a note after the last row, 注：本表金额单位为元, is the table\'s', async () => {
    const r = await parseHtml(pageHtml(`${TITLE} 附件：政府信息公开情况统计表 统计指标 统计数 一、主动公开情况 （一）主动公开政府信息数 463 七、依申请公开信息收取的费用 120 八、机构建设和保障经费情况 （一）政府信息公开工作专门机构数 1 （四）政府信息公开专项经费 85000 九、政府信息公开会议和培训情况 （三）接受培训人员数 120 注：本表金额单位为元`, true));
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '元' });
  });

  it('the title in 万元 with the fee table\'s 收费统计表（单位：元） above it: the nearest statement, 万元, holds (guard)', async () => {
    const r = await parseHtml(pageHtml([TITLE, '依申请公开收费统计表（单位：元）', '项目 | 金额 |', '复印费 | 1200 |', '', '政府信息公开情况统计表', '金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, TEXT_ROWS[1]!.replace('1200', '0.12'), BUDGET_85].join('\n'), true));
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
  });

  // reviewer 94
  const H8 = '八、机构建设和保障经费情况';
  const COUNT_1 = '（一）政府信息公开工作专门机构数 | 1 |';
  it.each([
    ['in a cell of the 八 heading', [`${H8} | 单位：万元 |`]],
    ['in brackets in a cell of the 八 heading', [`${H8} | （单位：万元） |`]],
    ['on a line of its own under the 八 heading', [`${H8} |`, '（单位：万元）']],
  ])('under a title in 元, a unit %s is the 八 group\'s, not the fee row\'s above it (S1: the fee was stored as 120 万元)', async (_, heading) => {
    const r = await textPage(['金额单位：元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', ...heading, COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([
    ['经费单位：万元 above 金额单位：元: the 专项经费 in 万元', ['经费单位：万元', '金额单位：元'], 0.012, 8.5],
    ['收费单位：元 above 金额单位：万元: the fee in 元', ['收费单位：元', '金额单位：万元'], 0.012, 8.5],
  ])('stacked header lines, %s (S2: the nearer general one had won)', async (_, head, feeValue, budget) => {
    const r = await textPage([...head, '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)?.value).toBe(feeValue);
    expect(r.cells['legacyStats.org.budgetWanYuan']?.value).toBe(budget);
  });

  it.each([
    ['a title naming both 经费 and 收费', ['政府信息公开工作经费及收费情况统计表（金额单位：元）'], 0.012, 0.00085],
    ['a title naming 收费 only', ['政府信息公开及依申请收费情况统计表（单位：元）'], 0.012, 0.00085],
    ['a remark in brackets before the statement', ['政府信息公开情况统计表', '（本年度未收取费用）单位：元'], 0.012, 0.00085],
  ])('%s states the unit of every amount (S3, S4: one of them was left in 万元)', async (_, head, feeValue, budget) => {
    const r = await parseHtml(pageHtml([TITLE, '一、概述', '全年主动公开政府信息463条。', ...head, '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85].join('\n'), true));
    expect(fee(r)?.value).toBe(feeValue);
    expect(r.cells['legacyStats.org.budgetWanYuan']?.value).toBe(budget);
  });

  it.each([
    ['单位：元平潭县市场监督管理局', 0.012],
    ['单位：元福清市人民政府办公室', 0.012],
    ['统计单位：元氏县人民政府办公室', 120],
    ['统计单位：元宝山区人民政府办公室', 120],
    ['统计单位：元和镇人民政府', 120],
  ])('one line, %s: 元 then an agency\'s name is the unit, 元 opening a place\'s name is not (S5)', async (statement, feeValue) => {
    const r = await parseHtml(pageHtml(`${TITLE} 附件：政府信息公开情况统计表 ${statement} 统计指标 统计数 一、主动公开情况 （一）主动公开政府信息数 463 七、依申请公开信息收取的费用 120 八、机构建设和保障经费情况 （一）政府信息公开工作专门机构数 1`, true));
    expect(fee(r)?.value).toBe(feeValue);
  });

  it('a footer line 金额单位：元人民币 is the table\'s (S7)', async () => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', '', '金额单位：元人民币']);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
  });

  // reviewer 95
  it.each([['上述费用单位为元'], ['以上金额单位：元'], ['（本年度依申请公开收取费用，单位：元）'], ['依申请公开收费单位：元']])('under a title in 万元, a remark %s on the line under the fee row is the fee\'s (P1, P2: 120 万元, and the 专项经费 in 元)', async (remark) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', remark, H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([['机构建设和保障经费情况 | 单位：万元 |'], ['以下金额单位：万元'], ['下列各项金额单位：万元']])('under a title in 元, %s under the fee row is for the rows below, not the fee (reviewer 96 R1, R2)', async (line) => {
    const r = await textPage(['金额单位：元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', line, COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([['本表专项经费单位：万元'], ['政府信息公开专项经费单位为万元']])('under a title in 元, %s under the fee row is a statement, not the 专项经费 row (reviewer 96 L1: the row below was left blank, its 8.5 lost)', async (line) => {
    const r = await textPage(['金额单位：元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', line, H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, raw: '8.5', unit: '万元' });
  });

  it('under a title in 万元, （收费和经费单位均为元） in the fee row\'s own label is every money row\'s too (reviewer 97 S7: the 专项经费 kept 万元)', async () => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用（收费和经费单位均为元） | 120 |', H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 0.00085, unit: '元' });
  });

  it.each([['（收费和经费单位均为元）'], ['收费、经费单位都是元']])('under a title in 万元, %s under the fee row names both kinds: the fee and the 专项经费 in 元 (reviewer 96 S1: 单位均为 was no statement)', async (line) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', line, H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 0.00085, unit: '元' });
  });

  it.each([['培训情况金额单位：元'], ['九、政府信息公开会议和培训情况（金额单位：元） |']])('under a title in 万元, %s under the 专项经费 row is the 会议和培训 group\'s, not the 专项经费\'s (reviewer 96 R3, 94 S6: 8.5 万元 was stored as 0.00085)', async (line) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, line, '（一）召开政府信息公开工作会议或专题会议数 | 2 |']);
    expect(fee(r)).toMatchObject({ value: 120, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([
    ['the bar at the line\'s end', ['七、依申请公开信息收取的 |', '费用 | 120 |'], 120, '万元'],
    ['an empty cell after it', ['七、依申请公开信息收取的 | |', '费用 | 120 |'], 120, '万元'],
    ['a unit line under it', ['七、依申请公开信息收取的 |', '费用 | 120 |', '（单位：元）'], 0.012, '元'],
  ])('a fee label wrapped onto the next line at its cell\'s end (%s) is the fee row (reviewer 95 L1: the row was lost with no note)', async (_, rows, value, unit) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, ...rows, H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value, raw: '120', unit });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it('a wrapped label is not taken from a unit statement\'s subject (本表专项 | / 经费单位：万元, no 专项经费 row printed)', async () => {
    const r = await textPage(['金额单位：元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', '本表专项 |', '经费单位：万元', H8 + ' |', COUNT_1]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toBeUndefined();
  });

  it.each([
    ['七、依申请公开信息收取的费用单位：元 | 120 |', 0.012, 8.5],
    ['七、依申请公开信息收取的费用 单位：元 | 120 |', 0.012, 8.5],
  ])('under a title in 万元, a fee label followed by its own unit and value (%s) is the fee row (reviewer 97 L1, L2: the row was lost)', async (row, feeValue, budget) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, row, H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)?.value).toBe(feeValue);
    expect(r.cells['legacyStats.org.budgetWanYuan']?.value).toBe(budget);
  });

  it.each([['（会议和培训经费单位均为元）'], ['（培训费用单位：元）'], ['（会议经费单位：元）']])('under a title in 万元, %s under the 专项经费 row is the 会议和培训 group\'s: no amount changes (reviewer 97 P2, S5)', async (line) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, line, '九、政府信息公开会议和培训情况 |', '（一）召开政府信息公开工作会议或专题会议数 | 2 |']);
    expect(fee(r)).toMatchObject({ value: 120, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([
    ['注：本表金额单位为元。', null, null], // reviewer 97 S6: the page says 万元 above and 元 below, silently 万元
    ['注：收费和经费单位均为元。', 0.012, 0.00085], // naming both kinds outranks the title's general 万元
    ['注：依申请公开收取费用以元为单位。', 0.012, 8.5], // naming the fees (reviewer 94)
  ])('under a title in 万元, a footer %s', async (footer, feeValue, budget) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, footer]);
    expect(fee(r)?.value ?? null).toBe(feeValue);
    expect(r.cells['legacyStats.org.budgetWanYuan']?.value ?? null).toBe(budget);
    if (feeValue === null) expect(warningText(unitNote(r)!, 'zh')).toBe('统计表 依申请公开信息收取的费用：统计表在表上注明万元，表下又注明“金额单位为元”，金额的单位无法确定，未读');
  });

  it.each([['注：1.本表金额单位为元。'], ['（2017年度，单位：元）']])('no unit above, a footer %s with a digit in it is the table\'s (reviewer 99 P1: both amounts were read in 万元)', async (footer) => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, footer]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 0.00085, unit: '元' });
  });

  it('under a title in 万元, another table\'s 经费单位：元 below the table does not outrank the title: the 专项经费 is left unread with a note, not read in 元 (reviewer 99 P2)', async () => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, '', '经费单位：元']);
    expect(fee(r)).toMatchObject({ value: 120, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: null });
    expect(unitNote(r)?.message).toBe('统计表 政府信息公开专项经费: the table states 万元 above its rows and "经费单位：元" below them: the amount\'s unit is unknown, not read');
  });

  it.each([['注：政府网站建设维护经费单位为元，未列入本表。'], ['注：政府公报编辑经费单位为元，不含在本表专项经费中。']])('under a title in 万元, a note below on funds the 专项经费 leaves out (%s) is no money row\'s (reviewer 100 P1: 8.5 万元 was read as 0.00085)', async (footer) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, footer]);
    expect(fee(r)).toMatchObject({ value: 120, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  // a table printed as one line: what follows the last row's values is its footer, as on a line of its own
  const oneLineTable = (title: string[], rows: string[], footer: string) =>
    textPage([[...title, '统计指标 统计数', ...rows, footer, '填报单位（盖章）：某县政府办'].join(' ').replaceAll(' |', '')]);
  const COUNT_LAST = '九、政府信息公开会议和培训情况 （一）召开政府信息公开工作会议或专题会议数 | 2 |';
  it.each([
    ['the 专项经费 last, no unit above, 注：本表金额单位为元。', [], [BUDGET_85], '注：本表金额单位为元。', 0.012, 0.00085],
    ['the 专项经费 last, no unit above, （单位：元）', [], [BUDGET_85], '（单位：元）', 0.012, 0.00085],
    ['a count last, no unit above, 单位：元', [], [BUDGET_85, COUNT_LAST], '单位：元', 0.012, 0.00085],
    ['the 专项经费 last, title 万元, 注：本表收费单位为元。', ['金额单位：万元'], [BUDGET_85], '注：本表收费单位为元。', 0.012, 8.5],
    ['the 专项经费 last, title 万元, a general 注：本表金额单位为元。', ['金额单位：万元'], [BUDGET_85], '注：本表金额单位为元。', null, null],
    ['a count last, title 万元, 单位：元', ['金额单位：万元'], [BUDGET_85, COUNT_LAST], '单位：元', null, null],
    // a note in other words (reviewer 101 S1–S3, S5)
    ['the 专项经费 last, no unit above, 注：表中金额单位为元。', [], [BUDGET_85], '注：表中金额单位为元。', 0.012, 0.00085],
    ['the 专项经费 last, no unit above, （注：本表金额单位为元）', [], [BUDGET_85], '（注：本表金额单位为元）', 0.012, 0.00085],
    ['the 专项经费 last, title 万元, 注：以上金额单位为元。', ['金额单位：万元'], [BUDGET_85], '注：以上金额单位为元。', null, null],
    ['the 专项经费 last with a 其中 line, no unit above, 注：本表金额单位为元。', [], [BUDGET_85, '其中：培训经费 | 2 |'], '注：本表金额单位为元。', 0.012, 0.00085],
    // sign-off fields whose values hold a space (王　五, 2018年1月 15日: reviewer 101 S6)
    ['a count last, no unit above, 审核人：王　五　（金额单位：元）', [], [BUDGET_85, COUNT_LAST], '审核人：王　五　（金额单位：元）', 0.012, 0.00085],
    ['a count last, no unit above, 填报日期：2018年1月 15日 （金额单位：元）', [], [BUDGET_85, COUNT_LAST], '填报日期：2018年1月 15日 （金额单位：元）', 0.012, 0.00085],
    // numbers after it that are no table's values (reviewer 102 P1, P4)
    ['a count last, no unit above, （单位：元，共3项）', [], [BUDGET_85, COUNT_LAST], '（单位：元，共3项）', 0.012, 0.00085],
    ['a count last, no unit above, （单位：元） 第1页 共1页', [], [BUDGET_85, COUNT_LAST], '（单位：元） 第1页 共1页', 0.012, 0.00085],
    ['a count last, no unit above, 联系电话：0591 1234567 （单位：元）', [], [BUDGET_85, COUNT_LAST], '联系电话：0591 1234567 （单位：元）', 0.012, 0.00085],
    ['a count last, title 万元, （单位：元） 联系人：张三 电话：12345678', ['金额单位：万元'], [BUDGET_85, COUNT_LAST], '（单位：元） 联系人：张三 电话：12345678', null, null],
    ['a count last, no unit above, （单位：元） 2018-01-15', [], [BUDGET_85, COUNT_LAST], '（单位：元） 2018-01-15', 0.012, 0.00085], // reviewer 103 P2
    // a page number printed as - 1 - or 1/1 cannot be told from another table's cells (- 120 -, 3/5: reviewer 105 P1): taken for values
    ['a count last, no unit above, （单位：元） - 1 -', [], [BUDGET_85, COUNT_LAST], '（单位：元） - 1 -', 120, 8.5],
    ['a count last, no unit above, （单位：元） 复印费 - 120 - 邮寄费 - 30 -', [], [BUDGET_85, COUNT_LAST], '（单位：元） 复印费 - 120 - 邮寄费 - 30 -', 120, 8.5],
    ['a count last, no unit above, （单位：元） 复印费 2000.5', [], [BUDGET_85, COUNT_LAST], '（单位：元） 复印费 2000.5', 120, 8.5],
    ['a count last, no unit above, （单位：元） 电话 0591 1234 120', [], [BUDGET_85, COUNT_LAST], '（单位：元） 电话 0591 1234 120', 120, 8.5], // 105 P3
    ['a count last, no unit above, （单位：元） 共58条', [], [BUDGET_85, COUNT_LAST], '（单位：元） 共58条', 0.012, 0.00085],
    ['a count last, no unit above, （单位：元） 电话：0591 1234 5678', [], [BUDGET_85, COUNT_LAST], '（单位：元） 电话：0591 1234 5678', 0.012, 0.00085], // reviewer 104 P4
    // another table's values that look like those words are still its values (reviewer 104 P1)
    ['a count last, no unit above, （单位：元） 收费明细 复印费 2000.50', [], [BUDGET_85, COUNT_LAST], '（单位：元） 收费明细 复印费 2000.50', 120, 8.5],
    ['a count last, no unit above, （单位：元） 收费明细 复印费 12/30', [], [BUDGET_85, COUNT_LAST], '（单位：元） 收费明细 复印费 12/30', 120, 8.5],
    ['a count last, no unit above, （单位：元） 收费明细 复印费 — 120 —', [], [BUDGET_85, COUNT_LAST], '（单位：元） 收费明细 复印费 — 120 —', 120, 8.5],
    // a note on a part of the fees is the fees'; one on last year's amounts no row's (reviewer 102 P3)
    ['a count last, no unit above, 注：复印费单位为元。', [], [BUDGET_85, COUNT_LAST], '注：复印费单位为元。', 0.012, 8.5],
    ['a count last, no unit above, 注：上年金额单位为元。', [], [BUDGET_85, COUNT_LAST], '注：上年金额单位为元。', 120, 8.5],
  ])('one line, %s after the last row\'s values is the table\'s footer (reviewer 99 S1–S3, 100 P3: the fee, or both amounts, kept 万元)', async (_, title, last, footer, feeValue, budget) => {
    const r = await oneLineTable(title, [TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, ...last], footer);
    expect(fee(r)?.raw).toBe('120');
    expect(fee(r)?.value ?? null).toBe(feeValue);
    expect(r.cells['legacyStats.org.budgetWanYuan']?.value ?? null).toBe(budget);
    if (feeValue === null) expect(unitNote(r)?.message).toMatch(/the table states 万元 above its rows and ".*单位：?为?元" below them/);
  });

  it.each([
    ['a footer line 填表单位：某县政府办 金额单位：元, no unit above', [], false, 0.012, 0.00085],
    ['a footer line 填表单位：某县政府办 金额单位：元, title 万元', ['金额单位：万元'], false, null, null],
    ['one line, sign-off fields then （金额单位：元）, no unit above', [], true, 0.012, 0.00085],
    // where the figures come from, who drew the table up, where to write (reviewer 107 S2: the footer was dropped)
    ['a footer line 本表数据来源：县政务服务中心 单位：元, no unit above', [], false, 0.012, 0.00085, '本表数据来源：县政务服务中心 单位：元'],
    ['a footer line 制表单位：XX县政府办 制表日期：2018.1.15 单位：元, no unit above', [], false, 0.012, 0.00085, '制表单位：XX县政府办 制表日期：2018.1.15 单位：元'],
    ['a footer line （单位：元） 地址：XX县人民路1号 邮编：350001, no unit above', [], false, 0.012, 0.00085, '（单位：元） 地址：XX县人民路1号 邮编：350001'],
    ['one line, 本表数据来源：县政务服务中心 单位：元, no unit above', [], true, 0.012, 0.00085, '本表数据来源：县政务服务中心 单位：元'],
    ['one line, （单位：元） 地址：XX县人民路1号 邮编：350001, title 万元', ['金额单位：万元'], true, null, null, '（单位：元） 地址：XX县人民路1号 邮编：350001'],
  ])('%s: the sign-off fields beside the statement make it no paragraph (reviewer 100 P4: it was passed over and the amounts kept 万元)', async (_, title, oneLine, feeValue, budget, footer?: string) => {
    const rows = [TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, COUNT_LAST];
    const r = oneLine
      ? await oneLineTable(title, rows, footer ?? '填报单位（盖章）：某县政府办 单位负责人：李四 审核人：王五 （金额单位：元）')
      : await textPage([...title, '统计指标 | 统计数 |', ...rows, footer ?? '填表单位：某县政府办 金额单位：元']);
    expect(fee(r)?.raw).toBe('120');
    expect(fee(r)?.value ?? null).toBe(feeValue);
    expect(r.cells['legacyStats.org.budgetWanYuan']?.value ?? null).toBe(budget);
  });

  it('one line, the fee last, 注：本表专项经费单位为元 after its value: the 专项经费 in 元, the fee keeps the title\'s 万元 (reviewer 101 S5: the 专项经费 stayed 万元)', async () => {
    const r = await oneLineTable(['金额单位：万元'], [TEXT_ROWS[0]!, H8 + ' |', COUNT_1, BUDGET_85, '七、依申请公开信息收取的费用 | 120 |'], '注：本表专项经费单位为元。');
    expect(fee(r)).toMatchObject({ value: 120, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 0.00085, unit: '元' });
  });

  it.each([[[] as string[], 8.5], [['金额单位：万元'], 8.5]])('one line, another table right after the last row (经费单位：元 项目 金额 网站维护 30000) is no footer of this one (reviewer 101 R1: 8.5 万元 became 0.00085)', async (title, budget) => {
    const r = await oneLineTable(title, [TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, COUNT_LAST], '经费单位：元 项目 金额 网站维护 30000');
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: budget, unit: '万元' });
    expect(fee(r)).toMatchObject({ value: 120, unit: '万元' });
  });

  it('a footer line （单位：元） 2018年1月15日 is the table\'s: a date makes it no paragraph (reviewer 103 P3)', async () => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, COUNT_LAST, '（单位：元） 2018年1月15日']);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 0.00085, unit: '元' });
  });

  it.each([['（单位：元） 保留2位小数'], ['（单位：元） 附件1'], ['（单位：元） - 1 -'], ['（单位：元） 1/1']])('a footer line %s under a bar table is the table\'s (reviewer 106 P1, P2: a number beside it had made it none)', async (line) => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, COUNT_LAST, line]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
  });

  it('a footer line 填表单位：… 审核人：… 本表金额单位：元 is the table\'s: 本表 names this table (reviewer 101 S7: passed over for its 表)', async () => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, COUNT_LAST, '填表单位：某县政府办 审核人：王五 本表金额单位：元']);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 0.00085, unit: '元' });
  });

  it('one line, the fee last with its label wrapped, then 注：本表金额单位为元 under a title in 万元: both unread with a note, as on a page with bars (reviewer 100 P2: the fee in 元, the 专项经费 in 万元, silently)', async () => {
    const r = await oneLineTable(['金额单位：万元'], [TEXT_ROWS[0]!, H8 + ' |', COUNT_1, BUDGET_85, '七、依申请公开信息收取的 费用 | 120 |'], '注：本表金额单位为元。');
    expect(fee(r)).toMatchObject({ value: null, raw: '120' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: null, raw: '8.5' });
  });

  it('one line, the 专项经费 last with a plain 单位：元 after its value: that row\'s own, the fee keeps the title\'s unit', async () => {
    const r = await oneLineTable(['金额单位：万元'], [TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85], '单位：元');
    expect(fee(r)).toMatchObject({ value: 120, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 0.00085, unit: '元' });
  });

  it('a title 金额单位：万元（收费单位：元） and a footer repeating 万元: the fee in 元, as the title names it (reviewer 99)', async () => {
    const r = await textPage(['金额单位：万元（收费单位：元）', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85, '注：本表金额单位为万元。']);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([['（本项费用及培训费用单位：元）'], ['（收费及会议培训经费单位均为元）']])('under a title in 万元, %s under the fee row names the fees beside the 培训 costs: the fee in 元 (reviewer 98 P4)', async (line) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', line, H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([['无'], ['—']])('a fee label followed by its unit and a placeholder (费用单位：元 | %s |) is the fee row (reviewer 98 L2: the row was lost)', async (cell) => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, `七、依申请公开信息收取的费用单位：元 | ${cell} |`, H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: null, raw: cell });
  });

  it('a header line 依申请公开收取费用（含检索复制费）单位：元 names the fees, not the 专项经费 (P3)', async () => {
    const r = await textPage(['金额单位：万元', '依申请公开收取费用（含检索复制费）单位：元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it('单位：元 just under a line of values the template has no row for, naming an amount (收费减免金额 | 20 |), is that line\'s: the 专项经费 below keeps the title\'s 万元 (reviewer 96 S2: 8.5 万元 was read as 0.00085)', async () => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', '收费减免金额 | 20 |', '单位：元', H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 120, unit: '万元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([
    ['收费减免金额 | 无 |', '单位：元', 120, 8.5], // reviewer 102 P5: 8.5 万元 became 0.00085
    ['收费减免金额 | 20 |', '收费单位：元', 0.012, 8.5], // 102 P2: naming a kind, it is that kind's as before
    ['收费减免金额 | 20 |', '经费单位：元', 120, 0.00085],
  ])('no unit above, %s then %s', async (line, statement, feeValue, budget) => {
    const r = await textPage(['统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', line, statement, H8 + ' |', COUNT_1, BUDGET_85]);
    expect(fee(r)?.value).toBe(feeValue);
    expect(r.cells['legacyStats.org.budgetWanYuan']?.value).toBe(budget);
  });

  it('（收费单位：元） on a line under the 八 heading is the fee row\'s above, no fee row following (P6)', async () => {
    const r = await textPage(['金额单位：万元', '统计指标 | 统计数 |', TEXT_ROWS[0]!, '七、依申请公开信息收取的费用 | 120 |', H8 + ' |', '（收费单位：元）', COUNT_1, BUDGET_85]);
    expect(fee(r)).toMatchObject({ value: 0.012, unit: '元' });
    expect(r.cells['legacyStats.org.budgetWanYuan']).toMatchObject({ value: 8.5, unit: '万元' });
  });

  it.each([['金额单位：元本镇', 0.012], ['金额单位：元各村', 0.012], ['统计单位：元宝山镇人民政府', 120], ['统计单位：元朗区', 120]])('one line, %s (P4, P5)', async (statement, feeValue) => {
    const r = await parseHtml(pageHtml(`${TITLE} 附件：政府信息公开情况统计表 ${statement} 统计指标 统计数 一、主动公开情况 （一）主动公开政府信息数 463 七、依申请公开信息收取的费用 120 八、机构建设和保障经费情况 （一）政府信息公开工作专门机构数 1`, true));
    expect(fee(r)?.value).toBe(feeValue);
  });

  it('the row with no unit printed is in the template\'s 万元, and a count row is not touched', async () => {
    const r = await oneLine('七、依申请公开信息收取的费用 0.12');
    expect(fee(r)).toMatchObject({ value: 0.12, unit: '万元' });
    expect(unitNote(r)).toBeUndefined();
  });
});
