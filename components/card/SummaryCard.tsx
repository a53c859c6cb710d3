// The summary card in the page's shadow root: who, which year, which format, on time or late,
// the headline numbers, the findings by severity, and save / show findings / collapse / dismiss.
// Everything from the page is rendered as text (Preact text nodes), never as markup.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../src/model/finding';
import type { ReportRecord } from '../../src/model/record';
import type { SaveResult } from '../../src/messaging/protocol';
import type { CardState } from '../../src/ui/card-state';
import { headlineOf, severityCounts, short } from '../../src/ui/headline';
import { t, type Lang, type MessageKey } from '../../src/ui/messages';
import { FindingList } from './FindingList';
import { HeadlineNumbers } from './HeadlineNumbers';
import { ParseNotes } from './ParseNotes';

export interface SummaryCardProps {
  record: ReportRecord;
  findings: Finding[];
  /** X-* findings against saved neighbours (library:crossYear); empty or absent shows nothing */
  crossYear?: Finding[];
  initialState: CardState;
  onStateChange?(state: CardState): void;
  onSave(): Promise<SaveResult>;
  /** scroll to and pulse the finding's cells; false when none is on the page */
  onFocusFinding(f: Finding): boolean;
  onDismiss(): void;
}

const FORMAT_KEY: Record<ReportRecord['meta']['formatVersion'], MessageKey> = {
  pre2019: 'formatPre2019',
  trial2019: 'formatTrial2019',
  rev2021: 'formatRev2021',
  unknown: 'formatUnknown',
};

type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; created: boolean } | { kind: 'failed'; error: string };

const MOVE_STEP = 24;

/** How much of the card stays in the window at least: its handle, to drag it back. */
const KEEP_VISIBLE = 48;
/**
 * A position inside the window: dragged or moved by keys past the right or bottom edge (200 presses
 * gave left: 5800px on a 1024 px window, stored for the site), the card was out of reach.
 */
function onScreen(p: { x: number; y: number }): { x: number; y: number } {
  const w = typeof window === 'undefined' ? Infinity : window.innerWidth;
  const h = typeof window === 'undefined' ? Infinity : window.innerHeight;
  return { x: Math.max(0, Math.min(p.x, w - KEEP_VISIBLE)), y: Math.max(0, Math.min(p.y, h - KEEP_VISIBLE)) };
}

export function SummaryCard(props: SummaryCardProps) {
  const [state, setState] = useState<CardState>(props.initialState);
  const [showList, setShowList] = useState(false);
  const [save, setSave] = useState<SaveStatus>({ kind: 'idle' });
  const rootRef = useRef<HTMLElement>(null);
  const lang: Lang = state.lang;
  const h = useMemo(() => headlineOf(props.record, props.findings), [props.record, props.findings]);
  const counts = useMemo(() => severityCounts(props.findings), [props.findings]);

  const update = (patch: Partial<CardState>) => {
    setState((s) => {
      const next = { ...s, ...patch };
      props.onStateChange?.(next);
      return next;
    });
  };

  async function onSave() {
    setSave({ kind: 'saving' });
    try {
      const res = await props.onSave();
      setSave(res.ok ? { kind: 'done', created: res.created !== false } : { kind: 'failed', error: res.error ?? '?' });
    } catch (e) {
      setSave({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }

  // Dragging by the handle turns the card into a floating one at the dropped position.
  const drag = useRef<{ dx: number; dy: number } | null>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  function onPointerDown(e: PointerEvent) {
    const box = rootRef.current?.getBoundingClientRect();
    if (!box) return;
    drag.current = { dx: e.clientX - box.left, dy: e.clientY - box.top };
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
  }
  function onPointerMove(e: PointerEvent) {
    if (!drag.current) return;
    const pos = onScreen({ x: e.clientX - drag.current.dx, y: e.clientY - drag.current.dy });
    setState((s) => ({ ...s, dock: 'float', pos }));
  }
  function onPointerUp() {
    if (!drag.current) return;
    drag.current = null;
    setState((s) => {
      props.onStateChange?.(s);
      return s;
    });
  }
  function onHandleKey(e: KeyboardEvent) {
    const d: Record<string, [number, number]> = {
      ArrowLeft: [-MOVE_STEP, 0],
      ArrowRight: [MOVE_STEP, 0],
      ArrowUp: [0, -MOVE_STEP],
      ArrowDown: [0, MOVE_STEP],
    };
    const step = d[e.key];
    if (!step) return;
    e.preventDefault();
    const box = rootRef.current?.getBoundingClientRect();
    const from = state.pos ?? { x: box?.left ?? 0, y: box?.top ?? 0 };
    update({ dock: 'float', pos: onScreen({ x: from.x + step[0], y: from.y + step[1] }) });
  }

  useEffect(() => {
    // Esc anywhere in the card collapses it (and keeps focus inside the card).
    const el = rootRef.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !state.collapsed) {
        e.stopPropagation();
        update({ collapsed: true });
        // the focused control may go with the body: focus stays on the card's expand button (it
        // fell to the page's <body>, a whole report's Tab stops away from the card)
        collapseRef.current?.focus();
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [state.collapsed]);

  // a window made smaller keeps the card in it (it stayed where it was, out of reach); and a page
  // zoom (`html{zoom:2}`) is undone on the card, which had grown past the window's bottom
  const [, setViewport] = useState(0);
  useEffect(() => {
    const onResize = () => setViewport((n) => n + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  // before the browser paints (a layout effect): the card was first drawn at the page's zoom,
  // too tall for the window, and made its size only after that paint
  useLayoutEffect(() => {
    const el = rootRef.current as (HTMLElement & { currentCSSZoom?: number }) | null;
    if (!el || typeof el.currentCSSZoom !== 'number') return;
    const inherited = el.currentCSSZoom / (Number(el.style.zoom) || 1);
    if (inherited > 0 && Math.abs(inherited - 1) > 0.01) el.style.zoom = String(1 / inherited);
  });

  // a position kept from a wider window is fitted to this one
  const shown = state.dock === 'float' && state.pos ? onScreen(state.pos) : null;
  const style =
    shown
      ? { left: `${shown.x}px`, top: `${shown.y}px` }
      : state.dock === 'left'
        ? { left: '16px', top: '16px' }
        : { right: '16px', top: '16px' };

  const title = short(h.agency ?? props.record.meta.title ?? '', 80);
  const crossYear = props.crossYear ?? [];

  return (
    <section
      ref={rootRef}
      class={`card dock-${state.dock}${state.collapsed ? ' collapsed' : ''}`}
      style={style}
      data-testid="summary-card"
      role="region"
      aria-label={t(lang, 'cardTitle')}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
    >
      <header class="head">
        <button
          type="button"
          class="handle"
          data-testid="drag-handle"
          aria-label={t(lang, 'dragHandle')}
          title={t(lang, 'dragHandle')}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onKeyDown={onHandleKey}
        >
          ⠿
        </button>
        <strong class="brand">{t(lang, 'cardTitle')}</strong>
        <span class="counts" data-testid="severity-counts">
          <span class="badge sev-error" data-testid="count-error" title={t(lang, 'error')}>
            {counts.error}
          </span>
          <span class="badge sev-warning" data-testid="count-warning" title={t(lang, 'warning')}>
            {counts.warning}
          </span>
          <span class="badge sev-info" data-testid="count-info" title={t(lang, 'info')}>
            {counts.info}
          </span>
        </span>
        <button
          type="button"
          class="icon"
          data-testid="collapse"
          ref={collapseRef}
          aria-expanded={!state.collapsed}
          aria-label={t(lang, state.collapsed ? 'expand' : 'collapse')}
          title={t(lang, state.collapsed ? 'expand' : 'collapse')}
          onClick={() => update({ collapsed: !state.collapsed })}
        >
          {state.collapsed ? '▸' : '▾'}
        </button>
        <button
          type="button"
          class="icon"
          data-testid="dismiss"
          aria-label={t(lang, 'dismiss')}
          title={t(lang, 'dismiss')}
          onClick={() => props.onDismiss()}
        >
          ✕
        </button>
      </header>
      {!state.collapsed && (
        <div class="body">
          <p class="agency" data-testid="agency" title={short(h.agency ?? '', 300)}>
            {title}
          </p>
          <dl class="meta">
            <div>
              <dt>{t(lang, 'year')}</dt>
              <dd data-testid="year">{h.year ?? t(lang, 'noValue')}</dd>
            </div>
            <div>
              <dt>{t(lang, 'format')}</dt>
              <dd data-testid="format">{t(lang, FORMAT_KEY[h.formatVersion] ?? 'formatUnknown')}</dd>
            </div>
            <div>
              <dt>{t(lang, 'published')}</dt>
              <dd data-testid="published">
                {h.publishedOn ?? t(lang, 'noValue')}{' '}
                <span class={`timeliness ${h.timeliness}`} data-testid="timeliness">
                  {h.timeliness === 'late'
                    ? t(lang, 'late')
                    : h.timeliness === 'onTime'
                      ? t(lang, 'onTime')
                      : h.deadline
                        ? ''
                        : t(lang, 'deadlineUnknown')}
                  {h.deadline ? ` (${t(lang, 'deadline', { date: h.deadline })})` : ''}
                </span>
              </dd>
            </div>
          </dl>
          <HeadlineNumbers h={h} lang={lang} />
          <ParseNotes warnings={props.record.warnings} lang={lang} />
          <div class="actions">
            <button type="button" data-testid="save" onClick={onSave} disabled={save.kind === 'saving'}>
              {save.kind === 'saving' ? t(lang, 'saving') : t(lang, 'save')}
            </button>
            <button type="button" data-testid="toggle-findings" aria-expanded={showList} onClick={() => setShowList(!showList)}>
              {t(lang, showList ? 'hideFindings' : 'showFindings')} ({props.findings.length})
            </button>
            <button
              type="button"
              data-testid="lang"
              aria-label={t(lang, 'switchLangLabel')}
              onClick={() => update({ lang: lang === 'zh' ? 'en' : 'zh' })}
            >
              {t(lang, 'switchLang')}
            </button>
            <button
              type="button"
              class="icon"
              data-testid="dock"
              aria-label={t(lang, state.dock === 'left' ? 'dockRight' : 'dockLeft')}
              title={t(lang, state.dock === 'left' ? 'dockRight' : 'dockLeft')}
              onClick={() => update({ dock: state.dock === 'left' ? 'right' : 'left', pos: null })}
            >
              {state.dock === 'left' ? '⇥' : '⇤'}
            </button>
          </div>
          <p class={`status ${save.kind}`} role="status" aria-live="polite" data-testid="save-status">
            {save.kind === 'done'
              ? t(lang, save.created ? 'saved' : 'updated')
              : save.kind === 'failed'
                ? t(lang, 'saveFailed', { error: short(save.error, 200) })
                : ''}
          </p>
          {showList && <FindingList findings={props.findings} lang={lang} onFocus={props.onFocusFinding} />}
          {crossYear.length > 0 && (
            <div class="cross" data-testid="cross-year">
              <h3 class="sub">{t(lang, 'crossYear')}</h3>
              <FindingList findings={crossYear} lang={lang} onFocus={props.onFocusFinding} testid="cross-year-list" />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
