// The key catalogue (report-formats.md §5.2 and §2.2) as data: every field key with its
// Chinese label, table, row, column and the format versions that print it.
// src/formats holds the parser's label patterns; test/unit/export/codebook-vs-formats.test.ts
// fails when the parser can produce a key this catalogue does not name.
import type { FormatVersion } from '../model/record';

export interface CodebookEntry {
  key: string;
  /** full Chinese label: table / row / column */
  label: string;
  table: 'table2' | 'table3' | 'table4' | 'legacyStats';
  row: string;
  column: string;
  unit: string;
  formats: FormatVersion[];
  /** computed by the parser when the report does not print it */
  derived?: boolean;
}

const BOTH: FormatVersion[] = ['trial2019', 'rev2021'];
const R2021: FormatVersion[] = ['rev2021'];
const T2019: FormatVersion[] = ['trial2019'];
const LEGACY: FormatVersion[] = ['pre2019', 'trial2019'];

type Pair = readonly [string, string];

function table2(): CodebookEntry[] {
  const out: CodebookEntry[] = [];
  const add = (rows: Pair[], cols: Pair[], formats: FormatVersion[], unit = '件') => {
    for (const [rk, rl] of rows)
      for (const [ck, cl] of cols) {
        const key = `table2.${rk}.${ck}`;
        const prior = out.find((e) => e.key === key);
        if (prior) {
          prior.formats = [...new Set([...prior.formats, ...formats])];
          continue;
        }
        out.push({ key, label: `表二 ${rl} · ${cl}`, table: 'table2', row: rl, column: cl, unit, formats });
      }
  };
  add([['regulations', '规章'], ['normativeDocs', '行政规范性文件']], [['issued', '本年制发件数'], ['repealed', '本年废止件数'], ['inForce', '现行有效件数']], R2021);
  add([['licensing', '行政许可'], ['penalty', '行政处罚'], ['coercion', '行政强制']], [['decisions', '本年处理决定数量']], R2021);
  add([['adminFees', '行政事业性收费']], [['amountWanYuan', '本年收费金额（单位：万元）']], R2021, '万元');
  add([['regulations', '规章'], ['normativeDocs', '规范性文件']], [['newlyMade', '本年新制作数量'], ['newlyPublished', '本年新公开数量'], ['totalPublished', '对外公开总数量']], T2019);
  add(
    [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项'], ['penalty', '行政处罚'], ['coercion', '行政强制']],
    [['prevYearItems', '上一年项目数量'], ['yearChange', '本年增/减'], ['decisions', '处理决定数量']],
    T2019,
  );
  add([['adminFees', '行政事业性收费']], [['prevYearItems', '上一年项目数量'], ['yearChange', '本年增/减']], T2019);
  add([['centralProcurement', '政府集中采购']], [['projects', '采购项目数量']], T2019, '个');
  add([['centralProcurement', '政府集中采购']], [['amountYuan', '采购总金额']], T2019, '元');
  return out;
}

const T3_COLUMNS: Pair[] = [
  ['naturalPerson', '自然人'],
  ['commercialEnterprise', '法人或其他组织·商业企业'],
  ['researchInstitution', '法人或其他组织·科研机构'],
  ['publicInterestOrg', '法人或其他组织·社会公益组织'],
  ['legalServiceOrg', '法人或其他组织·法律服务机构'],
  ['otherOrg', '法人或其他组织·其他'],
  ['total', '总计'],
  ['orgSubtotal', '法人或其他组织·小计（非标准）'],
];

/** [row key, label, formats, derived?] */
const T3_ROWS: [string, string, FormatVersion[], boolean?][] = [
  ['newReceived', '一、本年新收政府信息公开申请数量', BOTH],
  ['carriedOver', '二、上年结转政府信息公开申请数量', BOTH],
  ['granted', '三、（一）予以公开', BOTH],
  ['partiallyGranted', '三、（二）部分公开', BOTH],
  ['denied.stateSecret', '三、（三）不予公开 1.属于国家秘密', BOTH],
  ['denied.otherLawProhibited', '三、（三）不予公开 2.其他法律行政法规禁止公开', BOTH],
  ['denied.securityStability', '三、（三）不予公开 3.危及“三安全一稳定”', BOTH],
  ['denied.thirdPartyRights', '三、（三）不予公开 4.保护第三方合法权益', BOTH],
  ['denied.internalAffairs', '三、（三）不予公开 5.属于三类内部事务信息', BOTH],
  ['denied.processInfo', '三、（三）不予公开 6.属于四类过程性信息', BOTH],
  ['denied.enforcementFile', '三、（三）不予公开 7.属于行政执法案卷', BOTH],
  ['denied.adminQuery', '三、（三）不予公开 8.属于行政查询事项', BOTH],
  ['denied.subtotal', '三、（三）不予公开 小计', BOTH, true],
  ['unavailable.notHeld', '三、（四）无法提供 1.本机关不掌握相关政府信息', BOTH],
  ['unavailable.needsCreation', '三、（四）无法提供 2.没有现成信息需要另行制作', BOTH],
  ['unavailable.stillUnclear', '三、（四）无法提供 3.补正后申请内容仍不明确', BOTH],
  ['unavailable.subtotal', '三、（四）无法提供 小计', BOTH, true],
  ['notProcessed.petition', '三、（五）不予处理 1.信访举报投诉类申请', BOTH],
  ['notProcessed.duplicate', '三、（五）不予处理 2.重复申请', BOTH],
  ['notProcessed.publication', '三、（五）不予处理 3.要求提供公开出版物', BOTH],
  ['notProcessed.excessive', '三、（五）不予处理 4.无正当理由大量反复申请', BOTH],
  ['notProcessed.confirmOrReissue', '三、（五）不予处理 5.要求行政机关确认或重新出具已获取信息', BOTH],
  ['notProcessed.subtotal', '三、（五）不予处理 小计', BOTH, true],
  ['otherHandling.noCorrection', '三、（六）其他处理 1.申请人无正当理由逾期不补正', R2021],
  ['otherHandling.feeUnpaid', '三、（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用', R2021],
  ['otherHandling.other', '三、（六）其他处理 3.其他', R2021],
  ['otherHandling.subtotal', '三、（六）其他处理（2019 印一行；2021 为小计）', BOTH],
  ['resultsTotal', '三、（七）总计', BOTH],
  ['carriedForward', '四、结转下年度继续办理', BOTH],
];

function table3(): CodebookEntry[] {
  const out: CodebookEntry[] = [];
  for (const [ck, cl] of T3_COLUMNS)
    for (const [rk, rl, formats, derived] of T3_ROWS)
      out.push({
        key: `table3.${ck}.${rk}`,
        label: `表三 ${rl} · ${cl}`,
        table: 'table3',
        row: rl,
        column: cl,
        unit: '件',
        formats,
        ...(derived ? { derived } : {}),
      });
  return out;
}

function table4(): CodebookEntry[] {
  const groups: Pair[] = [['review', '行政复议'], ['litigationDirect', '行政诉讼·未经复议直接起诉'], ['litigationAfterReview', '行政诉讼·复议后起诉']];
  const outcomes: Pair[] = [['upheld', '结果维持'], ['corrected', '结果纠正'], ['other', '其他结果'], ['pending', '尚未审结'], ['total', '总计']];
  return groups.flatMap(([gk, gl]) =>
    outcomes.map(([ok, ol]) => ({
      key: `table4.${gk}.${ok}`,
      label: `表四 ${gl} · ${ol}`,
      table: 'table4' as const,
      row: gl,
      column: ol,
      unit: '件',
      formats: BOTH,
    })),
  );
}

/** [key suffix, label, unit] for the 统计表 appendix (§2.2) */
const LEGACY_ROWS: [string, string, string][] = [
  ['proactive.total', '主动公开政府信息数', '条'],
  ['proactive.normativeDocsPublished', '其中：主动公开规范性文件数', '条'],
  ['proactive.normativeDocsIssued', '制发规范性文件总数', '件'],
  ['channels.gazette', '公开渠道：政府公报', '条'],
  ['channels.website', '公开渠道：政府网站', '条'],
  ['channels.weibo', '公开渠道：政务微博', '条'],
  ['channels.wechat', '公开渠道：政务微信', '条'],
  ['channels.app', '公开渠道：政务客户端', '条'],
  ['channels.other', '公开渠道：其他方式', '条'],
  ['proposals.npc', '建议提案办理结果公开：人大代表建议', '件'],
  ['proposals.cppcc', '建议提案办理结果公开：政协提案', '件'],
  ['dynamic.fromRequests', '依申请公开信息转主动公开信息数', '条'],
  ['dynamic.declassified', '解密公开信息数', '条'],
  ['consultation.rounds', '重大决策征集公众意见次数', '次'],
  ['consultation.publicOpinionEvents', '公众意见次数', '次'],
  ['consultation.opinionsCollected', '征集到意见数', '条'],
  ['consultation.opinionsRejected', '不予采纳意见数', '条'],
  ['response.hotspots', '回应公众关注热点或重大舆情数', '次'],
  ['response.pressConferences', '参加或举办新闻发布会总次数', '次'],
  ['response.pressConferencesLeaders', '其中：主要负责同志参加新闻发布会次数', '次'],
  ['response.onlineInterviews', '政府网站在线访谈次数', '次'],
  ['response.onlineInterviewsLeaders', '其中：主要负责同志参加政府网站在线访谈次数', '次'],
  ['response.leaderInterpretations', '主要负责同志解读政策数', '次'],
  ['response.interpretationArticles', '政策解读稿件发布数', '篇'],
  ['response.socialMediaResponses', '微博微信回应事件数', '次'],
  ['response.otherResponses', '其他方式回应事件数', '次'],
  ['openMeetings.count', '面向公众开放会议次数', '次'],
  ['openMeetings.attendees', '参会公众代表人数', '人'],
  ['requests.received', '收到申请数', '件'],
  ['requests.inPerson', '收到申请数：当面申请', '件'],
  ['requests.fax', '收到申请数：传真申请', '件'],
  ['requests.online', '收到申请数：网络申请', '件'],
  ['requests.letter', '收到申请数：信函申请', '件'],
  ['requests.letterOrFax', '收到申请数：信函、传真申请', '件'],
  ['requests.email', '收到申请数：电子邮件申请', '件'],
  ['requests.otherChannel', '收到申请数：其他形式申请', '件'],
  ['requests.closed', '申请办结数', '件'],
  ['requests.closedOnTime', '按时办结数', '件'],
  ['requests.closedExtended', '延期办结数', '件'],
  ['requests.answered', '申请答复数', '件'],
  ['requests.alreadyPublic', '属于已主动公开范围数', '件'],
  ['requests.granted', '同意公开答复数', '件'],
  ['requests.partiallyGranted', '同意部分公开答复数', '件'],
  ['requests.denied', '不同意公开答复数', '件'],
  ['requests.deniedStateSecret', '不同意公开：涉及国家秘密', '件'],
  ['requests.deniedTradeSecret', '不同意公开：涉及商业秘密', '件'],
  ['requests.deniedPrivacy', '不同意公开：涉及个人隐私', '件'],
  ['requests.deniedSecurityStability', '不同意公开：危及国家安全、公共安全、经济安全和社会稳定', '件'],
  ['requests.deniedNotGovInfo', '不同意公开：不是《条例》所指政府信息', '件'],
  ['requests.deniedOtherLaw', '不同意公开：法律法规规定的其他情形', '件'],
  ['requests.notThisAgency', '不属于本行政机关公开数', '件'],
  ['requests.notExist', '申请信息不存在数', '件'],
  ['requests.askedToAmend', '告知作出更改补充数', '件'],
  ['requests.redirected', '告知通过其他途径办理数', '件'],
  ['requests.otherAnswers', '其他类型答复数', '件'],
  ['review.total', '行政复议数量', '件'],
  ['review.upheld', '行政复议：维持具体行政行为数', '件'],
  ['review.corrected', '行政复议：被依法纠错数', '件'],
  ['review.other', '行政复议：其他情形数', '件'],
  ['litigation.total', '行政诉讼数量', '件'],
  ['litigation.upheld', '行政诉讼：维持具体行政行为或者驳回原告诉讼请求数', '件'],
  ['litigation.corrected', '行政诉讼：被依法纠错数', '件'],
  ['litigation.other', '行政诉讼：其他情形数', '件'],
  ['complaints', '举报投诉数量', '件'],
  ['appeals', '行政申诉数', '件'],
  ['requestFeesWanYuan', '依申请公开信息收取的费用', '万元'],
  ['feesWaivedYuan', '政府信息公开收费减免金额', '元'],
  ['org.units', '专门机构数', '个'],
  ['org.readingPoints', '设置政府信息公开查阅点数', '个'],
  ['org.staff', '从事政府信息公开工作人员数', '人'],
  ['org.staffFullTime', '专职人员数', '人'],
  ['org.staffPartTime', '兼职人员数', '人'],
  ['org.budgetWanYuan', '政府信息公开专项经费', '万元'],
  ['supervisors.count', '政务公开监督员人数', '人'],
  ['supervisors.activities', '监督次数', '次'],
  ['supervisors.opinions', '提出意见数', '条'],
  ['supervisors.adopted', '采纳意见数', '条'],
  ['training.meetings', '召开政府信息公开工作会议或专题会议数', '次'],
  ['training.courses', '举办各类培训班数', '次'],
  ['training.trainees', '接受培训人员数', '人次'],
];

/** Each appendix row, plus its 历年累计 column (`legacyStats.cumulative.*`) where one is printed. */
function legacy(): CodebookEntry[] {
  const entry = (k: string, l: string, unit: string, cumulative: boolean): CodebookEntry => ({
    key: cumulative ? `legacyStats.cumulative.${k}` : `legacyStats.${k}`,
    label: `统计表 ${l}${cumulative ? ' · 历年累计' : ''}`,
    table: 'legacyStats',
    row: l,
    column: cumulative ? '历年累计' : '统计数',
    unit,
    formats: LEGACY,
  });
  return [...LEGACY_ROWS.map(([k, l, u]) => entry(k, l, u, false)), ...LEGACY_ROWS.map(([k, l, u]) => entry(k, l, u, true))];
}

let cache: CodebookEntry[] | null = null;

/** Every known field key, in print order (table 2, 3, 4, then the legacy appendix). */
export function codebook(): CodebookEntry[] {
  cache ??= [...table2(), ...table3(), ...table4(), ...legacy()];
  return cache;
}

/** Print order of a key; unknown keys sort after all known ones. */
export function keyOrder(): Map<string, number> {
  return new Map(codebook().map((e, i) => [e.key, i]));
}
