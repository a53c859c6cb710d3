import { useEffect } from 'preact/hooks';

/** "Deleted N · Undo" — disappears after `ms` unless undone. */
export function UndoToast({ text, onUndo, onClose, ms = 10_000 }: { text: string; onUndo: () => void; onClose: () => void; ms?: number }) {
  useEffect(() => {
    const t = setTimeout(onClose, ms);
    return () => clearTimeout(t);
  }, [text]);
  return (
    <div class="toast" role="status" data-testid="undo-toast">
      {text} <button onClick={onUndo}>撤销 Undo</button>
    </div>
  );
}
