// Plausible wordings of a correct report that some rules misread (helper-26's review), each made by
// a small edit of Pingtan 2022 (fixture 004, correct as printed: no TEXT-*/SEC-* warning), and the
// real errors the same rules must still find.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index';
import { pageHtml } from '../../../src/extract/page-source';
import type { Finding } from '../../../src/model/finding';
import { agencyKind } from '../../../src/parse/meta';
import { parseDocument } from '../../../src/parse/index';
import { FIXTURES } from '../parse/fixture-loader';

const SOURCE = readFileSync(join(FIXTURES, 'real/004-pingtan-zone-2022/source.txt'), 'utf8');
const URL = 'https://www.pingtan.gov.cn/jhtml/ct/ct_7001_1.html';

/** the page with each [printed, replacement] made once (each printed text must be on the page) */
async function findingsOf(...edits: [string, string][]): Promise<Finding[]> {
  let text = SOURCE;
  for (const [from, to] of edits) {
    expect(text, from).toContain(from);
    text = text.replace(from, to);
  }
  const { record } = await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: URL });
  return runChecks(record);
}
const rulesOf = (fs: Finding[], prefix: string) => fs.filter((f) => f.rule.startsWith(prefix) && f.outcome === 'fail').map((f) => `${f.rule} ${f.message.zh}`);

describe('the report as printed', () => {
  it('has no TEXT-, SEC- or STRUCT- warning', async () => {
    const fs = await findingsOf();
    expect([...rulesOf(fs, 'TEXT-'), ...rulesOf(fs, 'SEC'), ...rulesOf(fs, 'STRUCT-')]).toEqual([]);
  });
});

describe('correct wordings give no finding', () => {
  it('TEXT-T4: "均维持" about something else, or after a clause that gives other outcomes', async () => {
    expect(rulesOf(await findingsOf(['对全区现存的33个政务新媒体加强信息更新', '全区现存的33个政务新媒体均维持正常更新，对其加强信息更新']), 'TEXT-T4')).toEqual([]);
    // table 4: 复议 纠正1 其他1 (2), 直接起诉 维持1 (1): the narrative's 均获维持 is about the lawsuit only
    expect(rulesOf(await findingsOf(['共有行政诉讼案件1件、行政复议案件2件，均已结案。', '共有行政复议案件2件（纠正1件、其他1件），行政诉讼案件1件，均获维持。']), 'TEXT-T4')).toEqual([]);
  });

  it('TEXT-NONE: "未收到申请人投诉"; "无行政复议案件，行政诉讼案件1件" with no reviews in table 4', async () => {
    expect(rulesOf(await findingsOf(['均在法定期限内予以答复，办结率100%。', '均在法定期限内予以答复，未收到申请人投诉。']), 'TEXT-NONE')).toEqual([]);
    const fs = await findingsOf([' 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0 ', ' 0 0 0 0 0 1 0 0 0 1 0 0 0 0 0 '], ['共有行政诉讼案件1件、行政复议案件2件，均已结案。', '无行政复议案件，行政诉讼案件1件，已结案。']);
    expect(rulesOf(fs, 'TEXT-')).toEqual([]);
  });

  it('TEXT-T3: "其中延期答复3件" is not the total answered; 复议 and 许可 applications are not disclosure applications', async () => {
    expect(rulesOf(await findingsOf(['涉及自然人72件、商业企业3件，均在法定期限内予以答复', '涉及自然人72件、商业企业3件，其中延期答复3件，均在法定期限内予以答复']), 'TEXT-T3')).toEqual([]);
    expect(rulesOf(await findingsOf(['持续推进基础信息公开、深化重点领域信息公开，', '持续推进基础信息公开、深化重点领域信息公开，全年受理行政许可申请10690件并全部公开办理结果，']), 'TEXT-T3')).toEqual([]);
    const review = await findingsOf(
      ['2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。', '2022年，全区依申请公开工作平稳有序，均在法定期限内予以答复。'],
      ['共有行政诉讼案件1件、行政复议案件2件，均已结案。', '因政府信息公开工作收到行政复议申请2件，另被提起行政诉讼1件，均已结案。'],
    );
    expect(rulesOf(review, 'TEXT-')).toEqual([]);
  });

  it('TEXT-PERIOD: a dated work item ("截至2022年5月20日共收到意见12条") is not the data\'s cut-off', async () => {
    expect(rulesOf(await findingsOf(['本年度公开信息77条。', '本年度公开信息77条，其中国土空间总体规划草案公开征求意见，截至2022年5月20日共收到意见12条。']), 'TEXT-PERIOD')).toEqual([]);
  });

  it('TEXT-YEAR: last year named as the base of a comparison', async () => {
    expect(rulesOf(await findingsOf(['全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件', '全区收到政府信息公开申请75件，比2021年我区受理的80件减少5件']), 'TEXT-YEAR')).toEqual([]);
  });

  it('STRUCT / SEC5 / SEC6: headings "存在的问题及改进措施", "其它需要报告的事项"', async () => {
    for (const edit of [['五、存在的主要问题及改进情况', '五、存在的问题及改进措施'], ['五、存在的主要问题及改进情况', '五、政府信息公开工作存在的问题及改进情况'], ['六、其他需要报告的事项', '六、其它需要报告的事项']] as [string, string][]) {
      const fs = await findingsOf(edit);
      expect([...rulesOf(fs, 'STRUCT-'), ...rulesOf(fs, 'SEC')], edit[1]).toEqual([]);
    }
  });

  it('PUB-LATE: a development zone\'s 管理委员会 has a government\'s deadline, as its 管委会 has', () => {
    expect(agencyKind('福州高新技术产业开发区管理委员会')).toBe('government');
    expect(agencyKind('福州高新区管委会')).toBe('government');
    expect(agencyKind('杭州市城市管理委员会')).toBe('department');
  });
});

describe('real errors are still found', () => {
  it('TEXT-T4 compares "行政复议案件N件" (议案 inside 复议案件 had dropped it)', async () => {
    const fs = await findingsOf(['共有行政诉讼案件1件、行政复议案件2件，均已结案。', '共有行政诉讼案件1件、行政复议案件5件，均已结案。']);
    expect(rulesOf(fs, 'TEXT-T4')).toEqual(['TEXT-T4 正文“行政复议案件5件”为5，表中行政复议 总计 = 2']);
  });

  it('TEXT-T4: "均获维持" over a review that was corrected', async () => {
    const fs = await findingsOf(['共有行政诉讼案件1件、行政复议案件2件，均已结案。', '共有行政诉讼案件1件、行政复议案件2件，均获维持。']);
    expect(rulesOf(fs, 'TEXT-T4').length).toBe(1);
  });

  // (audit 152 C02, C16: these wordings had not been read as "all upheld")
  it.each(['复议结果均为维持', '均予以维持', '全部维持'])('TEXT-T4: "%s" over a review that was corrected', async (words) => {
    const fs = await findingsOf(['共有行政诉讼案件1件、行政复议案件2件，均已结案。', `共有行政诉讼案件1件、行政复议案件2件，${words}。`]);
    expect(rulesOf(fs, 'TEXT-T4').length).toBe(1);
  });

  it('TEXT-T4: "未能全部维持" says not all were upheld (audit 153 K09)', async () => {
    const fs = await findingsOf(['共有行政诉讼案件1件、行政复议案件2件，均已结案。', '共有行政诉讼案件1件、行政复议案件2件，未能全部维持。']);
    expect(rulesOf(fs, 'TEXT-T4')).toEqual([]);
  });

  it('TEXT-YEAR: a plan for the report year ("2022年，我区将采取…")', async () => {
    const fs = await findingsOf(['2023年，我区将采取以下措施加以改进。', '2022年，我区将采取以下措施加以改进。']);
    expect(rulesOf(fs, 'TEXT-YEAR')).toEqual(['TEXT-YEAR 工作计划“2022年,我区将采取”写的是2022年，应为2023年']);
  });

  it('TEXT-PERIOD: the year\'s figures counted to 30 November', async () => {
    const fs = await findingsOf(['持续推进基础信息公开、深化重点领域信息公开，2022年全区共主动公开政府信息14571条。', '持续推进基础信息公开、深化重点领域信息公开，截至2022年11月30日，全区共主动公开政府信息14571条。']);
    expect(rulesOf(fs, 'TEXT-PERIOD').length).toBe(1);
  });

  it('TEXT-NONE: "未收到政府信息公开申请" with 74 in table 3', async () => {
    const fs = await findingsOf(['2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，', '2022年，全区未收到政府信息公开申请，']);
    expect(rulesOf(fs, 'TEXT-NONE').length).toBe(1);
  });
});
