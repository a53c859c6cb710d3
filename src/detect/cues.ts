// Detection cues of spec report-formats.md §9, as data. Kept apart from the logic so the
// tests and the docs can print them.

/**
 * Title / h1 of a report: a year (ASCII, full-width or 二〇二二), then (within 40 chars)
 * 政府/政务信息公开(年度)(工作)(情况)(的)(年度)报告/年报 — "年度工作报告", "工作情况的报告" are
 * spellings of the same report — or the year after it in brackets ("…工作年度报告（2022年度）").
 * Traditional forms included.
 */
export const TITLE_REPORT =
  /((19|20)\d{2}|[１２][０-９]{3}|二[〇○零O][一二三四五六七八九〇○零O]{2})\s*年度?.{0,40}?(政府|政[务務])(?:信息|[資资][訊讯])公[开開](年度)?(工作)?(情[况況])?的?(年度)?([报報]告|年[报報])|(政府|政[务務])(?:信息|[資资][訊讯])公[开開](工作)?(年度)?([报報]告|年[报報])\s*[（(]\s*(19|20)\d{2}\s*年度?\s*[)）]/;

/**
 * Agency name first, year later or absent ("…政府信息公开工作年度报告"): weaker, needs body markers.
 * Also a 政务公开工作年度报告 (some agencies print the disclosure tables under that title): as a
 * weak title it still needs two markers from the tables, so a 政务公开 report without them is not one.
 */
export const TITLE_REPORT_LOOSE = /(?:信息|[資资][訊讯])公[开開](工作)?年度[报報]告|(?:信息|[資资][訊讯])公[开開]年[报報]|政[务務]公[开開](工作)?(年度)?[报報]告/;

/**
 * Notices, rules, interpretations, budgets, news and search pages: pages ABOUT reports, never a
 * report themselves. Tested on the title candidates that name a report, cut at the first site
 * separator ("…年度报告_通知公告_某县人民政府": the column and site names are not the page's), or
 * whole (third field true: "… - 搜索结果" says what the page is after the separator).
 */
export const TITLE_NEGATIVE: Array<[RegExp, string, whole?: boolean]> = [
  [/年度[报報]告(格式|模板|样[表式本]|参考文本)/, 'title: 年度报告格式/模板 (format notice)'],
  [/关于.{0,60}年度[报報]告.{0,30}(通知|通报|函)$|通知$/, 'title: 关于…年度报告…的通知/通报/函 (notice)'],
  [/年度[报報]告制度/, 'title: 年度报告制度 (rules)'],
  [/解[读讀]|[图圖]解|一[图圖][读讀]懂|一[图圖]看懂|[图圖]说|长[图圖]|答[记記]者问/, 'title: 解读/图解/答记者问 (interpretation page)'],
  [/更正(说明|說明|公告|声明)|勘误/, 'title: 更正说明 (correction notice; a 更正版 report is a report)'],
  [/(发布|公布|出炉|亮相|编制发布情况)/, 'title: 发布… (news about a report)'],
  [/搜索|检索|搜尋/, 'title: 搜索结果 (search page)', true],
  [/(部门|单位)?(决算|预算)/, 'title: 部门决算/预算 (budget page)'],
  [/指南|目录$/, 'title: 指南/目录 (guide or catalogue)'],
];

/**
 * A notice that issues the report itself: 关于印发《某县2022年度政府信息公开工作年度报告》的通知 carries
 * the report as its text. Not ruled out as a notice, but weak: it needs the tables' words (a work
 * plan issued the same way, 《…年度报告编制工作方案》, does not end in 报告 and stays a notice; nor
 * does an evaluation or review of the reports, 《…年度报告评估报告》).
 */
export const ISSUED_REPORT = /^关于(?:印发|转发)[《〈“"](?![^》〉”"]*(?:评估|考核|检查|通报|分析|审查|抽查|点评|评议|测评))([^》〉”"]{0,80}(?:年度[报報]告|工作[报報]告|年[报報]))[》〉”"]的?通知$/;

/** Where a title's own part ends: the first separator before a column or site name. */
export const TITLE_SITE_SEPARATOR = /\s*(?:[_|｜]|--|——|-).*$/;

/** URL path segments that portals use for report columns (a booster, not a gate). */
export const URL_SEGMENT = /(^|[/_.-])(zfxxgknb|xxgknb|zfxxgkndbg|xxgkndbg|zfxxgkgzndbg|ndbg|gknb)([/_.-]|$)/i;

/**
 * Body markers: the unified-format table labels (2019/2021), the old 统计表, and the headings the
 * regulation prescribes (2008 Art. 32 / 2019 Art. 50). Matched after the Traditional→Simplified
 * map below. Any two ⇒ report (when the title or URL already points that way). A heading (third
 * field true) counts only where it is printed as one (printedAsHeading).
 */
export const BODY_MARKERS: Array<[RegExp, string, heading?: boolean]> = [
  [/统计(期限|时限)/, '统计期限'],
  [/本列数据的勾稽关系为/, '勾稽关系 note'],
  [/第二十条第[（(]一[）)]项/, '第二十条第（一）项'],
  [/收到和处理政府信息公开申请情况/, '收到和处理政府信息公开申请情况', true],
  [/本年新收政府信息公开申请数量/, '本年新收政府信息公开申请数量'],
  [/结转下年度继续办理/, '结转下年度继续办理'],
  [/未经复议直接起诉/, '未经复议直接起诉'],
  [/政府信息公开情况统计表/, '政府信息公开情况统计表'],
  [/依申请公开(政府信息)?(的)?(情况|办理)/, '依申请公开情况', true],
  [/收费及减免情况/, '收费及减免情况', true],
  [/主动公开政府信息(的)?情况|主动公开情况/, '主动公开情况', true],
  [/存在的主要问题/, '存在的主要问题', true],
  [/行政复议.{0,12}行政诉讼|行政复议、提起行政诉讼/, '行政复议、行政诉讼', true],
];

/**
 * Whether the text before `at` ends in a heading's numbering ("二、", "（三）", "第四部分", "5."),
 * with nothing but the heading's own words (no ，。；) between: a section heading, not a sentence
 * that lists the outline ("报告包括总体情况、主动公开政府信息情况…": a news item about the report).
 */
const NUMBERING_BEFORE = /(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）]|第[一二三四五六七八九十]+部分[:：]?|\d{1,2}\s*[、.．])[^，。；,;：:、]{0,14}$/;
export function printedAsHeading(text: string, at: number): boolean {
  return NUMBERING_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

/**
 * The few Traditional characters that occur in the markers above. A full opencc conversion is
 * far too heavy for a check that runs on every portal page; this covers the marker vocabulary.
 */
const T2S: Record<string, string> = {
  開: '开', 報: '报', 請: '请', 結: '结', 轉: '转', 處: '处', 復: '复', 議: '议', 訴: '诉',
  訟: '讼', 題: '题', 況: '况', 統: '统', 計: '计', 條: '条', 務: '务', 進: '进', 動: '动',
  關: '关', 費: '费', 減: '减', 問: '问', 應: '应', 數: '数', 據: '据', 勾: '勾', 稽: '稽',
  係: '系', 為: '为', 製: '制', 經: '经', 繼: '继', 續: '续', 辦: '办', 資: '资',
  區: '区', 縣: '县', 鎮: '镇', 門: '门', 單: '单', 預: '预', 決: '决', 讀: '读', 圖: '图',
  達: '达', 與: '与', 時: '时', 將: '将', 無: '无', 說: '说', 設: '设',
};
const T2S_RE = new RegExp(`[${Object.keys(T2S).filter((k) => k.length === 1).join('')}]`, 'g');

/**
 * The text with the map applied (what the markers are matched against), and how many of its
 * characters were Traditional (changed by the map; 勾 and 稽 are the same in both scripts):
 * counted in the same pass, for the Traditional hint.
 */
export function markerText(text: string): { text: string; traditional: number } {
  let traditional = 0;
  // Taiwan's word for 信息 (a Taiwan-phrasing page), before the characters are mapped
  if (text.includes('資訊')) text = text.replace(/資訊/g, '信息');
  const out = text.replace(T2S_RE, (c) => {
    const s = T2S[c] ?? c;
    if (s !== c) traditional++;
    return s;
  });
  return { text: out, traditional };
}
