// The library bench in Node, on fake-indexeddb (a fresh factory per run).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { benchLibrary, type LibraryBench, type Sample } from './library-bench';
import type { LoopOptions } from './stats';

export async function benchLibraryNode(samples: Sample[], count: number, loop: LoopOptions): Promise<LibraryBench> {
  globalThis.indexedDB = new IDBFactory();
  return benchLibrary(samples, count, loop, 'Node + fake-indexeddb (pure JS, several times slower than a browser IndexedDB)');
}
