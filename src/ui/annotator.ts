// The content script's logic, with the browser parts injected so it can be tested in happy-dom:
// detect → (else watch, or wait for "annotate this page") → analyse → highlights + card → badge.
import { canonicalUrl } from '../db/canonical-url';
import { detectReport, type Detection } from '../detect/index';
import { watchForReport, type Watch } from '../detect/watch';
import type { SaveResult } from '../messaging/protocol';
import type { Finding } from '../model/finding';
import type { ReportRecord } from '../model/record';
import { DEFAULT_CARD_STATE, type CardState } from './card-state';
import { headlineOf, severityCounts } from './headline';
import { createHighlighter, type Highlighter, type RefResolver } from './highlight';
import type { PageStatus } from './tab-messages';
import { MARKS, mark } from './timing';

export interface Analysis {
  record: ReportRecord;
  findings: Finding[];
  page: RefResolver;
}

export interface CardMountProps {
  record: ReportRecord;
  findings: Finding[];
  crossYear: Finding[];
  initialState: CardState;
  onStateChange(state: CardState): void;
  onSave(): Promise<SaveResult>;
  onFocusFinding(f: Finding): boolean;
  onDismiss(): void;
}

export interface CardHandle {
  update(props: CardMountProps): void;
  remove(): void;
  /** false once the page took the card's host out of the document */
  connected?(): boolean;
}

export interface AnnotatorDeps {
  doc: Document;
  url(): string;
  analyse(doc: Document, url: string): Promise<Analysis>;
  mountCard(props: CardMountProps): Promise<CardHandle>;
  loadState(): Promise<CardState>;
  saveState(state: CardState): Promise<void>;
  sendStatus(isReport: boolean, counts: PageStatus['counts']): Promise<unknown>;
  save(record: ReportRecord, findings: Finding[]): Promise<SaveResult>;
  /** X-* findings against saved neighbours; may reject (no handler): then nothing is shown */
  crossYear(record: ReportRecord): Promise<Finding[]>;
  /** Detection found a report (now or later, by the watch), before it is analysed: e.g. start loading what the analysis will need. */
  onReport?(detection: Detection): void;
  watch?: typeof watchForReport;
  /** After the address changed: resolves once the page has finished changing (its new content rendered). */
  settle?(): Promise<void>;
  /** Runs `f` when the page is idle (requestIdleCallback); absent: at once. */
  idle?(f: () => void): void;
  /** After the first analysis: calls back when the page adds tables later (late-tables.ts); returns stop. */
  lateTables?(added: () => void): () => void;
}

/**
 * The same page at both addresses: they differ only in a fragment that scrolls, or in tracking
 * parameters (canonicalUrl's key). An anchor click or a page tidying its address had torn the
 * card down and read the page again, bringing back a card the user had dismissed.
 */
export function samePage(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = canonicalUrl(a);
  return ka !== null && ka === canonicalUrl(b);
}

/** Re-reads for tables a page adds after the card is shown (late-tables.ts). */
const LATE_READS = 3;

/**
 * The elements the analysis read are still the page's. A page that re-rendered its content under
 * the same address (moved away and back before it had settled: a click, then Back) replaced them,
 * and the outlines went with them; the address alone said nothing had changed (helper-40's review).
 */
export function readStillOnPage(page: RefResolver, doc: Document): boolean {
  const els = page.tables?.length ? page.tables.map((t) => t.el) : (page.blocks ?? []).map((b) => b.el);
  // text right under <body> is owned by <body>, which stays whatever the page puts in it
  const own = els.filter((el): el is Element => el !== undefined && el !== doc.body && el !== doc.documentElement);
  return own.length === 0 || own.some((el) => el.isConnected);
}

export function createAnnotator(deps: AnnotatorDeps) {
  let detection: Detection | null = null;
  let analysis: Analysis | null = null;
  /** the address the analysis is of: a page that moves to another (history.pushState) is read again */
  let analysedUrl = '';
  let error: string | undefined;
  let card: CardHandle | null = null;
  let highlighter: Highlighter | null = null;
  let watcher: Watch | null = null;
  let running: Promise<PageStatus> | null = null;
  let crossYear: Finding[] = [];
  /**
   * Numbers each request whose answer sets the card's X-* findings (a look-up, a save), and the
   * number of the answer shown last: an answer to a request sent before it is dropped. A look-up
   * sent before a Save and answered after it put the findings of before the save back over the
   * save's answer (adv47 #5). A look-up of an analysis since replaced is dropped too.
   */
  let crossYearAsked = 0;
  let crossYearShown = 0;
  let state: CardState = { ...DEFAULT_CARD_STATE };
  let stopLateTables: (() => void) | null = null;
  let lateReads = 0;
  /** tables were added since the page was last read */
  let lateTablesCame = false;

  function status(): PageStatus {
    const h = analysis ? headlineOf(analysis.record, analysis.findings) : null;
    return {
      ok: true,
      isReport: Boolean(detection?.isReport || analysis),
      analysed: Boolean(analysis || error),
      reasons: detection?.reasons ?? [],
      title: analysis?.record.meta.title ?? (deps.doc.title || null),
      agency: h?.agency ?? null,
      year: h?.year ?? null,
      counts: analysis ? severityCounts(analysis.findings) : { error: 0, warning: 0, info: 0 },
      ...(error ? { error } : {}),
      url: analysedUrl || deps.url(),
    };
  }

  function props(): CardMountProps {
    const a = analysis!;
    return {
      record: a.record,
      findings: a.findings,
      crossYear,
      initialState: state,
      onStateChange: (s) => {
        state = s;
        void deps.saveState(s);
      },
      onSave: () => save(),
      onFocusFinding: (f) => highlighter?.focus(f) ?? false,
      onDismiss: () => dismiss(),
    };
  }

  /** `shownUrl`: the page the asker (the popup) showed; another page's analysis is not saved for it. */
  async function save(shownUrl?: string): Promise<SaveResult> {
    if (!analysis) return { ok: false, error: '此页尚未分析 / This page has not been analysed' };
    if (shownUrl !== undefined && !samePage(shownUrl, analysedUrl)) return { ok: false, otherPage: true, error: '标签页已换到另一页，未保存；请查看弹出窗口中的新页面后再保存 / The tab shows another page now: nothing was saved; look at it in the popup, then save' };
    if (!samePage(analysedUrl, deps.url())) return { ok: false, error: '此页已换到另一地址，正在重新分析，请稍后再保存 / The page moved to another address and is being read again: save in a moment' };
    const asked = ++crossYearAsked;
    const of = analysis;
    const res = await deps.save(of.record, of.findings);
    // the save's answer replaces the card's X-* findings, an empty one too (a neighbour deleted or
    // corrected since), unless an answer to something asked after it is shown already, or the card
    // shows another analysis now (the page moved on while the save ran: its findings are another
    // report's, adv50 #7); the caller still gets the answer
    if (res.ok && res.crossYear && analysis === of) showCrossYear(res.crossYear, asked);
    return res;
  }

  /** The card's X-* findings become `found` (the answer to request `asked`); the card is redrawn unless both are empty. */
  function showCrossYear(found: Finding[], asked: number): void {
    if (asked < crossYearShown) return;
    crossYearShown = asked;
    if (!card || (found.length === 0 && crossYear.length === 0)) return;
    crossYear = found;
    card.update(props());
  }

  async function analyseAndShow(): Promise<PageStatus> {
    mark(MARKS.detected);
    // the card's stored state is read from extension storage while the page is analysed
    const stored = deps.loadState();
    stored.catch(() => undefined); // an analysis that fails never reads it
    // tables the page renders later are read when they come (once the page is still again); watched
    // from before the page is read, so tables added while it is read or the card mounts count too
    stopLateTables ??= deps.lateTables?.(() => {
      lateTablesCame = true;
      if (!running && !navigating) readLateTables();
    }) ?? null;
    try {
      analysedUrl = seenUrl = deps.url();
      analysis = await deps.analyse(deps.doc, analysedUrl);
      mark(MARKS.analysed);
      error = undefined;
    } catch (e) {
      error = `分析失败 / Analysis failed: ${e instanceof Error ? e.message : String(e)}`;
      return status();
    }
    highlighter?.clear();
    highlighter = createHighlighter(deps.doc, analysis.page);
    highlighter.apply(analysis.findings);
    state = await stored.catch(() => state);
    try {
      if (card) card.update(props());
      else card = await deps.mountCard(props());
    } catch (e) {
      // no card, so nothing could clear the outlines: none are left
      dismiss();
      error = `卡片无法显示 / The card could not be shown: ${e instanceof Error ? e.message : String(e)}`;
      return status();
    }
    mark(MARKS.card);
    void deps.sendStatus(true, severityCounts(analysis.findings)).catch(() => undefined);
    // tables that came while this read ran: read again once it has ended
    if (lateTablesCame) setTimeout(readLateTables, 0);
    // Cross-year findings are a bonus: a missing handler or an empty library shows nothing.
    const asked = ++crossYearAsked;
    const of = analysis;
    deps.crossYear(analysis.record).then(
      (found) => {
        if (analysis === of) showCrossYear(found, asked);
      },
      () => undefined,
    );
    return status();
  }

  /** The card shows this page as it is: same address, card still in the document, what was read still the page's. */
  const current = (): boolean =>
    samePage(analysedUrl, deps.url()) && card?.connected?.() !== false && (!analysis || readStillOnPage(analysis.page, deps.doc));

  /** Analyse (once; concurrent calls share the run). A card of another address, or one the page removed, is redone. */
  function annotate(): Promise<PageStatus> {
    watcher?.stop();
    if (analysis && card && current()) return Promise.resolve(status());
    if (!running && analysis && !current()) {
      dismiss();
      forgetAnalysis();
    }
    running ??= analyseAndShow().finally(() => {
      running = null;
    });
    return running;
  }

  function reportFound(d: Detection): Promise<PageStatus> {
    detection = d;
    const run = annotate(); // starts loading the analysis first
    try {
      deps.onReport?.(d);
    } catch {
      // a head start only: the analysis loads what it needs anyway
    }
    return run;
  }

  async function start(): Promise<PageStatus> {
    mark(MARKS.start);
    seenUrl = deps.url();
    const found = detectReport(deps.doc, deps.url(), { headings: false });
    if (found.isReport) return reportFound(found);
    detection = found;
    void deps.sendStatus(false, { error: 0, warning: 0, info: 0 }).catch(() => undefined);
    watcher = (deps.watch ?? watchForReport)(deps.doc, deps.url, (d) => void reportFound(d));
    // no cue in the address or titles: the headings the page prints are looked at once, at idle
    // time (a pass over the whole page, kept off every portal page's load)
    if (found.score === 0) {
      const url = deps.url();
      (deps.idle ?? ((f) => f()))(() => {
        if (detection?.isReport || analysis || running || deps.url() !== url) return;
        const later = detectReport(deps.doc, url);
        if (later.isReport) void reportFound(later);
      });
    }
    return status();
  }

  /**
   * The page moved to another address without loading (history.pushState): the card and outlines
   * of the old report go, and the new address is detected afresh (the old card had stayed, and
   * "annotate" and save answered with the old report).
   */
  let navigating: Promise<PageStatus> | null = null;
  /** the address last looked at (detected or analysed): a later move from a non-report page counts too */
  let seenUrl = '';
  /** `to`: the address being moved to, when known before the page has it (Firefox's Back and Forward). */
  function locationChanged(to?: string): Promise<PageStatus> | null {
    if (navigating || samePage(seenUrl, to ?? deps.url())) return navigating;
    // once the page has rendered what the new address shows (fetched, then rendered: reading at
    // once read the old report under the new address); the old card stays until then
    navigating = (deps.settle?.() ?? Promise.resolve()).then(async () => {
      if (running) await running.catch(() => undefined);
      navigating = null;
      if (samePage(seenUrl, deps.url()) && (!analysis || readStillOnPage(analysis.page, deps.doc))) return status();
      seenUrl = deps.url();
      watcher?.stop();
      const found = detectReport(deps.doc, deps.url());
      detection = found;
      forgetAnalysis();
      endLateTables(); // another page: its own window for tables that come late
      if (!found.isReport) {
        dismiss();
        return start();
      }
      return annotate(); // the card, if shown, is updated in place
    });
    return navigating;
  }

  /** What was read of the page before (it is read again, or was of another address). */
  function forgetAnalysis(): void {
    analysis = null;
    error = undefined;
    crossYear = [];
  }

  /** Reads the page again for tables it added (at most LATE_READS times: a page re-rendering a table every few seconds is not read forever). */
  function readLateTables(): void {
    if (!lateTablesCame || !card || running || navigating) return;
    lateTablesCame = false;
    if (++lateReads > LATE_READS) return;
    forgetAnalysis();
    void annotate();
  }

  function endLateTables(): void {
    lateTablesCame = false;
    stopLateTables?.();
    stopLateTables = null;
    lateReads = 0;
  }

  function dismiss(): void {
    endLateTables();
    highlighter?.clear();
    highlighter = null;
    card?.remove();
    card = null;
  }

  return {
    start,
    annotate,
    save,
    status,
    dismiss,
    locationChanged,
    stop() {
      watcher?.stop();
      dismiss();
    },
    /** for tests */
    highlighter: () => highlighter,
  };
}

export type Annotator = ReturnType<typeof createAnnotator>;
