// Outlines the page's own cells for failing findings. Lives in the PAGE (not the shadow root), so
// it uses a tiny stylesheet with prefixed class names and undoes everything on clear(). Text goes
// in through `title` and `textContent` only.
import type { Finding, Severity } from '../model/finding';
import type { CellRef } from '../model/record';
import { unwrapMark, wrapTextRanges, type TextRange } from './text-range';

export interface RefResolver {
  resolveRef(ref: CellRef): Element | null;
  /** text blocks of the page (ReportDocument.blocks): lets text refs highlight just their characters */
  blocks?: ReadonlyArray<{ raw: string; text: string; el?: Element }>;
  /** tables of the page (ReportDocument.tables): whether what was read is still in the page */
  tables?: ReadonlyArray<{ el: Element }>;
}

export const HL_CLASS = 'gra-hl';
/** set on every outlined element, with its own title kept beside ours (see clearCopies) */
const MARKED_ATTR = 'data-gra-hl';
const TITLE_ATTR = 'data-gra-title';
export const PULSE_CLASS = 'gra-hl-pulse';
const STYLE_ID = 'gra-hl-style';
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const CSS = `
.gra-hl{outline:3px solid #d32f2f !important;outline-offset:-2px !important;}
.gra-hl-error{outline-color:#d32f2f !important;background-color:rgba(211,47,47,.12) !important;}
.gra-hl-warning{outline-color:#ef6c00 !important;background-color:rgba(239,108,0,.12) !important;}
.gra-hl-info{outline-color:#1976d2 !important;background-color:rgba(25,118,210,.08) !important;}
@keyframes gra-hl-pulse{0%,100%{outline-width:3px}50%{outline-width:7px}}
mark.gra-hl{color:inherit !important;padding:0 1px !important;display:inline !important;visibility:visible !important;font:inherit !important;position:static !important;opacity:1 !important;}
.gra-hl-pulse{animation:gra-hl-pulse .6s ease-in-out 3 !important;}
.gra-hl-pulse:not(.gra-hl){outline:3px solid #1976d2 !important;outline-offset:-2px !important;}
@media (prefers-reduced-motion: reduce){mark.gra-hl{color:inherit !important;padding:0 1px !important;}
.gra-hl-pulse{animation:none !important;outline-style:double !important;outline-width:6px !important;}}
`;

/** Tooltip line for one finding, e.g. "T3-BALANCE: 一+二 = 41 ≠ 三(七)+四 = 42". */
export function tooltipOf(f: Finding): string {
  const detail = f.formula ?? f.message.zh;
  return `${f.rule}${f.scope ? ` (${f.scope})` : ''}: ${detail}`.slice(0, 500);
}

interface Marked {
  title: string | null;
  severity: Severity;
  lines: string[];
}

export interface Highlighter {
  /** Outlines the cells of every failing finding; returns how many elements were outlined. */
  apply(findings: Finding[]): number;
  /** Scrolls to a finding's cells and pulses them; false when none of them is on the page. */
  focus(finding: Finding): boolean;
  /** Elements currently outlined (for tests and the card's counts). */
  marked(): Element[];
  /** Removes every outline, tooltip and the stylesheet. */
  clear(): void;
}

export function createHighlighter(doc: Document, resolver: RefResolver): Highlighter {
  const marked = new Map<Element, Marked>();
  /** <mark> wrappers made for text refs, by block:start:end (null: could not wrap, use the line) */
  const wraps = new Map<string, HTMLElement | null>();
  // cells pulsed by focus(), failing or not, and a count of clear()s: a pulse scheduled for the next
  // frame is not added after a clear (the class stayed on the page after the card was dismissed)
  const pulsed = new Set<Element>();
  let clears = 0;
  // elements that had no class attribute before we added ours: clear() takes the attribute away
  // again (an empty class="" was left on every outlined cell)
  const classless = new Set<Element>();
  const touch = (el: Element) => {
    if (!el.hasAttribute('class')) classless.add(el);
  };

  function ensureStyle(): void {
    if (doc.getElementById(STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }

  /** The element of a ref; a resolver that throws (stale or malformed ref) must not break the page. */
  function elementOf(ref: CellRef): Element | null {
    try {
      return resolver.resolveRef(ref);
    } catch {
      return null;
    }
  }

  const wrapKey = (ref: CellRef & { source: 'text' }) => `${ref.block}:${ref.start}:${ref.end}`;

  /** The block of a text ref, when its offsets fit the printed text (normalising kept its length). */
  function wrappableBlock(ref: CellRef & { source: 'text' }): { raw: string; text: string } | null {
    const block = resolver.blocks?.[ref.block];
    return block && block.raw.length === block.text.length ? block : null;
  }

  /** Wraps the values of `refs` (text refs not wrapped yet), one reading of each block for all of its values. */
  /** The text of the blocks before `block` that are lines of the same element (cut by <br>). */
  function linesBefore(block: number, el: Element): string[] {
    const out: string[] = [];
    for (let k = block - 1; k >= 0; k--) {
      const b = resolver.blocks?.[k];
      if (!b || elementOf({ source: 'text', block: k, start: 0, end: 0 }) !== el) break;
      out.unshift(b.raw);
    }
    return out;
  }

  function wrapAll(refs: CellRef[]): void {
    const byBlock = new Map<number, Array<CellRef & { source: 'text' }>>();
    for (const ref of refs) {
      if (ref.source !== 'text' || wraps.has(wrapKey(ref)) || !wrappableBlock(ref)) continue;
      const list = byBlock.get(ref.block);
      if (!list) byBlock.set(ref.block, [ref]);
      else if (!list.some((r) => wrapKey(r) === wrapKey(ref))) list.push(ref);
    }
    for (const list of byBlock.values()) {
      const el = elementOf(list[0]!);
      if (!el) continue;
      const ranges: TextRange[] = list.map((r) => [r.start, r.end]);
      const marks = wrapTextRanges(el, wrappableBlock(list[0]!)!.raw, ranges, doc, linesBefore(list[0]!.block, el));
      list.forEach((r, i) => wraps.set(wrapKey(r), marks[i]!));
    }
  }

  function resolve(ref: CellRef): Element | null {
    const el = elementOf(ref);
    if (!el || ref.source !== 'text' || !wrappableBlock(ref)) return el;
    if (!wraps.has(wrapKey(ref))) wrapAll([ref]);
    return wraps.get(wrapKey(ref)) ?? el;
  }

  function elementsOf(f: Finding): Element[] {
    const out: Element[] = [];
    for (const ref of f.cells) {
      const el = resolve(ref);
      if (el && !out.includes(el)) out.push(el);
    }
    return out;
  }

  function mark(el: Element, f: Finding): void {
    const prev = marked.get(el);
    const line = tooltipOf(f);
    touch(el);
    if (!prev) {
      const title = el.getAttribute('title');
      marked.set(el, { title, severity: f.severity, lines: [line] });
      // on the element itself too: a page that rewrites its body (body.innerHTML = body.innerHTML,
      // a 简/繁 switch) copies our classes and tooltips into new elements we hold no reference to
      el.setAttribute(MARKED_ATTR, '');
      if (title !== null) el.setAttribute(TITLE_ATTR, title);
    } else {
      if (!prev.lines.includes(line)) prev.lines.push(line);
      if (RANK[f.severity] > RANK[prev.severity]) prev.severity = f.severity;
      el.classList.remove(`${HL_CLASS}-error`, `${HL_CLASS}-warning`, `${HL_CLASS}-info`);
    }
    const m = marked.get(el)!;
    el.classList.add(HL_CLASS, `${HL_CLASS}-${m.severity}`);
    el.setAttribute('title', m.lines.join('\n'));
  }

  /** An outlined element as it was: our classes and attributes off, its own title (or none) back. */
  function unmark(el: Element, title: string | null): void {
    el.classList.remove(HL_CLASS, `${HL_CLASS}-error`, `${HL_CLASS}-warning`, `${HL_CLASS}-info`, PULSE_CLASS);
    if (title === null) el.removeAttribute('title');
    else el.setAttribute('title', title);
    el.removeAttribute(MARKED_ATTR);
    el.removeAttribute(TITLE_ATTR);
  }

  /** What a page's rewrite copied of our marks into elements we do not hold: put back as it was. */
  function clearCopies(): void {
    for (const el of Array.from(doc.querySelectorAll(`[${MARKED_ATTR}]`))) {
      unmark(el, el.getAttribute(TITLE_ATTR));
      if (el.getAttribute('class') === '') el.removeAttribute('class');
    }
    for (const el of Array.from(doc.querySelectorAll('mark[data-gra-mark]'))) unwrapMark(el);
    for (const el of Array.from(doc.querySelectorAll(`.${PULSE_CLASS}`))) el.classList.remove(PULSE_CLASS);
  }

  return {
    apply(findings) {
      ensureStyle();
      wrapAll(findings.filter((f) => f.outcome === 'fail').flatMap((f) => f.cells));
      for (const f of findings) {
        if (f.outcome !== 'fail') continue;
        for (const el of elementsOf(f)) mark(el, f);
      }
      return marked.size;
    },
    focus(finding) {
      // a cell the page has since re-rendered is no longer in it: "not on the page", not a silent no-op
      const els = elementsOf(finding).filter((el) => el.isConnected !== false);
      if (els.length === 0) return false;
      ensureStyle();
      if (finding.outcome === 'fail') for (const el of els) mark(el, finding);
      els[0]!.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
      const at = clears;
      const pulse = (el: Element) => {
        if (at !== clears) return;
        el.classList.add(PULSE_CLASS);
        pulsed.add(el);
      };
      for (const el of els) {
        touch(el);
        el.classList.remove(PULSE_CLASS);
        // Re-adding the class on the next frame restarts the animation on a second click.
        const view = doc.defaultView;
        if (view?.requestAnimationFrame) view.requestAnimationFrame(() => pulse(el));
        else pulse(el);
      }
      return true;
    },
    marked() {
      return [...marked.keys()];
    },
    clear() {
      clears++;
      for (const el of pulsed) el.classList.remove(PULSE_CLASS);
      pulsed.clear();
      for (const [el, m] of marked) unmark(el, m.title);
      marked.clear();
      clearCopies();
      for (const el of classless) if (el.getAttribute('class') === '') el.removeAttribute('class');
      classless.clear();
      for (const mark of wraps.values()) if (mark) unwrapMark(mark);
      wraps.clear();
      doc.getElementById(STYLE_ID)?.remove();
    },
  };
}
