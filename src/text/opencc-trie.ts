// One opencc-js dictionary group (e.g. [TSPhrases, TSCharacters]) as a flat trie over UTF-16
// code units, in typed arrays: no Map per node, no object per match, cheap to build.
//
// Same content as opencc-js's Trie after loadDictGroup: the dicts are loaded in reverse, so on a
// key listed twice the earlier dict wins, and within one dict the later line wins. opencc-js
// keys its trie by code point; keying by code unit finds the same matches as long as no key or
// value holds a lone surrogate (a match then never ends, or starts, inside a surrogate pair),
// which buildTrie checks.
import type { DictGroup } from 'opencc-js/core';

/** node record fields, NODE_SIZE Int32s per node in FlatTrie.nodes */
export const NODE_SIZE = 4;
export const VALUE_START = 0; // -1: no key ends at this node
export const VALUE_END = 1;
export const NODE_FLAGS = 2;
export const HAS_CHILDREN = 1; // some longer key continues this node
export const SAME_AS_KEY = 2; // its value equals its key (a phrase listed to keep it as it is)

export interface FlatTrie {
  /**
   * The root level, in a table shared with the other tries of a chain so that one character's
   * entries for all of them sit in one cache line: root[unit * rootStride + rootOffset] is
   * 0: no key starts with the unit; > 0: the node of that one-unit prefix; < 0: ~v, where v is
   * the one-unit value of a one-unit key that no longer key continues (most single characters).
   */
  root: Int32Array;
  rootStride: number;
  rootOffset: number;
  nodes: Int32Array;
  values: Uint16Array;
  /**
   * edges below the root, open addressing on (node, unit): slot k is edges[k * 4 + 0..2] =
   * [node, unit, child], node 0 = empty (one cache line per probe)
   */
  edges: Int32Array;
  edgeMask: number;
  /** an upper bound on (output length / input length) of one pass */
  growth: number;
  /** the units that got their first mark from this trie (together: every unit in some key) */
  keyUnits: number[];
  /** some value contains an ideographic description character (U+2FF0..U+2FFF) */
  idsInValues: boolean;
}

export function edgeSlot(node: number, unit: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
}

/** The child of `node` along `unit`, 0 if none. */
export function childOf(t: FlatTrie, node: number, unit: number): number {
  const { edges, edgeMask } = t;
  for (let slot = edgeSlot(node, unit, edgeMask); ; slot = (slot + 1) & edgeMask) {
    const at = slot * 4;
    const e = edges[at]!;
    if (e === 0) return 0;
    if (e === node && edges[at + 1] === unit) return edges[at + 2]!;
  }
}

function nextPow2(n: number): number {
  let p = 16;
  while (p < n) p *= 2;
  return p;
}

/**
 * Marks buildTrie leaves on the shared table, at [unit * rootStride] (the caller's slot):
 * `keyMark` on every unit that occurs in a key, `changeMark` on every unit that starts a key
 * whose value differs from it (at some point while loading: a superset), so that a text with
 * none of them comes out of this trie unchanged.
 */
export interface TrieMarks {
  keyMark: number;
  changeMark: number;
}

/** Lone surrogates in s[from, to)? */
function hasLoneSurrogate(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff || i + 1 >= to) return true;
    const d = s.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) return true;
    i++;
  }
  return false;
}

/**
 * Builds the trie of `group`: its root level in root[unit * rootStride + rootOffset] (zeroed),
 * its marks (see TrieMarks) OR-ed into root[unit * rootStride].
 *
 * It is built on the first Traditional page, in code that has not been optimised yet: one pass,
 * one call per entry, no strings or arrays cut out of the dicts, sizes bounded by their lengths.
 */
export function buildTrie(group: DictGroup, root: Int32Array, rootStride: number, rootOffset: number, marks: TrieMarks): FlatTrie {
  let size = 0; // total length of the dicts: bounds the key and value units
  for (const d of group) {
    if (typeof d === 'string') size += d.length;
    else for (const e of d) size += (e[0]?.length ?? 0) + (e[1]?.length ?? 0);
  }
  const { keyMark, changeMark } = marks;
  const nodes = new Int32Array((size + 1) * NODE_SIZE);
  let nodeCount = 1; // node 0 is "none"
  const values = new Uint16Array(size);
  let used = 0;
  let edgeMask = nextPow2(size / 4) - 1; // grows when half full
  let edges = new Int32Array((edgeMask + 1) * 4);
  let edgeCount = 0;
  const rootNodes: number[] = []; // root slots that got a node
  const keyUnits: number[] = [];
  let growth = 1;
  let idsInValues = false;

  /** Trie.addWord of key ks[kFrom, kTo) with value vs[vFrom, vTo). */
  const add = (ks: string, kFrom: number, kTo: number, vs: string, vFrom: number, vTo: number): void => {
    if (kTo === kFrom) return; // opencc-js stores it on the root, where no match ever reads it
    let same = kTo - kFrom === vTo - vFrom;
    let surrogates = false;
    let node = 0;
    for (let k = kFrom; k < kTo; k++) {
      const unit = ks.charCodeAt(k);
      if (same && unit !== vs.charCodeAt(vFrom + k - kFrom)) same = false;
      if (unit >= 0xd800 && unit <= 0xdfff) surrogates = true;
      if ((root[unit * rootStride]! & keyMark) === 0) {
        root[unit * rootStride]! |= keyMark;
        keyUnits.push(unit);
      }
      if (k === kFrom) {
        const r = unit * rootStride + rootOffset;
        node = root[r]!;
        if (node === 0) {
          node = root[r] = nodeCount++;
          nodes[node * NODE_SIZE + VALUE_START] = -1;
          rootNodes.push(r);
        }
        continue;
      }
      // the child along unit, made if missing
      let slot = edgeSlot(node, unit, edgeMask);
      let e = edges[slot * 4]!;
      while (e !== 0 && !(e === node && edges[slot * 4 + 1] === unit)) {
        slot = (slot + 1) & edgeMask;
        e = edges[slot * 4]!;
      }
      if (e !== 0) {
        node = edges[slot * 4 + 2]!;
        continue;
      }
      const child = nodeCount++;
      nodes[child * NODE_SIZE + VALUE_START] = -1;
      nodes[node * NODE_SIZE + NODE_FLAGS]! |= HAS_CHILDREN;
      edges[slot * 4] = node;
      edges[slot * 4 + 1] = unit;
      edges[slot * 4 + 2] = child;
      node = child;
      if (++edgeCount * 2 > edgeMask) rehash();
    }
    if (!same) root[ks.charCodeAt(kFrom) * rootStride]! |= changeMark;
    const at = node * NODE_SIZE;
    nodes[at + VALUE_START] = used;
    for (let k = vFrom; k < vTo; k++) {
      const unit = vs.charCodeAt(k);
      if (unit >= 0x2ff0 && unit <= 0xdfff && (unit <= 0x2fff || unit >= 0xd800)) {
        if (unit <= 0x2fff) idsInValues = true;
        else surrogates = true;
      }
      values[used++] = unit;
    }
    nodes[at + VALUE_END] = used;
    nodes[at + NODE_FLAGS] = (nodes[at + NODE_FLAGS]! & HAS_CHILDREN) | (same ? SAME_AS_KEY : 0);
    if (vTo - vFrom > kTo - kFrom) growth = Math.max(growth, Math.ceil((vTo - vFrom) / (kTo - kFrom)));
    if (surrogates && (hasLoneSurrogate(ks, kFrom, kTo) || hasLoneSurrogate(vs, vFrom, vTo))) {
      throw new Error(`opencc dictionary entry with a lone surrogate: ${JSON.stringify(ks.slice(kFrom, kTo))}`);
    }
  };

  const rehash = (): void => {
    const old = edges;
    edgeMask = edgeMask * 2 + 1;
    edges = new Int32Array((edgeMask + 1) * 4);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] === 0) continue;
      let slot = edgeSlot(old[at]!, old[at + 1]!, edgeMask);
      while (edges[slot * 4] !== 0) slot = (slot + 1) & edgeMask;
      edges.set(old.subarray(at, at + 3), slot * 4);
    }
  };

  // Trie.loadDictGroup loads the dicts reversed: on a key listed twice, the earlier dict wins.
  // Trie.loadDict: entries in order, a later one replacing an earlier one with the same key.
  for (let di = group.length - 1; di >= 0; di--) {
    const d = group[di]!;
    if (typeof d !== 'string') {
      for (const e of d) {
        if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'string') throw new TypeError('Invalid dictionary entry: expected [source, replacement] pairs.');
        add(e[0], 0, e[0].length, e[1], 0, e[1].length);
      }
      continue;
    }
    // "key value|key value…", split as loadDict splits it: a line is "key value[ ignored]"
    for (let p = 0; ; ) {
      const bar = d.indexOf('|', p);
      const lineEnd = bar < 0 ? d.length : bar;
      const space = d.indexOf(' ', p);
      if (space < 0 || space >= lineEnd) throw new TypeError('Invalid dictionary entry: expected string entries to use "source replacement" format.');
      const space2 = d.indexOf(' ', space + 1);
      add(d, p, space, d, space + 1, space2 >= 0 && space2 < lineEnd ? space2 : lineEnd);
      if (bar < 0) break;
      p = bar + 1;
    }
  }

  // one-unit keys with a one-unit value and nothing after them: the value goes in the root itself
  for (const r of rootNodes) {
    const at = root[r]! * NODE_SIZE;
    const start = nodes[at + VALUE_START]!;
    if (nodes[at + NODE_FLAGS] === 0 && start >= 0 && nodes[at + VALUE_END] === start + 1) root[r] = ~values[start]!;
  }
  return { root, rootStride, rootOffset, nodes, values: values.subarray(0, used), edges, edgeMask, growth, keyUnits, idsInValues };
}
