// TEXT-T4, TEXT-T2, TEXT-NONE, TEXT-LEGACY: narrative statements against the tables.
import type { Finding } from '../../model/finding';
import type { NarrativeNumber, ReportRecord, SectionKey } from '../../model/record';
import { firstMatchOf, hasTable, matchesOf, numberOf, refsOf, unifiedApplies } from '../read';
import { derivedOf } from '../record-index';
import { T4_GROUPS } from '../keys';
import { makeFinding, notApplicable, result, silentlyNotAssessable, type CatalogueRule, type ScopeOutcome } from '../rule';
import { compareNarrative, usableNarrative } from './text-t3';

/** a table value: number as printed, blank/placeholder as 0, otherwise null */
function val(record: ReportRecord, keys: string[]): { value: number | null; keys: string[] } {
  let sum = 0;
  for (const k of keys) {
    const c = record.cells[k];
    if (!c) return { value: null, keys };
    if (c.kind === 'blank' || c.kind === 'placeholder') continue;
    if (c.kind === 'text' || c.value === null) return { value: null, keys };
    sum += c.value;
  }
  return { value: sum, keys };
}

/** a labelled table value for compareNarrative */
function reading(record: ReportRecord, keys: string[], label: string): { value: number | null; keys: string[]; label: string } {
  const { value } = val(record, keys);
  return { value, keys, label };
}

const allBodyTexts = (r: ReportRecord): { key: SectionKey; text: string }[] =>
  (Object.entries(r.sections) as [SectionKey, { text: string; label: string } | undefined][])
    .filter(([, s]) => s)
    .map(([key, s]) => ({ key, text: `${s!.label}\n${s!.text}` }));

/** each section's heading and text, in section order (shared by the rules of a run: callers only read it) */
const bodyText = (r: ReportRecord, only?: SectionKey[]): { key: SectionKey; text: string }[] => {
  const all = derivedOf(r, allBodyTexts);
  return only ? all.filter((b) => only.includes(b.key)) : all;
};

function fanNarrative(
  rule: CatalogueRule,
  record: ReportRecord,
  map: Record<string, { keys: string[]; label: string }[]>,
): { scopes: ScopeOutcome[]; findings: Finding[] } {
  const scopes: ScopeOutcome[] = [];
  const findings: Finding[] = [];
  for (const n of usableNarrative(record)) {
    const readings = map[n.topic];
    if (!readings) continue;
    const rs = readings.filter((r) => r.keys.every((k) => record.cells[k]));
    if (rs.length === 0) continue;
    const { scope, finding } = compareNarrative(rule, record, n, rs.map((r) => reading(record, r.keys, r.label)), () => null);
    scopes.push(scope);
    if (finding) findings.push(finding);
  }
  return { scopes, findings };
}

// (均为维持, 均予以维持, 全部维持 too: a review upheld in all cases beside a corrected or pending one had passed unflagged, audit 152 C02, C16)
// (not denied, 未能全部维持: audit 153 K09)
const ALL_UPHELD = /(?<![未不没]|未能|不能|没能|没有)(?:均|全部|都)(?:获|予以|予|被|为|是|已)?(?:依法)?(?:予以)?维持/g;
const T4_GROUPS_OF: Record<'review' | 'lawsuit', string[]> = { review: ['review'], lawsuit: ['litigationDirect', 'litigationAfterReview'] };

/**
 * The table-4 groups a "均获维持" speaks of: those its sentence lists just before it, clause by
 * clause back, up to a clause that names neither or that gives other outcomes itself —
 * "行政复议7件，诉讼9件，均获维持" upholds both, "行政复议2件（纠正1件），行政诉讼2件，均获维持" the
 * lawsuits only; a sentence naming neither ("新媒体均维持正常更新") is about something else.
 */
function upheldGroups(text: string): string[] | null {
  if (!text.includes('维持')) return null; // every match holds 维持: one indexOf instead of a regex scan of the text
  for (const m of matchesOf(ALL_UPHELD, text)) {
    const start = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index)) + 1;
    const clauses = text.slice(start, m.index).split(/[，,]/).reverse();
    const groups = new Set<string>();
    for (const clause of clauses) {
      // 复议后起诉 is a lawsuit: 复议 is the review group only outside it
      const review = /复议/.test(clause.replace(/复议后起诉/g, ''));
      const lawsuit = /诉讼|起诉/.test(clause);
      if (!review && !lawsuit) {
        if (groups.size) break;
        continue; // "均" may follow a clause of its own ("，结果均获维持")
      }
      if (/纠正|撤销|确认违法|其他结果|尚未|败诉/.test(clause)) break;
      if (review) T4_GROUPS_OF.review.forEach((g) => groups.add(g));
      if (lawsuit) T4_GROUPS_OF.lawsuit.forEach((g) => groups.add(g));
    }
    if (groups.size) return T4_GROUPS.filter((g) => groups.has(g));
  }
  return null;
}

export const textT4: CatalogueRule = {
  id: 'TEXT-T4',
  severity: 'warning',
  appliesTo: 'all',
  formula: 'narrative 行政复议/行政诉讼 counts = table-4 totals; “均获维持” ⇒ corrected = other = pending = 0',
  description: { zh: '正文所述行政复议、行政诉讼件数及“均获维持”与表四一致', en: 'Review and lawsuit counts (and “all upheld”) in the narrative match table 4' },
  reads: ['narrative', 'table4.*'],
  check({ record }) {
    if (!unifiedApplies(record)) return notApplicable('no unified table 4');
    if (!hasTable(record, 'table4')) return silentlyNotAssessable('table 4 not parsed');
    const { scopes, findings } = fanNarrative(textT4, record, {
      reviews: [{ keys: ['table4.review.total'], label: '行政复议 总计' }],
      lawsuits: [
        { keys: ['table4.litigationDirect.total', 'table4.litigationAfterReview.total'], label: '行政诉讼 总计（直接起诉+复议后起诉）' },
        { keys: ['table4.litigationDirect.total'], label: '未经复议直接起诉 总计' },
      ],
    });
    const groups = bodyText(record).map((b) => upheldGroups(b.text)).find((g) => g !== null);
    if (groups) {
      const keys = groups.flatMap((g) => ['corrected', 'other', 'pending'].map((o) => `table4.${g}.${o}`));
      const open = keys.filter((k) => (numberOf(record, k) ?? 0) > 0);
      const scope = '均获维持';
      if (open.length === 0) scopes.push({ scope, outcome: 'pass' });
      else {
        scopes.push({ scope, outcome: 'fail' });
        findings.push(
          makeFinding(textT4, record, {
            zh: `正文称“均获维持”，但表四有${open.length}项非维持结果（纠正/其他/尚未审结）不为0`,
            en: `the narrative says all cases were upheld, but table 4 has ${open.length} non-zero corrected/other/pending cell(s)`,
            keys: open,
            cells: refsOf(record, open),
            scope,
          }),
        );
      }
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'no narrative review/lawsuit numbers' }]);
    return result(scopes, findings);
  },
};

const T2_DOCS: { re: RegExp; zh: string; column: string }[] = [
  { re: /(?<!行政)规章(?:共|合计)?(\d+)\s*件/g, zh: '规章', column: 'table2.regulations' },
  { re: /规范性文件(?:共|合计)?(\d+)\s*件/g, zh: '规范性文件', column: 'table2.normativeDocs' },
];

/** What a count of 规章/规范性文件 is of, from the last verb before it in its sentence. */
type T2Count = 'issued' | 'repealed' | 'inForce' | 'other';
// longer words first: at one position the first alternative that matches is taken (现行有效, not 有效)
const T2_VERB = /现行有效|宣布失效|新制作|新公开|征求意见|废止|废除|失效|有效|制发|制定|出台|印发|发布|公开|清理|审查|审核|备案|修订|修改|解读|评估|梳理|报送/g;
const T2_VERB_KIND = (verb: string): T2Count =>
  /废止|废除|失效/.test(verb) ? 'repealed' : /有效/.test(verb) ? 'inForce' : /制发|制定|出台|印发|发布|新制作|新公开|^公开$/.test(verb) ? 'issued' : 'other';
/** the columns each kind of count compares with (2021 format, then 2019's) */
const T2_COLUMNS: Record<Exclude<T2Count, 'other'>, string[]> = {
  issued: ['issued', 'newlyMade', 'newlyPublished'],
  repealed: ['repealed'],
  inForce: ['inForce'],
};
const T2_COLUMN_ZH: Record<string, string> = { issued: '本年制发件数', repealed: '本年废止件数', inForce: '现行有效件数', newlyMade: '本年新制作数量', newlyPublished: '本年新公开数量' };
const T2_COUNT_ZH: Record<Exclude<T2Count, 'other'>, string> = { issued: '', repealed: '废止', inForce: '现行有效' };

/**
 * The count a match is of. "废止规范性文件1件" was compared with the year's issued documents (a
 * false TEXT-T2), and so were 清理/备案/解读 counts, which table 2 has no cell for ('other'). The verb
 * may stand before an earlier item of its list ("废止规章1件、规范性文件2件"), so the sentence before
 * the match is read and its last verb decides; no verb: issued, as before.
 */
function t2CountOf(text: string, at: number): T2Count {
  const sentence = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf(';', at)) + 1;
  const before = text.slice(sentence, at);
  let last: string | null = null;
  for (const m of matchesOf(T2_VERB, before)) last = m[0];
  return last === null ? 'issued' : T2_VERB_KIND(last);
}

/** The first count of each kind in the texts, in order (texts after a match are searched too). */
function t2Counts(re: RegExp, texts: { key: SectionKey; text: string }[]): { kind: Exclude<T2Count, 'other'>; m: RegExpExecArray; key: SectionKey }[] {
  const out: { kind: Exclude<T2Count, 'other'>; m: RegExpExecArray; key: SectionKey }[] = [];
  for (const t of texts) {
    for (const m of matchesOf(re, t.text)) {
      const kind = t2CountOf(t.text, m.index);
      if (kind !== 'other' && !out.some((o) => o.kind === kind)) out.push({ kind, m, key: t.key });
    }
  }
  return out;
}

export const textT2: CatalogueRule = {
  id: 'TEXT-T2',
  severity: 'warning',
  appliesTo: 'all',
  formula: 'narrative counts of 规章/规范性文件 = table 2 (2021 issued, 2019 newlyMade/newlyPublished)',
  description: { zh: '正文所述规章、规范性文件件数与表二一致', en: 'Counts of regulations and normative documents in the narrative match table 2' },
  reads: ['sections.*.text', 'table2.regulations.*', 'table2.normativeDocs.*'],
  check({ record }) {
    if (!unifiedApplies(record)) return notApplicable('no unified table 2');
    if (!hasTable(record, 'table2')) return silentlyNotAssessable('table 2 not parsed');
    const texts = bodyText(record, ['overview', 'activeDisclosure']);
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const p of T2_DOCS) {
      for (const hit of t2Counts(p.re, texts)) {
        const n: NarrativeNumber = { topic: T2_COUNT_ZH[hit.kind] + p.zh, value: Number(hit.m[1]), phrase: hit.m[0], ref: record.sections[hit.key]?.ref ?? null };
        const columns = T2_COLUMNS[hit.kind].filter((c) => record.cells[`${p.column}.${c}`]);
        const readings = columns.map((c) => reading(record, [`${p.column}.${c}`], `表二${p.zh}“${T2_COLUMN_ZH[c]}”`));
        if (readings.length === 0) continue;
        const { scope, finding } = compareNarrative(textT2, record, n, readings, () => null);
        scopes.push(scope);
        if (finding) findings.push(finding);
      }
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'no narrative counts of 规章/规范性文件' }]);
    return result(scopes, findings);
  },
};

interface Negation {
  scope: string;
  re: RegExp;
  /** a match containing this is about something else (e.g. 复议申请 for 申请) */
  not?: RegExp;
  unified?: string[];
  legacy?: string[];
  zh: string;
  en: string;
}
const NONE: (Negation & { global: RegExp })[] = ([
  {
    // 申请 not of 申请人: "未收到申请人投诉" is no claim about applications
    scope: '申请', re: /(未|没有|无)(收到|接到|受理)[^。；]{0,16}申请(?!人)/, not: /复议|诉讼|投诉|异议|举报/,
    unified: ['table3.total.newReceived'], legacy: ['legacyStats.requests.received'],
    zh: '正文称未收到申请，但表中收到申请数不为0', en: 'the narrative says no applications, but the table counts some',
  },
  {
    // within one clause: "无行政复议案件，行政诉讼案件1件" denies the reviews only
    scope: '复议诉讼', re: /(无|未发生|没有|未出现|未收到)[^。；，,]{0,12}行政复议[^。；，,]{0,6}(和|及|、)?(提起)?(行政)?诉讼/,
    unified: ['table4.review.total', 'table4.litigationDirect.total', 'table4.litigationAfterReview.total'],
    legacy: ['legacyStats.review.total', 'legacyStats.litigation.total'],
    zh: '正文称无行政复议、行政诉讼，但表中不为0', en: 'the narrative says no reviews or lawsuits, but the table counts some',
  },
  {
    // 信息处理费 has no cell in the unified tables (行政事业性收费 is another matter): appendix only
    scope: '收费', re: /(未|没有|无)(收取|产生)[^。；]{0,10}(信息处理费|费用)/, legacy: ['legacyStats.requestFeesWanYuan'],
    zh: '正文称未收取费用，但统计表收费金额不为0', en: 'the narrative says no fees, but the appendix shows fees',
  },
] satisfies Negation[]).map((n) => ({ ...n, global: new RegExp(n.re.source, 'g') })); // compiled once, not per run

export const textNone: CatalogueRule = {
  id: 'TEXT-NONE',
  severity: 'warning',
  appliesTo: 'all',
  formula: 'narrative says 未收到申请 / 无复议诉讼 / 无收费 but the table is non-zero',
  description: { zh: '正文称“未收到申请/无复议诉讼/未收费”，而表格数字不为0', en: 'The narrative denies applications, reviews/lawsuits or fees, but the table is non-zero' },
  reads: ['sections.*.text', 'table3.total.newReceived', 'table4.*.total', 'legacyStats.requests.received', 'legacyStats.review.total', 'legacyStats.litigation.total', 'legacyStats.requestFeesWanYuan'],
  check({ record }) {
    const text = bodyText(record).map((b) => b.text).join('\n');
    const unifiedYear = record.meta.reportYear !== null && record.meta.reportYear >= 2019;
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const p of NONE) {
      const m = firstMatchOf(p.global, text, (x) => !p.not?.test(x[0]));
      if (!m) continue;
      const keys = [...(p.unified ?? []), ...(p.legacy ?? [])].filter((k) => record.cells[k]);
      if (keys.length === 0) {
        // a unified report whose table is missing: say so; a narrative-only old report has no table to compare
        if (unifiedYear && p.unified) {
          scopes.push({ scope: p.scope, outcome: 'notAssessable', note: 'table not parsed' });
          findings.push(makeFinding(textNone, record, { outcome: 'notAssessable', zh: `正文“${m[0]}”无法与表格核对（表格未读到）`, en: `“${m[0]}” cannot be checked: the table was not read`, scope: p.scope }));
        }
        continue;
      }
      const v = val(record, keys);
      if (v.value === null) {
        scopes.push({ scope: p.scope, outcome: 'notAssessable' });
        continue;
      }
      if (v.value === 0) {
        scopes.push({ scope: p.scope, outcome: 'pass' });
        continue;
      }
      scopes.push({ scope: p.scope, outcome: 'fail' });
      findings.push(makeFinding(textNone, record, { zh: `${p.zh}（正文：“${m[0]}”；表中${v.value}）`, en: `${p.en} (${v.value})`, left: 0, right: v.value, delta: -v.value, keys: v.keys, cells: refsOf(record, v.keys), scope: p.scope }));
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'no negation found, or no table to compare' }]);
    return result(scopes, findings);
  },
};

export const textLegacy: CatalogueRule = {
  id: 'TEXT-LEGACY',
  severity: 'warning',
  appliesTo: 'pre2019 + appendix',
  formula: 'narrative numbers = legacyStats.* (主动公开, 收到申请, 答复, 复议, 诉讼)',
  description: { zh: '正文数字与统计表一致', en: 'Narrative numbers match the 统计表 appendix' },
  reads: ['narrative', 'legacyStats.*'],
  check({ record }) {
    if (!hasTable(record, 'legacyStats')) return notApplicable('no 统计表 appendix');
    const { scopes, findings } = fanNarrative(textLegacy, record, {
      proactiveTotal: [{ keys: ['legacyStats.proactive.total'], label: '统计表 主动公开信息数' }],
      applicationsReceived: [{ keys: ['legacyStats.requests.received'], label: '统计表 收到申请数' }],
      applicationsAnswered: [{ keys: ['legacyStats.requests.answered'], label: '统计表 申请答复数' }],
      granted: [{ keys: ['legacyStats.requests.granted'], label: '统计表 同意公开答复数' }],
      partiallyGranted: [{ keys: ['legacyStats.requests.partiallyGranted'], label: '统计表 同意部分公开答复数' }],
      reviews: [{ keys: ['legacyStats.review.total'], label: '统计表 行政复议数量' }],
      lawsuits: [{ keys: ['legacyStats.litigation.total'], label: '统计表 行政诉讼数量' }],
    });
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'no narrative number with an appendix counterpart' }]);
    return result(scopes, findings);
  },
};
