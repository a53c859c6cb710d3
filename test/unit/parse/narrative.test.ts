// Narrative headline numbers (src/parse/narrative.ts): each phrase is read for one topic only,
// and application topics need a sentence about 申请.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index';

async function narrative(paragraphs: string[]) {
  const body = ['某某局2021年政府信息公开工作年度报告', ...paragraphs].map((p) => `<p>${p}</p>`).join('');
  const { document } = parseHTML(`<!doctype html><html><head><title>某某局2021年政府信息公开工作年度报告</title></head><body>${body}</body></html>`);
  const { record } = await parseDocument(document as unknown as Document, { url: 'https://www.example.gov.cn/zfxxgknb/a.htm' });
  return Object.fromEntries(record.narrative.map((n) => [n.topic, n.value]));
}

describe('narrative numbers', () => {
  it('takes the proactive total, not a refusal or one channel (helper-28 review)', async () => {
    // before: 1658 (不予公开信息…) and 1713 (网站公开信息…) were read as the total
    expect((await narrative(['本年度不予公开信息1658条。全年主动公开政府信息1853条。'])).proactiveTotal).toBe(1853);
    expect((await narrative(['通过门户网站公开信息1713条，全年主动公开政府信息1853条。'])).proactiveTotal).toBe(1853);
    expect((await narrative(['2013年制作、获取政府信息总数3618条，其中主动公开政府信息1853条。'])).proactiveTotal).toBe(1853);
  });

  it('reads "结转下年度继续办理N件" (table 3\'s own row) without the word 申请 in its sentence', async () => {
    expect((await narrative(['全年办结21件，结转下年度继续办理3件。'])).carriedForward).toBe(3);
    expect((await narrative(['结转下年度的工作经费3件。'])).carriedForward).toBeUndefined(); // not about applications
  });

  it('reads counts written in Chinese numerals, and not words that only look like them', async () => {
    const got = await narrative(['全年共收到政府信息公开申请十二件，上年结转两件，结转下年度继续办理一件。', '发生政府信息公开行政复议三件，行政诉讼一百零五件。']);
    expect(got).toMatchObject({ applicationsReceived: 12, carriedOver: 2, carriedForward: 1, reviews: 3, lawsuits: 105 });
    // several tens, about a thousand, the first one, each one: no counts
    for (const p of ['全年收到政府信息公开申请数十件。', '收到政府信息公开申请上千件。', '行政复议第一件已审结。', '行政复议每一件均依法办理。']) {
      const n = await narrative([p]);
      expect(n.applicationsReceived ?? n.reviews, p).toBeUndefined();
    }
    // a year in Chinese numerals is no count
    expect((await narrative(['行政复议二〇二一件。'])).reviews).toBeUndefined();
  });

  it('reads a compound 予以公开及部分公开 phrase as the pair only', async () => {
    const got = await narrative(['三、收到和处理政府信息公开申请情况', '其中予以公开及部分公开258件，不予公开35件。']);
    expect(got.grantedAndPartial).toBe(258);
    expect(got.partiallyGranted).toBeUndefined();
    expect(got.granted).toBeUndefined();
    expect(got.denied).toBe(35);
  });

  it.each([
    ['其中申请人逾期不补正的申请4件，按规定不再处理。', undefined],
    ['全年答复政府信息公开申请47件，结转下年度9件。', undefined],
    ['全年共办结政府信息公开申请47件，其中予以公开21件。', undefined],
    ['通过网上申请渠道收到申请40件，信函申请14件。', undefined],
    ['与2021年相比，我局收到申请数量增加24件。', undefined],
    ['上年结转申请2件。', undefined],
    // a heading run into its sentence: the 办理 of the heading is not about the number
    ['4.认真办理依申请公开2020年全区各级行政机关共受理政府信息公开申请21件，已按规定答复。', 21],
    ['本年度共收到政府信息公开申请54件。', 54],
  ])('"%s": applications received %s', async (sentence, received) => {
    // before: each of the first four was taken as the applications received, and TEXT-T3 warned
    expect((await narrative([sentence])).applicationsReceived).toBe(received);
  });

  it('reads an answered count as answered, not received', async () => {
    const got = await narrative(['全年答复政府信息公开申请47件。']);
    expect(got.applicationsAnswered).toBe(47);
  });

  it('does not read 提案办结 as applications answered', async () => {
    const got = await narrative(['全年办理人大代表建议和政协提案，提案办结情况86件。']);
    expect(got.applicationsAnswered).toBeUndefined();
  });

  it('reads a carried-forward count printed before its phrase, and 诉讼 after a 复议 count', async () => {
    const got = await narrative([
      '共受理政府信息公开申请859件；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）。',
      '信息公开类行政复议7件，诉讼9件，均获维持。',
    ]);
    expect(got).toMatchObject({ applicationsReceived: 859, applicationsAnswered: 805, carriedOver: 18, carriedForward: 72, reviews: 7, lawsuits: 9 });
  });
});

describe('counts printed otherwise (audit 126 N02, N09, N14, N15: lost with no note)', () => {
  it('the proactive total in Chinese numerals, and 申请总数 in them', async () => {
    expect((await narrative(['全年主动公开政府信息两百一十条。'])).proactiveTotal).toBe(210);
    expect((await narrative(['主动公开政府信息八十六条，收到政府信息公开申请总数三件。']))).toMatchObject({ proactiveTotal: 86, applicationsReceived: 3 });
    // several tens is still no count
    expect((await narrative(['主动公开政府信息数十条。'])).proactiveTotal).toBeUndefined();
  });
  it('a count in digits before its noun: 共收到12件政府信息公开申请, 发生1起政府信息公开行政复议', async () => {
    expect(await narrative(['全年共收到12件政府信息公开申请，均按时答复。', '发生1起政府信息公开行政复议，2起行政诉讼。'])).toMatchObject({ applicationsReceived: 12, reviews: 1, lawsuits: 2 });
  });
  it('not in Chinese numerals (一起 is as often "together"), nor across the other case\'s noun, nor another kind of application', async () => {
    const got = await narrative(['我局与司法局一起做好行政复议应诉工作。', '发生1起行政复议和行政诉讼。', '受理3件行政复议申请。']);
    expect(got.reviews).toBe(1);
    expect(got.lawsuits).toBeUndefined();
    expect(got.applicationsReceived).toBeUndefined();
  });
});

describe('counts that are not the year\'s (audit 126: silent wrong numbers on reports without tables)', () => {
  it.each([
    ['a running total', ['自《条例》实施以来，我局累计收到政府信息公开申请325件。2022年收到政府信息公开申请27件。'], 'applicationsReceived', 27],
    ['a running total of the proactive count', ['截至2022年底，我局累计公开政府信息15632条，其中本年度主动公开政府信息1236条。'], 'proactiveTotal', 1236],
    ['a change', ['因政府信息公开被申请行政复议数量同比减少2件，全年共发生行政复议1件。'], 'reviews', 1],
    ['last year\'s figure set against this year\'s', ['与2021年收到的政府信息公开申请20件相比，2022年收到政府信息公开申请12件，有所下降。'], 'applicationsReceived', 12],
    ['a practice', ['对收到的政府信息公开申请实行一件一档管理。全年收到政府信息公开申请9件。'], 'applicationsReceived', 9],
    ['a list\'s size', ['全面梳理主动公开事项清单126条，全年共主动公开2856条政府信息。'], 'proactiveTotal', 2856],
    ['information disclosed on request', ['2022年，我局依申请公开政府信息6条，主动公开政府信息352条。'], 'proactiveTotal', 352],
  ])('%s is passed over for the year\'s count', async (_what, paragraphs, topic, value) => {
    expect((await narrative(paragraphs))[topic]).toBe(value);
  });
  it('the year\'s sum over its offices, 2020年…累计主动公开信息9920条, is the year\'s count (seed 001)', async () => {
    expect((await narrative(['2020年清镇市各级部门、乡镇、街道办累计主动公开信息9920条。'])).proactiveTotal).toBe(9920);
  });
  it('予以公开或部分公开 is the pair, not 部分公开 alone', async () => {
    const got = await narrative(['本年度收到政府信息公开申请11件，其中予以公开或部分公开8件，无法提供3件。']);
    expect(got.grantedAndPartial).toBe(8);
    expect(got.partiallyGranted).toBeUndefined();
  });
});

describe('counts of other things in a report without tables (audit 147: silent wrong numbers)', () => {
  it('a 司法局\'s or 法制办\'s casework and the decisions it published are not the disclosure\'s 行政复议/行政诉讼 (N06, N16, N25)', async () => {
    const got = await narrative(['2021年，我局全年共办理行政复议案件128件，办理行政应诉案件36件。', '我办全年代理市政府行政诉讼案件27件，审理行政复议案件113件。',
      '全年主动公开政府信息312条，其中主动公开行政处罚决定书120件、行政复议决定书36件。', '四、政府信息公开行政复议、行政诉讼情况', '本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。']);
    expect(got.reviews).toBeUndefined();
    expect(got.lawsuits).toBeUndefined();
    expect(got.proactiveTotal).toBe(312);
    // the disclosure's own cases, in a sentence naming 信息公开 or not
    expect(await narrative(['全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件。'])).toMatchObject({ reviews: 2, lawsuits: 1 });
    expect(await narrative(['全年发生行政复议3件，行政诉讼2件。'])).toMatchObject({ reviews: 3, lawsuits: 2 });
  });

  it('other kinds of requests are not the applications received or answered (N07, N23)', async () => {
    const got = await narrative(['中心共受理企业和群众办件申请35621件，办结35598件。', '收到群众举报申请3件。', '本年度收到政府信息公开申请3件，均予以公开。']);
    expect(got.applicationsReceived).toBe(3);
    expect(got.applicationsAnswered).toBeUndefined();
  });

  it('last year\'s count is not this year\'s, but a report copying last year\'s year still states its count (N05)', async () => {
    expect((await narrative(['2020年共收到政府信息公开申请48件；2021年共收到政府信息公开申请56件。'])).applicationsReceived).toBe(56);
    expect((await narrative(['与2020年收到的政府信息公开申请20件相比，2021年收到政府信息公开申请12件。'])).applicationsReceived).toBe(12);
    expect((await narrative(['2020年，本机关认真贯彻落实《条例》，全年主动公开政府信息1234条。'])).proactiveTotal).toBe(1234);
  });

  it('one kind of a list is no proactive total (N09), a document\'s disclosure attribute no refusal (N26)', async () => {
    expect((await narrative(['本年度主动公开行政规范性文件2条、工作动态156条、人事信息8条。'])).proactiveTotal).toBeUndefined();
    const got = await narrative(['我局严格落实公文公开属性源头认定制度，全年发文标注主动公开152件、依申请公开23件、不予公开5件。', '本年度收到政府信息公开申请4件，予以公开3件，无法提供1件。']);
    expect(got).toMatchObject({ granted: 3, unavailable: 1 });
    expect(got.denied).toBeUndefined();
  });
});

describe('a sentence in table 3\'s words on a page without table 3 (audit 147 N17)', () => {
  it('is narrative, not the table: its counts are read and no cell of a table the page does not print is named', async () => {
    const body = ['某县某局2019年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况',
      '本年度上年结转政府信息公开申请2件，本年新收政府信息公开申请4件，均已办结，其中予以公开5件，部分公开1件。', '四、因政府信息公开申请行政复议、提起行政诉讼的情况', '无。'];
    const { document } = parseHTML(`<!doctype html><html><head><title>${body[0]}</title></head><body>${body.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
    const { record } = await parseDocument(document as unknown as Document, { url: 'https://www.example.gov.cn/a.htm' });
    expect(Object.keys(record.cells).filter((k) => k.startsWith('table3.'))).toEqual([]);
    expect(record.warnings.filter((w) => w.code === 'cell-count')).toEqual([]);
    expect(Object.fromEntries(record.narrative.map((n) => [n.topic, n.value]))).toMatchObject({ carriedOver: 2, applicationsReceived: 4, granted: 5, partiallyGranted: 1 });
  });
});

describe('counts of the disclosure itself beside those words (audit 149: regressions of the rules for audit 147)', () => {
  it('a 信访局\'s own applications, and those about 信访 matters (N05, N26)', async () => {
    expect(await narrative(['2021年，市信访局共收到政府信息公开申请6件，办结6件。'])).toMatchObject({ applicationsReceived: 6, applicationsAnswered: 6 });
    expect(await narrative(['本年度共收到政府信息公开申请10件，主要涉及信访事项办理情况，办结10件。'])).toMatchObject({ applicationsReceived: 10, applicationsAnswered: 10 });
  });
  it('an agency\'s own cases in the section on them (N27, N28)', async () => {
    const got = await narrative(['本年度收到政府信息公开申请6件。', '四、政府信息公开行政复议、行政诉讼情况', '本年度我局办理行政复议案件1件，结果维持；我局依法应诉行政诉讼案件2件。']);
    expect(got).toMatchObject({ reviews: 1, lawsuits: 2 });
  });
  it('the proactive total before other outputs (N17), an application about a 公文 (N14)', async () => {
    expect((await narrative(['全年主动公开政府信息215条、政策解读12篇。'])).proactiveTotal).toBe(215);
    expect(await narrative(['收到政府信息公开申请4件，主要涉及征收补偿公文，予以公开3件，不予公开1件。'])).toMatchObject({ granted: 3, denied: 1 });
  });
  it('a law\'s year is not the sentence\'s (N11)', async () => {
    expect((await narrative(['2020年，我局共收到政府信息公开申请18件。', '2021年，我局严格执行2019年修订的《条例》，共收到政府信息公开申请23件。'])).applicationsReceived).toBe(23);
  });
});

describe('after audit 151', () => {
  it('信息公开 named in passing does not make a 信访 office\'s 办结 the disclosure\'s (N02, N04)', async () => {
    expect((await narrative(['市信访局严格落实信息公开要求，共受理群众信访申请1300件，办结1298件。'])).applicationsAnswered).toBeUndefined();
  });
  it('documents issued are no refused applications (N11, N12)', async () => {
    expect((await narrative(['全年印发公文186件，其中主动公开150件，不予公开16件。'])).denied).toBeUndefined();
  });
  it('2019年新修订的《条例》 names no year of the sentence (N14)', async () => {
    expect((await narrative(['2020年，我局共收到政府信息公开申请18件。', '2021年，我局严格执行2019年新修订的《条例》，共收到政府信息公开申请23件。'])).applicationsReceived).toBe(23);
  });
  it('a one-line page\'s table 3 under a header in other words is still table 3 (P07–P09)', async () => {
    const { document } = parseHTML(`<!doctype html><html><head><title>某局2022年度政府信息公开工作年度报告</title></head><body><p>某局2022年度政府信息公开工作年度报告 一、总体情况 本年度，我局收到政府信息公开申请5件。三、收到和处理政府信息公开申请情况申请人情况公民法人和其他组织总计企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量4100005二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开3000003（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000</p></body></html>`);
    const { record } = await parseDocument(document as unknown as Document, { url: 'https://www.example.gov.cn/a.htm' });
    expect(record.cells['table3.naturalPerson.granted']?.value).toBe(3);
  });
});

describe('after audit 153', () => {
  it('a hotline\'s or a licensing office\'s counts, a 司法局\'s reviews as the reviewing body, documents signed (N03, N05, N06, N08)', async () => {
    const got = await narrative(['中心受理群众来电申请42360件，办结42188件。', '受理行政许可申请8652件，办结8652件。', '我局收到行政复议申请86件。', '全年签发公文186件，其中主动公开150件、依申请公开18件、不予公开16件。', '本年度收到政府信息公开申请1件，予以公开1件。']);
    expect(got.applicationsReceived).toBe(1);
    expect(got.applicationsAnswered).toBeUndefined();
    expect(got.reviews).toBeUndefined();
    expect(got.denied).toBeUndefined();
  });
  it('印发 alone makes no document sentence (N10); a law\'s year in other words is not the sentence\'s (N12, N13)', async () => {
    expect((await narrative(['收到政府信息公开申请6件，涉及我局印发的规划文件，予以公开5件。'])).granted).toBe(5);
    expect((await narrative(['2020年，我局共收到政府信息公开申请9件。', '2021年，我局贯彻2019年国务院修订的《条例》，共收到政府信息公开申请12件。'])).applicationsReceived).toBe(12);
    expect((await narrative(['2020年，我局共收到政府信息公开申请14件。', '2021年，我局落实2019年《条例》要求，共收到政府信息公开申请17件。'])).applicationsReceived).toBe(17);
  });
});
