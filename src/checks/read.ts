// Small readers over a ReportRecord shared by the rules.
import type { CellRef, CellValue, FormatVersion, ReportRecord } from '../model/record';
import { indexOf } from './record-index';

export const cellOf = (record: ReportRecord, key: string): CellValue | undefined => record.cells[key];

export const isEmptyKind = (c: CellValue | undefined): boolean => c?.kind === 'blank' || c?.kind === 'placeholder';

/** A printed number we can use (kind number and value not withheld by an ambiguity). */
export const numberOf = (record: ReportRecord, key: string): number | null => {
  const c = record.cells[key];
  return c && c.kind === 'number' && c.value !== null && Number.isFinite(c.value) ? c.value : null;
};

/** refs of the given keys' cells, skipping missing cells and null refs */
export function refsOf(record: ReportRecord, keys: Iterable<string>): CellRef[] {
  const out: CellRef[] = [];
  for (const k of keys) {
    const ref = record.cells[k]?.ref;
    if (ref) out.push(ref);
  }
  return out;
}

/**
 * The refs with duplicates dropped, exactly as `[...new Map(refs.map((r) => [JSON.stringify(r), r])).values()]`
 * (first position of each distinct JSON text, holding the last ref with that text) — without
 * printing every ref: refs are grouped by position, and only refs at one position are compared.
 */
export function uniqueRefs(refs: Iterable<CellRef>): CellRef[] {
  const list = Array.isArray(refs) ? (refs as CellRef[]) : [...refs];
  return list.length <= FEW_REFS ? uniqueFewRefs(list) : uniqueManyRefs(list);
}

/** up to this many refs, comparing each with the kept ones beats a Map and a slot list per position */
const FEW_REFS = 48;

/** uniqueRefs for a short list: the same comparisons, with the kept refs' positions in a plain array */
function uniqueFewRefs(refs: CellRef[]): CellRef[] {
  const out: CellRef[] = [];
  const at: number[] = []; // positionOf(out[j])
  const shapes: (string[] | null | undefined)[] = []; // plainShape(out[j]) once asked (undefined: not yet)
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const p = positionOf(ref);
    let shape: string[] | null | undefined;
    let same = -1;
    for (let j = 0; j < out.length; j++) {
      const q = at[j]!;
      // one Map key: equal numbers, or both NaN
      if (q !== p && (q === q || p === p)) continue;
      const kept = out[j]!;
      if (kept === ref) {
        same = j;
        break;
      }
      if (shape === undefined) shape = plainShape(ref);
      let keptShape = shapes[j];
      if (keptShape === undefined) shapes[j] = keptShape = plainShape(kept);
      if (sameText(kept, keptShape, ref, shape)) {
        same = j;
        break;
      }
    }
    if (same < 0) {
      out.push(ref);
      at.push(p);
      shapes.push(shape);
    } else {
      out[same] = ref;
      shapes[same] = shape; // the ref now kept there (undefined: ask when needed)
    }
  }
  return out;
}

function uniqueManyRefs(refs: CellRef[]): CellRef[] {
  const out: CellRef[] = [];
  const slotsAt = new Map<number, number[]>(); // position → slots of `out` at that position
  for (const ref of refs) {
    const at = positionOf(ref);
    const slots = slotsAt.get(at);
    if (!slots) {
      slotsAt.set(at, [out.push(ref) - 1]);
      continue;
    }
    // slots at one position differ in JSON text, so at most one matches (a loop: no closure per ref)
    let same = -1;
    for (const i of slots) {
      if (out[i] === ref || sameJsonText(out[i]!, ref)) {
        same = i;
        break;
      }
    }
    if (same < 0) slots.push(out.push(ref) - 1);
    else out[same] = ref;
  }
  return out;
}

const finiteOrNaN = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

/**
 * A number equal for refs with equal JSON text (fields that do not print as a finite number all
 * count as NaN, which a Map takes as one key). Unequal refs may share it: it only groups them.
 */
function positionOf(ref: CellRef): number {
  const r = ref as unknown as Record<string, unknown>;
  const n = finiteOrNaN;
  return r.source === 'table' ? (n(r.table) * 4096 + n(r.row)) * 4096 + n(r.col) : -((n(r.block) * 65536 + n(r.start)) * 65536 + n(r.end)) - 1;
}

/** JSON.stringify(a) === JSON.stringify(b), printing only refs that are not in one of the parser's two shapes */
function sameJsonText(a: CellRef, b: CellRef): boolean {
  return sameText(a, plainShape(a), b, plainShape(b));
}

/** sameJsonText with both refs' plainShape given */
function sameText(a: CellRef, shapeA: string[] | null, b: CellRef, shapeB: string[] | null): boolean {
  const shape = shapeA;
  if (shape === null || shapeB !== shape) return JSON.stringify(a) === JSON.stringify(b);
  // both print as {"source":…,"<f0>":n,"<f1>":n,"<f2>":n}
  const va = a as unknown as Record<string, unknown>;
  const vb = b as unknown as Record<string, unknown>;
  return va.source === vb.source && shape.every((f) => va[f] === vb[f]);
}

const TABLE_FIELDS = ['table', 'row', 'col'];
const TEXT_FIELDS = ['block', 'start', 'end'];

/**
 * The numeric fields of a ref whose enumerable keys are exactly source + those three, in that
 * order, holding a string and finite numbers (the parser's refs); null for anything else.
 */
function plainShape(ref: CellRef): string[] | null {
  const r = ref as unknown as Record<string, unknown>;
  const fields = r.source === 'table' ? TABLE_FIELDS : r.source === 'text' ? TEXT_FIELDS : null;
  if (!fields) return null;
  let i = -1;
  for (const k in r) {
    if (i < 0 ? k !== 'source' : k !== fields[i] || !(typeof r[k] === 'number' && Number.isFinite(r[k]))) return null;
    i++;
  }
  return i === 3 ? fields : null;
}

/**
 * Every match of the global regex `re` in `text`, as `[...text.matchAll(re)]` gives them (from the
 * start, empty matches stepped over) — without the copy of the regex matchAll makes per call.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  return out;
}

/**
 * The first match of the global regex `re` in `text` that `accept` takes — what
 * `matchesOf(re, text).find(accept)` gives, without collecting the matches after it.
 */
export function firstMatchOf(re: RegExp, text: string, accept: (m: RegExpExecArray) => boolean): RegExpExecArray | undefined {
  if (!re.global) throw new TypeError('firstMatchOf needs a global regex');
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
    if (accept(m)) {
      re.lastIndex = 0; // as a finished scan leaves it
      return m;
    }
  }
  return undefined;
}

/** the index after the character at `i` (a surrogate pair counts as one in unicode mode) */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

export const hasTable = (record: ReportRecord, table: 'table2' | 'table3' | 'table4' | 'legacyStats'): boolean =>
  (indexOf(record).tables.get(table)?.printed.length ?? 0) > 0; // asked by every table rule's guard: no helper chain

export const isUnifiedVersion = (v: FormatVersion): boolean => v === 'trial2019' || v === 'rev2021';

/**
 * Unified-table rules apply to trial2019/rev2021 reports, and to `unknown` reports whose parser
 * still found unified tables (their rules then run on the tables that exist).
 */
export const unifiedApplies = (record: ReportRecord): boolean =>
  isUnifiedVersion(record.meta.formatVersion) ||
  (record.meta.formatVersion === 'unknown' && (hasTable(record, 'table3') || hasTable(record, 'table4')));

/** version expected for the report year (checks.md FMT-TEMPLATE-MISMATCH) */
export function expectedVersion(year: number | null): FormatVersion | null {
  if (year === null) return null;
  if (year <= 2018) return 'pre2019';
  if (year <= 2020) return 'trial2019';
  return 'rev2021';
}

export const fmtNum = (n: number | null | undefined): string =>
  n === null || n === undefined ? '∅' : Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000);

/** Parses an ISO date (YYYY-MM-DD) into a UTC day number; null when unreadable. */
export function dayOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}
