import { useEffect } from 'preact/hooks';

/**
 * "Deleted N · Undo" — disappears `ms` after the last delete (`since`) unless undone. Timed from
 * `since`, not the text: a second delete of as many reports kept the first one's timer.
 */
export function UndoToast({ text, since, disabled, onUndo, onClose, ms = 10_000 }: { text: string; since: number; disabled?: boolean; onUndo: () => void; onClose: () => void; ms?: number }) {
  useEffect(() => {
    if (disabled) return; // an undo under way is not cut short
    const t = setTimeout(onClose, ms);
    return () => clearTimeout(t);
  }, [since, disabled]);
  return (
    <div class="toast" role="status" data-testid="undo-toast">
      {text} <button disabled={disabled} onClick={onUndo}>撤销 Undo</button>
    </div>
  );
}
