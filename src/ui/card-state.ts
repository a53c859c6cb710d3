// The card's per-site state (collapsed, dock/position, language) in browser.storage.local,
// keyed by hostname, so a reader's choice sticks across the reports of one portal.
import { browser } from 'wxt/browser';
import type { Lang } from './messages';

export interface CardState {
  collapsed: boolean;
  dock: 'right' | 'left' | 'float';
  /** top-left corner in viewport pixels when floating */
  pos: { x: number; y: number } | null;
  lang: Lang;
}

export const DEFAULT_CARD_STATE: CardState = { collapsed: false, dock: 'right', pos: null, lang: 'zh' };

export function stateKey(hostname: string): string {
  return `card:${hostname.toLowerCase()}`;
}

/** Keeps only well-formed fields of whatever storage holds (older or hand-edited values). */
export function sanitizeState(raw: unknown): CardState {
  const s: CardState = { ...DEFAULT_CARD_STATE };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.collapsed === 'boolean') s.collapsed = r.collapsed;
  if (r.dock === 'left' || r.dock === 'right' || r.dock === 'float') s.dock = r.dock;
  const p = r.pos as { x?: unknown; y?: unknown } | null | undefined;
  if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) s.pos = { x: p.x as number, y: p.y as number };
  if (s.dock === 'float' && !s.pos) s.dock = 'right';
  if (r.lang === 'en' || r.lang === 'zh') s.lang = r.lang;
  return s;
}

export async function loadCardState(hostname: string): Promise<CardState> {
  try {
    const key = stateKey(hostname);
    const got = await browser.storage.local.get(key);
    return sanitizeState(got[key]);
  } catch {
    return { ...DEFAULT_CARD_STATE }; // storage unavailable: the card still works, it just forgets
  }
}

export async function saveCardState(hostname: string, state: CardState): Promise<void> {
  try {
    await browser.storage.local.set({ [stateKey(hostname)]: state });
  } catch {
    /* not fatal: see loadCardState */
  }
}
