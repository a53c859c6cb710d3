// 10,000 saved rows made from parsed fixture records (or a synthetic record when the parser is
// not available): each copy gets its own URL, agency and year so the store's indexes and the
// cross-year logic see a realistic spread. Pure: runs in Node and in the bench page.
import { agencyKey, countFindings } from '../../src/db/summary';
import type { SavedReport } from '../../src/db/schema';
import type { Finding } from '../../src/model/finding';
import type { ReportRecord } from '../../src/model/record';

export interface Sample {
  record: ReportRecord;
  findings: Finding[];
}

/** A plausible record when no parsed fixture is available (the results say so). */
export function syntheticSample(): Sample {
  const cells: ReportRecord['cells'] = {};
  const rows = ['newReceived', 'carriedOver', 'granted', 'partiallyGranted', 'resultsTotal', 'carriedForward'];
  const cols = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];
  let n = 0;
  for (const r of rows) for (const c of cols) cells[`table3.${c}.${r}`] = { value: n % 97, raw: String(n++ % 97), kind: 'number', ref: { source: 'table', table: 2, row: n, col: 1 } };
  return {
    record: {
      schemaVersion: 1,
      meta: {
        url: null, title: '', h1: null, reportYear: null, reportYearSource: null, agencyName: null, agencyKind: 'department',
        publishedOn: null, publishedOnSource: null, formatVersion: 'rev2021', formatEvidence: [], basisCited: [], statPeriod: null,
        textTransforms: [], sectionsFound: [], parserVersion: 'synthetic',
      },
      cells, sections: {}, narrative: [], warnings: [],
    },
    findings: [],
  };
}

export function makeRows(samples: Sample[], count: number): SavedReport[] {
  const base = samples.length ? samples : [syntheticSample()];
  return Array.from({ length: count }, (_, i) => {
    const s = base[i % base.length]!;
    const agencyName = `${s.record.meta.agencyName ?? '某某局'}${Math.floor(i / 16)}`;
    const year = 2009 + (i % 16);
    const url = `https://www.b${i % 97}.gov.cn/zfxxgknb/${year}/t_${i}.htm`;
    const record: ReportRecord = { ...s.record, meta: { ...s.record.meta, url, agencyName, reportYear: year } };
    const stamp = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
    return {
      id: url, record, findings: s.findings, crossYear: [], firstSavedAt: stamp, lastSavedAt: stamp,
      parserVersion: record.meta.parserVersion, agency: agencyKey(agencyName, url), year, format: record.meta.formatVersion,
      counts: countFindings(s.findings), saveCount: 1,
    };
  });
}
