// The saved-reports table. Only the rows in view are rendered (fixed row height), so
// 10,000 rows scroll as fast as 100.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportSummary } from '../../src/db/schema';
import type { Sort, SortKey } from './filter-sort';

/** coloured by the worst cross-year finding (an info-only X-JUMP is no warning); a summary saved before that was kept: warning, as before */
export const crossYearClass = (s: ReportSummary): string => (s.crossYearCount ? `num sev-${s.crossYearSeverity ?? 'warning'}` : 'num');

export const ROW_HEIGHT = 30;
const VIEW_ROWS = 22;
const OVERSCAN = 8;

/** short names of the template generations, for the table's column and the detail view */
export const FORMAT_LABEL: Record<string, string> = { rev2021: '2021版', trial2019: '2019版', pre2019: '2019前', unknown: '未知' };

interface Column {
  key: SortKey;
  label: string;
  cell: (s: ReportSummary) => string | number;
}

const n = (v: number | null) => (v === null ? '' : v);

const COLUMNS: Column[] = [
  { key: 'agencyName', label: '机关 Agency', cell: (s) => s.agencyName || s.title || s.url },
  { key: 'year', label: '年度 Year', cell: (s) => n(s.year) },
  { key: 'format', label: '格式', cell: (s) => FORMAT_LABEL[s.format] ?? s.format },
  { key: 'newReceived', label: '新收', cell: (s) => n(s.keyNumbers.newReceived) },
  { key: 'resultsTotal', label: '办结', cell: (s) => n(s.keyNumbers.resultsTotal) },
  { key: 'carriedForward', label: '结转', cell: (s) => n(s.keyNumbers.carriedForward) },
  { key: 'reviewTotal', label: '复议', cell: (s) => n(s.keyNumbers.reviewTotal) },
  { key: 'litigationTotal', label: '诉讼', cell: (s) => n(s.keyNumbers.litigationTotal) },
  { key: 'errors', label: '错误', cell: (s) => s.counts.error },
  { key: 'warnings', label: '警告', cell: (s) => s.counts.warning },
  { key: 'infos', label: '提示', cell: (s) => s.counts.info },
  { key: 'crossYear', label: '跨年', cell: (s) => s.crossYearCount },
  { key: 'lastSavedAt', label: '保存于 Saved', cell: (s) => s.lastSavedAt.slice(0, 16).replace('T', ' ') },
];

interface Props {
  rows: ReportSummary[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  onOpen: (id: string) => void;
  /** where the list was scrolled to when it was left for a report (Back had put it at the top) */
  scrollTop?: number;
  onScrolled?: (top: number) => void;
  /** the report just left: its link gets the focus back */
  focusId?: string | null;
}

export function ReportTable({ rows, sort, onSort, selected, onToggle, onToggleAll, onOpen, scrollTop: initialTop = 0, onScrolled, focusId }: Props) {
  const [scrollTop, setScrollTop] = useState(initialTop);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current && initialTop) box.current.scrollTop = initialTop;
    if (focusId) box.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(focusId)}"] a`)?.focus({ preventScroll: true });
  }, []);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, first + VIEW_ROWS + 2 * OVERSCAN);
  const visible = rows.slice(first, last);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <div
      class="table-scroll"
      ref={box}
      style={{ height: `${(VIEW_ROWS + 1) * ROW_HEIGHT}px` }}
      onScroll={(e) => {
        const top = (e.currentTarget as HTMLElement).scrollTop;
        setScrollTop(top);
        onScrolled?.(top);
      }}
      data-testid="report-table"
    >
      <table>
        <thead>
          <tr>
            <th class="sel">
              <input
                type="checkbox"
                aria-label="全选 select all"
                checked={allSelected}
                onChange={(e) => onToggleAll((e.currentTarget as HTMLInputElement).checked)}
              />
            </th>
            {COLUMNS.map((c) => (
              <th key={c.key} class="sortable" aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
                {/* a button: sortable from the keyboard (a clickable <th> took no focus) */}
                <button type="button" class="sort" onClick={() => onSort(c.key)}>
                  {c.label}
                  {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr style={{ height: `${first * ROW_HEIGHT}px` }} aria-hidden="true" />}
          {visible.map((s) => (
            <tr key={s.id} data-testid="report-row" data-id={s.id} class={selected.has(s.id) ? 'selected' : ''} style={{ height: `${ROW_HEIGHT}px` }}>
              <td class="sel">
                <input type="checkbox" aria-label="选择 select" checked={selected.has(s.id)} onChange={() => onToggle(s.id)} />
              </td>
              {COLUMNS.map((c, i) => (
                <td key={c.key} class={cellClass(c.key, s)} title={i === 0 ? s.title : undefined}>
                  {i === 0 ? (
                    <a
                      href={`#report/${encodeURIComponent(s.id)}`}
                      onClick={(e) => {
                        if (e.ctrlKey || e.metaKey || e.shiftKey) return; // a new tab or window opens the report at its address
                        e.preventDefault();
                        onOpen(s.id);
                      }}
                    >
                      {c.cell(s)}
                    </a>
                  ) : (
                    c.cell(s)
                  )}
                </td>
              ))}
            </tr>
          ))}
          {last < rows.length && <tr style={{ height: `${(rows.length - last) * ROW_HEIGHT}px` }} aria-hidden="true" />}
        </tbody>
      </table>
      {rows.length === 0 && <p class="empty">没有报告。打开一份年报并点击“保存”。 / No saved reports match.</p>}
    </div>
  );
}

function cellClass(key: SortKey, s: ReportSummary): string {
  if (key === 'errors' && s.counts.error > 0) return 'num sev-error';
  if (key === 'warnings' && s.counts.warning > 0) return 'num sev-warning';
  if (key === 'crossYear' && s.crossYearCount > 0) return crossYearClass(s);
  return key === 'agencyName' || key === 'format' || key === 'lastSavedAt' ? '' : 'num';
}
