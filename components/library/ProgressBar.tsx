import { useEffect, useState } from 'preact/hooks';

/** Shown only when the task runs longer than `delayMs`, so quick exports do not flash. */
export function ProgressBar({ fraction, label, delayMs = 300 }: { fraction: number | null; label: string; delayMs?: number }) {
  const [visible, setVisible] = useState(false);
  const running = fraction !== null;
  useEffect(() => {
    if (!running) return setVisible(false);
    const t = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(t);
  }, [running, delayMs]);
  if (!running || !visible) return null;
  const pct = Math.round(fraction * 100);
  return (
    <div class="progress" data-testid="progress">
      <progress max={100} value={pct} aria-label={label} /> {label} {pct}%
    </div>
  );
}
