// The toolbar popup: this tab's status (asked from its content script), annotate / save buttons,
// switching the annotator on or off for a site outside *.gov.cn, and a link to the library.
// Browser-locale strings via @wxt-dev/i18n.
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SaveResult } from '../../src/messaging/protocol';
import type { SiteOf } from '../../src/sites/site-pattern';
import { short } from '../../src/ui/headline';
import type { PageStatus, TabRequest } from '../../src/ui/tab-messages';

export interface PopupApi {
  /** sends to the active tab's content script; rejects when there is none */
  ask(req: TabRequest): Promise<unknown>;
  openLibrary(): void;
  /** the active tab's site; `enabled` = the user granted it (sites outside *.gov.cn only) */
  site(): Promise<SiteOf & { enabled?: boolean }>;
  /**
   * Asks the browser for the site's host permission (a prompt; must be the first call in the
   * click handler, which is the user gesture) and starts the annotator in the tab. false = declined.
   */
  enableSite(pattern: string): Promise<boolean>;
  disableSite(pattern: string): Promise<void>;
}

type View = { kind: 'loading' } | { kind: 'none' } | { kind: 'status'; status: PageStatus };
type Site = SiteOf & { enabled?: boolean };

/** The content script needs a moment to start in a tab it was just injected into. */
async function askUntilAnswered(api: PopupApi, tries = 20, gapMs = 150): Promise<PageStatus | null> {
  for (let i = 0; i < tries; i++) {
    const s = (await api.ask({ type: 'page:getStatus' }).catch(() => null)) as PageStatus | null;
    if (s?.ok) return s;
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return null;
}

export function PopupApp({ api }: { api: PopupApi }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [site, setSite] = useState<Site>({ kind: 'unsupported' });

  useEffect(() => {
    api.site().then(setSite, () => undefined);
    api.ask({ type: 'page:getStatus' }).then(
      (s) => setView(s && (s as PageStatus).ok ? { kind: 'status', status: s as PageStatus } : { kind: 'none' }),
      () => setView({ kind: 'none' }),
    );
  }, []);

  async function enable(pattern: string) {
    setBusy(true);
    try {
      const granted = await api.enableSite(pattern); // first await: keeps the click's user gesture
      if (!granted) {
        setNote(i18n.t('popupSiteDeclined'));
        return;
      }
      setSite({ ...site, enabled: true } as Site);
      setNote(i18n.t('popupWorking'));
      const s = await askUntilAnswered(api);
      setView(s ? { kind: 'status', status: s } : { kind: 'none' });
      setNote(s ? '' : i18n.t('popupSiteReload'));
    } catch (e) {
      setNote(i18n.t('popupSiteFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
    }
  }

  async function disable(pattern: string) {
    setBusy(true);
    try {
      await api.disableSite(pattern);
      setSite({ ...site, enabled: false } as Site);
      // the page keeps its content script until reloaded, but without the site's permission nothing
      // more can be loaded into it: "annotate" was still offered, and failed
      setView({ kind: 'none' });
      setNote(i18n.t('popupSiteDisabled'));
    } catch (e) {
      setNote(i18n.t('popupSiteDisableFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
    }
  }

  async function annotate() {
    setBusy(true);
    setNote(i18n.t('popupWorking'));
    try {
      const s = (await api.ask({ type: 'page:annotate' })) as PageStatus;
      setView({ kind: 'status', status: s });
      setNote(''); // a failed analysis is shown with the status, in its own (bilingual) words
    } catch (e) {
      setNote(i18n.t('popupAnalyseFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    setBusy(true);
    try {
      const r = (await api.ask({ type: 'page:save', ...(s ? { url: s.url } : {}) })) as SaveResult;
      setNote(r.ok ? i18n.t('popupSaved') : i18n.t('popupSaveFailed', [r.error ?? '?']));
      // the tab moved on: the popup now shows what it shows, to be saved with a second click
      if (r.otherPage) {
        const now = (await api.ask({ type: 'page:getStatus' }).catch(() => null)) as PageStatus | null;
        setView(now?.ok ? { kind: 'status', status: now } : { kind: 'none' });
      }
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
      {view.kind === 'none' && site.kind !== 'other' && <p data-testid="popup-none">{i18n.t('popupNoContentScript')}</p>}
      {view.kind === 'none' && site.kind === 'other' && !site.enabled && (
        <p data-testid="popup-site-off">{i18n.t('popupSiteOff', [site.host])}</p>
      )}
      {view.kind === 'none' && site.kind === 'other' && site.enabled && <p data-testid="popup-site-reload">{i18n.t('popupSiteReload')}</p>}
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
      {s && s.error && (
        <p class="error" role="alert" data-testid="popup-error">
          {s.error}
        </p>
      )}
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
        {site.kind === 'other' && !site.enabled && view.kind !== 'loading' && (
          <button type="button" data-testid="popup-site-enable" disabled={busy} onClick={() => enable(site.pattern)}>
            {i18n.t('popupSiteEnable', [site.host])}
          </button>
        )}
        {site.kind === 'other' && site.enabled && (
          <button type="button" data-testid="popup-site-disable" disabled={busy} onClick={() => disable(site.pattern)}>
            {i18n.t('popupSiteDisable', [site.host])}
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
