// Deflating an export's ZIP entries in a worker. Chromium runs CompressionStream on the calling
// thread, and deflating is about half of a 10,000-report Excel export (~6 of ~12 s): in a worker
// it runs while the library page writes the next rows, and the page stays responsive.
//
// Both halves talk over a port (the Worker, or the worker's global scope):
//   page → worker  {type:'start', id}  {type:'chunk', id, bytes}  {type:'end', id}  {type:'abort', id}
//   worker → page  {type:'ready'} once  {type:'ack', id} per chunk deflated
//                  {type:'done', id, parts} (the gzip stream)  {type:'error', id, message}
// The page keeps at most a few chunks unacknowledged, so a slow worker holds back the writer
// instead of piling its text up in memory. The page unwraps the gzip stream itself
// (entryFromGzip), exactly as deflateHere does: the same bytes either way.
import { type Bytes, type Deflater, type DeflatedEntry, deflateHere, entryFromGzip, openGzip, type TextChunks } from './zip';

/** What both halves need of a Worker or a worker's global scope (a MessagePort has it too). */
export interface DeflatePort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

type ToWorker = { type: 'start'; id: number } | { type: 'chunk'; id: number; bytes: Bytes } | { type: 'end'; id: number } | { type: 'abort'; id: number };
type FromWorker = { type: 'ready' } | { type: 'ack'; id: number } | { type: 'done'; id: number; parts: Bytes[] } | { type: 'error'; id: number; message: string };

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

// ---- the worker's half ----

/**
 * The buffers to transfer rather than copy: those a part alone covers (Node's zlib hands out
 * views of a shared pool, which must not be detached; a browser's streams give each part its own).
 */
function ownBuffers(parts: Bytes[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const p of parts) if (p.byteOffset === 0 && p.byteLength === p.buffer.byteLength) out.add(p.buffer);
  return [...out];
}

interface WorkerJob {
  writer: WritableStreamDefaultWriter<Bytes>;
  reading: Promise<Bytes[]>;
  /** this job's steps, one after another (a write waits for the one before) */
  tail: Promise<void>;
  failed: boolean;
}

/** Answers deflate requests on `port` (the worker's global scope); says 'ready' first. */
export function serveDeflate(port: DeflatePort): void {
  const jobs = new Map<number, WorkerJob>();
  const post = (m: FromWorker, transfer?: Transferable[]) => port.postMessage(m, transfer);
  const fail = (id: number, job: WorkerJob, e: unknown) => {
    if (job.failed) return;
    job.failed = true;
    jobs.delete(id);
    void job.writer.abort(e).catch(() => undefined);
    post({ type: 'error', id, message: messageOf(e) });
  };
  /** runs `step` after the job's earlier steps; a failure ends the job with an error message */
  const then = (id: number, step: (job: WorkerJob) => Promise<void>) => {
    const job = jobs.get(id);
    if (!job) return post({ type: 'error', id, message: `deflate job ${id} is not open` });
    job.tail = job.tail.then(() => (job.failed ? undefined : step(job))).catch((e) => fail(id, job, e));
  };
  port.addEventListener('message', (e: MessageEvent) => {
    const m = e.data as ToWorker;
    switch (m.type) {
      case 'start':
        // a failed stream is reported by the step that meets it
        jobs.set(m.id, { ...openGzip(), tail: Promise.resolve(), failed: false });
        return;
      case 'chunk':
        // acknowledged once deflated: the page's count of chunks in flight
        return then(m.id, async (job) => {
          await job.writer.write(m.bytes);
          post({ type: 'ack', id: m.id });
        });
      case 'end':
        return then(m.id, async (job) => {
          await job.writer.close();
          const parts = await job.reading;
          jobs.delete(m.id);
          post({ type: 'done', id: m.id, parts }, ownBuffers(parts));
        });
      case 'abort': {
        const job = jobs.get(m.id);
        if (job) {
          job.failed = true;
          jobs.delete(m.id);
          void job.writer.abort(new Error('aborted by the page')).catch(() => undefined);
        }
        return;
      }
    }
  });
  post({ type: 'ready' });
}

// ---- the page's half ----

/** Chunks a deflate may have sent and not yet had acknowledged. */
export const MAX_CHUNKS_IN_FLIGHT = 4;

/**
 * How long the page waits for the worker's next answer (an ack, or done) while it has something
 * outstanding. A chunk deflates in milliseconds; a worker that died or hung sends nothing (no
 * event tells a worker's termination), and the export then waited for good (adv55 #1).
 */
export const STALL_TIMEOUT_MS = 15_000;

interface PageJob {
  sent: number;
  acked: number;
  /** 'end' posted: done is outstanding */
  ended: boolean;
  /** the worker reported an error: it has dropped the job already */
  dropped: boolean;
  /** the watchdog while an answer is outstanding */
  timer: ReturnType<typeof setTimeout> | undefined;
  size: number;
  error: Error | null;
  /** wakes a writer waiting for an acknowledgement (or for the error) */
  wake: (() => void) | null;
  settle: (parts: Bytes[] | Error) => void;
}

/**
 * A Deflater that sends each entry's text to the worker behind `port` (UTF-8 bytes, transferred,
 * not copied). `failAll` ends every open deflate with an error: call it when the worker dies.
 * A worker silent for `stallMs` while an answer is outstanding is taken as dead: failAll.
 */
export function workerDeflater(port: DeflatePort, maxInFlight = MAX_CHUNKS_IN_FLIGHT, stallMs = STALL_TIMEOUT_MS): { deflate: Deflater; failAll(message: string): void } {
  const jobs = new Map<number, PageJob>();
  let nextId = 1;
  let broken: Error | null = null;
  const failJob = (job: PageJob, error: Error) => {
    clearTimeout(job.timer);
    job.error ??= error;
    job.settle(job.error);
    job.wake?.();
  };
  /** (re)starts the watchdog while the worker owes an answer; stops it when it owes none */
  const watch = (job: PageJob) => {
    clearTimeout(job.timer);
    job.timer = undefined;
    if (job.error || (job.sent === job.acked && !job.ended)) return;
    const s = stallMs / 1000;
    job.timer = setTimeout(() => stopAll(new Error(`压缩进程 ${s} 秒没有响应，导出已停止，请重试。 / The deflate worker did not answer for ${s} s; the export was stopped. Please retry.`)), stallMs);
  };
  port.addEventListener('message', (e: MessageEvent) => {
    const m = e.data as FromWorker;
    if (m.type === 'ready') return;
    const job = jobs.get(m.id);
    if (!job) return;
    if (m.type === 'ack') {
      job.acked++;
      watch(job);
      job.wake?.();
    } else if (m.type === 'done') {
      clearTimeout(job.timer);
      job.settle(m.parts);
    } else {
      job.dropped = true;
      failJob(job, new Error(`压缩失败 / Deflating in the worker failed: ${m.message}`));
    }
  });
  const stopAll = (error: Error) => {
    broken = error;
    for (const job of jobs.values()) failJob(job, broken);
  };
  const failAll = (message: string) => stopAll(new Error(`压缩进程出错 / The deflate worker failed: ${message}`));

  const deflate = async (chunks: TextChunks): Promise<DeflatedEntry> => {
    if (broken) throw broken;
    const id = nextId++;
    let settle!: PageJob['settle'];
    const result = new Promise<Bytes[]>((resolve, reject) => {
      settle = (r) => (r instanceof Error ? reject(r) : resolve(r));
    });
    result.catch(() => undefined); // awaited below; an early failure must not go unhandled meanwhile
    const job: PageJob = { sent: 0, acked: 0, ended: false, dropped: false, timer: undefined, size: 0, error: null, wake: null, settle };
    jobs.set(id, job);
    const waitForAck = () =>
      new Promise<void>((resolve) => {
        job.wake = () => {
          job.wake = null;
          resolve();
        };
      });
    try {
      port.postMessage({ type: 'start', id } satisfies ToWorker);
      const encoder = new TextEncoder();
      for await (const text of chunks) {
        if (job.error) throw job.error;
        if (!text) continue;
        const bytes = encoder.encode(text);
        job.size += bytes.length;
        port.postMessage({ type: 'chunk', id, bytes } satisfies ToWorker, [bytes.buffer]);
        job.sent++;
        if (!job.timer) watch(job);
        while (job.sent - job.acked > maxInFlight && !job.error) await waitForAck();
      }
      if (job.error) throw job.error;
      port.postMessage({ type: 'end', id } satisfies ToWorker);
      job.ended = true;
      watch(job);
      return entryFromGzip(await result, job.size);
    } catch (e) {
      // any failure but the worker's own (the rows, the watchdog, failAll) tells it to drop the job
      if (!job.dropped) port.postMessage({ type: 'abort', id } satisfies ToWorker);
      throw e;
    } finally {
      clearTimeout(job.timer);
      jobs.delete(id);
    }
  };
  return { deflate, failAll };
}

/** What openWorkerDeflater needs of a Worker. */
export interface WorkerLike extends DeflatePort {
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (e: MessageEvent & ErrorEvent) => void): void;
  terminate(): void;
}

export interface OpenDeflater {
  deflate: Deflater;
  /** where entries are deflated, for the progress line and the tests */
  where: 'worker' | 'page';
  close(): void;
}

/** Deflating on the calling thread, as an OpenDeflater (nothing to close). */
export function deflaterOnPage(deflate: Deflater = deflateHere): OpenDeflater {
  return { deflate, where: 'page', close: () => undefined };
}

/** How long a new worker may take to say it is ready before the page deflates by itself. */
const READY_TIMEOUT_MS = 3000;

/**
 * Starts the worker and waits for its 'ready'. When it cannot be made, fails to load or stays
 * silent, the export deflates on the page instead (`fallback`): slower, the same file.
 */
export async function openWorkerDeflater(makeWorker: () => WorkerLike, fallback: Deflater, timeoutMs = READY_TIMEOUT_MS): Promise<OpenDeflater> {
  const onPage = deflaterOnPage(fallback);
  let worker: WorkerLike;
  try {
    worker = makeWorker();
  } catch {
    return onPage;
  }
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    worker.addEventListener('message', (e) => {
      if ((e.data as FromWorker | undefined)?.type === 'ready') {
        clearTimeout(timer);
        resolve(true);
      }
    });
    worker.addEventListener('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (!ready) {
    worker.terminate();
    return onPage;
  }
  const { deflate, failAll } = workerDeflater(worker);
  // a worker that dies mid-export ends it with an error (the rows were already written into
  // this entry's stream: there is nothing to fall back to)
  worker.addEventListener('error', (e) => failAll(e.message || 'worker error'));
  // an answer that cannot be read is lost: waiting for it would never end
  worker.addEventListener('messageerror', () => failAll('an answer could not be read (messageerror)'));
  return { deflate, where: 'worker', close: () => worker.terminate() };
}
