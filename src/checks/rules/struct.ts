// STRUCT-*: required sections, tables under their headings, table shape, heading numbering.
import type { Finding } from '../../model/finding';
import type { CellRef, FormatVersion, ReportRecord, SectionInfo, SectionKey } from '../../model/record';
import { hasTable, isUnifiedVersion, refsOf } from '../read';
import { cellsOf, indexOf } from '../record-index';
import { TEMPLATES, TEMPLATE_VERSIONS } from '../templates';
import { makeFinding, notApplicable, result, type CatalogueRule } from '../rule';
import { VERSION_ZH } from './fmt';
import { warningText } from '../../model/parser-text';

const SECTION_ZH: Record<SectionKey, string> = {
  overview: '一、总体情况', activeDisclosure: '二、主动公开政府信息情况', applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况', problems: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项', fees: '收费及减免情况', appendix: '附表',
};
const UNIFIED_SECTIONS: SectionKey[] = ['overview', 'activeDisclosure', 'applications', 'reviewLitigation', 'problems', 'otherMatters'];

/** a unified (2019+) report by year or by detected version */
const unifiedReport = (r: ReportRecord): boolean =>
  isUnifiedVersion(r.meta.formatVersion) || (r.meta.reportYear !== null && r.meta.reportYear >= 2019 && r.meta.formatVersion !== 'pre2019');

const allText = (r: ReportRecord): string => Object.values(r.sections).map((s) => `${s?.label ?? ''}${s?.text ?? ''}`).join('\n');

/** Art. 32 topics of pre-2019 reports: covered by a section, the appendix, or the narrative. */
const ART32: { zh: string; en: string; covered: (r: ReportRecord, text: string) => boolean }[] = [
  { zh: '主动公开情况', en: 'proactive disclosure', covered: (r, t) => !!r.sections.activeDisclosure || hasKey(r, 'legacyStats.proactive.', 'legacyStats.channels.') || /主动公开/.test(t) },
  { zh: '依申请公开情况', en: 'applications', covered: (r, t) => !!r.sections.applications || hasKey(r, 'legacyStats.requests.') || /依申请/.test(t) },
  { zh: '收费及减免情况', en: 'fees', covered: (r, t) => !!r.sections.fees || hasKey(r, 'legacyStats.requestFees') || /收费|收取.{0,6}费用|减免/.test(t) },
  { zh: '行政复议、行政诉讼情况', en: 'reviews and lawsuits', covered: (r, t) => !!r.sections.reviewLitigation || hasKey(r, 'legacyStats.review.', 'legacyStats.litigation.') || /复议|诉讼/.test(t) },
  { zh: '存在的主要问题及改进情况', en: 'problems and improvements', covered: (r, t) => !!r.sections.problems || /问题|不足|改进/.test(t) },
  { zh: '其他需要报告的事项', en: 'other matters', covered: (r, t) => !!r.sections.otherMatters || /其[他它]需要报告|其[他它]事项|其[他它]应报告/.test(t) },
];
/** some cell key starts with one of the prefixes (plain loops: this runs over every key) */
function hasKey(r: ReportRecord, ...prefixes: string[]): boolean {
  for (const k of indexOf(r).keys) for (const p of prefixes) if (k.startsWith(p)) return true;
  return false;
}

export const structSectionMissing: CatalogueRule = {
  id: 'STRUCT-SECTION-MISSING',
  severity: 'warning',
  appliesTo: 'all (info for pre2019)',
  formula: 'a required heading absent (≥2019: 一…六; pre2019: the six Art.-32 topics, narrative or appendix)',
  description: {
    zh: '缺少规定的部分（2019年起为一至六部分；此前为条例第三十二条六项内容，可由正文或统计表覆盖）',
    en: 'A required part is missing (2019+: the six headings; before: the six Art. 32 topics, in text or appendix)',
  },
  reads: ['sections', 'legacyStats.*'],
  check({ record }) {
    if (unifiedReport(record)) {
      const missing = UNIFIED_SECTIONS.filter((k) => !record.sections[k]);
      if (missing.length === 0) return result([{ scope: '', outcome: 'pass' }]);
      return result([{ scope: '', outcome: 'fail' }], [
        makeFinding(structSectionMissing, record, {
          zh: `缺少${missing.length}个部分：${missing.map((k) => SECTION_ZH[k]).join('；')}`,
          en: `missing part(s): ${missing.join(', ')}`,
          keys: missing.map((k) => `sections.${k}`),
        }),
      ]);
    }
    const text = allText(record);
    if (record.meta.formatVersion !== 'pre2019' && !text && indexOf(record).keys.length === 0)
      return result([{ scope: '', outcome: 'notAssessable', note: 'no text read' }]);
    const missing = ART32.filter((t) => !t.covered(record, text));
    if (missing.length === 0) return result([{ scope: '', outcome: 'pass' }]);
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(structSectionMissing, record, {
        severity: 'info',
        zh: `未见条例第三十二条要求的内容：${missing.map((t) => t.zh).join('、')}`,
        en: `Art. 32 topic(s) not covered: ${missing.map((t) => t.en).join(', ')}`,
      }),
    ]);
  },
};

const TABLE_OF: [SectionKey, 'table2' | 'table3' | 'table4', string][] = [
  ['activeDisclosure', 'table2', '表二'],
  ['applications', 'table3', '表三'],
  ['reviewLitigation', 'table4', '表四'],
];

export const structTableMissing: CatalogueRule = {
  id: 'STRUCT-TABLE-MISSING',
  severity: 'warning',
  appliesTo: '≥2019',
  formula: 'heading 二/三/四 present, no table parsed under it',
  description: {
    zh: '有二、三、四部分标题但其下没有可读的表格（常见为图片或附件），相关表格核对无法进行',
    en: 'Heading 二/三/四 present but no readable table under it (often an image or attachment); its table checks cannot run',
  },
  reads: ['sections.activeDisclosure', 'sections.applications', 'sections.reviewLitigation', 'table2.*', 'table3.*', 'table4.*'],
  check({ record }) {
    if (!unifiedReport(record)) return notApplicable('unified tables begin with the 2019 reports');
    const scopes = [];
    const findings: Finding[] = [];
    for (const [sec, table, zh] of TABLE_OF) {
      const s = record.sections[sec];
      if (!s) {
        scopes.push({ scope: zh, outcome: hasTable(record, table) ? ('pass' as const) : ('notAssessable' as const), note: 'heading not found' });
        continue;
      }
      if (s.hasTable || hasTable(record, table)) {
        scopes.push({ scope: zh, outcome: 'pass' as const });
        continue;
      }
      scopes.push({ scope: zh, outcome: 'fail' as const });
      findings.push(
        makeFinding(structTableMissing, record, {
          zh: `“${s.label}”下没有可读的${zh}（可能是图片或附件），${zh}的核对无法进行`,
          en: `no readable ${table} under “${s.label}” (image or attachment?); its checks are not assessable`,
          keys: [`sections.${sec}`],
          cells: s.ref ? [s.ref] : [],
          scope: zh,
        }),
      );
    }
    return result(scopes, findings);
  },
};

const TABLE_ZH = { table2: '表二', table3: '表三', table4: '表四' } as const;

export const structTableShape: CatalogueRule = {
  id: 'STRUCT-TABLE-SHAPE',
  severity: 'warning',
  appliesTo: 'unified',
  formula: 'row/column count ≠ template (table 3: 23 rows 2019 / 25 rows 2021 × 7 values; table 4: 15 values; table 2: 5/4 sub-tables)',
  description: {
    zh: '表格行列与模板不符（缺行、缺列或多出的值）',
    en: 'Table rows/columns differ from the template (missing or extra values)',
  },
  reads: ['table2.*', 'table3.*', 'table4.*'],
  check({ record }) {
    const v = record.meta.formatVersion;
    if (v !== 'trial2019' && v !== 'rev2021') return notApplicable('template known only for trial2019/rev2021');
    const scopes = [];
    const findings: Finding[] = [];
    for (const table of ['table2', 'table3', 'table4'] as const) {
      if (!hasTable(record, table)) continue; // STRUCT-TABLE-MISSING
      const { keys: expected, set: want } = TEMPLATES[v][table];
      // the record index counted the printed cells in and outside the template: a table that
      // matches it needs no pass over its cells (the lists below are then empty, as the pass finds)
      const counts = cellsOf(record, table);
      const slot = TEMPLATE_VERSIONS.indexOf(v);
      const printedExpected = counts.inTemplate[slot]!;
      const extra: string[] = [];
      if (counts.unexpected[slot]! > 0)
        for (const entry of counts.printed) {
          const k = entry[0]; // not `const [k] of`: destructuring runs the iterator protocol until the loop is optimised
          if (!want.has(k) && !k.startsWith('table3.orgSubtotal.') && !k.endsWith('.subtotal')) extra.push(k);
        }
      const missing = printedExpected === expected.length ? [] : expected.filter((k) => !record.cells[k]);
      const warned = record.warnings.filter((w) => w.code === 'cell-count' && (w.keys ?? []).some((k) => k.startsWith(`${table}.`)));
      if (missing.length === 0 && extra.length === 0 && warned.length === 0) {
        scopes.push({ scope: table, outcome: 'pass' as const });
        continue;
      }
      scopes.push({ scope: table, outcome: 'fail' as const });
      const refs: CellRef[] = [...refsOf(record, extra), ...warned.flatMap((w) => (w.ref ? [w.ref] : []))];
      const list = (ks: string[]) => ks.slice(0, 6).join(', ') + (ks.length > 6 ? ` …(+${ks.length - 6})` : '');
      findings.push(
        makeFinding(structTableShape, record, {
          zh: `${TABLE_ZH[table]}与${VERSION_ZH[v]}的模板不符：${[
            ...(missing.length ? [`缺${missing.length}个值`] : []),
            ...(extra.length ? [`多${extra.length}个值`] : []),
            ...warned.map((w) => warningText(w, 'zh')),
          ].join('；')}`,
          en: `${table} differs from the ${v} template: ${[
            ...(missing.length ? [`${missing.length} value(s) missing (${list(missing)})`] : []),
            ...(extra.length ? [`${extra.length} unexpected (${list(extra)})`] : []),
            ...warned.map((w) => w.message),
          ].join('; ')}`,
          left: expected.length - missing.length + extra.length,
          right: expected.length,
          delta: extra.length - missing.length,
          keys: [...missing, ...extra],
          cells: refs,
          scope: table,
        }),
      );
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'no unified table parsed' }]);
    return result(scopes, findings);
  },
};

const NUMERALS = '一二三四五六七八九十';
function headingNumber(label: string): number | null {
  const m = /^\s*([一二三四五六七八九十]{1,3})\s*[、.．]/.exec(label);
  if (!m) return null;
  const s = m[1]!;
  if (s.length === 1) return NUMERALS.indexOf(s) + 1;
  if (s[0] === '十') return 10 + (NUMERALS.indexOf(s[1]!) + 1);
  return (NUMERALS.indexOf(s[0]!) + 1) * 10 + (s[2] ? NUMERALS.indexOf(s[2]) + 1 : 0);
}
const refOrder = (r: CellRef | null): number => (r === null ? Infinity : r.source === 'text' ? r.block * 1e6 + r.start : r.table * 1e6 + r.row);

export const structNumbering: CatalogueRule = {
  id: 'STRUCT-NUMBERING',
  severity: 'info',
  appliesTo: 'all',
  formula: 'heading numerals skip or repeat',
  description: {
    zh: '部分标题序号跳号或重复（常提示提取时丢失了内容）',
    en: 'Heading numerals skip or repeat (often a sign that extraction lost text)',
  },
  reads: ['sections.*.label'],
  check({ record }) {
    // one loop, and the order key read once per heading (the same stable sort by refOrder; read
    // only when there is something to sort, as the comparator was)
    const heads: { s: SectionInfo; n: number; at: number }[] = [];
    for (const s of Object.values(record.sections)) {
      if (!s) continue;
      const n = headingNumber(s.label);
      if (n !== null) heads.push({ s, n, at: 0 });
    }
    if (heads.length > 1) {
      for (const h of heads) h.at = refOrder(h.s.ref);
      heads.sort((a, b) => a.at - b.at);
    }
    const warned = record.warnings.filter((w) => /numbering/.test(w.code));
    if (heads.length < 2 && warned.length === 0) return result([{ scope: '', outcome: 'notAssessable', note: 'fewer than two numbered headings' }]);
    const problems: string[] = warned.map((w) => w.message);
    const cells: CellRef[] = [];
    heads.forEach((h, i) => {
      const prev = heads[i - 1];
      if (prev && h.n !== prev.n + 1) {
        problems.push(`${prev.s.label.slice(0, 12)} → ${h.s.label.slice(0, 12)}`);
        if (h.s.ref) cells.push(h.s.ref);
      }
    });
    if (problems.length === 0) return result([{ scope: '', outcome: 'pass' }]);
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(structNumbering, record, {
        outcome: 'info',
        zh: `标题序号不连续：${problems.join('；')}`,
        en: `heading numerals out of sequence: ${problems.join('; ')}`,
        cells,
      }),
    ]);
  },
};
