import { describe, expect, it } from 'vitest';
import { lAnswered, lCases, lClosed, lDeniedReasons, lProactiveChannels, lReceivedChannels, lStaff, lSubset } from '../../../src/checks/rules/legacy';
import { t4AfterReview, t4RowSum } from '../../../src/checks/rules/t4';
import { buildRecord, zeroT4, type V } from './build-record';

describe('T4-ROWSUM', () => {
  it('Shanghai 2019: 5 + ∅ + ∅ + 2 = 7 passes with blanks read as 0', () => {
    const r = t4RowSum.check({ record: buildRecord({ t4: { review: [5, null, null, 2, 7], litigationDirect: [8, null, null, 1, 9], litigationAfterReview: [null, null, null, null, null] } }) });
    expect(r.scopes.map((s) => s.outcome)).toEqual(['pass', 'pass', 'notAssessable']); // an all-blank group never passes
    expect(r.findings).toEqual([]); // … but is only listed by CELL-BLANK
    expect(r.scopes[0]!.note).toBe('blanks read as 0');
  });
  it('fails with an error naming the group', () => {
    const t4 = zeroT4();
    t4.review = [376, 97, 196, 121, 791];
    const f = t4RowSum.check({ record: buildRecord({ t4 }) }).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ scope: '行政复议', severity: 'error', left: 791, right: 790, delta: 1 });
  });
  it('14 values (one missing) → not assessable for that group', () => {
    const t4 = zeroT4();
    t4.litigationAfterReview = [0, 0, 0, 0];
    const r = t4RowSum.check({ record: buildRecord({ t4 }) });
    expect(r.outcome).toBe('notAssessable');
    expect(r.findings[0]).toMatchObject({ scope: '复议后起诉', outcome: 'notAssessable' });
  });
});

describe('T4-AFTER-REVIEW', () => {
  it('info when lawsuits after review exist without reviews; pass otherwise', () => {
    const t4 = zeroT4();
    t4.litigationAfterReview = [1, 0, 0, 0, 1];
    expect(t4AfterReview.check({ record: buildRecord({ t4 }) }).findings[0]).toMatchObject({ severity: 'info' });
    expect(t4AfterReview.check({ record: buildRecord({ t4: zeroT4() }) }).outcome).toBe('pass');
  });
});

const legacy = (cells: Record<string, V>) => buildRecord({ format: 'pre2019', year: 2018, cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [`legacyStats.${k}`, v])) });

describe('L-* rules', () => {
  it('L-STAFF: 3 = 1 + 2 pass; 2 = ∅ + 2 pass with blanks; 4 ≠ 1 + 2 error; missing parts not assessable', () => {
    expect(lStaff.check({ record: legacy({ 'org.staff': 3, 'org.staffFullTime': 1, 'org.staffPartTime': 2 }) }).outcome).toBe('pass');
    expect(lStaff.check({ record: legacy({ 'org.staff': 2, 'org.staffFullTime': null, 'org.staffPartTime': 2 }) }).outcome).toBe('pass');
    const f = lStaff.check({ record: legacy({ 'org.staff': 4, 'org.staffFullTime': 1, 'org.staffPartTime': 2 }) }).findings;
    expect(f[0]).toMatchObject({ rule: 'L-STAFF', severity: 'error', left: 4, right: 3 });
    expect(lStaff.check({ record: legacy({ 'org.staff': 4 }) }).outcome).toBe('notAssessable');
  });
  it('L-ANSWERED on a local (Fujian) template: failure is a warning because 样表 rows are absent', () => {
    const ok = legacy({ 'requests.answered': 3, 'requests.granted': 2, 'requests.partiallyGranted': 1, 'requests.denied': 0 });
    expect(lAnswered.check({ record: ok }).outcome).toBe('pass');
    const bad = legacy({ 'requests.answered': 4, 'requests.granted': 2, 'requests.partiallyGranted': 1, 'requests.denied': 0 });
    expect(lAnswered.check({ record: bad }).findings[0]).toMatchObject({ severity: 'warning', delta: 1 });
  });
  it('L-DENIED-REASONS, L-RECEIVED-CHANNELS, L-CLOSED, L-CASES', () => {
    expect(lDeniedReasons.check({ record: legacy({ 'requests.denied': 2, 'requests.deniedPrivacy': 1 }) }).findings[0]!.severity).toBe('warning');
    expect(lReceivedChannels.check({ record: legacy({ 'requests.received': 7, 'requests.inPerson': 0, 'requests.email': 3, 'requests.online': 4 }) }).outcome).toBe('pass');
    // 信函、传真申请数 (one row for both, as Fujian's appendix prints it) is a channel: 2 + 0 + 3 = 5
    expect(lReceivedChannels.check({ record: legacy({ 'requests.received': 5, 'requests.inPerson': 2, 'requests.fax': 0, 'requests.letterOrFax': 3 }) }).outcome).toBe('pass');
    expect(lReceivedChannels.check({ record: legacy({ 'requests.received': 6, 'requests.inPerson': 2, 'requests.fax': 0, 'requests.letterOrFax': 3 }) }).outcome).toBe('fail');
    // seed 004: 0 with every part blank → pass (nothing to contradict); 3 with every part blank → not assessable
    expect(lClosed.check({ record: legacy({ 'requests.closed': 0, 'requests.closedOnTime': null, 'requests.closedExtended': null }) }).outcome).toBe('pass');
    expect(lClosed.check({ record: legacy({ 'requests.closed': 3, 'requests.closedOnTime': null, 'requests.closedExtended': null }) }).outcome).toBe('notAssessable');
    const cases = lCases.check({ record: legacy({ 'review.total': 1, 'review.upheld': 0, 'review.corrected': 0, 'review.other': 0, 'litigation.total': 0 }) });
    expect(cases.findings.map((f) => [f.scope, f.outcome])).toEqual([
      ['行政复议数量（本年）', 'fail'],
      ['行政诉讼数量（本年）', 'notAssessable'],
    ]);
  });
  it('L-PROACTIVE-CHANNELS: 20 > 14 + 0 (Pingtan 2011) and the 历年累计 column (Pingtan 2016)', () => {
    const r = lProactiveChannels.check({ record: legacy({ 'proactive.total': 20, 'channels.website': 14, 'channels.gazette': 0 }) });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', left: 20, right: 14, delta: 6 });
    const two = lProactiveChannels.check({
      record: legacy({ 'proactive.total': 201, 'channels.website': 172, 'channels.gazette': 0, 'cumulative.proactive.total': 370, 'cumulative.channels.website': 330, 'cumulative.channels.gazette': 0 }),
    });
    expect(two.findings.map((f) => f.scope)).toEqual(['主动公开信息数 ≤ 各渠道之和（本年）', '主动公开信息数 ≤ 各渠道之和（历年累计）']);
    expect(lProactiveChannels.check({ record: legacy({ 'proactive.total': 9920, 'channels.gazette': 6, 'channels.website': 8817, 'channels.weibo': 325, 'channels.wechat': 772 }) }).outcome).toBe('pass');
    const over = lProactiveChannels.check({ record: legacy({ 'proactive.total': 10, 'channels.website': 12 }) });
    expect(over.findings.map((f) => f.scope)).toEqual(['政府网站 ≤ 主动公开信息数（本年）']);
  });
  it('L-SUBSET: 32 published of a blank parent → warning "fails if blank = 0"', () => {
    const f = lSubset.check({ record: legacy({ 'proactive.normativeDocsPublished': 32, 'proactive.normativeDocsIssued': null }) }).findings;
    expect(f[0]).toMatchObject({ outcome: 'fail', severity: 'warning', left: 0, right: 32, note: 'fails if the blank cells mean 0' });
    const g = lSubset.check({ record: legacy({ 'response.pressConferencesLeaders': 4, 'response.pressConferences': 3 }) }).findings;
    expect(g[0]).toMatchObject({ severity: 'warning', left: 3, right: 4 });
  });
  it('not applicable without an appendix', () => {
    expect(lStaff.check({ record: buildRecord() }).outcome).toBe('notApplicable');
  });
});
