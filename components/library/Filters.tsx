import type { Filters as F, SeverityFilter } from './filter-sort';

const val = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function Filters({ filters, years, onChange }: { filters: F; years: number[]; onChange: (f: F) => void }) {
  return (
    <div class="filters">
      <input
        type="search"
        placeholder="搜索机关或标题 Search agency/title"
        value={filters.text}
        onInput={(e) => onChange({ ...filters, text: val(e) })}
        data-testid="search"
      />
      <select aria-label="年度 year" value={String(filters.year)} onChange={(e) => onChange({ ...filters, year: val(e) === 'any' ? 'any' : Number(val(e)) })}>
        <option value="any">全部年度 All years</option>
        {years.map((y) => (
          <option key={y} value={String(y)}>{y}</option>
        ))}
      </select>
      <select aria-label="格式 format" value={filters.format} onChange={(e) => onChange({ ...filters, format: val(e) })}>
        <option value="any">全部格式 All formats</option>
        <option value="rev2021">2021 版</option>
        <option value="trial2019">2019 版</option>
        <option value="pre2019">2019 年前</option>
        <option value="unknown">未知</option>
      </select>
      <select aria-label="问题 severity" value={filters.severity} onChange={(e) => onChange({ ...filters, severity: val(e) as SeverityFilter })}>
        <option value="any">全部 All</option>
        <option value="error">有错误 With errors</option>
        <option value="warning">有警告 With warnings</option>
        <option value="clean">无错误和警告 Clean</option>
      </select>
    </div>
  );
}
