// Hand-made records and findings for component tests (Shanghai 2019's headline numbers).
import type { Finding } from '../../../src/model/finding';
import type { CellValue, ReportRecord } from '../../../src/model/record';

export function cell(value: number | null, ref: CellValue['ref'] = null): CellValue {
  return { value, raw: value === null ? '' : String(value), kind: value === null ? 'blank' : 'number', ref };
}

export function shanghaiRecord(): ReportRecord {
  const ref = (row: number, col: number) => ({ source: 'table' as const, table: 2, row, col });
  return {
    schemaVersion: 1,
    meta: {
      url: 'http://www.shanghai.gov.cn/nw12344/20200131/report.html',
      title: '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      h1: null,
      reportYear: 2019,
      reportYearSource: 'title',
      agencyName: '上海市人民政府办公厅',
      agencyKind: 'department',
      publishedOn: '2020-01-31',
      publishedOnSource: '发布日期',
      formatVersion: 'trial2019',
      formatEvidence: ['本年新制作数量'],
      basisCited: [],
      statPeriod: null,
      textTransforms: [],
      sectionsFound: ['overview'],
      parserVersion: 'test',
    },
    cells: {
      'table3.total.newReceived': cell(859, ref(3, 9)),
      'table3.total.carriedOver': cell(18, ref(4, 9)),
      'table3.total.granted': cell(300, ref(5, 9)),
      'table3.total.partiallyGranted': cell(40, ref(6, 9)),
      'table3.total.resultsTotal': cell(805, ref(24, 9)),
      'table3.total.carriedForward': cell(72, ref(25, 9)),
      'table4.review.total': cell(7, ref(2, 4)),
      'table4.litigationDirect.total': cell(5, ref(2, 9)),
      'table4.litigationAfterReview.total': cell(4, ref(2, 14)),
    },
    sections: {},
    narrative: [{ topic: 'proactiveTotal', value: 12345, phrase: '主动公开政府信息12345条', ref: null }],
    warnings: [],
  };
}

export function finding(rule: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity,
    outcome: 'fail',
    message: { zh: `${rule} 不成立`, en: `${rule} does not hold` },
    formula: '一+二 = 41 ≠ 三(七)+四 = 42',
    left: 41,
    right: 42,
    delta: -1,
    keys: [],
    cells: [{ source: 'table', table: 0, row: 1, col: 1 }],
    formatVersion: 'trial2019',
    ...extra,
  };
}
