// One agency across years: a chart and a year-by-year table with cross-year findings.
import { useEffect, useRef } from 'preact/hooks';
import type { ReportSummary } from '../../src/db/schema';
import { crossYearClass, FORMAT_LABEL } from './ReportTable';
import { AgencyChart } from './AgencyChart';

export function AgencyView({ agency, summaries, onBack, onOpen }: { agency: string; summaries: ReportSummary[]; onBack: () => void; onOpen: (id: string) => void }) {
  const rows = summaries.filter((s) => s.agency === agency).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const name = rows[0]?.agencyName ?? agency;
  const v = (x: number | null) => (x === null ? '—' : x);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [agency]);
  return (
    <section data-testid="agency-view">
      <button onClick={onBack}>← 返回列表 Back</button>
      <h2 tabIndex={-1} ref={heading}>{name} · 历年 Across years</h2>
      <AgencyChart rows={rows} />
      <table class="values">
        <thead>
          <tr>
            <th>年度</th>
            <th>格式</th>
            <th>新收</th>
            <th>上年结转</th>
            <th>办理结果总计</th>
            <th>予以公开</th>
            <th>结转下年</th>
            <th>复议</th>
            <th>诉讼</th>
            <th>跨年问题</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="agency-year">
              <td>
                <a href="#" onClick={(e) => (e.preventDefault(), onOpen(r.id))}>{r.year ?? '?'}</a>
              </td>
              <td>{FORMAT_LABEL[r.format] ?? r.format}</td>
              <td class="num">{v(r.keyNumbers.newReceived)}</td>
              <td class="num">{v(r.keyNumbers.carriedOver)}</td>
              <td class="num">{v(r.keyNumbers.resultsTotal)}</td>
              <td class="num">{v(r.keyNumbers.granted)}</td>
              <td class="num">{v(r.keyNumbers.carriedForward)}</td>
              <td class="num">{v(r.keyNumbers.reviewTotal)}</td>
              <td class="num">{v(r.keyNumbers.litigationTotal)}</td>
              <td class={crossYearClass(r)}>{r.crossYearCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
