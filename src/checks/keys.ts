// Field keys the rules read (report-formats.md §5.2) and the page's own short labels for them,
// so formulas read like the printed table ("一+二 = 41 ≠ （七）+四 = 42").

export const T3_ORG_COLS = [
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrg',
  'legalServiceOrg',
  'otherOrg',
] as const;
export const T3_COMPONENT_COLS = ['naturalPerson', ...T3_ORG_COLS] as const;
/** the seven printed columns; `orgSubtotal` is optional and handled where it matters */
export const T3_COLS = [...T3_COMPONENT_COLS, 'total'] as const;

export const COL_LABEL: Record<string, string> = {
  naturalPerson: '自然人',
  commercialEnterprise: '商业企业',
  researchInstitution: '科研机构',
  publicInterestOrg: '社会公益组织',
  legalServiceOrg: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
  orgSubtotal: '法人或其他组织小计',
};

export const DENIED_LEAVES = [
  'stateSecret',
  'otherLawProhibited',
  'securityStability',
  'thirdPartyRights',
  'internalAffairs',
  'processInfo',
  'enforcementFile',
  'adminQuery',
].map((k) => `denied.${k}`);
export const UNAVAILABLE_LEAVES = ['notHeld', 'needsCreation', 'stillUnclear'].map((k) => `unavailable.${k}`);
export const NOT_PROCESSED_LEAVES = ['petition', 'duplicate', 'publication', 'excessive', 'confirmOrReissue'].map(
  (k) => `notProcessed.${k}`,
);
export const OTHER_HANDLING_LEAVES = ['noCorrection', 'feeUnpaid', 'other'].map((k) => `otherHandling.${k}`);

/** category → its leaves, for subtotals */
export const T3_CATEGORIES: Record<string, string[]> = {
  denied: DENIED_LEAVES,
  unavailable: UNAVAILABLE_LEAVES,
  notProcessed: NOT_PROCESSED_LEAVES,
  otherHandling: OTHER_HANDLING_LEAVES,
};

/** every table-3 row key in printed order (subtotals after their leaves) */
export const T3_ROWS: string[] = [
  'newReceived',
  'carriedOver',
  'granted',
  'partiallyGranted',
  ...DENIED_LEAVES,
  'denied.subtotal',
  ...UNAVAILABLE_LEAVES,
  'unavailable.subtotal',
  ...NOT_PROCESSED_LEAVES,
  'notProcessed.subtotal',
  ...OTHER_HANDLING_LEAVES,
  'otherHandling.subtotal',
  'resultsTotal',
  'carriedForward',
];

export const ROW_LABEL: Record<string, string> = {
  newReceived: '一、本年新收',
  carriedOver: '二、上年结转',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  'denied.stateSecret': '（三）1.属于国家秘密',
  'denied.otherLawProhibited': '（三）2.其他法律行政法规禁止公开',
  'denied.securityStability': '（三）3.危及“三安全一稳定”',
  'denied.thirdPartyRights': '（三）4.保护第三方合法权益',
  'denied.internalAffairs': '（三）5.属于三类内部事务信息',
  'denied.processInfo': '（三）6.属于四类过程性信息',
  'denied.enforcementFile': '（三）7.属于行政执法案卷',
  'denied.adminQuery': '（三）8.属于行政查询事项',
  'denied.subtotal': '（三）不予公开小计',
  'unavailable.notHeld': '（四）1.本机关不掌握相关政府信息',
  'unavailable.needsCreation': '（四）2.没有现成信息需要另行制作',
  'unavailable.stillUnclear': '（四）3.补正后申请内容仍不明确',
  'unavailable.subtotal': '（四）无法提供小计',
  'notProcessed.petition': '（五）1.信访举报投诉类申请',
  'notProcessed.duplicate': '（五）2.重复申请',
  'notProcessed.publication': '（五）3.要求提供公开出版物',
  'notProcessed.excessive': '（五）4.无正当理由大量反复申请',
  'notProcessed.confirmOrReissue': '（五）5.要求确认或重新出具已获取信息',
  'notProcessed.subtotal': '（五）不予处理小计',
  'otherHandling.noCorrection': '（六）1.逾期不补正',
  'otherHandling.feeUnpaid': '（六）2.逾期未缴费',
  'otherHandling.other': '（六）3.其他',
  'otherHandling.subtotal': '（六）其他处理',
  resultsTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

export const T4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const T4_OUTCOMES = ['upheld', 'corrected', 'other', 'pending'] as const;
export const T4_GROUP_LABEL: Record<string, string> = {
  review: '行政复议',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReview: '复议后起诉',
};
export const T4_OUTCOME_LABEL: Record<string, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

// Keys are built thousands of times per run (every rule × column × row); handing back the same
// string each time saves the concatenation and lets record.cells[key] reuse the string's hash.
function keyMaker(table: string): (a: string, b: string) => string {
  const cache = new Map<string, Map<string, string>>();
  return (a, b) => {
    let byB = cache.get(a);
    if (!byB) cache.set(a, (byB = new Map()));
    let key = byB.get(b);
    if (key === undefined) byB.set(b, (key = `${table}.${a}.${b}`));
    return key;
  };
}

export const t3: (col: string, row: string) => string = keyMaker('table3');
export const t4: (group: string, outcome: string) => string = keyMaker('table4');

/** Amount cells: exempt from NUM-INTEGER, compared with tolerance 0.005 万元. */
export const AMOUNT_KEYS = new Set([
  'table2.adminFees.amountWanYuan',
  'table2.centralProcurement.amountYuan',
  'legacyStats.requestFeesWanYuan',
  'legacyStats.org.budgetWanYuan',
]);
// While every AMOUNT_KEYS entry ends in "Yuan" (all do), the set adds nothing to the suffix test.
const AMOUNT_KEYS_END_IN_YUAN = [...AMOUNT_KEYS].every((k) => k.endsWith('Yuan'));

/**
 * An amount key: any key ending in WanYuan/Yuan, or one of AMOUNT_KEYS (or its 历年累计 twin).
 * The set is consulted only if an entry without the suffix is ever added: this runs per number
 * cell (a unit test pins it to the full definition).
 */
export const isAmountKey = (key: string): boolean =>
  key.endsWith('Yuan') || (!AMOUNT_KEYS_END_IN_YUAN && AMOUNT_KEYS.has(key.replace(/^legacyStats\.cumulative\./, 'legacyStats.')));

/** Signed keys: only 2019 本年增/减 may be negative. */
export const isSignedKey = (key: string): boolean => /^table2\.[^.]+\.yearChange$/.test(key);
