// The table readers find where their tables start from a literal (indexOf, then the start regex
// sticky), read a cell's digits without readValue's result object, and find the first unclaimed
// legacy label without listing every match. This pins readTable2/3/4 and readLegacy to the
// previous tables.ts (previous-tables.ts, verbatim, on the previous row-cells.ts) on streams made
// of the templates' labels, table starts and ends, values and numbering, and checks that every
// match of each start pattern begins with the literal it is looked for from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../src/extract';
import { LEGACY_ROWS, LEGACY_START, LEGACY_STOPS } from '../../../src/formats/legacy';
import { alternatives as topLevelAlternatives } from '../../../src/parse/version';
import { T2_ROWS_2019, T2_ROWS_2021, T2_START, T2_STOPS } from '../../../src/formats/table2';
import { T3_GROUP_OTHER, T3_GROUPS, T3_ROWS_2019, T3_ROWS_2021, T3_START } from '../../../src/formats/table3';
import { readTable2, readTable3, type TableSink } from '../../../src/parse/tables';
import { readLegacy } from '../../../src/parse/read-legacy';
import { readTable4 } from '../../../src/parse/read-table4';
import * as previous from './previous-tables';

function pageOf(stream: string): ReportDocument {
  return {
    url: null,
    title: null,
    h1: null,
    blocks: [],
    tables: [],
    stream,
    display: stream.replace(/0/g, '０'), // display differs from the stream, as full-width pages do
    spans: [],
    transforms: [],
    refAt: (start: number, end: number) => ({ source: 'text', block: 0, start, end }),
    resolveRef: () => null,
  } as unknown as ReportDocument;
}

const newSink = (): TableSink => ({ cells: {}, warnings: [], regions: [], split: false, rebuiltFromText: false, reportYear: null });

function readAll(readers: Array<(page: ReportDocument, sink: TableSink) => void>, stream: string): string {
  const page = pageOf(stream);
  const sink = newSink();
  for (const read of readers) read(page, sink);
  // one change since: a 其中 row under a row (其中:本年新收…) is noted, not taken for the row again
  // (the previous readers share labelAgain, so they pass over it too, without the note)
  sink.warnings = sink.warnings.filter((w) => w.code !== 'sub-row');
  return JSON.stringify(sink);
}

const forms = [...T2_ROWS_2019, ...T2_ROWS_2021, ...T3_ROWS_2019, ...T3_ROWS_2021, ...LEGACY_ROWS].flatMap((r) => r.pattern.forms);
const stops = [...T2_STOPS, ...T3_GROUPS, T3_GROUP_OTHER, ...LEGACY_STOPS].flatMap((p) => p.forms);
const starts = fc.constantFrom(
  '本年新收政府信息公开申请数量', '三、收到和处理政府信息公开申请情况(本列数据的勾稽关系为:第一项加第二项之和)', '第二十条第(一)项', '第 二十条第（一）项',
  '指标名称计量单位', '统计指标', '指标名称计量单位2013年度历年累计',
);
const words = fc.constantFrom(
  '逾期不补正', '本年制发件数', '行政复议', '五、', '四、', '未经复议直接起诉', '复议后起诉', '结果维持', '总计', '尚未审结', '本机关', '统计', '指标',
  '第二十条', '历年累计', '属于行政执法案件', '"危及三安全一稳定"', '本年新制作数量', '本年新公开数量',
);
const value = fc.constantFrom(
  '0000000', '0000000', '5000005', '3000003', '2000002', '1000001', '18535395', '171350172', '12', '0', '5', '1 2 3', '0 0 0', '000000000000000',
  '100001', '12.5', '万元', '条', '件', '—', '无', ' | ', '|', '\n', ' ', '(三)', '2.', '三、', '其中:', '（区分处理的）', '',
);
const row = fc.tuple(fc.constantFrom(...forms), fc.array(value, { maxLength: 3 })).map(([label, values]) => label + values.join(''));
const piece = fc.oneof(
  { weight: 8, arbitrary: row },
  { weight: 1, arbitrary: fc.constantFrom(...stops) },
  { weight: 1, arbitrary: words },
  { weight: 1, arbitrary: starts },
  { weight: 1, arbitrary: value },
);
/** Mostly a table start, then rows (label and values) mixed with other labels, words and values. */
const stream = fc
  .tuple(fc.array(piece, { maxLength: 3 }), fc.option(starts, { freq: 5 }), fc.array(piece, { maxLength: 40 }))
  .map(([before, start, after]) => before.join('') + (start ?? '') + after.join(''));

/**
 * A second change since: a one-cell row's value with a bracketed remark glued to it, 0000000（区分处理的）, is
 * unread with a note (reviewer 110 P4; legacy-grid.test.ts pins it): such streams are left out here.
 */
const remarkGlued = (s: string) => /\d[.．]?\s*[（(](?![一二三四五六七八九十\d]{1,3}[）)])/.test(s);
/**
 * A third (reviewer 120 C10, L10): a value glued to a full stop at its line's end, `12.` over the next label, is read
 * as printed, no longer as 1 and the next label's numbering `2.` (text-row-values.test.ts pins it): left out here.
 */
const stopAtLineEnd = (s: string) => /\d\d[.．][ \t]*\n/.test(s);

/**
 * A fourth (audits 140 T18, 142): a bare number on a line of its own after a row (`0000000` / `12`) is taken for a page number
 * when the row's relation holds without it (flattened.test.ts pins it). Streams with such a line are not compared; they are
 * not filtered by fc.pre, which would draw other streams than before.
 */
const changedSince29 = (s: string) => /\n[ \t]*\d{1,3}(?![\d.．、])/.test(s);

describe('the table readers read as before', () => {
  it('on streams of labels, values and numbering', () => {
    fc.assert(
      fc.property(stream, (s) => {
        fc.pre(!remarkGlued(s) && !stopAtLineEnd(s));
        // (after pre: the streams generated stay those of before this session)
        if (changedSince29(s)) return;
        expect(readAll([readTable2, readTable3, readTable4, readLegacy], s)).toBe(
          readAll([previous.readTable2, previous.readTable3, previous.readTable4, previous.readLegacy], s),
        );
      }),
      { numRuns: 3000, seed: 20261123 },
    );
  });

  it('each reader alone, into a sink that already holds cells', () => {
    fc.assert(
      fc.property(stream, (s) => {
        fc.pre(!remarkGlued(s) && !stopAtLineEnd(s));
        // (after pre: the streams generated stay those of before this session)
        if (changedSince29(s)) return;
        const readers = [
          [readTable2, previous.readTable2],
          [readTable3, previous.readTable3],
          [readTable4, previous.readTable4],
          [readLegacy, previous.readLegacy],
        ] as const;
        for (const [now, before] of readers) {
          // read twice into one sink: the second reading meets every key already there
          expect(readAll([now, now], s)).toBe(readAll([before, before], s));
        }
      }),
      { numRuns: 1000, seed: 20261124 },
    );
  });

  it('finds each table start from the literal all its matches begin with', () => {
    // the pattern's top-level alternatives (a | inside a group or class is the group's)
    const alternatives = (re: RegExp) => topLevelAlternatives(re.source);
    expect(alternatives(T3_START).every((a) => a.startsWith('本'))).toBe(true);
    expect(alternatives(T2_START).every((a) => a.startsWith('第'))).toBe(true);
    expect(alternatives(LEGACY_START).every((a) => a.startsWith('指') || a.startsWith('统') || a.startsWith('项'))).toBe(true);
  });
});
