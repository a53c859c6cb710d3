// Pre-2019 statistics appendix (统计表/样表/附表), spec §2.2, plus the Fujian county template
// seen on Pingtan pages (指标名称 | 计量单位 | 年末统计 or <year>年度 | 历年累计).
//
// Keys (all under `legacyStats.`; a 历年累计 column goes to `legacyStats.cumulative.<same path>`):
//   proactive.total / normativeDocsPublished / normativeDocsIssued
//   channels.gazette / website / weibo / wechat / app / other
//   proposals.npc / cppcc;  dynamic.fromRequests / declassified
//   consultation.rounds / publicOpinionEvents / opinionsCollected / opinionsRejected
//   response.hotspots / pressConferences / pressConferencesLeaders / onlineInterviews /
//     onlineInterviewsLeaders / leaderInterpretations / interpretationArticles /
//     socialMediaResponses / otherResponses
//   openMeetings.count / attendees
//   requests.received / inPerson / fax / email / online / letter / letterOrFax (信函、传真申请数) /
//     otherChannel (其他形式申请数) / closed / closedOnTime / closedExtended / answered /
//     alreadyPublic / granted / partiallyGranted / denied (不同意/否决/不予公开答复数) /
//     deniedStateSecret / deniedTradeSecret / deniedPrivacy / deniedSecurityStability /
//     deniedNotGovInfo / deniedOtherLaw / notThisAgency / notExist / askedToAmend / redirected /
//     otherAnswers (其他类型答复数)
//   review.total / upheld / corrected / other;  litigation.total / upheld / corrected / other
//   appeals (行政申诉数);  complaints (举报投诉数量; 接受行政申诉、举报数)
//   requestFeesWanYuan (依申请公开信息收取的费用, 万元);  feesWaivedYuan (收费减免金额（元）)
//   org.units / readingPoints / staff / staffFullTime / staffPartTime / budgetWanYuan
//   training.meetings / courses / trainees
import { label, type LabelPattern } from './labels';

export interface LegacyRow {
  key: string;
  pattern: LabelPattern;
  unit?: string;
  /** the cell keys: `legacyStats.<key>`, then the 历年累计 column's (built once, not per page) */
  keys: [string, string];
}

const row = (key: string, canonical: string, variants: string[] = [], unit?: string): LegacyRow => ({
  key,
  pattern: label(canonical, variants, { note: true }),
  ...(unit ? { unit } : {}),
  keys: [`legacyStats.${key}`, `legacyStats.cumulative.${key}`],
});

/** Rows in the usual print order; matching claims the longest labels first, so order only breaks ties. */
export const LEGACY_ROWS: LegacyRow[] = [
  row('proactive.total', '主动公开政府信息数', ['主动公开信息数', '主动公开文件数']),
  row('proactive.normativeDocsPublished', '主动公开规范性文件数'),
  row('proactive.normativeDocsIssued', '制发规范性文件总数'),
  row('channels.gazette', '政府公报公开政府信息数', ['政府公报公开数', '政府公报公开']),
  row('channels.website', '政府网站公开政府信息数', ['政府网站公开数', '网站公开']),
  row('channels.weibo', '政务微博公开政府信息数'),
  row('channels.wechat', '政务微信公开政府信息数'),
  row('channels.app', '政务客户端公开政府信息数'),
  row('channels.other', '其他方式公开政府信息数'),
  row('proposals.npc', '人大代表建议'),
  row('proposals.cppcc', '政协提案'),
  row('dynamic.fromRequests', '依申请公开信息转主动公开信息数'),
  row('dynamic.declassified', '解密公开信息数'),
  row('consultation.rounds', '重大决策征集公众意见次数'),
  row('consultation.publicOpinionEvents', '公众意见次数'),
  row('consultation.opinionsCollected', '征集到意见数'),
  row('consultation.opinionsRejected', '不予采纳意见数'),
  row('response.hotspots', '回应公众关注热点或重大舆情数'),
  row('response.pressConferences', '参加或举办新闻发布会总次数'),
  row('response.pressConferencesLeaders', '主要负责同志参加新闻发布会次数'),
  row('response.onlineInterviews', '政府网站在线访谈次数'),
  row('response.onlineInterviewsLeaders', '主要负责同志参加政府网站在线访谈次数'),
  row('response.leaderInterpretations', '主要负责同志解读政策数'),
  row('response.interpretationArticles', '政策解读稿件发布数'),
  row('response.socialMediaResponses', '微博微信回应事件数'),
  row('response.otherResponses', '其他方式回应事件数'),
  row('openMeetings.count', '面向公众开放会议次数'),
  row('openMeetings.attendees', '参会公众代表人数'),
  row('requests.received', '收到申请数', ['受理依申请公开信息总数', '受理政府信息依申请公开总数']),
  row('requests.inPerson', '当面申请数'),
  row('requests.letterOrFax', '信函、传真申请数'),
  row('requests.fax', '传真申请数'),
  row('requests.email', '电子邮件申请数'),
  row('requests.online', '网络申请数', ['网上申请数']),
  row('requests.letter', '信函申请数'),
  row('requests.otherChannel', '其他形式申请数', ['其它形式申请数']),
  row('requests.closed', '申请办结数'),
  row('requests.closedOnTime', '按时办结数'),
  row('requests.closedExtended', '延期办结数'),
  row('requests.answered', '申请答复数', ['对申请的答复总数', '对申请的答复数']),
  row('requests.alreadyPublic', '属于已主动公开范围数'),
  row('requests.granted', '同意公开答复数'),
  row('requests.partiallyGranted', '同意部分公开答复数'),
  row('requests.denied', '不同意公开答复数', ['否决公开答复总数', '否决公开答复数', '不予公开答复数']),
  row('requests.deniedStateSecret', '涉及国家秘密'),
  row('requests.deniedTradeSecret', '涉及商业秘密'),
  row('requests.deniedPrivacy', '涉及个人隐私'),
  row('requests.deniedSecurityStability', '危及国家安全、公共安全、经济安全和社会稳定'),
  row('requests.deniedNotGovInfo', '不是《条例》所指政府信息'),
  row('requests.deniedOtherLaw', '法律法规规定的其他情形'),
  row('requests.notThisAgency', '不属于本行政机关公开数'),
  row('requests.notExist', '申请信息不存在数'),
  row('requests.askedToAmend', '告知作出更改补充数'),
  row('requests.redirected', '告知通过其他途径办理数'),
  row('requests.otherAnswers', '其他类型答复数'),
  row('review.total', '行政复议数量', ['行政复议数']),
  row('review.upheld', '维持具体行政行为数'),
  row('review.corrected', '被依法纠错数'),
  row('review.other', '其他情形数'),
  row('litigation.total', '行政诉讼数量', ['行政诉讼数']),
  row('litigation.upheld', '维持具体行政行为或者驳回原告诉讼请求数'),
  row('litigation.corrected', '被依法纠错数'),
  row('litigation.other', '其他情形数'),
  row('appeals', '行政申诉数'),
  row('complaints', '举报投诉数量', ['接受行政申诉、举报数', '接受行政诉讼、举报数']),
  row('requestFeesWanYuan', '依申请公开信息收取的费用', [], '万元'),
  row('feesWaivedYuan', '政府信息公开收费减免金额', [], '元'),
  row('org.units', '政府信息公开工作专门机构数', ['专门机构数']),
  row('org.readingPoints', '设置政府信息公开查阅点数', ['查阅点数']),
  row('org.staff', '从事政府信息公开工作人员数'),
  row('org.staffFullTime', '专职人员数'),
  row('org.staffPartTime', '兼职人员数', ['兼职人数']),
  row('org.budgetWanYuan', '政府信息公开专项经费', ['专项经费'], '万元'),
  row('training.meetings', '召开政府信息公开工作会议或专题会议数', ['工作会议或专题会议数']),
  row('training.courses', '举办各类培训班数'),
  row('training.trainees', '接受培训人员数'),
];

/** The appendix header row; values are read only after it (never from the narrative). */
// or a header cell 项目 right before a 单位 cell (项目 | 单位 | 数量, a province's 样表): that table was
// left unread, with a note; in text (one cell per line, or run together) 项目 单位 only before the
// value column's name (年末统计, 本年, 2013年度, 数量, 历年累计): "建设项目单位" in a sentence is none
export const LEGACY_START = /指\s*标\s*名\s*称|统\s*计\s*指\s*标|项\s*目(?=\s*\|\s*(?:计\s*量\s*)?单\s*位|\s*(?:计\s*量\s*)?单\s*位\s*(?:年\s*末\s*统\s*计|本\s*年|(?:19|20)\d{2}\s*年|数\s*量|历\s*年\s*累\s*计))/g;
export const LEGACY_CUMULATIVE = /历\s*年\s*累\s*计/;
/** Footer fields end the last row. */
export const LEGACY_STOPS: LabelPattern[] = ['单位负责人', '审核人', '填报人', '联系电话', '填报日期', '附件下载', '关闭窗口'].map((s) => label(s));
