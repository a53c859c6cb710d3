// Traditional → Simplified conversion: a reimplementation of opencc-js's ConverterFactory /
// Trie.convert chain over opencc-js's own dictionaries (opencc-js/from/tw, /from/hk, /to/cn),
// 6–7× faster. test/unit/text/opencc-fast.test.ts pins it to opencc-js, which is the oracle.
//
// opencc-js semantics kept: one trie per dictionary group, applied in order, each to the whole
// output of the one before; longest match at each position, scanning left to right; where nothing
// matches, one code point is copied, or a whole ideographic description sequence (⿰…).
//
// Speed: a character that occurs in no key of any trie (digits, punctuation, many common
// characters) is never part of a match, so it passes every trie unchanged and no match reaches
// across it: the text is cut there. Only the runs between cuts go through the tries, gathered
// into one buffer with a separator standing for the cuts. A trie can only change a run holding
// the first unit of one of its changing keys (most phrases in the tw and hk tries are listed to
// keep them as they are), so the tries before the last run on those runs only; the last trie runs
// over all runs at once, its output written in place. A text with no change comes back as itself.
// Rare texts go through the tries whole: with an ideographic description character (it swallows
// the characters after it), or where a run comes out longer or shorter (e.g. a character whose
// simplified form is outside the BMP).
import type { DictGroup } from 'opencc-js/core';
import type { Converter } from './traditional';
import { buildTrie, childOf, HAS_CHILDREN, NODE_FLAGS, NODE_SIZE, SAME_AS_KEY, VALUE_END, VALUE_START, type FlatTrie } from './opencc-trie';

const isIdsChar = (c: number): boolean => c >= 0x2ff0 && c <= 0x2fff;

function idsArity(c: number): number {
  if (!isIdsChar(c)) return 0;
  return c === 0x2ff2 || c === 0x2ff3 ? 3 : 2;
}

/** Code units of the code point at i (String.prototype.codePointAt's pairing), within [0, n). */
function codePointLength(src: Uint16Array, i: number, n: number): number {
  const c = src[i]!;
  if (c < 0xd800 || c > 0xdbff || i + 1 >= n) return 1;
  const d = src[i + 1]!;
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Longer than this, a description sequence is read as plain characters (see idsEnd). */
const IDS_LIMIT = 256;

/**
 * opencc-js's getIdeographicDescriptionSequenceEnd: 0 when i starts no complete sequence. A
 * sequence longer than IDS_LIMIT units counts as none: a page of 10,000 ⿰ overflowed the stack
 * (opencc-js's own recursion does too). Each position's reading is kept for the call, so a long
 * run of operators is read once, not once per way of nesting it (exponential time otherwise).
 * Real sequences are a few characters.
 */
function idsEnd(src: Uint16Array, i: number, n: number): number {
  if (idsArity(src[i]!) === 0) return 0;
  const limit = Math.min(n, i + IDS_LIMIT);
  const memo = new Map<number, number>();
  const at = (j: number): number => {
    const arity = idsArity(src[j]!);
    if (arity === 0) return 0;
    const known = memo.get(j);
    if (known !== undefined) return known;
    let end = j + 1;
    for (let k = 0; k < arity && end !== 0; k++) end = end >= limit ? 0 : at(end) || end + codePointLength(src, end, n);
    memo.set(j, end);
    return end;
  };
  return at(i);
}

/** opencc-js's getUnmatchedLength: what to copy where no key matches. */
function unmatchedLength(src: Uint16Array, i: number, n: number): number {
  const end = idsEnd(src, i, n);
  return end > i ? end - i : codePointLength(src, i, n);
}

/** Set by runTrie: whether some match's value differed from its key. */
let trieChanged = false;

// runs[RUN * r + …]: run r's place in the text and in the run buffer, and its units' kinds OR-ed
const RUN = 5;
const TEXT_FROM = 0;
const TEXT_TO = 1;
const UNITS_FROM = 2;
const UNITS_TO = 3; // SEP excluded
const KINDS = 4;

/** Stands for the cuts between runs in the run buffer: in no key and no value. */
const SEP = 0;

/**
 * One Trie.convert of src[from, end) (the text ends at `end`), written to dst from `o`;
 * returns where the output ends. With `runs`, src is the run buffer and each run's output goes
 * to its own place in dst, the text; then it returns -1 when one came out longer or shorter than
 * the run (the text after it may then be overwritten).
 */
function runTrie(t: FlatTrie, src: Uint16Array, from: number, end: number, dst: Uint16Array, o: number, runs: Int32Array | null = null): number {
  const { root, rootStride, rootOffset, nodes, values } = t;
  let changed = false;
  let run = 0;
  if (runs) o = runs[TEXT_FROM]!;
  let i = from;
  while (i < end) {
    const c = src[i]!;
    const r = root[c * rootStride + rootOffset]!;
    if (r < 0) {
      // a one-unit key with a one-unit value that no longer key continues
      dst[o++] = ~r;
      changed = true;
      i++;
      continue;
    }
    if (r > 0) {
      // longest match: walk on while the trie goes on, remembering the last node with a value
      let node = r;
      let best = nodes[node * NODE_SIZE + VALUE_START]! >= 0 ? node : 0;
      let matchEnd = i + 1;
      for (let j = i + 1; j < end && (nodes[node * NODE_SIZE + NODE_FLAGS]! & HAS_CHILDREN) !== 0; j++) {
        node = childOf(t, node, src[j]!);
        if (node === 0) break;
        if (nodes[node * NODE_SIZE + VALUE_START]! >= 0) {
          best = node;
          matchEnd = j + 1;
        }
      }
      if (best !== 0) {
        const at = best * NODE_SIZE;
        if ((nodes[at + NODE_FLAGS]! & SAME_AS_KEY) === 0) changed = true;
        for (let k = nodes[at + VALUE_START]!, e = nodes[at + VALUE_END]!; k < e; k++) dst[o++] = values[k]!;
        i = matchEnd;
        continue;
      }
    }
    if (c === SEP && runs) {
      // the end of a run: the next one's output goes to its place in the text
      if (o !== runs[run * RUN + TEXT_TO]) return -1;
      if (++i < end) o = runs[++run * RUN + TEXT_FROM]!;
    } else if (isIdsChar(c) || (c >= 0xd800 && c <= 0xdbff)) {
      for (const e = i + unmatchedLength(src, i, end); i < e; i++) dst[o++] = src[i]!;
    } else {
      dst[o++] = c;
      i++;
    }
  }
  trieChanged = changed;
  return o;
}

/** What gatherRuns found. */
const gathered = { units: 0, runs: 0, kinds: 0, sparseRuns: 0 };

/**
 * Copies s to `text`, and its runs of units in some key (kind ≠ 0) to `units`, each closed by
 * SEP; notes each run in `runs`, and in `sparseRuns` those with one of `sparseBits`.
 */
function gatherRuns(s: string, kind: Uint8Array, text: Uint16Array, units: Uint16Array, runs: Int32Array, sparseRuns: Int32Array, sparseBits: number): void {
  const len = s.length;
  let n = 0;
  let r = 0;
  let m = 0;
  let kinds = 0;
  let i = 0;
  while (i < len) {
    let c = s.charCodeAt(i);
    let f = kind[c]!;
    text[i] = c;
    if (f === 0) {
      i++;
      continue;
    }
    const at = r * RUN;
    runs[at + TEXT_FROM] = i;
    runs[at + UNITS_FROM] = n;
    let k = 0;
    do {
      k |= f;
      units[n++] = c;
      if (++i >= len) break;
      c = s.charCodeAt(i);
      f = kind[c]!;
      text[i] = c;
    } while (f !== 0);
    runs[at + TEXT_TO] = i;
    runs[at + UNITS_TO] = n;
    runs[at + KINDS] = k;
    units[n++] = SEP;
    if ((k & sparseBits) !== 0) sparseRuns[m++] = r;
    r++;
    kinds |= k;
    i++; // past the cut that ended the run, copied already (or past the end)
  }
  gathered.units = n;
  gathered.runs = r;
  gathered.kinds = kinds;
  gathered.sparseRuns = m;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// ignoreBOM: keep a leading U+FEFF. Lone surrogates would come out as U+FFFD, so texts with
// surrogates go through String.fromCharCode instead.
const utf16 = LITTLE_ENDIAN && typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

function decode(buf: Uint16Array, n: number, surrogates: boolean): string {
  if (utf16 && !surrogates) return utf16.decode(buf.subarray(0, n));
  let out = '';
  for (let k = 0; k < n; k += 4096) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return out;
}

// A code unit's kind, at table[unit * stride]: 0 = in no key of any trie, so the text is cut there.
const IN_KEY = 1;
const SURROGATE = 2;
const IDS = 4;
/** kind bit: the unit starts a changing key of trie t (0 past the 5th trie: assume it might) */
const changeBit = (t: number): number => (t < 5 ? 8 << t : 0);

/**
 * The converter ConverterFactory(...locales) makes, from the same arguments: each one a list
 * of dictionary groups, as opencc-js/from/* and /to/* export them.
 */
export function createFastConverter(...locales: readonly (readonly DictGroup[])[]): Converter {
  const groups = locales.flat();
  // per code unit, in one cache line: its kind, then its root entry in each trie
  let stride = 2;
  while (stride < groups.length + 1) stride *= 2;
  const table = new Int32Array(0x10000 * stride);
  const tries = groups.map((g, ti) => buildTrie(g, table, stride, ti + 1, { keyMark: IN_KEY, changeMark: changeBit(ti) }));
  const last = tries.length - 1;
  let mayChange = 0; // kind bits of units that some trie may change a run for
  tries.forEach((_, ti) => (mayChange |= changeBit(ti) || IN_KEY));
  for (let c = 0xd800; c <= 0xdfff; c++) table[c * stride]! |= IN_KEY | SURROGATE;
  for (let c = 0x2ff0; c <= 0x2fff; c++) table[c * stride]! |= IN_KEY | IDS;
  // the kinds again, one byte per unit (64 KB rather than 1 MB to look through) for the first pass
  const kind = new Uint8Array(0x10000);
  const copyKind = (c: number): void => {
    kind[c] = table[c * stride]!;
  };
  for (const t of tries) t.keyUnits.forEach(copyKind);
  for (let c = 0xd800; c <= 0xdfff; c++) copyKind(c);
  for (let c = 0x2ff0; c <= 0x2fff; c++) copyKind(c);
  // Cutting is exact only if nothing a trie outputs can reach across a cut in the next one: an
  // ideographic description character in a value could; SEP in a value would break the runs apart.
  const cutsSafe = table[SEP * stride] === 0 && !tries.some((t) => t.idsInValues || t.values.includes(SEP));

  let sparseBits = 0; // kind bits of the tries before the last, run on the runs that need them
  for (let ti = 0; ti < last; ti++) sparseBits |= changeBit(ti) || IN_KEY;

  // scratch, reused across calls (conversion is synchronous)
  let text = new Uint16Array(1024); // the text, then its output in place
  let units = new Uint16Array(1024); // the runs, each closed by SEP
  let spare = new Uint16Array(1024);
  let one = new Uint16Array(256); // one run's output
  let runs = new Int32Array(256 * RUN);
  let sparseRuns = new Int32Array(256);

  function swapUnits(): void {
    const tmp = units;
    units = spare;
    spare = tmp;
  }

  /** The whole text through every trie, no cuts: for the rare texts the cut runs cannot take (see the top). */
  function convertWhole(s: string): string {
    const len = s.length;
    if (units.length < len) units = new Uint16Array(len * 2);
    let kinds = 0;
    for (let k = 0; k < len; k++) kinds |= table[stride * (units[k] = s.charCodeAt(k))]!;
    let n = len;
    let changed = false;
    for (let ti = 0; ti <= last; ti++) {
      const bit = changeBit(ti);
      if (!changed && bit !== 0 && (kinds & bit) === 0) continue;
      if (spare.length < n * tries[ti]!.growth) spare = new Uint16Array(n * tries[ti]!.growth * 2);
      n = runTrie(tries[ti]!, units, 0, n, spare, 0);
      swapUnits();
      changed ||= trieChanged;
    }
    return changed ? decode(units, n, (kinds & SURROGATE) !== 0) : s;
  }

  /**
   * Trie ti, in place, over the runs in sparseRuns that hold one of its changing units. -1 when
   * one came out longer or shorter (the caller then goes the general way), else whether one changed.
   */
  function runSparse(ti: number, sparseCount: number): number {
    const t = tries[ti]!;
    const bit = changeBit(ti);
    let changed = 0;
    for (let x = 0; x < sparseCount; x++) {
      const at = sparseRuns[x]! * RUN;
      if (bit !== 0 && (runs[at + KINDS]! & bit) === 0) continue;
      const from = runs[at + UNITS_FROM]!;
      const to = runs[at + UNITS_TO]!;
      if (one.length < (to - from) * t.growth) one = new Uint16Array((to - from) * t.growth * 2);
      const m = runTrie(t, units, from, to, one, 0);
      if (!trieChanged) continue;
      if (m !== to - from) return -1;
      changed = 1;
      let kinds = 0;
      for (let k = 0; k < m; k++) kinds |= table[stride * (units[from + k] = one[k]!)]!;
      runs[at + KINDS] = kinds;
    }
    return changed;
  }

  return function convert(s: string): string {
    if (!cutsSafe) return convertWhole(s);
    const len = s.length;
    if (text.length < len) text = new Uint16Array(len * 2);
    if (units.length < len * 2 + 1) units = new Uint16Array(len * 4 + 2);
    if (sparseRuns.length < len + 1) {
      runs = new Int32Array((len + 1) * 2 * RUN);
      sparseRuns = new Int32Array((len + 1) * 2);
    }
    // 1. the runs, gathered
    gatherRuns(s, kind, text, units, runs, sparseRuns, sparseBits);
    const { runs: runCount, kinds } = gathered;
    if (kinds & IDS) return convertWhole(s);
    if ((kinds & mayChange) === 0) return s;
    // 2. the tries before the last on the runs they may change
    let changed = false;
    for (let ti = 0; ti < last; ti++) {
      const r = runSparse(ti, gathered.sparseRuns);
      if (r < 0) return convertWhole(s);
      if (r > 0) changed = true;
    }
    // 3. the last trie on all runs at once (SEP, like the cuts it stands for, keeps them apart),
    // each run's output written to its place in the text; where one came out longer or shorter,
    // the general way
    const n = runs[(runCount - 1) * RUN + UNITS_TO]! + 1;
    if (runTrie(tries[last]!, units, 0, n, text, 0, runs) < 0) return convertWhole(s);
    return changed || trieChanged ? decode(text, len, (kinds & SURROGATE) !== 0) : s;
  };
}
