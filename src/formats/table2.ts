// Table 2 (主动公开政府信息情况), spec §3.2 (2019 trial) and §4.2 (2021 revised).
// The two layouts never share a key except `decisions`.
import { label, type LabelPattern } from './labels';

export interface T2Row {
  item: string;
  pattern: LabelPattern;
  /** value keys in print order (header order) */
  columns: string[];
  /** unit implied by the header */
  unit?: string;
  /** the cell keys `table2.<item>.<column>` in column order (built once, not per page) */
  keys: string[];
}

const row = (item: string, canonical: string, variants: string[], columns: string[], unit?: string): T2Row => ({
  item,
  pattern: label(canonical, variants),
  columns,
  keys: columns.map((c) => `table2.${item}.${c}`),
  ...(unit ? { unit } : {}),
});

export const T2_ROWS_2019: T2Row[] = [
  row('regulations', '规章', [], ['newlyMade', 'newlyPublished', 'totalPublished']),
  row('normativeDocs', '规范性文件', ['行政规范性文件'], ['newlyMade', 'newlyPublished', 'totalPublished']),
  row('licensing', '行政许可', [], ['prevYearItems', 'yearChange', 'decisions']),
  row('otherServices', '其他对外管理服务事项', [], ['prevYearItems', 'yearChange', 'decisions']),
  row('penalty', '行政处罚', [], ['prevYearItems', 'yearChange', 'decisions']),
  row('coercion', '行政强制', [], ['prevYearItems', 'yearChange', 'decisions']),
  row('adminFees', '行政事业性收费', [], ['prevYearItems', 'yearChange']),
  row('centralProcurement', '政府集中采购', [], ['projects', 'amountYuan']),
];

export const T2_ROWS_2021: T2Row[] = [
  row('regulations', '规章', [], ['issued', 'repealed', 'inForce']),
  row('normativeDocs', '行政规范性文件', ['规范性文件'], ['issued', 'repealed', 'inForce']),
  row('licensing', '行政许可', [], ['decisions']),
  row('penalty', '行政处罚', [], ['decisions']),
  row('coercion', '行政强制', [], ['decisions']),
  row('adminFees', '行政事业性收费', [], ['amountWanYuan'], '万元'),
];

/** Sub-table title and header cells: they end a row's values. */
export const T2_STOPS: LabelPattern[] = [label('第二十条第'), label('信息内容', ['信息'])];

export const T2_START = /第\s*二\s*十\s*条\s*第\s*[(（]\s*一\s*[)）]\s*项/;

/** 2021 column headers (spec §9 rule 1). */
export const T2_2021_HEADERS = /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额/;

/** Header variants worth reporting (LABEL-VARIANT). */
export const T2_VARIANTS: Array<{ printed: RegExp; text: string; canonical: string }> = [
  { printed: /本年制作数量/, text: '本年制作数量', canonical: '本年新制作数量' },
  { printed: /本公开数量/, text: '本公开数量', canonical: '本年新公开数量' },
  { printed: /第二十条第\s*[(（][五六八九一][)）]\s*项\s*(?:\|\s*)?信息\s*(?!内容)/, text: '信息', canonical: '信息内容' },
];
