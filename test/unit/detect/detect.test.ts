// Detection over every fixture page (all must be reports) and over the non-report portal pages
// in test/e2e/pages/ (none may be). Pages are built exactly as the e2e server serves them.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bodyMarkers, detectReport, prefilter, titleCandidates } from '../../../src/detect/index';
import { listFixturePages } from '../../e2e/support/fixtures';

const pages = listFixturePages();
const reports = pages.filter((p) => p.kind !== 'page');
const others = pages.filter((p) => p.kind === 'page');

const clean = (s: string | null) => (s ?? '').trim();

function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('detectReport on report fixtures', () => {
  it('has fixtures to test (guards against an empty folder)', () => {
    expect(reports.length).toBeGreaterThanOrEqual(20);
  });
  for (const page of reports) {
    it(`detects ${page.kind}/${page.name}`, () => {
      const url = page.provenanceUrl ?? `https://www.example.gov.cn${page.path}`;
      const d = detectReport(docOf(page.html()), url);
      expect(d.isReport, d.reasons.join(' | ')).toBe(true);
      expect(d.score).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('detectReport on non-report portal pages', () => {
  it('has at least 8 pages of the kinds the issue names', () => {
    expect(others.length).toBeGreaterThanOrEqual(8);
    const names = others.map((p) => p.name).join(' ');
    for (const kind of ['notice', 'format-notice', 'news', 'listing', 'interpretation', 'budget', 'portal-home', 'guide']) {
      expect(names).toContain(kind);
    }
  });
  for (const page of others) {
    // Both where the harness serves it and inside a report column (URL cue present).
    for (const url of [`http://www.example.gov.cn${page.path}`, `http://www.example.gov.cn/zwgk/zfxxgknb/${page.name}.htm`]) {
      it(`does not detect pages/${page.name} at ${url}`, () => {
        const d = detectReport(docOf(page.html()), url);
        expect(d.isReport, d.reasons.join(' | ')).toBe(false);
      });
    }
  }
});

describe('detection pieces', () => {
  it('takes the CMS ArticleTitle meta as a title (either spelling, the first in document order, as the selector would)', () => {
    const body = '<p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>存在的主要问题及改进情况</p>';
    const page = (metas: string) => docOf(`<html><head><title>某某区人民政府</title>${metas}</head><body>${body}</body></html>`);
    const report = '<meta name="ArticleTitle" content="某某区2021年政府信息公开工作年度报告">';
    expect(titleCandidates(page(report))).toEqual(['某某区人民政府', '某某区2021年政府信息公开工作年度报告']);
    expect(detectReport(page(report), 'https://x.gov.cn/a/b.htm').isReport).toBe(true);
    expect(detectReport(page(''), 'https://x.gov.cn/a/b.htm').isReport).toBe(false);
    expect(titleCandidates(page('<meta name="articletitle" content="某局2020年度政府信息公开年度报告">'))[1]).toBe('某局2020年度政府信息公开年度报告');
    // the first of several, whichever spelling; other names and a meta without content are no title
    const several = '<meta name="keywords" content="2019年政府信息公开工作年度报告"><meta name="articletitle" content="第一"><meta name="ArticleTitle" content="第二">';
    const doc = page(several);
    expect(titleCandidates(doc)).toEqual(['某某区人民政府', '第一']);
    expect(titleCandidates(doc)[1]).toBe(clean(doc.querySelector('meta[name="ArticleTitle"], meta[name="articletitle"]')!.getAttribute('content')));
    expect(titleCandidates(page('<meta name="ArticleTitle">'))).toEqual(['某某区人民政府']);
  });
  it('prefilter rejects an ordinary page from strings alone', () => {
    expect(prefilter('https://www.example.gov.cn/xw/2025/1.htm', ['示例市召开工作推进会'])).toBeNull();
  });
  it('prefilter accepts a report title and a report-column URL', () => {
    expect(prefilter('https://x.gov.cn/a/b.htm', ['某某局2024年度政府信息公开工作年度报告'])?.strongTitle).toBe(true);
    expect(prefilter('https://x.gov.cn/zfxxgknb/b.htm', ['某某局'])?.score).toBe(1);
  });
  it('reads Traditional markers and drops pinyin glosses', () => {
    expect(bodyMarkers('三、收到和處理政府信息公開申請情況 結轉下年度繼續辦理')).toEqual([
      '收到和处理政府信息公开申请情况',
      '结转下年度继续办理',
    ]);
    const d = detectReport(
      docOf('<html><head><title>2009年度下管鎮(zhèn)政府信息公開年度報(bào)告</title></head><body><p>一、主動公開政府信息情況</p><p>四、存在的主要問題</p></body></html>'),
      'https://x.gov.cn/a.htm',
    );
    expect(d.isReport, d.reasons.join(' | ')).toBe(true);
  });
  it('hints at a Traditional page (to load the converter early), not at a Simplified one', () => {
    const trad = detectReport(
      docOf('<html><head><title>2009年度下管鎮政府信息公開年度報告</title></head><body><p>一、主動公開政府信息情況</p><p>二、依申請公開政府信息情況</p><p>三、收費及減免情況</p><p>四、存在的主要問題</p></body></html>'),
      'https://x.gov.cn/a.htm',
    );
    expect(trad.isReport).toBe(true);
    expect(trad.traditional).toBe(true);
    // 勾稽 is written alike in both scripts: a Simplified table note does not count
    const simp = detectReport(
      docOf('<html><head><title>2024年政府信息公开工作年度报告</title></head><body><p>本列数据的勾稽关系为：勾稽 勾稽 勾稽 勾稽 勾稽</p><p>三、收到和处理政府信息公开申请情况</p></body></html>'),
      'https://x.gov.cn/a.htm',
    );
    expect(simp.isReport).toBe(true);
    expect(simp.traditional).toBeUndefined();
  });
  it('counts the outline only where it is printed as headings, and knows pages about a report by their title (helper-29 review)', () => {
    const outline = '报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况等内容。';
    // a news item about the release, its year column listing with the reports' opening sentences: no card
    for (const title of ['我区发布2022年度政府信息公开工作年度报告_平潭要闻_平潭综合实验区管委会', '2022年度政府信息公开工作年度报告_平潭综合实验区管委会']) {
      const d = detectReport(docOf(`<html><head><title>${title}</title></head><body><p>${outline}</p></body></html>`), 'https://www.pingtan.gov.cn/xwzx/ptyw/202302/t20230221_80630.htm');
      expect(d.isReport, `${title}: ${d.reasons.join(' | ')}`).toBe(false);
    }
    // the same outline as the report's own numbered headings: a report
    const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'];
    const report = detectReport(docOf(`<html><head><title>平潭综合实验区2022年度政府信息公开工作年度报告</title></head><body>${headings.map((h) => `<p>${h}</p><p>正文。</p>`).join('')}</body></html>`), 'https://www.pingtan.gov.cn/a/b.htm');
    expect(report.isReport, report.reasons.join(' | ')).toBe(true);
    // pages about a report, whatever their body: correction notices, templates, 答记者问, 一图看懂, search results
    const tables = '<p>本年新收政府信息公开申请数量</p><p>结转下年度继续办理</p><p>未经复议直接起诉</p>';
    for (const title of ['关于平潭综合实验区2022年度政府信息公开工作年度报告的更正说明', '2022年度政府信息公开工作年度报告模板', '关于报送2022年度政府信息公开工作年度报告的函', '区政务公开办负责人就《2022年度政府信息公开工作年度报告》答记者问', '一图看懂2022年度政府信息公开工作年度报告', '2022年政府信息公开工作年度报告 - 搜索结果']) {
      const d = detectReport(docOf(`<html><head><title>${title}</title></head><body>${tables}</body></html>`), 'https://www.pingtan.gov.cn/a/b.htm');
      expect(d.isReport, `${title}: ${d.reasons.join(' | ')}`).toBe(false);
    }
    // a report in a 通知公告 column, and a site h1 naming the 政府信息公开目录: still a report
    for (const [title, h1] of [['2022年度政府信息公开工作年度报告_通知公告_平潭县人民政府', ''], ['平潭县2022年度政府信息公开工作年度报告', '<h1>平潭县政府信息公开目录</h1>']]) {
      const d = detectReport(docOf(`<html><head><title>${title}</title></head><body>${h1}${tables}</body></html>`), 'https://www.pingtan.gov.cn/a/b.htm');
      expect(d.isReport, `${title}: ${d.reasons.join(' | ')}`).toBe(true);
    }
    // other spellings of the report's title
    for (const title of ['某局2022年政府信息公开年度工作报告', '关于2013年度政府信息公开工作情况的报告', '某县２０１３年政府信息公开工作报告', '某镇二〇一三年政府信息公开工作年度报告', '某局政府信息公开工作年度报告（2022年度）']) {
      const d = detectReport(docOf(`<html><head><title>${title}</title></head><body>${tables}</body></html>`), 'https://x.gov.cn/a.htm');
      expect(d.isReport, `${title}: ${d.reasons.join(' | ')}`).toBe(true);
    }
    // an old report with its numbered outline and a box of five earlier years' reports is no listing
    const earlier = [2008, 2009, 2010, 2011, 2012].map((y) => `<li><a href="/${y}.htm">平潭县${y}年政府信息公开工作年度报告</a></li>`).join('');
    const old = detectReport(docOf(`<html><head><title>平潭县2013年政府信息公开工作年度报告</title></head><body>${headings.slice(0, 3).map((h) => `<p>${h}</p>`).join('')}<ul>${earlier}</ul></body></html>`), 'https://www.pingtan.gov.cn/a/b.htm');
    expect(old.isReport, old.reasons.join(' | ')).toBe(true);
    // a Taiwan-phrasing page (資訊 for 信息), and a site suffix after a bare hyphen
    for (const title of ['平潭綜合實驗區2022年度政府資訊公開工作年度報告', '平潭综合实验区2022年度政府信息公开工作年度报告-政府信息公开目录']) {
      const d = detectReport(docOf(`<html><head><title>${title}</title></head><body>${tables}</body></html>`), 'https://www.pingtan.gov.cn/a/b.htm');
      expect(d.isReport, `${title}: ${d.reasons.join(' | ')}`).toBe(true);
    }
    // a year column listing twelve reports (titles shortened, full in the title attribute) whose summaries quote the tables
    const items = Array.from({ length: 12 }, (_, i) => `<li><a title="平潭综合实验区第${i}局2022年度政府信息公开工作年度报告" href="/${i}.htm">平潭综合实验区第${i}局2022年度政府信...</a><p>本年新收政府信息公开申请数量${i}件，结转下年度继续办理0件。</p></li>`).join('');
    const listing = detectReport(docOf(`<html><head><title>2022年度政府信息公开工作年度报告_平潭综合实验区管委会</title></head><body><ul>${items}</ul></body></html>`), 'https://www.pingtan.gov.cn/zfxxgknb/2022nd/index.htm');
    expect(listing.isReport, listing.reasons.join(' | ')).toBe(false);
    // a 政务公开工作年度报告 that prints the disclosure tables is one; without the tables' words it is not
    const zwgk = (body: string) => detectReport(docOf(`<html><head><title>某县2022年政务公开工作年度报告</title></head><body>${body}</body></html>`), 'https://x.gov.cn/a.htm');
    expect(zwgk(tables).isReport, zwgk(tables).reasons.join(' | ')).toBe(true);
    expect(zwgk(headings.map((h) => `<p>${h}</p>`).join('')).isReport).toBe(false);
    // a page glossed with <ruby> (the letters of <rt> are in textContent) is read without them (helper-38 review)
    const ruby = (t: string) => [...t].map((c) => `<ruby>${c}<rt>x</rt></ruby>`).join('');
    const glossed = detectReport(docOf(`<html><head><title>某局2022年度政府信息公开工作年度报告</title></head><body><p>${ruby('本年新收政府信息公开申请数量')}</p><p>${ruby('结转下年度继续办理')}</p></body></html>`), 'https://x.gov.cn/a.htm');
    expect(glossed.isReport, glossed.reasons.join(' | ')).toBe(true);
    // a corrected version (更正版) is still the report
    expect(detectReport(docOf(`<html><head><title>某局2022年度政府信息公开工作年度报告（更正版）</title></head><body>${tables}</body></html>`), 'https://x.gov.cn/a.htm').isReport).toBe(true);
  });

  it('finds a report whose title is printed only in a title-classed element or an h2 (its <title> and h1 name the site)', () => {
    const tables = '<table><tr><td>本年新收政府信息公开申请数量</td><td>3</td></tr><tr><td>结转下年度继续办理</td><td>0</td></tr><tr><td>未经复议直接起诉</td><td>0</td></tr></table>';
    const page = (head: string, body: string) => docOf(`<html><head><title>某县人民政府</title></head><body><h1>某县人民政府门户网站</h1>${head}${body}</body></html>`);
    for (const head of ['<div class="article-title">某县2022年度政府信息公开工作年度报告</div>', '<h2>某县2022年度政府信息公开工作年度报告</h2>', '<div id="ArtTitle"><span>某县政府信息公开工作年度报告</span></div>']) {
      const d = detectReport(page(head, tables), 'https://www.x.gov.cn/art/2023/1/1/art_1.html');
      expect(d.isReport, `${head}: ${d.reasons.join(' | ')}`).toBe(true);
      expect(d.reasons.join(' ')).toMatch(/heading on the page/);
    }
    // weak: the narrative outline alone does not make a homepage headline a report
    const outline = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'].map((h) => `<p>${h}</p>`).join('');
    const home = detectReport(page('<div class="news-title">某县2022年度政府信息公开工作年度报告</div>', outline), 'https://www.x.gov.cn/');
    expect(home.isReport, home.reasons.join(' | ')).toBe(false);
    // a page about the report, named in the heading, is still ruled out by the title's negative cues
    const notice = detectReport(page('<h2>关于报送2022年度政府信息公开工作年度报告的通知</h2>', tables), 'https://www.x.gov.cn/a.html');
    expect(notice.isReport, notice.reasons.join(' | ')).toBe(false);
    // a long text in a title-classed wrapper (the whole article) is no title
    const wrapper = detectReport(page(`<div class="title-wrap">某县2022年度政府信息公开工作年度报告${'正文'.repeat(100)}</div>`, tables), 'https://www.x.gov.cn/a.html');
    expect(wrapper.isReport).toBe(false);
  });

  it('a printed heading is no title where the page says otherwise: search results, a 解读 page, several reports listed (helper-46 review)', () => {
    const snippet = (n: number) => `<p class="snippet">统计期限…本年新收政府信息公开申请数量${n}件…结转下年度继续办理${n}件…未经复议直接起诉</p>`;
    const results = [2019, 2020, 2021].map((y) => `<div class="result-title"><a href="/${y}.htm">某县${y}年政府信息公开工作年度报告</a></div>${snippet(y - 2014)}`).join('');
    const search = detectReport(docOf(`<html><head><title>站内搜索_某县人民政府</title></head><body>${results}</body></html>`), 'https://www.x.gov.cn/search/index.html?q=x');
    expect(search.isReport, search.reasons.join(' | ')).toBe(false);
    const one = `<div class="result-title"><a href="/2019.htm">某县2019年政府信息公开工作年度报告</a></div>${snippet(5)}`;
    const search1 = detectReport(docOf(`<html><head><title>站内搜索_某县人民政府</title></head><body>${one}</body></html>`), 'https://www.x.gov.cn/search/index.html?q=x');
    expect(search1.isReport, search1.reasons.join(' | ')).toBe(false);
    const tables = '<p>本年新收政府信息公开申请数量</p><p>结转下年度继续办理</p><p>未经复议直接起诉</p>';
    const jiedu = detectReport(docOf(`<html><head><title>文字解读：我县政务公开工作成效明显</title></head><body><div class="column-title">政府信息公开年报</div>${tables}</body></html>`), 'https://www.x.gov.cn/a.html');
    expect(jiedu.isReport, jiedu.reasons.join(' | ')).toBe(false);
    // twelve title-classed menu items before the article's own title do not hide it
    const menu = Array.from({ length: 14 }, (_, i) => `<li class="nav-title">栏目${i}</li>`).join('');
    const page = detectReport(docOf(`<html><head><title>某县人民政府</title></head><body><ul>${menu}</ul><div class="article-title">某县2022年度政府信息公开工作年度报告</div>${tables}</body></html>`), 'https://www.x.gov.cn/a.html');
    expect(page.isReport, page.reasons.join(' | ')).toBe(true);
    // without the heading scan (the content script's load-time check), only the titles count
    expect(detectReport(docOf(`<html><head><title>某县人民政府</title></head><body><div class="article-title">某县2022年度政府信息公开工作年度报告</div>${tables}</body></html>`), 'https://www.x.gov.cn/a.html', { headings: false }).isReport).toBe(false);
  });

  it('takes a notice issuing the report (关于印发《…年度报告》的通知) for the report when it prints the tables, and only then', () => {
    const tables = '<p>本年新收政府信息公开申请数量</p><p>结转下年度继续办理</p><p>未经复议直接起诉</p>';
    const outline = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'].map((h) => `<p>${h}</p>`).join('');
    const at = (title: string, body: string) => detectReport(docOf(`<html><head><title>${title}</title></head><body>${body}</body></html>`), 'https://www.x.gov.cn/a.html');
    const issued = '关于印发《某县交通运输局2022年度政府信息公开工作年度报告》的通知_通知公告_某县人民政府';
    expect(at(issued, tables).isReport, at(issued, tables).reasons.join(' | ')).toBe(true);
    // weak: its outline alone is not enough (a notice may quote it)
    expect(at(issued, outline).isReport).toBe(false);
    // still notices: one asking for reports, one issuing a work plan or the format
    for (const title of ['关于报送2022年度政府信息公开工作年度报告的通知', '关于印发《某县2022年度政府信息公开工作年度报告编制工作方案》的通知', '关于印发《政府信息公开工作年度报告格式》的通知', '关于印发《某市2022年度政府信息公开工作年度报告评估报告》的通知']) {
      expect(at(title, tables).isReport, title).toBe(false);
    }
  });

  it('needs two body markers even with a report title', () => {
    const d = detectReport(docOf('<html><head><title>某局2024年政府信息公开工作年度报告</title></head><body><p>正在加载…</p></body></html>'), 'https://x.gov.cn/a.htm');
    expect(d.isReport).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/needs 2 body markers/);
  });
  it('survives a page without a body or with a broken URL', () => {
    const doc = docOf('<html><head><title>2024年政府信息公开工作年度报告</title></head></html>');
    expect(detectReport(doc, 'not a url').isReport).toBe(false);
  });
});
