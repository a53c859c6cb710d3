// The worker deflater against the one on this thread: the worker's half runs here on one end of a
// MessageChannel (Node's CompressionStream, as a worker would run the browser's), the page's half
// on the other. The same bytes either way; at most a few chunks in flight; failures end the entry
// with the worker's message; a worker that does not start leaves the export on the page.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CHUNKS_IN_FLIGHT, openWorkerDeflater, serveDeflate, workerDeflater, type DeflatePort, type WorkerLike } from '../../../src/export/deflate-worker';
import { toXlsx } from '../../../src/export/xlsx';
import { deflateHere, type DeflatedEntry } from '../../../src/export/zip';
import { makeRows } from './make-rows';
import { joinParts, readZip } from './read-zip';

const open: MessagePort[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

/** A worker's half serving one end of a channel; the page's deflater on the other end. */
function channel(maxInFlight?: number) {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  serveDeflate(port1 as unknown as DeflatePort);
  port1.start();
  const page = workerDeflater(port2 as unknown as DeflatePort, maxInFlight);
  port2.start();
  return page;
}

const bytesOf = (e: DeflatedEntry) => ({ data: Buffer.from(joinParts(e.data)).toString('base64'), crc: e.crc, size: e.size });

describe('workerDeflater', () => {
  it('gives the bytes, CRC-32 and size that deflateHere gives (any UTF-16 text, any chunking)', async () => {
    const { deflate } = channel();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 30 }), async (chunks) => {
        expect(bytesOf(await deflate(chunks))).toEqual(bytesOf(await deflateHere(chunks)));
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });

  it('deflates several entries one after another on one worker, and big ones (many chunks)', async () => {
    const { deflate } = channel();
    const big = Array.from({ length: 500 }, (_, i) => `<row r="${i}"><c t="s"><v>${i * 7919}</v></c></row>平潭`.repeat(20));
    for (const chunks of [['<Types/>'], big, [], ['', '一', '', '二𠀀']]) {
      expect(bytesOf(await deflate(chunks))).toEqual(bytesOf(await deflateHere(chunks)));
    }
  });

  it('keeps at most MAX_CHUNKS_IN_FLIGHT chunks unacknowledged: a slow worker holds the writer back', async () => {
    // a fake worker that acknowledges only when told
    const sent: Array<{ type: string; id: number }> = [];
    const listeners: Array<(e: MessageEvent) => void> = [];
    const port: DeflatePort = {
      postMessage: (m) => void sent.push(m as { type: string; id: number }),
      addEventListener: (_t, l) => void listeners.push(l),
    };
    const { deflate } = workerDeflater(port);
    const answer = (data: unknown) => listeners.forEach((l) => l({ data } as MessageEvent));
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < 20; i++) {
        pulled++;
        yield `chunk ${i}`;
      }
    }
    const done = deflate(source());
    const settle = () => new Promise((r) => setTimeout(r, 5));
    await settle();
    const chunks = () => sent.filter((m) => m.type === 'chunk').length;
    expect(chunks()).toBe(MAX_CHUNKS_IN_FLIGHT + 1);
    expect(pulled).toBe(MAX_CHUNKS_IN_FLIGHT + 1);
    const id = sent[0]!.id;
    answer({ type: 'ack', id });
    await settle();
    expect(chunks()).toBe(MAX_CHUNKS_IN_FLIGHT + 2);
    for (let i = 0; i < 20; i++) answer({ type: 'ack', id });
    await settle();
    expect(chunks()).toBe(20);
    expect(sent.at(-1)!.type).toBe('end');
    answer({ type: 'error', id, message: 'disk full' });
    await expect(done).rejects.toThrow(/disk full/);
  });

  it('a failure in the worker ends the entry with its message and stops reading the rows', async () => {
    const sent: Array<{ type: string; id: number }> = [];
    const listeners: Array<(e: MessageEvent) => void> = [];
    const { deflate } = workerDeflater({ postMessage: (m) => void sent.push(m as never), addEventListener: (_t, l) => void listeners.push(l) });
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield 'x';
      }
    }
    const done = deflate(source());
    await new Promise((r) => setTimeout(r, 5));
    listeners.forEach((l) => l({ data: { type: 'error', id: sent[0]!.id, message: 'out of memory' } } as MessageEvent));
    await expect(done).rejects.toThrow(/Deflating in the worker failed: out of memory/);
    const at = pulled;
    await new Promise((r) => setTimeout(r, 5));
    expect(pulled).toBe(at);
    expect(pulled).toBeLessThan(1000);
    expect(sent.some((m) => m.type === 'end')).toBe(false);
    expect(sent.some((m) => m.type === 'abort')).toBe(false); // the worker dropped the job itself
  });

  it('failAll (the worker died) ends an open entry and refuses the next', async () => {
    const { deflate, failAll } = workerDeflater({ postMessage: () => undefined, addEventListener: () => undefined }, 1);
    const done = deflate(['a', 'b', 'c']);
    await new Promise((r) => setTimeout(r, 5));
    failAll('script error');
    await expect(done).rejects.toThrow(/deflate worker failed: script error/);
    await expect(deflate(['a'])).rejects.toThrow(/script error/);
  });

  it('a worker that stops answering (killed after an ack, or an end dropped) ends the entry with an error and an abort (adv55 #1)', async () => {
    for (const silentAfter of ['ack', 'end']) {
      const sent: Array<{ type: string; id: number }> = [];
      const listeners: Array<(e: MessageEvent) => void> = [];
      const port: DeflatePort = {
        postMessage: (m) => {
          const msg = m as { type: string; id: number };
          sent.push(msg);
          // answers the first chunk, then nothing more ('ack'); or every chunk but not the end ('end')
          if (msg.type === 'chunk' && (silentAfter === 'end' || sent.filter((x) => x.type === 'chunk').length === 1))
            queueMicrotask(() => listeners.forEach((l) => l({ data: { type: 'ack', id: msg.id } } as MessageEvent)));
        },
        addEventListener: (_t, l) => void listeners.push(l),
      };
      const { deflate } = workerDeflater(port, 2, 60);
      const started = Date.now();
      await expect(deflate(['a', 'b', 'c', 'd', 'e'])).rejects.toThrow(/did not answer for 0.06 s; the export was stopped/);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(sent.at(-1)!.type).toBe('abort');
      await expect(deflate(['a'])).rejects.toThrow(/did not answer/);
    }
  });

  it('the watchdog waits only while the worker owes an answer: slow rows do not trip it', async () => {
    const page = channel();
    const { port1, port2 } = new MessageChannel();
    open.push(port1, port2);
    serveDeflate(port1 as unknown as DeflatePort);
    port1.start();
    const slow = workerDeflater(port2 as unknown as DeflatePort, undefined, 40);
    port2.start();
    async function* rows(): AsyncGenerator<string> {
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, 120)); // the page writing rows, three watchdog spans each
        yield `row ${i}`;
      }
    }
    const chunks = ['row 0', 'row 1', 'row 2'];
    expect(bytesOf(await slow.deflate(rows()))).toEqual(bytesOf(await page.deflate(chunks)));
  });

  it('a row source that throws aborts the worker’s entry and rethrows; the worker goes on serving', async () => {
    const page = channel();
    async function* failing(): AsyncGenerator<string> {
      yield 'first';
      throw new Error('row 7 is broken');
    }
    await expect(page.deflate(failing())).rejects.toThrow('row 7 is broken');
    expect(bytesOf(await page.deflate(['after']))).toEqual(bytesOf(await deflateHere(['after'])));
  });

  it('the workbook is byte for byte the one written on this thread', async () => {
    const { deflate } = channel();
    const rows = makeRows(40);
    const now = new Date(Date.UTC(2026, 10, 23, 12));
    const here = joinParts(await toXlsx(rows, undefined, { now, maxRows: 60 }));
    const there = joinParts(await toXlsx(rows, undefined, { now, maxRows: 60, deflate }));
    expect(Buffer.from(there).equals(Buffer.from(here))).toBe(true);
    expect(readZip(there).map((e) => e.name)).toContain('xl/sharedStrings.xml');
  });
});

/** A fake Worker: `behaviour` decides whether it says ready, errors or stays silent. */
function fakeWorker(behaviour: 'ready' | 'error' | 'silent') {
  const listeners: Record<string, Array<(e: MessageEvent & ErrorEvent) => void>> = { message: [], error: [], messageerror: [] };
  let terminated = false;
  const worker: WorkerLike = {
    postMessage: () => undefined,
    addEventListener: (type: string, l: (e: MessageEvent & ErrorEvent) => void) => void listeners[type]!.push(l),
    terminate: () => void (terminated = true),
  } as WorkerLike;
  setTimeout(() => {
    if (behaviour === 'ready') listeners.message!.forEach((l) => l({ data: { type: 'ready' } } as MessageEvent & ErrorEvent));
    if (behaviour === 'error') listeners.error!.forEach((l) => l({ message: 'failed to load' } as MessageEvent & ErrorEvent));
  }, 1);
  return { worker, terminated: () => terminated };
}

describe('openWorkerDeflater', () => {
  it('uses the worker once it says it is ready, and close() terminates it', async () => {
    const f = fakeWorker('ready');
    const d = await openWorkerDeflater(() => f.worker, deflateHere, 1000);
    expect(d.where).toBe('worker');
    expect(d.deflate).not.toBe(deflateHere);
    d.close();
    expect(f.terminated()).toBe(true);
  });

  it('a message from the worker that cannot be read (messageerror) ends the export instead of waiting for it', async () => {
    const listeners = new Map<string, Array<(e: never) => void>>();
    const worker: WorkerLike = {
      postMessage: () => undefined,
      addEventListener: (t, l) => void listeners.set(t, [...(listeners.get(t) ?? []), l as never]),
      terminate: () => undefined,
    };
    const opening = openWorkerDeflater(() => worker, deflateHere);
    listeners.get('message')!.forEach((l) => l({ data: { type: 'ready' } } as never));
    const d = await opening;
    expect(d.where).toBe('worker');
    const done = d.deflate(['a', 'b']);
    await new Promise((r) => setTimeout(r, 5));
    listeners.get('messageerror')!.forEach((l) => l({} as never));
    await expect(done).rejects.toThrow(/deflate worker failed: an answer could not be read/);
  });

  it('deflates on the page when the worker fails to load, stays silent, or cannot be made', async () => {
    const failed = fakeWorker('error');
    const a = await openWorkerDeflater(() => failed.worker, deflateHere, 1000);
    expect([a.where, a.deflate === deflateHere, failed.terminated()]).toEqual(['page', true, true]);
    const silent = fakeWorker('silent');
    const b = await openWorkerDeflater(() => silent.worker, deflateHere, 20);
    expect([b.where, b.deflate === deflateHere, silent.terminated()]).toEqual(['page', true, true]);
    const c = await openWorkerDeflater(() => {
      throw new Error('Worker is not defined');
    }, deflateHere, 1000);
    expect([c.where, c.deflate === deflateHere]).toEqual(['page', true]);
  });
});

