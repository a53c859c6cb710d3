// createFastConverter reimplements opencc-js's ConverterFactory chain; opencc-js itself is the
// oracle. Both run on generated texts (dictionary keys run together and cut short, CJK, ASCII,
// astral characters, ideographic description sequences, lone surrogates), on every fixture page,
// and on small random dictionaries, which reach the paths tw/hk/cn never take (values longer or
// shorter than their keys, separators and description characters inside values).
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { ConverterFactory, type DictGroup } from 'opencc-js/core';
import cn from 'opencc-js/to/cn';
import hk from 'opencc-js/from/hk';
import tw from 'opencc-js/from/tw';
import { describe, expect, it } from 'vitest';
import { loadFixturePages } from '../../../scripts/bench/fixture-pages';
import { walkDocument } from '../../../src/extract/walk';
import { createFastConverter } from '../../../src/text/opencc-fast';

const oracle = ConverterFactory(tw, hk, cn);
const fast = createFastConverter(tw, hk, cn);

/** [key, value] pairs of every dict of the chain, as loadDict reads them. */
const entries = [tw, hk, cn]
  .flat(2)
  .flatMap((d) => (typeof d === 'string' ? d.split('|').map((line) => line.split(' ') as [string, string]) : d));
const keys = entries.map(([k]) => k);
const values = entries.map(([, v]) => v);
const astralInDicts = [...new Set(entries.flatMap(([k, v]) => [...k, ...v]).filter((c) => c.length === 2))];

const charIn = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));
const key = fc.constantFrom(...keys);
/** a piece of a key: a prefix, a suffix or a middle, so that matches start and stop half way */
const keyFragment = fc.tuple(key, fc.nat(), fc.nat()).map(([k, a, b]) => k.slice(Math.min(a, b) % (k.length + 1), Math.max(a, b) % (k.length + 1) + 1));
const cjk = fc.oneof(charIn(0x4e00, 0x9fff), charIn(0x3400, 0x4dbf));
const ascii = fc.oneof(charIn(0x20, 0x7e), fc.constantFrom('0', '1', '9', '\n', '\t', ' ', '|', '（', '）', '，', '。'));
const astral = fc.oneof(charIn(0x20000, 0x2ffff), fc.constantFrom(...astralInDicts));
const idsChar = charIn(0x2ff0, 0x2fff);
/** a description character with its components: description characters, keys, plain CJK, astral */
const idsSequence = fc.tuple(idsChar, fc.array(fc.oneof(idsChar, cjk, keyFragment, astral), { maxLength: 4 })).map(([d, parts]) => d + parts.join(''));
const loneSurrogate = charIn(0xd800, 0xdfff).map((c) => c); // fromCodePoint gives the lone unit
const special = fc.constantFrom('\u0000', '\ufeff', '\u3000', '\ud840\udc00', '\u2ff0', '\u2ff2');

const piece = fc.oneof(
  { arbitrary: key, weight: 6 },
  { arbitrary: keyFragment, weight: 4 },
  { arbitrary: fc.constantFrom(...values), weight: 2 },
  { arbitrary: cjk, weight: 3 },
  { arbitrary: ascii, weight: 3 },
  { arbitrary: astral, weight: 1 },
  { arbitrary: idsSequence, weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: special, weight: 1 },
);
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
/** only keys and fragments of keys, run together: matches everywhere, overlapping */
const keysRunTogether = fc.array(fc.oneof(key, keyFragment), { minLength: 1, maxLength: 30 }).map((ps) => ps.join(''));

describe('createFastConverter(tw, hk, cn) gives what opencc-js ConverterFactory(tw, hk, cn) gives', () => {
  it('on generated texts', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(fast(s)).toBe(oracle(s));
      }),
      { numRuns: 6000, seed: 20261201 },
    );
  });

  it('on dictionary keys and fragments of keys run together', () => {
    fc.assert(
      fc.property(keysRunTogether, (s) => {
        expect(fast(s)).toBe(oracle(s));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('on every key and every value alone', () => {
    for (const s of [...keys, ...values]) expect(fast(s)).toBe(oracle(s));
  });

  it('on edge cases', () => {
    const cases = ['', 'a', '\u0000', '\ufeff著作', '\ud800', '\udc00', '\ud840', '\ud840\udc00', '⿰', '⿰木', '⿰木木', '⿲木木', '⿰⿰木木', '⿰⿰木木木後', '後⿰', '乾隆皇帝 著作'];
    for (const s of cases) expect(fast(s)).toBe(oracle(s));
  });

  it('reads a description sequence past its length limit as plain characters: no stack overflow, no quadratic time (helper-38 review)', () => {
    const deep = '⿰'.repeat(20_000) + '國'; // opencc-js itself overflows its stack on this
    expect(fast(deep)).toBe(deep); // a description sequence is copied as it is, 國 in it included
    const shallow = '⿰'.repeat(30) + '木'.repeat(31) + '後';
    expect(fast(shallow)).toBe(oracle(shallow)); // within the limit: as opencc-js
  }, 10_000);

  it('on every fixture page, whole and block by block', () => {
    for (const page of loadFixturePages()) {
      const { document } = parseHTML(page.html);
      const whole = document.body.textContent ?? '';
      expect(fast(whole), page.name).toBe(oracle(whole));
      for (const item of walkDocument(document.body)) {
        if (item.kind === 'block') expect(fast(item.raw)).toBe(oracle(item.raw));
      }
    }
  });
});

// Small dictionaries over a few characters, so that keys collide, overlap and override each other.
// The plain alphabet keeps the converter on its fast path (cutting the text); the full one adds
// U+0000 (its separator) and description characters, which send it down the whole-text path.
const PLAIN = ['a', 'b', 'c', 'd', '著', '為', '\ud840\udc00', '\ud840\udc01'];
const FULL = [...PLAIN, '\u0000', '\u2ff0', '\u2ff2'];
const word = (alphabet: string[], min: number) => fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: 4 }).map((cs) => cs.join(''));
const line = (al: string[]) =>
  fc.oneof(
    { arbitrary: fc.tuple(word(al, 1), word(al, 0)).map(([k, v]) => `${k} ${v}`), weight: 10 },
    { arbitrary: fc.tuple(word(al, 1), word(al, 0), word(al, 1)).map(([k, v, x]) => `${k} ${v} ${x}`), weight: 1 }, // the rest is ignored
    { arbitrary: word(al, 0).map((v) => ` ${v}`), weight: 1 }, // empty key
  );
const dict = (al: string[]) =>
  fc.oneof(
    { arbitrary: fc.array(line(al), { minLength: 1, maxLength: 12 }).map((ls) => ls.join('|')), weight: 4 },
    { arbitrary: fc.array(fc.tuple(word(al, 1), word(al, 0)), { minLength: 1, maxLength: 8 }), weight: 1 },
  );
const chain = (al: string[]) => fc.array(fc.array(dict(al), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }); // past 5 tries, no per-trie skipping
const smallText = (al: string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...al, 'x', ' ', 'xy', '\ud840', '\udc00'), word(al, 1)), { maxLength: 20 }).map((ps) => ps.join(''));
const dictsAndTexts = (al: string[]) => fc.tuple(chain(al), fc.array(smallText(al), { minLength: 1, maxLength: 5 }));

describe('createFastConverter gives what ConverterFactory gives, on random dictionaries', () => {
  const sameAsOpencc = ([groups, texts]: [DictGroup[], string[]]) => {
    const locales = groups.map((g) => [g]);
    const expected = ConverterFactory(...locales);
    const actual = createFastConverter(...locales);
    for (const s of texts) expect(actual(s)).toBe(expected(s));
  };
  it('over a few characters', () => {
    fc.assert(fc.property(dictsAndTexts(PLAIN), sameAsOpencc), { numRuns: 1500, seed: 20261203 });
  });
  it('over a few characters with U+0000 and description characters', () => {
    fc.assert(fc.property(dictsAndTexts(FULL), sameAsOpencc), { numRuns: 500, seed: 20261204 });
  });
});
