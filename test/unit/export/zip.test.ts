import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipHeaderLength, sliceParts, ZipWriter } from '../../../src/export/zip';
import { joinParts, readZip } from './read-zip';

const STAMP = new Date(2026, 10, 23, 17, 42, 30); // local time, as ZIP stores it

async function archive(files: [string, string[] | AsyncIterable<string>][]) {
  const zip = new ZipWriter(STAMP);
  for (const [name, chunks] of files) await zip.add(name, chunks);
  return joinParts(zip.finish());
}

describe('ZipWriter', () => {
  it('writes entries that Node’s zlib inflates to the text given, with matching CRC-32 and sizes', async () => {
    const big = Array.from({ length: 3000 }, (_, i) => `<row r="${i}">平潭综合实验区 ${i * 7919}</row>`);
    const entries = readZip(await archive([
      ['[Content_Types].xml', ['<Types/>']],
      ['xl/worksheets/sheet1.xml', big],
      ['empty.txt', []],
      ['名字/中文.txt', ['', '一', '', '二𠀀']],
    ]));
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'empty.txt', '名字/中文.txt']);
    expect(entries.map((e) => e.data.toString('utf8'))).toEqual(['<Types/>', big.join(''), '', '一二𠀀']);
  });

  it('stamps every entry with the time given (MS-DOS fields)', async () => {
    const [e] = readZip(await archive([['a', ['x']]]));
    expect(e!.date).toBe(((2026 - 1980) << 9) | (11 << 5) | 23);
    expect(e!.time).toBe((17 << 11) | (42 << 5) | 15);
  });

  it('reads chunks from an async source', async () => {
    async function* chunks() {
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 1));
        yield `part ${i};`;
      }
    }
    const [e] = readZip(await archive([['a.txt', chunks()]]));
    expect(e!.data.toString()).toBe('part 0;part 1;part 2;part 3;part 4;');
  });

  it('passes on an error of the source, and stays usable', async () => {
    const zip = new ZipWriter(STAMP);
    async function* failing() {
      yield 'start';
      throw new Error('rows could not be read');
    }
    await expect(zip.add('bad.xml', failing())).rejects.toThrow('rows could not be read');
    await zip.add('good.xml', ['fine']);
    // the failed entry left nothing behind
    expect(readZip(joinParts(zip.finish())).map((e) => [e.name, e.data.toString()])).toEqual([['good.xml', 'fine']]);
  });

  it('round-trips arbitrary text split anywhere (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 20 }), async (chunks) => {
        const [e] = readZip(await archive([['t', chunks]]));
        expect(e!.data.toString('utf8')).toBe(chunks.join(''));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the test reader catches a broken archive (so the checks above can fail)', () => {
  it('rejects a wrong CRC-32', async () => {
    const bytes = await archive([['a.txt', ['hello']]]);
    const broken = Uint8Array.from(bytes);
    broken[14] = broken[14]! ^ 0xff; // CRC in the local header
    const central = bytes.length - 22 - (46 + 'a.txt'.length);
    broken[central + 16] = broken[central + 16]! ^ 0xff; // and in the central one
    expect(() => readZip(broken)).toThrow(/CRC-32/);
  });
  it('rejects a local header that disagrees with the central one', async () => {
    const broken = Uint8Array.from(await archive([['a.txt', ['hello']]]));
    broken[22] = broken[22]! + 1; // size in the local header
    expect(() => readZip(broken)).toThrow(/local size/);
  });
});

describe('gzipHeaderLength', () => {
  it('is 10 for the header CompressionStream writes', async () => {
    const gz = new Uint8Array(await new Response(new Blob(['abc']).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
    expect(gzipHeaderLength(gz)).toBe(10);
  });
  it('skips the optional fields RFC 1952 allows', () => {
    // FEXTRA (4 bytes of data), FNAME "n.txt", FCOMMENT "hi", FHCRC
    const header = [0x1f, 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3, 4, 0, 1, 2, 3, 4, ...Buffer.from('n.txt'), 0, ...Buffer.from('hi'), 0, 0xaa, 0xbb];
    expect(gzipHeaderLength(Uint8Array.from([...header, 1, 2, 3]))).toBe(header.length);
    // and agrees with zlib's own header
    expect(gzipHeaderLength(new Uint8Array(gzipSync('x')))).toBe(10);
  });
  it('refuses what is not gzip', () => {
    expect(() => gzipHeaderLength(Uint8Array.from([0x78, 0x9c, 1, 2, 3, 4, 5, 6, 7, 8, 9]))).toThrow(/not give a gzip/);
    expect(() => gzipHeaderLength(Uint8Array.from([0x1f, 0x8b, 8, 8, 0, 0, 0, 0, 0, 3, 65, 66]))).toThrow(/longer/);
  });
});

describe('sliceParts', () => {
  it('gives the bytes of the concatenation between start and end (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 12 }), { maxLength: 8 }), fc.nat(80), fc.nat(80), (arrays, a, b) => {
        const parts = arrays.map((x) => Uint8Array.from(x));
        const all = Buffer.concat(parts);
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        expect(Buffer.concat(sliceParts(parts, start, end))).toEqual(all.subarray(start, end));
      }),
    );
  });
});
