// X-*: pure functions over (record, previous year's record of the same agency). The library
// wires them to saved reports. Findings highlight the current page's cells only; keys of the
// previous report are prefixed `previous:`.
import { PREVIOUS_KEY_PREFIX, type Finding } from '../../model/finding';
import type { CellValue, FormatVersion, ReportRecord } from '../../model/record';
import { equationFinding, evaluate, scopeOf, type EquationSpec } from '../equation';
import { COL_LABEL, T3_COLS, T4_GROUPS, T4_GROUP_LABEL, t3 } from '../keys';
import { fmtNum, numberOf } from '../read';
import { VERSION_ZH } from './fmt';
import { makeFinding, notApplicable, result, type CatalogueRule, type CheckedResult, type ScopeOutcome } from '../rule';

/** the prefix of the previous report's keys in a finding */
export const PREV = PREVIOUS_KEY_PREFIX;

/**
 * A view of the current record whose cells also answer `previous:<key>` (refs dropped) for the
 * equation evaluator; a Proxy, so nothing is copied (the library runs this on every save).
 */
function merged(cur: ReportRecord, prev: ReportRecord): ReportRecord {
  const cells = new Proxy(cur.cells, {
    get(target, key) {
      if (typeof key === 'string' && key.startsWith(PREV)) {
        const c = prev.cells[key.slice(PREV.length)];
        return c ? ({ ...c, ref: null } satisfies CellValue) : undefined;
      }
      return Reflect.get(target, key);
    },
  });
  return { ...cur, cells };
}

/** the pair must be consecutive years of known reports */
function pairGuard(cur: ReportRecord, prev: ReportRecord | undefined): CheckedResult | null {
  if (!prev) return notApplicable('no previous-year record');
  const y = cur.meta.reportYear;
  const p = prev.meta.reportYear;
  if (y === null || p === null) return result([{ scope: '', outcome: 'notAssessable', note: 'report year unknown' }]);
  if (y !== p + 1) return notApplicable(`not consecutive years (${p} → ${y})`);
  return null;
}

const unified = (v: FormatVersion) => v === 'trial2019' || v === 'rev2021';

/** One cross-year equation per scope (column or row); skipped when neither year prints it. */
interface PairEquation {
  scope: string;
  printed: boolean;
  spec: EquationSpec;
}

/** Evaluates the equations; a finding only for a real mismatch, notAssessable when none applies. */
function evaluatePairs(
  rule: CatalogueRule,
  m: ReportRecord,
  equations: PairEquation[],
  what: { zh: string; en: string },
  missing: string,
): CheckedResult {
  const scopes: ScopeOutcome[] = [];
  const findings: Finding[] = [];
  for (const eq of equations) {
    if (!eq.printed) continue;
    const res = evaluate(rule, m, eq.spec);
    scopes.push(scopeOf(res, eq.scope));
    if (res.reason === 'allBlank' || res.outcome !== 'fail') continue;
    const f = equationFinding(rule, m, res, { ...what, scope: eq.scope });
    if (f) findings.push(f);
  }
  if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: missing }]);
  return result(scopes, findings);
}

export const xCarry: CatalogueRule = {
  id: 'X-CARRY',
  severity: 'warning',
  appliesTo: 'pair Y−1,Y (≥2019)',
  formula: '∀ c: Y.carriedOver[c] = (Y−1).carriedForward[c]',
  description: { zh: '本年“上年结转”= 上年报告的“结转下年度继续办理”（每列）', en: 'This year’s carried-over = last year’s carried-forward, per column' },
  reads: ['table3.*.carriedOver', 'previous: table3.*.carriedForward'],
  crossYear: true,
  check({ record, previous }) {
    const g = pairGuard(record, previous);
    if (g) return g;
    if (!unified(record.meta.formatVersion) || !unified(previous!.meta.formatVersion))
      return notApplicable('both years need the unified table 3 (the 2018 report had no carried-forward row)');
    const m = merged(record, previous!);
    const equations = T3_COLS.map((col): PairEquation => {
      const a = t3(col, 'carriedOver');
      const b = PREV + t3(col, 'carriedForward');
      return {
        scope: COL_LABEL[col] ?? col,
        printed: Boolean(m.cells[a] || m.cells[b]),
        spec: {
          left: { keys: [a], label: `${record.meta.reportYear}年 二、上年结转` },
          right: { keys: [b], label: `${previous!.meta.reportYear}年 四、结转下年度` },
        },
      };
    });
    return evaluatePairs(xCarry, m, equations, { zh: '“本年上年结转 = 上年结转下年度”', en: 'carried over = last year’s carried forward' }, 'table 3 missing in one year');
  },
};

export const xInforce: CatalogueRule = {
  id: 'X-INFORCE',
  severity: 'warning',
  appliesTo: 'pair, rev2021',
  formula: 'Y.inForce = (Y−1).inForce + Y.issued − Y.repealed',
  description: {
    zh: '本年现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止（规章、行政规范性文件）',
    en: 'Documents in force = last year’s in force + issued − repealed (regulations, normative documents)',
  },
  reads: ['table2.*.inForce', 'table2.*.issued', 'table2.*.repealed', 'previous: table2.*.inForce'],
  crossYear: true,
  check({ record, previous }) {
    const g = pairGuard(record, previous);
    if (g) return g;
    if (record.meta.formatVersion !== 'rev2021' || previous!.meta.formatVersion !== 'rev2021') return notApplicable('both years need the 2021 table 2');
    const m = merged(record, previous!);
    const y = record.meta.reportYear;
    const rows = [['regulations', '规章'], ['normativeDocs', '行政规范性文件']] as const;
    const equations = rows.map(([row, zh]): PairEquation => {
      const k = (c: string) => `table2.${row}.${c}`;
      return {
        scope: zh,
        printed: Boolean(m.cells[k('inForce')] || m.cells[PREV + k('inForce')]),
        spec: {
          // years, not 本年/上年: the previous year's page shows this finding too (crossYearFindings)
          left: { keys: [k('inForce'), k('repealed')], label: `${y}年现行有效+${y}年废止` },
          right: { keys: [PREV + k('inForce'), k('issued')], label: `${previous!.meta.reportYear}年现行有效+${y}年制发` },
        },
      };
    });
    return evaluatePairs(xInforce, m, equations, { zh: '“现行有效 = 上年现行有效 + 制发 − 废止”', en: 'in force = last year + issued − repealed' }, 'table 2 missing in one year');
  },
};

export const x2019Items: CatalogueRule = {
  id: 'X-2019-ITEMS',
  severity: 'warning',
  appliesTo: 'pair 2019→2020',
  formula: '2020.prevYearItems = 2019.prevYearItems + 2019.yearChange',
  description: { zh: '2020年“上一年项目数量” = 2019年“上一年项目数量 + 本年增/减”', en: '2020 items at start = 2019 items at start + 2019 change' },
  reads: ['table2.*.prevYearItems', 'previous: table2.*.prevYearItems', 'previous: table2.*.yearChange'],
  crossYear: true,
  check({ record, previous }) {
    const g = pairGuard(record, previous);
    if (g) return g;
    if (record.meta.formatVersion !== 'trial2019' || previous!.meta.formatVersion !== 'trial2019') return notApplicable('both years need the 2019 table 2');
    const m = merged(record, previous!);
    const rows = [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项'], ['penalty', '行政处罚'], ['coercion', '行政强制'], ['adminFees', '行政事业性收费']] as const;
    const equations = rows.map(([row, zh]): PairEquation => {
      const k = (c: string) => `table2.${row}.${c}`;
      return {
        scope: zh,
        printed: Boolean(m.cells[k('prevYearItems')] || m.cells[PREV + k('prevYearItems')]),
        spec: {
          left: { keys: [k('prevYearItems')], label: `${record.meta.reportYear}年 上一年项目数量` },
          right: { keys: [PREV + k('prevYearItems'), PREV + k('yearChange')], label: `${previous!.meta.reportYear}年 上一年项目数量+本年增/减` },
        },
      };
    });
    return evaluatePairs(x2019Items, m, equations, { zh: '“上一年项目数量”的衔接', en: 'item counts carried between years' }, 'rows missing');
  },
};

const AGE: Record<FormatVersion, number> = { pre2019: 0, trial2019: 1, rev2021: 2, unknown: -1 };

export const xFormatRegression: CatalogueRule = {
  id: 'X-FORMAT-REGRESSION',
  severity: 'info',
  appliesTo: 'pair',
  formula: 'version(Y) older than version(Y−1)',
  description: { zh: '本年报告使用的模板比上年更旧', en: 'This year’s template is older than last year’s' },
  reads: ['meta.formatVersion', 'previous: meta.formatVersion'],
  crossYear: true,
  check({ record, previous }) {
    const g = pairGuard(record, previous);
    if (g) return g;
    const a = AGE[record.meta.formatVersion];
    const b = AGE[previous!.meta.formatVersion];
    if (a < 0 || b < 0) return result([{ scope: '', outcome: 'notAssessable', note: 'format unknown' }]);
    if (a >= b) return result([{ scope: '', outcome: 'pass' }]);
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(xFormatRegression, record, {
        outcome: 'info',
        zh: `本年（${record.meta.reportYear ?? '年度未知'}）使用${VERSION_ZH[record.meta.formatVersion]}，上年（${previous!.meta.reportYear ?? '年度未知'}）已用${VERSION_ZH[previous!.meta.formatVersion]}`,
        en: `this year in ${record.meta.formatVersion}, last year already in ${previous!.meta.formatVersion}`,
      }),
    ]);
  },
};

/** Jaccard similarity of character trigrams (whitespace removed) */
export function shingleSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = s.replace(/\s+/g, '');
    const out = new Set<string>();
    for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
    return out;
  };
  const A = grams(a);
  const B = grams(b);
  if (A.size === 0 || B.size === 0) return 0;
  let inter = 0;
  for (const g of A) if (B.has(g)) inter++;
  return inter / (A.size + B.size - inter);
}

export const xDuplicateText: CatalogueRule = {
  id: 'X-DUPLICATE-TEXT',
  severity: 'warning',
  appliesTo: 'pair / library',
  formula: 'narrative section similarity ≥ 0.9 with last year’s report',
  description: { zh: '“总体情况”或“存在的主要问题”与上年报告几乎相同（内容雷同）', en: 'Overview or problems section nearly identical to last year’s (copied text)' },
  reads: ['sections.overview.text', 'sections.problems.text', 'previous: same'],
  crossYear: true,
  check({ record, previous }) {
    const g = pairGuard(record, previous);
    if (g) return g;
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const [key, zh] of [['overview', '总体情况'], ['problems', '存在的主要问题及改进情况']] as const) {
      const a = record.sections[key]?.text ?? '';
      const b = previous!.sections[key]?.text ?? '';
      if (a.replace(/\s+/g, '').length < 50 || b.replace(/\s+/g, '').length < 50) {
        scopes.push({ scope: zh, outcome: 'notAssessable', note: 'section missing or too short' });
        continue;
      }
      const sim = shingleSimilarity(a, b);
      if (sim < 0.9) {
        scopes.push({ scope: zh, outcome: 'pass', note: `similarity ${sim.toFixed(2)}` });
        continue;
      }
      scopes.push({ scope: zh, outcome: 'fail' });
      const ref = record.sections[key]?.ref;
      findings.push(
        makeFinding(xDuplicateText, record, {
          zh: `“${zh}”与${previous!.meta.reportYear}年报告相似度${Math.round(sim * 100)}%（内容雷同）`,
          en: `${key} is ${Math.round(sim * 100)}% similar to the ${previous!.meta.reportYear} report`,
          left: Math.round(sim * 100) / 100,
          right: 0.9,
          keys: [`sections.${key}`],
          cells: ref ? [ref] : [],
          scope: zh,
        }),
      );
    }
    return result(scopes, findings);
  },
};

/** key, label, and the 统计表 key of the same total before 2019 (as the library's keyNumbers reads it) */
const JUMP_KEYS: [string, string, string?][] = [
  ['table3.total.newReceived', '新收申请', 'legacyStats.requests.received'],
  ['table2.licensing.decisions', '行政许可处理决定'],
  ['table2.penalty.decisions', '行政处罚处理决定'],
  ['table2.coercion.decisions', '行政强制处理决定'],
  ...T4_GROUPS.map((g): [string, string, string?] => [`table4.${g}.total`, `${T4_GROUP_LABEL[g]}总计`, g === 'review' ? 'legacyStats.review.total' : undefined]),
];

/** the key of `record` that holds the total: the unified table's, else its 统计表 twin */
function jumpKey(record: ReportRecord, key: string, legacy: string | undefined): string {
  return legacy && numberOf(record, key) === null && numberOf(record, legacy) !== null ? legacy : key;
}

/** a ratio as read: 0.11倍, 8.00倍; a drop below 1/100 as 约1/500 ("0.00倍" read as a drop to zero) */
function ratioText(ratio: number): { zh: string; en: string } {
  if (ratio >= 0.01) return { zh: `${ratio.toFixed(2)}倍`, en: `×${ratio.toFixed(2)}` };
  const inv = fmtNum(Math.round(1 / ratio));
  return { zh: `约1/${inv}`, en: `about 1/${inv}` };
}

export const xJump: CatalogueRule = {
  id: 'X-JUMP',
  severity: 'info',
  appliesTo: 'pair',
  formula: 'key totals change by > 5× or < 0.2× (both ≥ 10)',
  description: { zh: '关键总数与上年相比变化超过5倍或不足五分之一', en: 'Key totals changed more than 5× (or below 0.2×) against last year' },
  reads: JUMP_KEYS.flatMap(([k, , legacy]) => (legacy ? [k, legacy] : [k])),
  crossYear: true,
  check({ record, previous }) {
    const g = pairGuard(record, previous);
    if (g) return g;
    const y = record.meta.reportYear;
    const py = previous!.meta.reportYear;
    const scopes: ScopeOutcome[] = [];
    const findings: Finding[] = [];
    for (const [key, zh, legacy] of JUMP_KEYS) {
      const ka = jumpKey(record, key, legacy);
      const kb = jumpKey(previous!, key, legacy);
      const a = numberOf(record, ka);
      const b = numberOf(previous!, kb);
      if (a === null || b === null) continue;
      // no count is that large: a run of digits read as one number, not a change between years
      if (a > Number.MAX_SAFE_INTEGER || b > Number.MAX_SAFE_INTEGER) {
        scopes.push({ scope: zh, outcome: 'notAssessable', note: 'implausible value' });
        continue;
      }
      if (a < 10 || b < 10) {
        scopes.push({ scope: zh, outcome: 'notApplicable', note: 'below 10' });
        continue;
      }
      const ratio = a / b;
      if (ratio >= 0.2 && ratio <= 5) {
        scopes.push({ scope: zh, outcome: 'pass' });
        continue;
      }
      scopes.push({ scope: zh, outcome: 'fail' });
      const ref = record.cells[ka]?.ref;
      findings.push(
        makeFinding(xJump, record, {
          outcome: 'info',
          // both years named: the previous year's page shows this finding too
          zh: `${zh}：${py}年${fmtNum(b)} → ${y}年${fmtNum(a)}（${ratioText(ratio).zh}）`,
          en: `${key}: ${fmtNum(b)} in ${py} → ${fmtNum(a)} in ${y} (${ratioText(ratio).en})`,
          left: a,
          right: b,
          delta: a - b,
          keys: [ka, PREV + kb],
          cells: ref ? [ref] : [],
          scope: zh,
        }),
      );
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'no common totals' }]);
    return result(scopes, findings);
  },
};
