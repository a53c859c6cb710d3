// Table 3 (收到和处理政府信息公开申请情况), spec report-formats.md §3.3 and §4.3.
// Row keys are `table3.<column>.<row>`; a 2019 table has one （六）其他处理 row, a 2021 table three.
import { label, type LabelPattern } from './labels';
import { PAGE_NUMBER_LINE_AFTER } from '../text/page-foot';

export const T3_COLUMNS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrg',
  'legalServiceOrg',
  'otherOrg',
  'total',
] as const;

export interface T3Row {
  row: string;
  pattern: LabelPattern;
  /** the row's cell keys `table3.<column>.<row>` in column order (built once, not per page) */
  keys: string[];
}

const r = (row: string, canonical: string, variants: string[] = [], opts: { note?: boolean; after?: string } = {}): T3Row => ({
  row,
  pattern: label(canonical, variants, opts),
  keys: T3_COLUMNS.map((c) => `table3.${c}.${row}`),
});

const HEAD: T3Row[] = [
  r('newReceived', '本年新收政府信息公开申请数量', ['本年新收政府信息公开申请', '本年新收申请数量']),
  r('carriedOver', '上年结转政府信息公开申请数量', ['上年结转政府信息公开申请', '上年结转申请数量']),
  r('granted', '予以公开'),
  r('partiallyGranted', '部分公开', [], { note: true }),
  r('denied.stateSecret', '属于国家秘密'),
  r('denied.otherLawProhibited', '其他法律行政法规禁止公开'),
  r('denied.securityStability', '危及"三安全一稳定"', ['"危及三安全一稳定"']),
  r('denied.thirdPartyRights', '保护第三方合法权益'),
  r('denied.internalAffairs', '属于三类内部事务信息'),
  r('denied.processInfo', '属于四类过程性信息'),
  r('denied.enforcementFile', '属于行政执法案卷', ['属于行政执法案件']),
  r('denied.adminQuery', '属于行政查询事项'),
  r('unavailable.notHeld', '本机关不掌握相关政府信息'),
  r('unavailable.needsCreation', '没有现成信息需要另行制作'),
  r('unavailable.stillUnclear', '补正后申请内容仍不明确'),
  r('notProcessed.petition', '信访举报投诉类申请'),
  r('notProcessed.duplicate', '重复申请'),
  r('notProcessed.publication', '要求提供公开出版物'),
  r('notProcessed.excessive', '无正当理由大量反复申请'),
  r('notProcessed.confirmOrReissue', '要求行政机关确认或重新出具已获取信息'),
];

const TAIL: T3Row[] = [r('resultsTotal', '总计', ['合计']), r('carriedForward', '结转下年度继续办理', ['结转下年度', '结转下年'])];

export const T3_ROWS_2019: T3Row[] = [...HEAD, r('otherHandling.subtotal', '其他处理'), ...TAIL];
export const T3_ROWS_2021: T3Row[] = [
  ...HEAD,
  r('otherHandling.noCorrection', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ['申请人无正当理由逾期不补正']),
  r('otherHandling.feeUnpaid', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ['申请人逾期未按收费通知要求缴纳费用']),
  // (not the 其他 of the group's name before a numbered row: a table repeating 三、本年度办理结果 | （六）其他处理 | 3.其他
  // on each of its rows, as spreadsheet exports do, had its 其他处理 read as this row, blank, and the row lost as
  // printed twice: reviewer 113 K28; a row labelled 3.其他处理 is still this one)
  r('otherHandling.other', '其他', [], { after: '(?!\\s*处\\s*理[\\s|｜]*\\d\\s*[.．、])' }),
  ...TAIL,
];

/** Group labels printed once for several rows (rowspan cells); they end a row's values. */
export const T3_GROUPS: LabelPattern[] = [
  label('本年度办理结果'),
  label('不予公开'),
  label('无法提供'),
  label('不予处理'),
];
export const T3_GROUP_OTHER = label('其他处理');

/** A 2021 table prints the three （六） rows. */
export const T3_2021_MARKER = /逾期\s*不\s*补\s*正|逾期\s*未\s*按\s*收\s*费/;

/** Where table 3 starts: its corner note or its first row. */
// (or its first row's label printed around its values in a PDF copy, `本年新收政府信息公开 23 2 0 0 0 1 26` / `申请数量`,
// a page number between them or not: the table had not been found, audit 142 R20, 144 L02)
export const T3_START = new RegExp(String.raw`本列数据的\s*[勾钩]\s*稽关系|本\s*年\s*新\s*收\s*政\s*府\s*信\s*息(?:\s*公\s*开\s*申\s*请|(?:\s*公\s*开)?(?:[ \t]+|[ \t]*\n[ \t]*)[+\-]?\d[^\n\u3000-\u9fff]*${PAGE_NUMBER_LINE_AFTER}\n\s*(?:公\s*开\s*)?申\s*请)`);

/** Derived category sums (stored `derived: true` when not printed). */
export const T3_SUBTOTALS: Record<string, string[]> = {
  'denied.subtotal': ['denied.stateSecret', 'denied.otherLawProhibited', 'denied.securityStability', 'denied.thirdPartyRights', 'denied.internalAffairs', 'denied.processInfo', 'denied.enforcementFile', 'denied.adminQuery'],
  'unavailable.subtotal': ['unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.stillUnclear'],
  'notProcessed.subtotal': ['notProcessed.petition', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmOrReissue'],
  'otherHandling.subtotal': ['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other'],
};

/** T3_SUBTOTALS spelled out as cell keys, column by column in T3_COLUMNS order (built once). */
export const T3_SUBTOTAL_KEYS: Array<{ key: string; parts: string[] }> = T3_COLUMNS.flatMap((col) =>
  Object.entries(T3_SUBTOTALS).map(([sub, parts]) => ({ key: `table3.${col}.${sub}`, parts: parts.map((p) => `table3.${col}.${p}`) })),
);
