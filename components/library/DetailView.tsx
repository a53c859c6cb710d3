// One saved report: meta, findings (own and cross-year) and every value grouped by table.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportSummary, SavedReport } from '../../src/db/schema';
import { codebook } from '../../src/export/codebook';
import { call, type LibraryApi } from './api';
import { FindingList } from './FindingList';
import { FORMAT_LABEL } from './ReportTable';
import { warningText } from '../../src/model/parser-text';

const TABLES: [string, string][] = [
  ['table2', '表二 主动公开'],
  ['table3', '表三 收到和处理申请'],
  ['table4', '表四 行政复议、行政诉讼'],
  ['legacyStats', '统计表 (2019 年前)'],
];

interface Loaded {
  report: SavedReport;
  previous: ReportSummary | null;
  next: ReportSummary | null;
  preferred: ReportSummary | null;
  compared: { previous: boolean; next: boolean };
}

/**
 * What an empty cross-year list means: consistent only with a neighbour some X-* rule could
 * compare (a 2018 统计表 next to 2019's tables has no common equation, yet read "consistent").
 */
function noCrossYearText({ previous, next, preferred, compared }: Loaded): string {
  if (preferred) return `本年度另一份报告用于跨年核对：${preferred.title || preferred.url} / Another report of this year is the one compared across years: ${preferred.url}`;
  if (!previous && !next) return '资料库中没有本机关相邻年度的报告。 / No neighbouring year saved.';
  const years = (p: boolean, n: boolean) => [p && previous?.year, n && next?.year].filter((y): y is number => typeof y === 'number');
  const checked = years(compared.previous, compared.next);
  const unchecked = years(Boolean(previous) && !compared.previous, Boolean(next) && !compared.next);
  const parts: string[] = [];
  if (checked.length) parts.push(`与${checked.join('、')}年报告一致。 / Consistent with the ${checked.join(' and ')} report.`);
  if (unchecked.length) parts.push(`与${unchecked.join('、')}年报告没有可核对的数字。 / Nothing comparable with the ${unchecked.join(' and ')} report.`);
  return parts.join(' ');
}

export function DetailView({ api, id, onBack, onAgency, onOpen }: { api: LibraryApi; id: string; onBack: () => void; onAgency: (agency: string) => void; onOpen: (id: string) => void }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setData(null);
    call(api, { type: 'library:get', id }).then(setData, (e: Error) => setError(e.message));
  }, [api, id]);
  // the keyboard lands on the report opened (focus had stayed on a row link that was gone)
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [data?.report.id]);

  if (error) return <p class="error" role="alert">{error}</p>;
  if (!data) return <p class="muted">载入中… Loading…</p>;
  const { report, previous, next } = data;
  const meta = report.record.meta;
  const labels = new Map(codebook().map((e) => [e.key, e.label]));
  const groups = TABLES.map(([prefix, title]) => ({
    title,
    cells: Object.entries(report.record.cells).filter(([k]) => k.startsWith(`${prefix}.`)),
  }));
  const other = Object.entries(report.record.cells).filter(([k]) => !TABLES.some(([p]) => k.startsWith(`${p}.`)));
  if (other.length) groups.push({ title: '其他 other', cells: other });

  return (
    <section data-testid="detail">
      <button onClick={onBack}>← 返回列表 Back</button>
      <h2 tabIndex={-1} ref={heading}>{meta.title ?? report.id}</h2>
      <p>
        <a href={meta.url ?? report.id} target="_blank" rel="noreferrer">{meta.url ?? report.id}</a>
      </p>
      <p>
        {meta.agencyName ?? '机关未知'} · {meta.reportYear ?? '年度未知'} · 格式 {FORMAT_LABEL[meta.formatVersion] ?? meta.formatVersion} · 解析器 {report.parserVersion} · 首次保存{' '}
        {report.firstSavedAt.slice(0, 10)} · 最近保存 {report.lastSavedAt.slice(0, 10)}（共 {report.saveCount} 次）
      </p>
      <p>
        {previous && <button onClick={() => onOpen(previous.id)}>← {previous.year} 年</button>}{' '}
        {report.agency && <button onClick={() => onAgency(report.agency)}>本机关历年 Across years</button>}{' '}
        {next && <button onClick={() => onOpen(next.id)}>{next.year} 年 →</button>}
      </p>
      <h3>检查结果 Findings ({report.findings.length})</h3>
      <FindingList findings={report.findings} empty="没有发现问题。 / No findings." testId="findings-report" />
      <h3>跨年核对 Cross-year ({report.crossYear.length})</h3>
      <FindingList
        testId="findings-crossYear"
        findings={report.crossYear}
        empty={noCrossYearText(data)}
      />
      {report.record.warnings.length > 0 && (
        <details data-testid="parse-notes">
          <summary>解析提示 Parser notes ({report.record.warnings.length})</summary>
          <ul>
            {report.record.warnings.map((w, i) => (
              <li key={i}>
                {warningText(w, 'zh')}
                <span class="muted"> — {w.message}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {groups
        .filter((g) => g.cells.length)
        .map((g) => (
          <details key={g.title} open>
            <summary>
              {g.title} ({g.cells.length})
            </summary>
            <table class="values">
              <thead>
                <tr>
                  <th>字段 Field</th>
                  <th>数值 Value</th>
                  <th>原文 Printed</th>
                  <th>类型 Kind</th>
                </tr>
              </thead>
              <tbody>
                {g.cells.map(([k, c]) => (
                  <tr key={k}>
                    <td title={k}>{labels.get(k) ?? k}</td>
                    <td class="num">{c.value ?? ''}</td>
                    <td>{c.raw}</td>
                    <td>
                      {c.kind}
                      {c.derived ? ' (计算)' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
    </section>
  );
}
