import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/db/canonical-url';

describe('canonicalUrl', () => {
  it('lower-cases the host, drops fragment and default port', () => {
    expect(canonicalUrl('HTTP://WWW.Shanghai.GOV.CN:80/nw12344/20200131/x.html#top')).toBe(
      'http://www.shanghai.gov.cn/nw12344/20200131/x.html',
    );
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
  it('rejects non-http input', () => {
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl('file:///tmp/x.html')).toBeNull();
  });
});
