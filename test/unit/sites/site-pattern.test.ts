import { describe, expect, it } from 'vitest';
import { isInjectable, siteOf } from '../../../src/sites/site-pattern';

describe('siteOf', () => {
  it('covers *.gov.cn by the manifest', () => {
    expect(siteOf('http://www.shanghai.gov.cn/nw12344/20200814/x.html')).toEqual({ kind: 'gov', host: 'www.shanghai.gov.cn' });
    expect(siteOf('https://gov.cn/')).toEqual({ kind: 'gov', host: 'gov.cn' });
    // a final dot is the same host: it had been offered as an "other site" whose turn-off failed (helper-37 review)
    expect(siteOf('http://www.example.gov.cn./a.html')).toMatchObject({ kind: 'gov' });
  });
  it('offers exactly the one host of any other web page, any scheme and port', () => {
    expect(siteOf('https://www.mirror.example.org:8443/a/b?c#d')).toEqual({ kind: 'other', host: 'www.mirror.example.org', pattern: '*://www.mirror.example.org/*' });
    // a look-alike is not gov.cn
    expect(siteOf('http://gov.cn.evil.example/')).toMatchObject({ kind: 'other', host: 'gov.cn.evil.example' });
    expect(siteOf('http://notgov.cn/')).toMatchObject({ kind: 'other' });
  });
  it('has nothing to enable on browser pages, files, the extension itself or no URL', () => {
    for (const url of ['chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'moz-extension://x/popup.html', '', undefined, 'not a url']) {
      expect(siteOf(url)).toEqual({ kind: 'unsupported' });
    }
  });
});

describe('isInjectable', () => {
  it('allows only our own scripts', () => {
    expect(isInjectable('/annotator.js')).toBe(true);
    expect(isInjectable('/opencc.js')).toBe(true);
    expect(isInjectable('/background.js')).toBe(false);
    expect(isInjectable('https://evil.example/x.js')).toBe(false);
    expect(isInjectable(undefined)).toBe(false);
  });
});
