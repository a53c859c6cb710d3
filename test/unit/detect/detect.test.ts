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
    expect(bodyMarkers('收到和處理政府信息公開申請情況 結轉下年度繼續辦理')).toEqual([
      '收到和处理政府信息公开申请情况',
      '结转下年度继续办理',
    ]);
    const d = detectReport(
      docOf('<html><head><title>2009年度下管鎮(zhèn)政府信息公開年度報(bào)告</title></head><body><p>主動公開政府信息情況</p><p>存在的主要問題</p></body></html>'),
      'https://x.gov.cn/a.htm',
    );
    expect(d.isReport, d.reasons.join(' | ')).toBe(true);
  });
  it('hints at a Traditional page (to load the converter early), not at a Simplified one', () => {
    const trad = detectReport(
      docOf('<html><head><title>2009年度下管鎮政府信息公開年度報告</title></head><body><p>主動公開政府信息情況</p><p>依申請公開政府信息情況，收費及減免情況</p><p>存在的主要問題</p></body></html>'),
      'https://x.gov.cn/a.htm',
    );
    expect(trad.isReport).toBe(true);
    expect(trad.traditional).toBe(true);
    // 勾稽 is written alike in both scripts: a Simplified table note does not count
    const simp = detectReport(
      docOf('<html><head><title>2024年政府信息公开工作年度报告</title></head><body><p>本列数据的勾稽关系为：勾稽 勾稽 勾稽 勾稽 勾稽</p><p>收到和处理政府信息公开申请情况</p></body></html>'),
      'https://x.gov.cn/a.htm',
    );
    expect(simp.isReport).toBe(true);
    expect(simp.traditional).toBeUndefined();
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
