// Toolbar badge per tab: the number of errors + warnings on a report page, '✓' for a clean
// report, nothing elsewhere; coloured by the worst severity.
import type { Severity } from '../model/finding';

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS = { error: '#d32f2f', warning: '#ef6c00', ok: '#2e7d32', info: '#1976d2' } as const;

export function badgeFor(isReport: boolean, counts: Record<Severity, number>): BadgeLook {
  if (!isReport) return { text: '', color: BADGE_COLORS.info, title: '年报助手' };
  const n = (counts.error ?? 0) + (counts.warning ?? 0);
  const color = counts.error > 0 ? BADGE_COLORS.error : counts.warning > 0 ? BADGE_COLORS.warning : BADGE_COLORS.ok;
  const text = n === 0 ? '✓' : n > 999 ? '999+' : String(n);
  return {
    text,
    color,
    title: `年报助手：错误 ${counts.error} · 警告 ${counts.warning} · 提示 ${counts.info}`,
  };
}
