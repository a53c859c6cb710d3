// The listing's tuple decoder, written field by field for speed, and the site reader's plain-host
// shortcut: both must give exactly what the slower general code gave.
import { expect, it } from 'vitest';
import { decodeListing, encodeListing } from '../../../src/db/listing';
import type { ReportSummary } from '../../../src/db/schema';
import { agencyKey, siteOf } from '../../../src/db/summary';

const summary = (over: Partial<ReportSummary> = {}): ReportSummary => ({
  id: 'https://www.xuhui.gov.cn/a/2022.html',
  url: 'https://www.xuhui.gov.cn/a/2022.html',
  title: '2022年政府信息公开工作年度报告',
  agencyName: '上海市徐汇区人民政府',
  agency: agencyKey('上海市徐汇区人民政府', 'https://www.xuhui.gov.cn/a/2022.html'),
  year: 2022,
  format: 'rev2021',
  counts: { error: 1, warning: 2, info: 3 },
  crossYearCount: 4,
  keyNumbers: { newReceived: 11, carriedOver: 12, resultsTotal: 13, carriedForward: 14, granted: 15, partiallyGranted: 16, reviewTotal: 17, litigationTotal: 18 },
  firstSavedAt: '2026-01-01T00:00:00.000Z',
  lastSavedAt: '2026-01-02T00:00:00.000Z',
  parserVersion: '1.0.0',
  ...over,
});

it('every key number comes back under its own name, and the cross-year severity when there is one', () => {
  const list = [
    summary({ crossYearSeverity: 'warning' }),
    summary({ id: 'https://b.gov.cn/x', url: 'https://B.gov.cn:8080/y', agency: agencyKey('上海市徐汇区人民政府', 'https://B.gov.cn:8080/y'), keyNumbers: { ...summary().keyNumbers, granted: null } }),
    summary({ agency: '另一局@other.gov.cn', year: null }),
  ];
  const back = decodeListing(encodeListing(list));
  expect(back).toEqual(list);
  expect('crossYearSeverity' in back[1]!).toBe(false);
});

it('the site of a URL is what new URL() gives, with or without the plain-host shortcut', () => {
  const general = (url: string) => {
    try {
      return new URL(url).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
    } catch {
      return '';
    }
  };
  const urls = [
    'https://www.xuhui.gov.cn/a.html',
    'http://WWW.Shanghai.GOV.cn./x?y#z',
    'https://gov.cn',
    'https://a-b.gov.cn:8443/p',
    'http://127.1/x', // IPv4, normalised by new URL() to 127.0.0.1
    'http://0x7f.0.0.1/',
    'http://192.168.0.1.',
    'https://中国政府.政务/x', // IDN: punycode
    'https://user:pw@www.gov.cn/x',
    ' https://www.gov.cn/x', // leading space: trimmed by new URL()
    'https://www.gov.cn\\x',
    'ftp://www.gov.cn/x',
    'file:///C:/a.html',
    'not a url',
    '',
  ];
  for (const url of urls) expect([url, siteOf(url)]).toEqual([url, general(url)]);
});
