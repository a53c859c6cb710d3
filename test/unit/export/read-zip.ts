// A strict reader of the archives zip.ts writes, independent of it: end of central directory →
// central directory → local headers, each entry inflated by Node's zlib and its CRC-32 and sizes
// checked against both headers. Throws on any disagreement.
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** MS-DOS date and time fields of the central header */
  date: number;
  time: number;
}

export function readZip(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buf.length - 22;
  if (eocd < 0 || buf.readUInt32LE(eocd) !== 0x06054b50) throw new Error('no end of central directory record at the end');
  const count = buf.readUInt16LE(eocd + 10);
  if (buf.readUInt16LE(eocd + 8) !== count) throw new Error('entries on this disk ≠ total entries');
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdStart = buf.readUInt32LE(eocd + 16);
  if (cdStart + cdSize !== eocd) throw new Error(`central directory ends at ${cdStart + cdSize}, not at ${eocd}`);
  const entries: ZipEntry[] = [];
  let at = cdStart;
  for (let i = 0; i < count; i++) {
    const central = at;
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`central header ${i}: bad signature`);
    const method = buf.readUInt16LE(at + 10);
    const time = buf.readUInt16LE(at + 12);
    const date = buf.readUInt16LE(at + 14);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;

    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header signature`);
    // the local header's fields from flags on sit 2 bytes before the central header's
    const same = (off: number, bytes: 2 | 4, what: string) => {
      const read = (o: number) => (bytes === 2 ? buf.readUInt16LE(o) : buf.readUInt32LE(o));
      if (read(local + off) !== read(central + off + 2)) throw new Error(`${name}: local ${what} ${read(local + off)} ≠ central ${read(central + off + 2)}`);
    };
    same(6, 2, 'flags');
    same(8, 2, 'method');
    same(10, 2, 'time');
    same(12, 2, 'date');
    same(14, 4, 'crc');
    same(18, 4, 'compressed size');
    same(22, 4, 'size');
    const localName = buf.toString('utf8', local + 30, local + 30 + buf.readUInt16LE(local + 26));
    if (localName !== name) throw new Error(`local name ${localName} ≠ central ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    if (method !== 8) throw new Error(`${name}: method ${method}, expected deflate (8)`);
    const data = inflateRawSync(raw);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes inflated, header says ${size}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 ${crc32(data)} ≠ header ${crc}`);
    entries.push({ name, data, date, time });
  }
  return entries;
}

/** The archive's parts as one byte array (what the Blob would hold). */
export const joinParts = (parts: Uint8Array[]): Uint8Array => Buffer.concat(parts);
