// The library page: saved reports with filters, sorting, selection, delete/undo, detail and
// per-agency views, export and import. Every database access goes through the background.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeListing } from '../../src/db/listing';
import type { ReportSummary } from '../../src/db/schema';
import { call, type LibraryApi } from './api';
import { AgencyView } from './AgencyView';
import { DetailView } from './DetailView';
import type { OpenDeflater } from '../../src/export/deflate-worker';
import { EXPORT_LABELS, ImportStopped, runExport, runImport, type ExportKind } from './export-actions';
import { applyView, NO_FILTERS, type Filters as FilterState, type Sort, type SortKey } from './filter-sort';
import { Filters } from './Filters';
import { ProgressBar } from './ProgressBar';
import { ReportTable } from './ReportTable';
import { UndoToast } from './UndoToast';
import { LIBRARY_CHANGED_CHANNEL } from '../../src/background/library-channel';
import './library.css';

type View = { kind: 'list' } | { kind: 'detail'; id: string } | { kind: 'agency'; agency: string };

/** The view an address names: #report/<id>, #agency/<key>, else the list (row links open in a new tab, Back works). */
export function viewOfHash(hash: string): View {
  const m = /^#(report|agency)\/(.+)$/.exec(hash);
  if (!m) return { kind: 'list' };
  let value: string;
  try {
    value = decodeURIComponent(m[2]!);
  } catch {
    return { kind: 'list' };
  }
  return m[1] === 'report' ? { kind: 'detail', id: value } : { kind: 'agency', agency: value };
}
const hashOf = (v: View): string => (v.kind === 'detail' ? `#report/${encodeURIComponent(v.id)}` : v.kind === 'agency' ? `#agency/${encodeURIComponent(v.agency)}` : '');

export type PersistState = 'persistent' | 'best-effort' | 'unknown';

/** `openDeflater`: where an Excel export is deflated (the page's worker; on the page itself when not given). */
export function LibraryApp({
  api,
  persist,
  askPersist,
  openDeflater,
}: {
  api: LibraryApi;
  /** the storage line at opening (asks the browser where that shows no prompt) */
  persist?: () => Promise<PersistState>;
  /** asks the browser from a click (Firefox prompts the user) */
  askPersist?: () => Promise<PersistState>;
  openDeflater?: () => Promise<OpenDeflater>;
}) {
  const [summaries, setSummaries] = useState<ReportSummary[] | null>(null);
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'lastSavedAt', dir: -1 });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [view, setViewState] = useState<View>(() => (typeof location === 'undefined' ? { kind: 'list' } : viewOfHash(location.hash)));
  // the list's scroll position and the report last opened, for the way back to the list
  const listScroll = useRef(0);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  useEffect(() => {
    if (view.kind === 'detail') setLastOpened(view.id);
  }, [view]);
  const setView = (v: View) => {
    setViewState(v);
    const hash = hashOf(v);
    if (typeof location !== 'undefined' && location.hash !== hash) {
      if (hash) location.hash = hash;
      else history.pushState(null, '', location.pathname + location.search);
    }
  };
  useEffect(() => {
    const fromAddress = () => setViewState(viewOfHash(location.hash));
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === 'Escape' && !/^(INPUT|SELECT|TEXTAREA)$/.test(target?.tagName ?? '')) setView({ kind: 'list' });
    };
    window.addEventListener('hashchange', fromAddress);
    window.addEventListener('popstate', fromAddress);
    document.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', fromAddress);
      window.removeEventListener('popstate', fromAddress);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // every delete since the toast appeared: a second delete used to replace the first one's undo
  const [undo, setUndo] = useState<{ tokens: string[]; count: number; at: number } | null>(null);
  // a delete or undo under way (10,000 reports take seconds): a second click waits for it
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ fraction: number; label: string } | null>(null);
  const [storage, setStorage] = useState<PersistState>('unknown');

  const reload = () =>
    call(api, { type: 'library:list' }).then(
      (r) => {
        const list = decodeListing(r.listingJson);
        setSummaries(list);
        // a selected report deleted elsewhere is no longer selected (an export of "the selection" was empty)
        const ids = new Set(list.map((s) => s.id));
        setSelected((sel) => ([...sel].every((id) => ids.has(id)) ? sel : new Set([...sel].filter((id) => ids.has(id)))));
      },
      (e: Error) => setError(e.message),
    );
  useEffect(() => {
    void reload();
    void persist?.().then(setStorage);
    // a save, delete or import in another tab (or by the in-page card) lists again here
    let channel: BroadcastChannel | null = null;
    try {
      channel = new BroadcastChannel(LIBRARY_CHANGED_CHANNEL);
      channel.onmessage = () => void reload();
    } catch {
      // no BroadcastChannel: the list is as of opening
    }
    return () => channel?.close();
  }, [api]);

  const rows = useMemo(() => applyView(summaries ?? [], filters, sort), [summaries, filters, sort]);
  const years = useMemo(() => [...new Set((summaries ?? []).map((s) => s.year).filter((y): y is number => y !== null))].sort((a, b) => b - a), [summaries]);

  const onSort = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggleAll = (on: boolean) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set());

  const guarded = async (task: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    try {
      await task();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  };

  const whileBusy = (label: string, task: () => Promise<void>) => {
    if (busy) return Promise.resolve();
    setBusy(true);
    return guarded(async () => {
      setNotice(label);
      try {
        await task();
      } catch (e) {
        // the label said the task was still running, beside its error (adv47 #4)
        setNotice((n) => (n === label ? null : n));
        throw e;
      }
    }).finally(() => setBusy(false));
  };
  const onDelete = () =>
    whileBusy('正在删除… Deleting…', async () => {
      const res = await call(api, { type: 'library:delete', ids: [...selected] });
      setNotice(null);
      if (res.deleted) setUndo((u) => ({ tokens: [...(u?.tokens ?? []), res.undoToken], count: (u?.count ?? 0) + res.deleted, at: Date.now() }));
      setSelected(new Set());
      await reload();
    });
  const onUndo = () =>
    whileBusy('正在恢复… Restoring…', async () => {
      if (!undo) return;
      for (const undoToken of undo.tokens) await call(api, { type: 'library:restore', undoToken });
      setUndo(null);
      setNotice(null);
      await reload();
    });

  // refused while a delete, undo, import or export runs (whileBusy): an export read while a
  // delete or an import changed the library mixed two moments (adv42 #4)
  const onExport = (kind: ExportKind) =>
    whileBusy('正在导出… Exporting…', async () => {
      const ids = selected.size ? [...selected] : (summaries ?? []).map((s) => s.id);
      setProgress({ fraction: 0, label: EXPORT_LABELS[kind] });
      const n = await runExport(kind, ids, api, (fraction, phase) => setProgress({ fraction, label: `${EXPORT_LABELS[kind]} · ${phase}` }), openDeflater);
      setNotice(kind === 'codebook' ? '已导出编码本。 / Codebook exported.' : `已导出 ${n} 份报告。 / Exported ${n} report(s).`);
    });

  const onImport = (file: File) =>
    whileBusy('正在导入… Importing…', async () => {
      setProgress({ fraction: 0, label: '检查 checking' }); // the file is checked whole before anything is sent
      const c = await runImport(file, api, (fraction, phase) => setProgress({ fraction, label: phase })).catch(async (e) => {
        // stopped part-way: the list shows what the earlier chunks added (the message counts them)
        if (e instanceof ImportStopped && e.imported > 0) await reload().catch(() => undefined);
        throw e;
      });
      const repaired = c.repaired ? `（其中 ${c.repaired} 条的章节文字不是文字，已置空）` : '';
      const repairedEn = c.repaired ? ` (${c.repaired} with a section text that was not text, emptied)` : '';
      setNotice(`导入完成：新增 ${c.added}，更新 ${c.updated}，跳过 ${c.skipped}${repaired}。 / Imported: ${c.added} added, ${c.updated} updated, ${c.skipped} skipped${repairedEn}.`);
      await reload();
    });

  return (
    <main data-testid="library">
      <header>
        <h1>已保存的报告 <small>Saved reports</small></h1>
        <span class="muted" data-testid="storage-state">
          {storage === 'persistent' ? '存储：持久（浏览器不会自动清除） / Persistent storage' : storage === 'best-effort' ? '存储：可能在空间不足时被浏览器清除，请定期导出 JSON 备份 / Best-effort storage: export backups' : ''}
        </span>
        {storage === 'best-effort' && askPersist && (
          <button type="button" data-testid="ask-persist" onClick={() => void askPersist().then(setStorage)}>
            申请持久存储 / Ask to keep the library
          </button>
        )}
      </header>
      {error && <p class="error" role="alert" data-testid="error">{error}</p>}
      {notice && <p class="notice" role="status" data-testid="notice">{notice}</p>}
      <ProgressBar fraction={progress?.fraction ?? null} label={progress?.label ?? ''} />
      {view.kind === 'detail' && (
        <DetailView api={api} id={view.id} onBack={() => setView({ kind: 'list' })} onAgency={(agency) => setView({ kind: 'agency', agency })} onOpen={(id) => setView({ kind: 'detail', id })} />
      )}
      {view.kind === 'agency' && <AgencyView agency={view.agency} summaries={summaries ?? []} onBack={() => setView({ kind: 'list' })} onOpen={(id) => setView({ kind: 'detail', id })} />}
      {view.kind === 'list' && (
        <>
          <Filters filters={filters} years={years} onChange={setFilters} />
          <div class="actions">
            <span data-testid="count">
              {summaries === null ? '载入中… Loading…' : `${rows.length} / ${summaries.length} 份报告`}
              {selected.size ? ` · 已选 ${selected.size}` : ''}
            </span>
            <button disabled={!selected.size || busy} onClick={onDelete} data-testid="delete">删除所选 Delete</button>
            <span class="sep">导出{selected.size ? '所选' : '全部'} Export:</span>
            {(Object.keys(EXPORT_LABELS) as ExportKind[]).map((k) => (
              <button key={k} disabled={progress !== null || busy} onClick={() => onExport(k)} data-testid={`export-${k}`}>
                {EXPORT_LABELS[k]}
              </button>
            ))}
            <label class="import">
              导入 JSON Import
              <input
                type="file"
                accept=".json,application/json"
                data-testid="import"
                disabled={busy}
                onChange={(e) => {
                  const input = e.currentTarget as HTMLInputElement;
                  const file = input.files?.[0];
                  input.value = '';
                  if (file) void onImport(file);
                }}
              />
            </label>
          </div>
          <ReportTable
            rows={rows}
            sort={sort}
            onSort={onSort}
            selected={selected}
            onToggle={toggle}
            onToggleAll={toggleAll}
            onOpen={(id) => setView({ kind: 'detail', id })}
            scrollTop={listScroll.current}
            onScrolled={(top) => (listScroll.current = top)}
            focusId={lastOpened}
          />
        </>
      )}
      {undo && <UndoToast text={`已删除 ${undo.count} 份报告 / Deleted ${undo.count}`} since={undo.at} disabled={busy} onUndo={onUndo} onClose={() => setUndo(null)} />}
    </main>
  );
}
