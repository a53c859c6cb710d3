// A ZIP archive (the container of an .xlsx) written as a list of byte parts that a Blob takes as
// they are, so a large export never needs one giant buffer. Each entry is deflated by the
// platform's CompressionStream in 'gzip' mode: the gzip trailer carries the CRC-32 and size that
// ZIP needs, so no checksum is computed in JS, and the deflate data in between is what a ZIP
// entry holds. No ZIP64: an entry or archive past 4 GiB is refused with a clear error (an .xlsx
// sheet stops at Excel's row limit long before that).
//
// Deflating is most of an Excel export's time (Chromium runs CompressionStream on the calling
// thread), so the writer takes a Deflater: `deflateHere` on this thread, or deflate-worker.ts's,
// which runs the same stream in a worker while this thread writes the next rows.

export type TextChunks = Iterable<string> | AsyncIterable<string>;

/** bytes a Blob takes as they are */
export type Bytes = Uint8Array<ArrayBuffer>;

/** One entry's raw deflate data, with the CRC-32 and length of what was deflated. */
export interface DeflatedEntry {
  data: Bytes[];
  crc: number;
  size: number;
}

/** Deflates an entry's UTF-8 text. */
export type Deflater = (chunks: TextChunks) => Promise<DeflatedEntry>;

const LIMIT_32 = 0xffffffff;
const FLAG_UTF8_NAMES = 0x0800;
const METHOD_DEFLATE = 8;
const VERSION_20 = 20;

interface CentralEntry {
  name: Bytes;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private readonly parts: Bytes[] = [];
  private readonly entries: CentralEntry[] = [];
  private offset = 0;
  private readonly time: number;
  private readonly date: number;

  /**
   * `modified`: the time stamp every entry gets (MS-DOS format, local time as ZIP readers show it).
   * `deflate`: where entries are deflated (this thread unless given).
   */
  constructor(
    modified: Date = new Date(),
    private readonly deflate: Deflater = deflateHere,
  ) {
    this.time = (modified.getHours() << 11) | (modified.getMinutes() << 5) | (modified.getSeconds() >> 1);
    this.date = ((Math.max(1980, modified.getFullYear()) - 1980) << 9) | ((modified.getMonth() + 1) << 5) | modified.getDate();
  }

  /** Adds one entry made of text chunks (UTF-8), deflated as it is read. */
  async add(path: string, chunks: TextChunks): Promise<void> {
    const { data, crc, size } = await this.deflate(chunks);
    const compressed = byteLength(data);
    const name = new TextEncoder().encode(path);
    if (size > LIMIT_32 || compressed > LIMIT_32 || this.offset > LIMIT_32)
      throw new Error(`${path} is too large for a ZIP archive without ZIP64 (over 4 GiB)`);
    const entry: CentralEntry = { name, crc, compressed, size, offset: this.offset };
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    this.entryFields(header, 4, entry);
    // extra field length: 0
    this.entries.push(entry);
    this.push([new Uint8Array(header.buffer), name]);
    this.push(data);
  }

  /** Writes the central directory; the returned parts are the whole archive. */
  finish(): Bytes[] {
    const start = this.offset;
    for (const e of this.entries) {
      const h = new DataView(new ArrayBuffer(46));
      h.setUint32(0, 0x02014b50, true);
      h.setUint16(4, VERSION_20, true); // made by
      this.entryFields(h, 6, e);
      // extra, comment, disk number, internal and external attributes: all 0
      h.setUint32(42, e.offset, true);
      this.push([new Uint8Array(h.buffer), e.name]);
    }
    const size = this.offset - start;
    if (this.offset > LIMIT_32 || this.entries.length > 0xffff) throw new Error('the archive is too large for ZIP without ZIP64 (over 4 GiB or 65,535 entries)');
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.entries.length, true);
    end.setUint16(10, this.entries.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, start, true);
    this.push([new Uint8Array(end.buffer)]);
    return this.parts;
  }

  /**
   * The fields the local and the central header share, in the same order (version needed,
   * flags, method, time, date, CRC-32, sizes, name length), from `at`: 4 in the local header,
   * 6 in the central one.
   */
  private entryFields(h: DataView, at: number, e: CentralEntry): void {
    h.setUint16(at, VERSION_20, true);
    h.setUint16(at + 2, FLAG_UTF8_NAMES, true);
    h.setUint16(at + 4, METHOD_DEFLATE, true);
    h.setUint16(at + 6, this.time, true);
    h.setUint16(at + 8, this.date, true);
    h.setUint32(at + 10, e.crc, true);
    h.setUint32(at + 14, e.compressed, true);
    h.setUint32(at + 18, e.size, true);
    h.setUint16(at + 22, e.name.length, true);
  }

  private push(parts: Bytes[]): void {
    for (const p of parts) {
      this.parts.push(p);
      this.offset += p.length;
    }
  }
}

const byteLength = (parts: Bytes[]): number => parts.reduce((n, p) => n + p.length, 0);

/**
 * A gzip stream (CompressionStream) to write bytes into, and the whole stream it gives once the
 * writer is closed. `reading` rejects when the stream fails; it is marked handled here, as the
 * write or close that meets the failure reports it.
 */
export function openGzip(): { writer: WritableStreamDefaultWriter<Bytes>; reading: Promise<Bytes[]> } {
  const stream = new CompressionStream('gzip');
  const reading = (async () => {
    const out: Bytes[] = [];
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return out;
      out.push(value as Bytes);
    }
  })();
  reading.catch(() => undefined);
  return { writer: stream.writable.getWriter(), reading };
}

/** Raw deflate data of the UTF-8 text, with its CRC-32 and length, through one gzip stream on this thread. */
export async function deflateHere(chunks: TextChunks): Promise<DeflatedEntry> {
  const { writer, reading } = openGzip();
  const encoder = new TextEncoder();
  let size = 0;
  try {
    for await (const text of chunks) {
      if (!text) continue;
      const bytes = encoder.encode(text);
      size += bytes.length;
      // wait for room, not for this chunk to be deflated: the next chunk is built meanwhile
      // (an error of this write rejects `ready` or `close` as well)
      await writer.ready;
      writer.write(bytes).catch(() => undefined);
    }
    await writer.close();
  } catch (e) {
    await writer.abort(e).catch(() => undefined);
    await reading.catch(() => undefined); // errored by the abort: nothing to report twice
    throw e;
  }
  return entryFromGzip(await reading, size);
}

/**
 * The ZIP entry inside a gzip stream of `size` bytes of input: the deflate data between its
 * header and trailer, and the trailer's CRC-32.
 */
export function entryFromGzip(parts: Bytes[], size: number): DeflatedEntry {
  const length = byteLength(parts);
  const head = gzipHeaderLength(bytesAt(parts, 0, Math.min(length, 512)));
  if (length < head + 8) throw new Error('CompressionStream gave a gzip stream without its trailer');
  const trailer = new DataView(bytesAt(parts, length - 8, 8).buffer);
  const crc = trailer.getUint32(0, true);
  // ISIZE is the length mod 2^32: a check that the stream is the one written, not a source
  if (trailer.getUint32(4, true) !== size % 2 ** 32) throw new Error('CompressionStream gave a gzip stream of another length than was written');
  return { data: sliceParts(parts, head, length - 8), crc, size };
}

const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/** Length of a gzip member's header (RFC 1952 §2.3): 10 bytes plus the optional fields its flags name. */
export function gzipHeaderLength(b: Bytes): number {
  if (b.length < 10 || b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) throw new Error('CompressionStream did not give a gzip stream');
  const flags = b[3]!;
  let at = 10;
  if (flags & FEXTRA) at += 2 + (b[at]! | (b[at + 1]! << 8));
  if (flags & FNAME) at = b.indexOf(0, at) + 1;
  if (flags & FCOMMENT) at = b.indexOf(0, at) + 1;
  if (flags & FHCRC) at += 2;
  if (at <= 0 || at > b.length) throw new Error('gzip header longer than expected');
  return at;
}

/** A copy of `length` bytes from `start` of the concatenated parts. */
function bytesAt(parts: Bytes[], start: number, length: number): Bytes {
  const out = new Uint8Array(length);
  let filled = 0;
  for (const p of sliceParts(parts, start, start + length)) {
    out.set(p, filled);
    filled += p.length;
  }
  return out;
}

/** Views of bytes [start, end) of the concatenated parts (no copy). */
export function sliceParts(parts: Bytes[], start: number, end: number): Bytes[] {
  const out: Bytes[] = [];
  let at = 0;
  for (const p of parts) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + p.length);
    if (from < to) out.push(from === at && to === at + p.length ? p : p.subarray(from - at, to - at));
    at += p.length;
    if (at >= end) break;
  }
  return out;
}
