// The toolbar popup: this tab's status (asked from its content script), annotate / save buttons,
// and a link to the library. Browser-locale strings via @wxt-dev/i18n.
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SaveResult } from '../../src/messaging/protocol';
import { short } from '../../src/ui/headline';
import type { PageStatus, TabRequest } from '../../src/ui/tab-messages';

export interface PopupApi {
  /** sends to the active tab's content script; rejects when there is none */
  ask(req: TabRequest): Promise<unknown>;
  openLibrary(): void;
}

type View = { kind: 'loading' } | { kind: 'none' } | { kind: 'status'; status: PageStatus };

export function PopupApp({ api }: { api: PopupApi }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');

  useEffect(() => {
    api.ask({ type: 'page:getStatus' }).then(
      (s) => setView(s && (s as PageStatus).ok ? { kind: 'status', status: s as PageStatus } : { kind: 'none' }),
      () => setView({ kind: 'none' }),
    );
  }, []);

  async function annotate() {
    setBusy(true);
    setNote(i18n.t('popupWorking'));
    try {
      const s = (await api.ask({ type: 'page:annotate' })) as PageStatus;
      setView({ kind: 'status', status: s });
      setNote(s.error ? i18n.t('popupAnalyseFailed', [s.error]) : '');
    } catch (e) {
      setNote(i18n.t('popupAnalyseFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    setBusy(true);
    try {
      const r = (await api.ask({ type: 'page:save' })) as SaveResult;
      setNote(r.ok ? i18n.t('popupSaved') : i18n.t('popupSaveFailed', [r.error ?? '?']));
    } catch (e) {
      setNote(i18n.t('popupSaveFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
    }
  }

  const s = view.kind === 'status' ? view.status : null;
  return (
    <main data-testid="popup" class="popup">
      <h1>{i18n.t('popupTitle')}</h1>
      {view.kind === 'none' && <p data-testid="popup-none">{i18n.t('popupNoContentScript')}</p>}
      {s && s.isReport && s.analysed && !s.error && (
        <section data-testid="popup-report">
          <p class="title">{short(s.agency ?? s.title, 80)}</p>
          {s.year !== null && <p>{i18n.t('popupYear', [String(s.year)])}</p>}
          <p data-testid="popup-counts">
            {i18n.t('popupFindings', [String(s.counts.error), String(s.counts.warning), String(s.counts.info)])}
          </p>
        </section>
      )}
      {s && !s.analysed && <p data-testid="popup-not-report">{i18n.t('popupNotReport')}</p>}
      <div class="actions">
        {s && !(s.analysed && !s.error) && (
          <button type="button" data-testid="popup-annotate" disabled={busy} onClick={annotate}>
            {i18n.t('popupAnnotate')}
          </button>
        )}
        {s && s.analysed && !s.error && (
          <button type="button" data-testid="popup-save" disabled={busy} onClick={save}>
            {i18n.t('popupSave')}
          </button>
        )}
        <button type="button" data-testid="popup-library" onClick={() => api.openLibrary()}>
          {i18n.t('popupOpenLibrary')}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid="popup-note">
        {note}
      </p>
    </main>
  );
}
