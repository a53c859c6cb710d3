// Cell-level observations: labels matched through variants, blank cells, text in value cells.
import type { Finding } from '../../model/finding';
import type { CellRef, CellValue } from '../../model/record';
import { uniqueRefs } from '../read';
import { cellsOf, indexOf } from '../record-index';
import { makeFinding, result, type CatalogueRule } from '../rule';

const TABLES: [string, string][] = [
  ['table2.', '表二'],
  ['table3.', '表三'],
  ['table4.', '表四'],
  ['legacyStats.', '统计表'],
];

function refs(entries: [string, CellValue][]): CellRef[] {
  const out: CellRef[] = [];
  for (const entry of entries) if (entry[1].ref) out.push(entry[1].ref); // by index: no iterator per entry
  return out;
}

export const labelVariant: CatalogueRule = {
  id: 'LABEL-VARIANT',
  severity: 'info',
  appliesTo: 'all',
  formula: 'a label matched only through a variant/typo rule',
  description: { zh: '仅通过变体/错别字规则识别的标签（附规范标签）', en: 'Labels matched only through a variant or typo rule, with the canonical label' },
  reads: ['*.labelVariant'],
  check({ record }) {
    const hits = indexOf(record).labelVariants;
    if (hits.length === 0) return result([{ scope: '', outcome: 'pass' }]);
    const pairs = [...new Set(hits.map(([, c]) => `${c.labelVariant!.printed}→${c.labelVariant!.canonical}`))];
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(labelVariant, record, {
        outcome: 'info',
        zh: `按变体识别的标签：${pairs.join('，')}`,
        en: `labels read through variants: ${pairs.join(', ')}`,
        keys: hits.map(([k]) => k),
        cells: refs(hits),
      }),
    ]);
  },
};

export const cellBlank: CatalogueRule = {
  id: 'CELL-BLANK',
  severity: 'info',
  appliesTo: 'tables',
  formula: 'blank/placeholder cells in the value area (count, list)',
  description: {
    zh: '表格中空白或“—/无”单元格的数量；核对时视为0，并据此说明',
    en: 'Blank or placeholder cells per table; the checks read them as 0 and say so',
  },
  reads: ['table2.*', 'table3.*', 'table4.*', 'legacyStats.*'],
  check({ record }) {
    const findings: Finding[] = [];
    const scopes = [];
    for (const [prefix, zh] of TABLES) {
      const { printed: cells, blank, placeholders } = cellsOf(record, prefix.slice(0, -1));
      if (cells.length === 0) continue;
      scopes.push({ scope: zh, outcome: blank.length ? ('fail' as const) : ('pass' as const) });
      if (blank.length === 0) continue;
      findings.push(
        makeFinding(cellBlank, record, {
          outcome: 'info',
          zh: `${zh}有${blank.length}个空白单元格${placeholders ? `（其中${placeholders}个为“—/无”等）` : ''}，核对时按0计`,
          en: `${prefix.slice(0, -1)}: ${blank.length} of ${cells.length} cells blank${placeholders ? ` (${placeholders} placeholders)` : ''}; equations read them as 0`,
          left: blank.length,
          right: cells.length,
          keys: blank.map(([k]) => k),
          cells: refs(blank),
          scope: zh,
        }),
      );
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notApplicable', note: 'no table' }]);
    return result(scopes, findings);
  },
};

/**
 * The distinct printed texts of unread cells, first five, quoted: a row the parser could not
 * split gives every one of its cells the row's text, so that row is named once, with its count.
 */
function printedTexts(cells: [string, CellValue][]): string[] {
  const count = new Map<string, number>();
  for (const [, c] of cells) {
    const raw = c.raw.slice(0, 20);
    count.set(raw, (count.get(raw) ?? 0) + 1);
  }
  return [...count].slice(0, 5).map(([raw, n]) => (n > 1 ? `“${raw}”（${n}格）` : `“${raw}”`));
}

export const cellNonNumeric: CatalogueRule = {
  id: 'CELL-NONNUMERIC',
  severity: 'warning',
  appliesTo: 'tables',
  formula: 'value cell of kind text',
  description: {
    zh: '数值单元格未能读成一个数（如“详见附件”“1.2万”“5 3”，或缺一格的行），相关核对无法进行',
    en: 'A value cell could not be read as one number (e.g. “see attachment”, “1.2万”, “5 3”, or a row with a cell missing); checks using it are not assessable',
  },
  reads: ['table2.*', 'table3.*', 'table4.*', 'legacyStats.*'],
  check({ record }) {
    const findings: Finding[] = [];
    const scopes = [];
    for (const [prefix, zh] of TABLES) {
      // digits run together that the parser could not split: unreadable, not text
      const { printed: cells, runs, text } = cellsOf(record, prefix.slice(0, -1));
      if (cells.length === 0) continue;
      scopes.push({ scope: zh, outcome: text.length ? ('fail' as const) : runs.length ? ('notAssessable' as const) : ('pass' as const) });
      if (text.length)
        findings.push(
          makeFinding(cellNonNumeric, record, {
            zh: `${zh}有${text.length}个单元格未能读成数字，相关核对无法进行：${printedTexts(text).join('、')}`,
            en: `${prefix.slice(0, -1)}: ${text.length} value cell(s) could not be read as a number, checks using them are not assessable: ${text.slice(0, 5).map(([k]) => k).join(', ')}`,
            keys: text.map(([k]) => k),
            cells: refs(text),
            scope: zh,
          }),
        );
      if (runs.length) {
        const raws = [...new Set(runs.map(([, c]) => `“${c.raw.slice(0, 20)}”`))];
        findings.push(
          makeFinding(cellNonNumeric, record, {
            outcome: 'notAssessable',
            zh: `${zh}有${runs.length}个单元格数字连写（${raws.slice(0, 4).join('、')}${raws.length > 4 ? '等' : ''}），有多种读法，相关核对无法进行`,
            en: `${prefix.slice(0, -1)}: ${runs.length} cell(s) are digits run together with several readings; checks using them are not assessable`,
            keys: runs.map(([k]) => k),
            cells: uniqueRefs(refs(runs)),
            scope: zh,
          }),
        );
      }
    }
    if (scopes.length === 0) return result([{ scope: '', outcome: 'notApplicable', note: 'no table' }]);
    return result(scopes, findings);
  },
};
