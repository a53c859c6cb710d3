// Headline numbers stated in the narrative, for the TEXT-* checks.
//
// Topics (NarrativeNumber.topic):
//   proactiveTotal        主动公开/公布政府信息 N 条
//   applicationsReceived  收到/受理/新收/接到 … 申请 N 件
//   applicationsAnswered  答复/办结 … N 件
//   carriedOver           上年结转 N 件
//   carriedForward        结转下年度 N 件
//   granted               予以公开 N 件
//   partiallyGranted      部分公开 N 件
//   grantedAndPartial     予以公开及/和部分公开 N 件
//   denied                不予公开 N 件
//   unavailable           无法提供 N 件
//   notProcessed          不予处理 N 件
//   reviews               行政复议 N 件/起
//   lawsuits              行政诉讼 N 件/起
// The first match outside the table stretches wins; the phrase and its ref are kept.
import type { NarrativeNumber } from '../model/record';
import type { ReportDocument } from '../extract';
import { CN_COUNT_CHARS, readChineseCount } from '../text/chinese-numerals';
import { execRunThenLiteral, execStartAnchored, runThenLiteral, startAnchored } from './anchored';

const N = '(\\d[\\d,]*)';
/** a count in digits or in Chinese numerals (行政复议三件, 收到申请十二件): every topic counted in 件/起 */
const NC = `(\\d[\\d,]*|[${CN_COUNT_CHARS}]{1,10})`;
/**
 * Before a Chinese numeral, words that make it no count ("第一件", "数十件", "上千件", "每一件",
 * "统一"); a count in digits has no such neighbours to fear.
 */
const NOT_A_COUNT_BEFORE = /[第数几上近约逾每同此这那哪单任统进唯之其]$/;
/**
 * "另有72件申请按照《条例》顺延到下年度答复": the number before the phrase. A match is the number's
 * run of digits, commas and spaces, then 件, 申请 and at most 16 characters (19 in all), then
 * 结转/顺延: so it is found from those two words, looking back (anchored.ts).
 */
const CARRIED_FORWARD_BEFORE = runThenLiteral(new RegExp(`${N}\\s*件(?:申请)?[^，。；,;\\n\\d]{0,16}?(?:结转|顺延)(?:至|到)?下(?:一)?年度?`), ['结转', '顺延'], 19, '件');
// a count before its case's noun: head 件/起/宗 (1) + gap (12) + 1
const REVIEWS_BEFORE_NOUN = runThenLiteral(new RegExp(`${N}\\s*(?:件|起|宗)[^，。；,;\\n\\d]{0,12}?行政复议`), ['行政复议'], 14, '件起宗');
const LAWSUITS_BEFORE_NOUN = runThenLiteral(new RegExp(`${N}\\s*(?:件|起|宗)[^，。；,;\\n\\d]{0,12}?行政诉讼`), ['行政诉讼'], 14, '件起宗');
/**
 * The sentence before the match and the matched phrase: a topic's context test reads them (and whether the match
 * stands in the section on 行政复议 and 行政诉讼).
 */
type Context = (sentence: string, phrase: string, inCaseSection?: boolean) => boolean;

/** Application topics: the number must sit in a sentence about 申请. */
const aboutApplications: Context = (sentence, phrase) => /申请/.test(sentence + phrase);
/** "结转下年度继续办理3件" is table 3's own row: about applications whether or not the sentence says 申请. */
const carriedForwardApplications: Context = (sentence, phrase) => aboutApplications(sentence, phrase) || /继续办理/.test(phrase);
/**
 * ... and 办结 of 提案/建议 (proposals) is not an answered application, nor is a part of them:
 * "其中延期答复3件" was compared with the year's total answered.
 */
// (nor the 办结 of a service centre's 办件, 受理…办件申请35621件，办结35598件: audit 147 N07; unless the sentence names
// 信息公开申请, 收到政府信息公开申请10件，主要涉及信访事项…，办结10件: audit 149 N26; not 信息公开 alone, audit 151 N02, N04)
const answeredApplications: Context = (sentence, phrase) =>
  aboutApplications(sentence, phrase) && !/(?:提案|建议|议案)[^。；;]{0,6}$/.test(sentence) && !ANSWERED_PART.test(clauseOf(sentence) + phrase) &&
  (!OTHER_REQUESTS.test(sentence) || /信息公开申请/.test(sentence));
const OTHER_REQUESTS = /办件|举报|投诉|信访|诉求|来电|热线|许可|审批/;
const ANSWERED_PART = /其中|延期|逾期|当场|书面|电话|网上|按期|限期/;
/**
 * The words just before a match in its clause: its sentence after the last comma, at most 12
 * characters ("4.认真办理依申请公开2020年全区…共受理…" is a heading run into the sentence: its 办理
 * is not about the number).
 */
function clauseOf(sentence: string): string {
  const clause = sentence.slice(Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(',')) + 1);
  return clause.length > 12 ? clause.slice(-12) : clause;
}
/**
 * Words that make "申请 N 件" something other than the applications received: an outcome ("逾期不补正的
 * 申请4件", "答复…申请47件" — TEXT-T3 compared them with 本年新收), one channel or part of them
 * ("网上申请渠道收到申请40件", "其中…"), or a change ("收到申请数量增加24件").
 */
// … or applications of another kind: "收到行政复议申请2件", "受理行政许可申请10690件", "受理企业和群众办件申请35621件",
// "收到群众举报申请3件" (audit 147 N07, N23: stored as the disclosure's own, silently)
const NOT_ALL_RECEIVED = /答复|办结|办理|逾期|补正|予以|不予|部分公开|无法提供|结转|顺延|撤回|其中|渠道|网上|网络|信函|当面|传真|邮件|邮寄|增加|减少|增长|下降|同比|相比|复议|诉讼|许可|审批/;
// (those words beside a phrase naming 信息公开 are no other kind: 市信访局共收到政府信息公开申请6件, audit 149 N05)
const receivedApplications: Context = (sentence, phrase) =>
  !NOT_ALL_RECEIVED.test(clauseOf(sentence) + phrase) && (!OTHER_REQUESTS.test(clauseOf(sentence) + phrase) || /信息公开/.test(phrase));
/**
 * The year's proactive total, not a part of it or a refusal: "不予公开信息1658条", "通过门户网站公开信息
 * 1713条" were taken for it (a false TEXT-LEGACY).
 */
// (nor one kind of a list with no total, 主动公开行政规范性文件2条、工作动态156条…: readNarrative reads the 、 after it)
const allProactive: Context = (sentence, phrase) => !/不予$|不$|依申请$/.test(sentence) && !/网站|公报|微博|微信|新媒体|栏目/.test(clauseOf(sentence) + phrase);
/**
 * Not a document's disclosure attribute: 发文标注主动公开152件、依申请公开23件、不予公开5件 (公文公开属性源头认定) counts
 * documents, not applications (audit 147 N26: stored as 5 refused, silently).
 */
// (公文 in a sentence on applications is their subject, 收到…申请4件，主要涉及征收补偿公文…予以公开3件: audit 149 N14;
// else documents, 印发公文186件，其中…不予公开16件: audit 151 N11, N12)
// (印发 alone is no such sentence, audit 153 N10; 依申请公开 beside 公文 is an attribute, not applications, 153 N08)
const notDocuments: Context = (sentence) => !/发文|属性|制发/.test(sentence) && !(/公文/.test(sentence) && !/申请(?!公开)/.test(sentence));
/**
 * A 行政复议/行政诉讼 count is not a 司法局's or 法制办's casework (办理行政复议案件128件, 代理行政诉讼案件27件) unless the
 * sentence names 信息公开 or stands in the section on them (本年度我局办理行政复议案件1件, audit 149 N27, N28), nor documents
 * it published (行政复议决定书36件): each had been stored as the disclosure's, silently, where section 四 says there were
 * none (audit 147 N06, N16, N25).
 */
const disclosureCase: Context = (sentence, phrase, inCaseSection) =>
  !/决定书|文书|案卷/.test(phrase) && (!!inCaseSection || !CASEWORK.test(sentence + phrase) || /信息公开/.test(sentence + phrase));
// (收到行政复议申请86件: a 司法局's as the reviewing body, audit 153 N06)
const CASEWORK = /(?:办理|审理|代理|承办|受理|办结|审结|应诉|收到|接到|接收)[^，。；,;\n]{0,8}?行政(?:复议|诉讼)/;
/** the proactive total's own words (主动公开政府信息, 公开各类信息), not one kind's (主动公开行政规范性文件) */
const ALL_INFORMATION = /^(?:主动公开|公布|公开)(?:各类)?(?:政府)?信息/;
/** "行政复议7件，诉讼9件": a bare 诉讼 right after a 复议 count. */
const afterReviewCount: Context = (sentence) => /复议[^。；;\n]{0,12}$/.test(sentence);

/**
 * A count before its noun (行政复议, 行政诉讼, the phrase's last four characters): no case's noun between them, nor a
 * list's 、 (行政处罚决定书120件、行政复议决定书36件: the count is the item's before, audit 147 N25).
 */
const noCaseBetween: Context = (_sentence, phrase) => !/复议|诉讼|、/.test(phrase.slice(0, -4));

/** The leftmost match at or after `from`, as `re.exec(s)` with `re.lastIndex = from` gives it. */
type Finder = (s: string, from: number) => RegExpExecArray | null;

/**
 * A pattern searched from the literals every one of its matches starts with (anchored.ts), not by
 * a regex scan of the whole stream: each pattern below begins with a literal or an alternation of
 * literals, and those are its anchors.
 */
function startingWith(anchors: string[], re: RegExp): Finder {
  const p = startAnchored(re, anchors);
  return (s, from) => execStartAnchored(p, s, from);
}

/**
 * A pattern found by the regex engine's own scan, which skips through the stream on the pattern's
 * opening text. Chromium finds these patterns faster this way than from their literals: an anchor that
 * occurs often (公开 in every 政府信息公开) costs an indexOf and a regex call per occurrence, and
 * indexOf is slow for a literal opening with 上 or 不 (its byte search looks for 0x4E, the high
 * byte of the commonest characters). Measured per pattern on the Pingtan pages.
 */
function scanning(re: RegExp): Finder {
  const global = new RegExp(re.source, 'g');
  return (s, from) => {
    global.lastIndex = from;
    return global.exec(s);
  };
}

/** [topic, finder of the pattern (number in group 1), optional context test]; the first match per topic wins. */
const TOPICS: Array<[string, Finder, Context?]> = [
  // (in Chinese numerals too, 主动公开政府信息八十六条, 两百一十条: audit 126 N02, N09, N15, lost with no note)
  ['proactiveTotal', scanning(new RegExp(`(?:主动公开|公布|公开)(?:各类)?(?:政府)?信息(?:共计|共|总数|数)?(?:为)?\\s*${NC}\\s*条`)), allProactive],
  ['proactiveTotal', scanning(new RegExp(`主动公开[^，。；,;\\n]{0,16}?${N}\\s*条`)), allProactive],
  ['applicationsReceived', scanning(new RegExp(`(?:收到|受理|新收|接到|接收)[^，。；,;\\n]{0,16}?申请[^，。；,;\\n\\d]{0,6}?${NC}\\s*(?:件|条|个|份|宗)`)), receivedApplications],
  ['applicationsReceived', startingWith(['申请'], new RegExp(`申请(?:共|总数)?${NC}\\s*件`)), receivedApplications],
  // the count before its noun, in digits (共收到12件政府信息公开申请: audit 126 N14, lost with no note); not in Chinese
  // numerals, whose 一件 / 一起 are words as often as counts
  ['applicationsReceived', scanning(new RegExp(`(?:收到|受理|新收|接到|接收)${N}\\s*(?:件|个|份)[^，。；,;\\n\\d]{0,12}?申请`)), receivedApplications],
  // scanned, as the compound below: in Chromium one scan costs less than three indexOf searches (Pingtan pages)
  ['applicationsAnswered', scanning(new RegExp(`(?:答复|办结|办理完结)[^，。；,;\\n\\d]{0,12}?${NC}\\s*件`)), answeredApplications],
  ['carriedOver', scanning(new RegExp(`上年(?:度)?结转[^，。；,;\\n\\d]{0,10}?${NC}\\s*件`)), aboutApplications],
  ['carriedForward', startingWith(['结转', '顺延'], new RegExp(`(?:结转|顺延)(?:至|到)?下(?:一)?年度?[^，。；,;\\n\\d]{0,10}?${NC}\\s*件`)), carriedForwardApplications],
  // "另有72件申请按照《条例》顺延到下年度答复": the number before the phrase
  ['carriedForward', (s, from) => execRunThenLiteral(CARRIED_FORWARD_BEFORE, s, from), aboutApplications],
  ['grantedAndPartial', scanning(new RegExp(`予以公开(?:和|及|与|、|或)部分公开[^，。；,;\\n\\d]{0,4}?${NC}\\s*件`)), notDocuments],
  ['granted', startingWith(['予以公开'], new RegExp(`予以公开[^，。；,;\\n\\d]{0,4}?${NC}\\s*件`)), notDocuments],
  ['partiallyGranted', startingWith(['部分公开'], new RegExp(`部分公开[^，。；,;\\n\\d]{0,4}?${NC}\\s*件`)), notDocuments],
  ['denied', scanning(new RegExp(`不予公开[^，。；,;\\n\\d]{0,4}?${NC}\\s*件`)), notDocuments],
  ['unavailable', startingWith(['无法提供'], new RegExp(`无法提供[^，。；,;\\n\\d]{0,4}?${NC}\\s*件`))],
  ['notProcessed', scanning(new RegExp(`不予处理[^，。；,;\\n\\d]{0,4}?${NC}\\s*件`))],
  ['reviews', startingWith(['行政复议'], new RegExp(`行政复议[^，。；,;\\n\\d]{0,6}?${NC}\\s*(?:件|起|宗|次)`)), disclosureCase],
  ['lawsuits', startingWith(['行政诉讼'], new RegExp(`行政诉讼[^，。；,;\\n\\d]{0,6}?${NC}\\s*(?:件|起|宗|次)`)), disclosureCase],
  ['lawsuits', startingWith(['诉讼'], new RegExp(`诉讼[^，。；,;\\n\\d]{0,4}?${NC}\\s*(?:件|起|宗|次)`)), (sentence, phrase, inCases) => afterReviewCount(sentence, phrase) && disclosureCase(sentence, phrase, inCases)],
  // the count before its noun, in digits (发生1起政府信息公开行政复议: audit 126 N14), the other case's noun not between
  // (1起行政复议和行政诉讼 is no count of lawsuits, nor 1起行政诉讼和行政复议 of reviews)
  // (found from their nouns, not by a regex scan from every digit of the page's tables)
  ['reviews', (s, from) => execRunThenLiteral(REVIEWS_BEFORE_NOUN, s, from), (sentence, phrase, inCases) => noCaseBetween(sentence, phrase) && disclosureCase(sentence, phrase, inCases)],
  ['lawsuits', (s, from) => execRunThenLiteral(LAWSUITS_BEFORE_NOUN, s, from), (sentence, phrase, inCases) => noCaseBetween(sentence, phrase) && disclosureCase(sentence, phrase, inCases)],
];
/**
 * Whether a match states the year's count, not another (audit 126, each a silent wrong number on a report without
 * tables and a false TEXT-* finding on one with them): a running total (自…以来累计收到…申请325件, 截至…累计公开政府信息
 * 15632条, 历年), a change (行政复议数量同比减少2件), last year's figure set against this year's (与2021年收到的…申请20件相比),
 * a practice (一件一档), or a list's size (主动公开事项清单126条). `after`: the text right after the match.
 */
function thisYearsCount(sentence: string, phrase: string, after: string, printed: string): boolean {
  // (a running total since a date, not the year's sum over its offices: 2020年…各级部门…累计主动公开信息9920条 is the year's, seed 001)
  const said = clauseOf(sentence) + phrase;
  if (/历年/.test(said) || (/累计|累积/.test(said) && /以来|截至|截止|至今/.test(sentence))) return false;
  if (/同比|增加|减少|增长|下降|上升|较上|比上|较去|比去/.test(phrase)) return false;
  if (/^[^，。；,;\n]{0,4}?(?:相比|相较|比较)/.test(after)) return false;
  if (!/^\d/.test(printed) && /^[一两]?[档策案]/.test(after)) return false;
  return !/清单|目录|指南|事项/.test(phrase);
}

/**
 * Whether the last year `sentence` names as a time (2021年, 2021年度; not a date's, 2021年12月) is before `reportYear`:
 * 与2021年收到的…申请20件相比，2022年收到…申请12件 is the report year's.
 */
function earlierYearBefore(sentence: string, reportYear: number): boolean {
  let last: string | undefined;
  for (const m of sentence.matchAll(YEAR_AS_TIME)) last = m[1];
  return last !== undefined && Number(last) < reportYear;
}
// (not a law's year, 2019年修订的《条例》, 2019年新修订的: audits 149 N11, 151 N14)
// (2019年国务院修订的, 2019年《条例》: audit 153 N12, N13)
const YEAR_AS_TIME = /(?:^|[^\d])((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)(?![^，。；,;\d]{0,6}?(?:修订|修正|颁布|印发|发布|出台|施行|实施|版))(?!\s*[《〈])/g;

/** 。；;\n, after which a sentence starts (compared by code: no regex call per character) */
function endsSentence(code: number): boolean {
  return code === 0x3002 || code === 0xff1b || code === 0x3b || code === 0x0a;
}

function sentenceBefore(s: string, at: number): string {
  let i = at;
  const stop = Math.max(0, at - 80);
  while (i > stop && !endsSentence(s.charCodeAt(i - 1))) i--;
  return s.slice(i, at);
}

/** The count a match's number group printed (`at`: where it starts), or null when it is none. */
function countOf(printed: string, s: string, at: number): number | null {
  if (/^\d/.test(printed)) {
    const value = Number(printed.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  // (总数三件 is a count: 数 before it stands for 数十件's, audit 126 N09)
  return NOT_A_COUNT_BEFORE.test(s.slice(Math.max(0, at - 1), at)) && s.slice(Math.max(0, at - 2), at) !== '总数' ? null : readChineseCount(printed);
}

/**
 * `reportYear`: a count in a sentence about an earlier year (2021年共收到…申请48件；2022年共收到…56件) is taken only when
 * no other count of its topic is printed: last year's had been stored (audit 147 N05), but a report copying last year's
 * text with its year (2022年，…全年主动公开政府信息1234条 in the 2023 report) states this year's count so.
 * `caseSection`: where the section on 行政复议 and 行政诉讼 stands.
 */
export function readNarrative(
  page: ReportDocument,
  tableRegions: Array<{ start: number; end: number }>,
  opts: { reportYear?: number | null; caseSection?: { start: number; end: number } | null } = {},
): NarrativeNumber[] {
  const s = page.stream;
  const out: NarrativeNumber[] = [];
  const done = new Set<string>();
  const inTable = (i: number): boolean => tableRegions.some((r) => i >= r.start && i < r.end);
  // A phrase read for one topic is not read again for another ("予以公开及部分公开258件" is the
  // pair, not 部分公开 258); TOPICS lists the compound phrases first.
  const taken: Array<{ start: number; end: number }> = [];
  const overlapsTaken = (a: number, b: number): boolean => taken.some((t) => a < t.end && b > t.start);
  const cases = opts.caseSection;
  const earlierYears = new Map<string, { found: NarrativeNumber; start: number; end: number; finder: number }>();
  const finderOf = new Map<NarrativeNumber, number>();
  TOPICS.forEach(([topic, next, context], finder) => {
    if (done.has(topic)) return;
    let m: RegExpExecArray | null;
    // a match passed over goes on after its end, as a global regex scan would
    for (let from = 0; (m = next(s, from)); ) {
      const end = m.index + m[0].length;
      from = end;
      if (inTable(m.index)) continue;
      if (overlapsTaken(m.index, end)) continue;
      const sentence = sentenceBefore(s, m.index);
      if (context && !context(sentence, m[0], !!cases && m.index >= cases.start && m.index < cases.end)) continue;
      const after = s.slice(end, end + 8);
      // (one kind of a list with no total: 主动公开行政规范性文件2条、工作动态156条… had stored 2, audit 147 N09; not the
      // total before other outputs, 主动公开政府信息215条、政策解读12篇, audit 149 N17)
      if (topic === 'proactiveTotal' && after.startsWith('、') && !ALL_INFORMATION.test(m[0])) continue;
      if (!thisYearsCount(sentence, m[0], after, m[1]!)) continue;
      const value = countOf(m[1]!, s, m.index + m[0].lastIndexOf(m[1]!));
      if (value === null) continue;
      const found = { topic, value, phrase: m[0], ref: page.refAt(m.index, end) };
      if (opts.reportYear && earlierYearBefore(sentence, opts.reportYear)) {
        if (!earlierYears.has(topic)) earlierYears.set(topic, { found, start: m.index, end, finder });
        continue;
      }
      out.push(found);
      finderOf.set(found, finder);
      taken.push({ start: m.index, end });
      done.add(topic);
      break;
    }
  });
  if (earlierYears.size === 0) return out;
  for (const [topic, { found, start, end, finder }] of earlierYears) {
    if (done.has(topic) || overlapsTaken(start, end)) continue;
    out.push(found);
    finderOf.set(found, finder);
    taken.push({ start, end });
  }
  // in the order their finders come, as when found in turn
  return out.sort((a, b) => finderOf.get(a)! - finderOf.get(b)!);
}
