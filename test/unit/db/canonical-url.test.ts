import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/db/canonical-url';

describe('canonicalUrl', () => {
  it('lower-cases the host, drops fragment and default port; http and https are one key', () => {
    expect(canonicalUrl('HTTP://WWW.Shanghai.GOV.CN:80/nw12344/20200131/x.html#top')).toBe(
      'https://www.shanghai.gov.cn/nw12344/20200131/x.html',
    );
    expect(canonicalUrl('http://a.gov.cn/x.html')).toBe(canonicalUrl('https://a.gov.cn/x.html'));
  });
  it('drops tracking params but keeps meaningful query in order', () => {
    expect(canonicalUrl('https://a.gov.cn/info.jsp?id=5&utm_source=wx&spm=1.2&page=2&UTM_Medium=x')).toBe(
      'https://a.gov.cn/info.jsp?id=5&page=2',
    );
    expect(canonicalUrl('https://a.gov.cn/p.html?utm_source=wx')).toBe('https://a.gov.cn/p.html');
  });
  it('keeps path case (servers may be case-sensitive)', () => {
    expect(canonicalUrl('https://a.gov.cn/Art/2026/Art_1.HTML')).toBe('https://a.gov.cn/Art/2026/Art_1.HTML');
  });
  it('keeps the query as printed (GBK values, %20, positional parts) and a routing fragment; drops only tracking parts', () => {
    expect(canonicalUrl('http://www.example.gov.cn/a.jsp?name=%D5%FE%B8%AE')).toBe('https://www.example.gov.cn/a.jsp?name=%D5%FE%B8%AE');
    expect(canonicalUrl('https://a.gov.cn/s?q=a%20b&x&1%26b=2&utm_source=wx')).toBe('https://a.gov.cn/s?q=a%20b&x&1%26b=2');
    expect(canonicalUrl('https://a.gov.cn/#/report/2019?id=1')).toBe('https://a.gov.cn/#/report/2019?id=1');
    expect(canonicalUrl('https://a.gov.cn/index.html#!/detail?id=7')).toBe('https://a.gov.cn/index.html#!/detail?id=7');
    expect(canonicalUrl('https://a.gov.cn/r.html#section2')).toBe('https://a.gov.cn/r.html');
    // from / _t / timestamp only when they are WeChat sharing values or epoch times
    expect(canonicalUrl('https://a.gov.cn/art.jsp?from=2019&id=5')).toBe('https://a.gov.cn/art.jsp?from=2019&id=5');
    expect(canonicalUrl('https://a.gov.cn/art.jsp?from=singlemessage&id=5&_t=1700000000123')).toBe('https://a.gov.cn/art.jsp?id=5');
    expect(canonicalUrl('https://a.gov.cn/list?timestamp=2019')).toBe('https://a.gov.cn/list?timestamp=2019');
  });
  it('rejects non-http input', () => {
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl('file:///tmp/x.html')).toBeNull();
  });
});
