// FMT-*: which template generation the report uses, and whether that fits its year.
import type { FormatVersion, ReportRecord } from '../../model/record';
import { expectedVersion, hasTable } from '../read';
import { GEN_NEW, GEN_OLD, indexOf } from '../record-index';
import { makeFinding, result, type CatalogueRule } from '../rule';
import { evidenceZh } from '../../model/parser-text';

/** each template generation by its Chinese name and official document (messages of every rule that names one) */
export const VERSION_ZH: Record<FormatVersion, string> = {
  pre2019: '2019年以前的自由格式（统计表）',
  trial2019: '2019年试行统一格式（国办公开办函〔2019〕60号）',
  rev2021: '2021年修订格式（国办公开办函〔2021〕30号）',
  unknown: '未能识别的格式',
};

export const fmtVersion: CatalogueRule = {
  id: 'FMT-VERSION',
  severity: 'info',
  appliesTo: 'all',
  formula: 'report meta.formatVersion + evidence',
  description: { zh: '报告所用的模板版本及识别依据', en: 'The template generation detected, and the markers behind it' },
  reads: ['meta.formatVersion', 'meta.formatEvidence'],
  check({ record }) {
    const v = record.meta.formatVersion;
    const ev = record.meta.formatEvidence;
    return result([{ scope: '', outcome: 'pass' }], [
      makeFinding(fmtVersion, record, {
        outcome: 'info',
        zh: `格式：${VERSION_ZH[v]}${ev.length ? `；依据：${ev.slice(0, 5).map(evidenceZh).join('、')}` : ''}`,
        en: `format: ${v}${ev.length ? `; evidence: ${ev.slice(0, 5).join(', ')}` : ''}`,
      }),
    ]);
  },
};

/** table 2 / table 3 generation from the keys the parser filled (null: cannot tell); the record index notes each printed key's generation */
export function tableVersions(record: ReportRecord): { t2: FormatVersion | null; t3: FormatVersion | null } {
  const idx = indexOf(record);
  return { t2: versionOf(idx.t2Generations), t3: versionOf(idx.t3Generations) };
}

/** rev2021 when only new-generation keys were seen, trial2019 when only old ones, else null */
const versionOf = (generations: number): FormatVersion | null =>
  generations === GEN_NEW ? 'rev2021' : generations === GEN_OLD ? 'trial2019' : null;

export const fmtTemplateMismatch: CatalogueRule = {
  id: 'FMT-TEMPLATE-MISMATCH',
  severity: 'warning',
  appliesTo: 'all',
  formula: 'year ≥ 2021 ∧ trial2019; year ∈ {2019,2020} ∧ rev2021; year ≤ 2018 ∧ unified tables; or table 2 and table 3 of different versions',
  description: {
    zh: '模板版本与报告年度不符（2021年起应使用30号格式，2019–2020年为60号格式），或表二与表三版本不一致',
    en: 'Template generation does not fit the report year (2021+ use the 2021 format, 2019–2020 the trial format), or tables 2 and 3 disagree',
  },
  reads: ['meta.reportYear', 'meta.formatVersion', 'table2.*', 'table3.*.otherHandling.*'],
  check({ record }) {
    const year = record.meta.reportYear;
    const v = record.meta.formatVersion;
    const { t2, t3 } = tableVersions(record);
    const problems: { zh: string; en: string }[] = [];
    if (t2 && t3 && t2 !== t3)
      problems.push({ zh: `表二为${VERSION_ZH[t2]}，表三为${VERSION_ZH[t3]}`, en: `table 2 is ${t2}, table 3 is ${t3}` });
    const expected = expectedVersion(year);
    const unifiedTables = hasTable(record, 'table2') || hasTable(record, 'table3') || hasTable(record, 'table4');
    if (expected && year !== null) {
      if (expected === 'pre2019' && unifiedTables)
        problems.push({ zh: `${year}年度报告含2019年以后才有的统一表格`, en: `a ${year} report contains the unified tables introduced for 2019` });
      else if (expected !== 'pre2019' && (v === 'trial2019' || v === 'rev2021') && v !== expected)
        problems.push({
          zh: `${year}年度报告使用${VERSION_ZH[v]}，应为${VERSION_ZH[expected]}`,
          en: `a ${year} report in the ${v} template; expected ${expected}`,
        });
    }
    if (problems.length === 0) {
      if (year === null || v === 'unknown') return result([{ scope: '', outcome: 'notAssessable', note: 'year or version unknown' }]);
      return result([{ scope: '', outcome: 'pass' }]);
    }
    return result([{ scope: '', outcome: 'fail' }], problems.map((p) => makeFinding(fmtTemplateMismatch, record, { zh: `模板版本不符：${p.zh}`, en: `template mismatch: ${p.en}` })));
  },
};

export const fmtUnifiedMissing: CatalogueRule = {
  id: 'FMT-UNIFIED-MISSING',
  severity: 'warning',
  appliesTo: 'year ≥ 2019',
  formula: 'no table-2/3/4 headings and no table markers at all',
  description: {
    zh: '2019年度起应使用统一格式，但报告中既无表二、三、四的标题也无表格',
    en: 'Reports for 2019+ must use the unified format, but there are neither table headings nor tables',
  },
  reads: ['meta.reportYear', 'sections', 'table2.*', 'table3.*', 'table4.*'],
  check({ record }) {
    const year = record.meta.reportYear;
    if (year === null) return result([{ scope: '', outcome: 'notAssessable', note: 'report year unknown' }]);
    if (year < 2019) return result([{ scope: '', outcome: 'notApplicable' }]);
    const s = record.sections;
    const unifiedTables = hasTable(record, 'table2') || hasTable(record, 'table3') || hasTable(record, 'table4');
    // the old layout's own 统计表 (version read as pre2019) with headings that the unified format shares
    // ("主动公开政府信息情况"): the headings alone had let a 2020 report in the old layout pass
    if (record.meta.formatVersion === 'pre2019' && !unifiedTables)
      return result([{ scope: '', outcome: 'fail' }], [
        makeFinding(fmtUnifiedMissing, record, {
          zh: `${year}年度报告使用${VERSION_ZH.pre2019}，未使用统一格式的表格`,
          en: `${year} report in the pre-2019 free-form layout with its own statistics table, not the unified tables`,
        }),
      ]);
    const any = !!(s.activeDisclosure || s.applications || s.reviewLitigation) || unifiedTables ||
      record.meta.formatVersion === 'trial2019' || record.meta.formatVersion === 'rev2021';
    if (any) return result([{ scope: '', outcome: 'pass' }]);
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(fmtUnifiedMissing, record, {
        zh: `${year}年度报告未使用统一格式：没有“主动公开/收到和处理申请/行政复议诉讼”标题，也没有对应表格`,
        en: `${year} report without the unified format: no table headings and no tables`,
      }),
    ]);
  },
};
