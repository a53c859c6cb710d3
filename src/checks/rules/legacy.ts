// L-* rules over the pre-2019 统计表 appendix (report-formats.md §2.2). Each relation is checked
// on the year column (`legacyStats.*`) and, when printed, on the 历年累计 column
// (`legacyStats.cumulative.*`, Fujian template).
//
// Local templates print subsets of the 样表's rows (Fujian: 同意/部分同意/否决 only). A relation
// is evaluated over the component rows the report prints; when some of the 样表's components are
// absent, an error-severity failure is reported as a warning (a row may simply not exist there).
import type { Finding, Severity } from '../../model/finding';
import type { ReportRecord } from '../../model/record';
import { equationFinding, evaluate, type Relation } from '../equation';
import { legacyGuard } from '../guards';
import { refsOf } from '../read';
import { indexOf } from '../record-index';
import { makeFinding, result, type CatalogueRule, type ScopeOutcome } from '../rule';

const COLUMNS = [
  { prefix: 'legacyStats.', zh: '本年', en: 'year' },
  { prefix: 'legacyStats.cumulative.', zh: '历年累计', en: 'cumulative' },
];

interface Relation1 {
  /** scope label, e.g. 申请答复数 */
  name: string;
  parent: string;
  parentLabel: string;
  parts: string[];
  partsLabel: string;
  /** parent <relation> Σ parts */
  relation?: Relation;
  /** fewest printed parts for the relation to be meaningful */
  minParts?: number;
}

/** a relation in one column: its scope label and cell keys, built once per rule */
interface PlacedRelation {
  rel: Relation1;
  scope: string;
  parent: string;
  allParts: string[];
}

const placeRelations = (relations: Relation1[]) =>
  COLUMNS.map((col) => ({
    col,
    relations: relations.map((rel): PlacedRelation => ({
      rel,
      scope: `${rel.name}（${col.zh}）`,
      parent: col.prefix + rel.parent,
      allParts: rel.parts.map((p) => col.prefix + p),
    })),
  }));

function checkRelations(rule: CatalogueRule, record: ReportRecord, columns: ReturnType<typeof placeRelations>) {
  const guard = legacyGuard(record);
  if (guard) return guard;
  const scopes: ScopeOutcome[] = [];
  const findings: Finding[] = [];
  for (const { col, relations } of columns) {
    if (col.prefix === 'legacyStats.cumulative.' && !indexOf(record).hasCumulative) continue;
    for (const { rel, scope, parent, allParts } of relations) {
      const parts = allParts.filter((k) => record.cells[k]);
      if (!record.cells[parent] && parts.length === 0) continue; // not in this template
      if (parts.length === 0 && allParts.length === 1) continue; // e.g. a channel this template lacks
      if (parts.length < (rel.minParts ?? 1) || !record.cells[parent]) {
        scopes.push({ scope, outcome: 'notAssessable', note: 'parent or parts not printed' });
        const present = [parent, ...parts].filter((k) => record.cells[k]);
        findings.push(
          makeFinding(rule, record, {
            outcome: 'notAssessable',
            zh: `${scope}：统计表缺少${record.cells[parent] ? '其组成项' : rel.parentLabel}，无法核对`,
            en: `${scope}: the appendix lacks ${record.cells[parent] ? 'its component rows' : rel.parent}; cannot check`,
            keys: present,
            cells: refsOf(record, present),
            scope,
          }),
        );
        continue;
      }
      const partial = parts.length < allParts.length;
      const sev: Severity = partial && rule.severity === 'error' ? 'warning' : rule.severity;
      const res = evaluate({ id: rule.id, severity: sev }, record, {
        left: { keys: [parent], label: rel.parentLabel },
        right: { keys: parts, label: rel.partsLabel },
        relation: rel.relation,
      });
      scopes.push({ scope, outcome: res.outcome, note: res.note });
      if (res.reason === 'allBlank') continue;
      const f = equationFinding(rule, record, res, { zh: `“${rel.parentLabel}与${rel.partsLabel}”的关系`, en: `${rel.parent} vs ${rel.parts.length} parts`, scope });
      if (f && partial && res.outcome === 'fail') f.note = [f.note, 'local template: some 样表 rows are not printed'].filter(Boolean).join('; ');
      if (f) findings.push(f);
    }
  }
  return result(scopes, findings);
}

const legacyRule = (
  id: string,
  severity: Severity,
  formula: string,
  zh: string,
  en: string,
  relations: Relation1[],
): CatalogueRule => {
  const columns = placeRelations(relations);
  const rule: CatalogueRule = {
    id,
    severity,
    appliesTo: '统计表',
    formula,
    description: { zh, en },
    reads: relations.flatMap((r) => [r.parent, ...r.parts].map((k) => `legacyStats.${k}`)),
    check: ({ record }) => checkRelations(rule, record, columns),
  };
  return rule;
};

export const lStaff = legacyRule('L-STAFF', 'error', 'org.staff = staffFullTime + staffPartTime',
  '统计表：从事政府信息公开工作人员数 = 专职 + 兼职', '统计表: staff = full-time + part-time', [
    { name: '工作人员数', parent: 'org.staff', parentLabel: '工作人员数', parts: ['org.staffFullTime', 'org.staffPartTime'], partsLabel: '专职+兼职', minParts: 1 },
  ]);

export const lAnswered = legacyRule('L-ANSWERED', 'error',
  'requests.answered = alreadyPublic + granted + partiallyGranted + denied + notThisAgency + notExist + askedToAmend + redirected (+ otherAnswers)',
  '统计表：申请答复数 = 各类答复数之和', '统计表: answers = sum of the answer types', [
    {
      name: '申请答复数', parent: 'requests.answered', parentLabel: '申请答复数',
      parts: ['requests.alreadyPublic', 'requests.granted', 'requests.partiallyGranted', 'requests.denied', 'requests.notThisAgency', 'requests.notExist', 'requests.askedToAmend', 'requests.redirected', 'requests.otherAnswers'],
      partsLabel: '各类答复数', minParts: 2,
    },
  ]);

export const lDeniedReasons = legacyRule('L-DENIED-REASONS', 'warning', 'requests.denied = Σ its six 其中 reasons',
  '统计表：不同意公开答复数 = 其中六类原因之和（“其中”可能不全）', '统计表: denials = sum of the six listed reasons (the list may be partial)', [
    {
      name: '不同意公开答复数', parent: 'requests.denied', parentLabel: '不同意公开答复数',
      parts: ['requests.deniedStateSecret', 'requests.deniedTradeSecret', 'requests.deniedPrivacy', 'requests.deniedSecurityStability', 'requests.deniedNotGovInfo', 'requests.deniedOtherLaw'],
      partsLabel: '六类原因', minParts: 1,
    },
  ]);

// 信函、传真申请数 (Fujian's appendix prints letters and faxes as one row) is a channel too: left
// out, a consistent appendix (当面 2 + 传真 0 + 信函、传真 3 = 5) failed.
export const lReceivedChannels = legacyRule('L-RECEIVED-CHANNELS', 'warning', 'requests.received = inPerson + fax + online + letter (+ letterOrFax + email + otherChannel)',
  '统计表：收到申请数 = 各申请渠道之和（渠道可能不全）', '统计表: requests received = sum of intake channels (channels may be incomplete)', [
    {
      name: '收到申请数', parent: 'requests.received', parentLabel: '收到申请数',
      parts: ['requests.inPerson', 'requests.fax', 'requests.online', 'requests.letter', 'requests.letterOrFax', 'requests.email', 'requests.otherChannel'],
      partsLabel: '各渠道申请数', minParts: 2,
    },
  ]);

export const lClosed = legacyRule('L-CLOSED', 'error', 'requests.closed = closedOnTime + closedExtended',
  '统计表：申请办结数 = 按时办结 + 延期办结', '统计表: closed = closed on time + closed after extension', [
    { name: '申请办结数', parent: 'requests.closed', parentLabel: '申请办结数', parts: ['requests.closedOnTime', 'requests.closedExtended'], partsLabel: '按时+延期', minParts: 1 },
  ]);

export const lCases = legacyRule('L-CASES', 'error', 'review.total = upheld + corrected + other; litigation likewise',
  '统计表：行政复议/行政诉讼数量 = 维持 + 纠错 + 其他', '统计表: reviews / lawsuits = upheld + corrected + other', [
    { name: '行政复议数量', parent: 'review.total', parentLabel: '行政复议数量', parts: ['review.upheld', 'review.corrected', 'review.other'], partsLabel: '维持+纠错+其他', minParts: 1 },
    { name: '行政诉讼数量', parent: 'litigation.total', parentLabel: '行政诉讼数量', parts: ['litigation.upheld', 'litigation.corrected', 'litigation.other'], partsLabel: '维持+纠错+其他', minParts: 1 },
  ]);

const CHANNELS = ['gazette', 'website', 'weibo', 'wechat', 'app', 'other'].map((c) => `channels.${c}`);
const CHANNEL_LABEL: Record<string, string> = {
  'channels.gazette': '政府公报', 'channels.website': '政府网站', 'channels.weibo': '政务微博',
  'channels.wechat': '政务微信', 'channels.app': '政务客户端', 'channels.other': '其他方式',
};

/** The total de-duplicates across channels (计1条): max(channel) ≤ total ≤ Σ channels. */
export const lProactiveChannels: CatalogueRule = legacyRule('L-PROACTIVE-CHANNELS', 'warning',
  'max(channels) ≤ proactive.total ≤ Σ channels',
  '统计表：主动公开信息数不超过各渠道之和，且不少于任一渠道（不同渠道公开相同信息计1条）',
  '统计表: proactive total ≤ sum of channels and ≥ every single channel (duplicates counted once)', [
    { name: '主动公开信息数 ≤ 各渠道之和', parent: 'proactive.total', parentLabel: '主动公开信息数', parts: CHANNELS, partsLabel: '各渠道之和', relation: 'le', minParts: 1 },
    ...CHANNELS.map((c) => ({
      name: `${CHANNEL_LABEL[c]} ≤ 主动公开信息数`, parent: 'proactive.total', parentLabel: '主动公开信息数',
      parts: [c], partsLabel: CHANNEL_LABEL[c] ?? c, relation: 'ge' as const, minParts: 1,
    })),
  ]);

const SUBSETS: [string, string, string, string][] = [
  ['proactive.normativeDocsPublished', 'proactive.normativeDocsIssued', '主动公开规范性文件数', '制发规范性文件总数'],
  ['response.pressConferencesLeaders', 'response.pressConferences', '主要负责同志参加新闻发布会次数', '新闻发布会总次数'],
  ['response.onlineInterviewsLeaders', 'response.onlineInterviews', '主要负责同志参加在线访谈次数', '在线访谈次数'],
  ['supervisors.adopted', 'supervisors.opinions', '采纳意见数', '提出意见数'],
  ['consultation.opinionsRejected', 'consultation.opinionsCollected', '不予采纳意见数', '征集到意见数'],
];

export const lSubset: CatalogueRule = legacyRule('L-SUBSET', 'warning',
  'every 其中 ≤ its parent (normativeDocsPublished ≤ normativeDocsIssued, leaders ≤ all, adopted ≤ opinions, rejected ≤ collected)',
  '统计表：“其中”项不大于其上级项', '统计表: every “of which” row ≤ its parent',
  SUBSETS.map(([child, parent, cl, pl]) => ({
    name: `${cl} ≤ ${pl}`, parent, parentLabel: pl, parts: [child], partsLabel: cl, relation: 'ge' as const, minParts: 1,
  })));
