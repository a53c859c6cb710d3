// A small SVG line chart of one agency's applications and outcomes by year (no chart library).
import type { KeyNumbers, ReportSummary } from '../../src/db/schema';

export const SERIES: { key: keyof KeyNumbers; label: string; color: string }[] = [
  { key: 'newReceived', label: '新收申请', color: '#1f77b4' },
  { key: 'resultsTotal', label: '办理结果总计', color: '#2ca02c' },
  { key: 'granted', label: '予以公开', color: '#9467bd' },
  { key: 'carriedForward', label: '结转下年', color: '#ff7f0e' },
];

const W = 560;
const H = 220;
const PAD = { l: 44, r: 12, t: 12, b: 28 };

export function AgencyChart({ rows }: { rows: ReportSummary[] }) {
  const years = rows.map((r) => r.year).filter((y): y is number => y !== null);
  if (years.length === 0) return null;
  const minY = Math.min(...years);
  const maxY = Math.max(...years);
  const values = rows.flatMap((r) => SERIES.map((s) => r.keyNumbers[s.key] ?? 0));
  const maxV = Math.max(1, ...values);
  const x = (year: number) => PAD.l + (maxY === minY ? (W - PAD.l - PAD.r) / 2 : ((year - minY) / (maxY - minY)) * (W - PAD.l - PAD.r));
  const y = (v: number) => H - PAD.b - (v / maxV) * (H - PAD.t - PAD.b);

  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label="历年申请与办理 applications and outcomes by year" data-testid="agency-chart">
        <line x1={PAD.l} y1={H - PAD.b} x2={W - PAD.r} y2={H - PAD.b} stroke="#999" />
        <line x1={PAD.l} y1={PAD.t} x2={PAD.l} y2={H - PAD.b} stroke="#999" />
        <text x={PAD.l - 4} y={PAD.t + 8} text-anchor="end" font-size="10">{maxV}</text>
        <text x={PAD.l - 4} y={H - PAD.b} text-anchor="end" font-size="10">0</text>
        {[...new Set(years)].map((yr) => (
          <text key={yr} x={x(yr)} y={H - 8} text-anchor="middle" font-size="10">{yr}</text>
        ))}
        {SERIES.map((s) => {
          const pts = rows
            .filter((r) => r.year !== null && r.keyNumbers[s.key] !== null)
            .map((r) => [x(r.year!), y(r.keyNumbers[s.key]!)] as const);
          return (
            <g key={s.key} data-series={s.key}>
              {pts.length > 1 && <polyline points={pts.map((p) => p.join(',')).join(' ')} fill="none" stroke={s.color} stroke-width="2" />}
              {pts.map(([px, py], i) => (
                <circle key={i} cx={px} cy={py} r="3" fill={s.color} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {SERIES.map((s) => (
          <span key={s.key} class="legend">
            <span style={{ background: s.color }} /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
