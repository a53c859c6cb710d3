import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, toCsvLong, toCsvWide } from '../../../src/export/csv';
import { makeRows } from './make-rows';
import { asExportRow, longRows } from '../../../src/export/table-rows';
import { decodeExportValues, toExportValues } from '../../../src/db/export-values';

const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('toCsvWide', () => {
  it('has a BOM, Chinese headers, one row per report and one column per key', async () => {
    const rows = makeRows(7);
    const csv = await toCsvWide(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, ...body] = parse(csv);
    expect(header!.slice(0, 3)).toEqual(['网址 url', '机关 agency', '年度 year']);
    expect(body).toHaveLength(7);
    // codebook order first (table2 before table3 before table4), unknown keys last
    const keys = header!.slice(13);
    expect(keys).toEqual([
      'table2.licensing.yearChange',
      'table2.centralProcurement.amountYuan',
      'table3.naturalPerson.granted',
      'table3.total.newReceived',
      'table3.total.denied.subtotal',
      'table4.review.total',
      'custom.unknownKey',
    ]);
    expect(keys[keys.length - 1]).toBe('custom.unknownKey');
    const col = (name: string) => header!.indexOf(name);
    expect(body[3]![col('table3.total.newReceived')]).toBe('3');
    expect(body[3]![col('table2.licensing.yearChange')]).toBe('-58');
    expect(body[3]![col('table3.naturalPerson.granted')]).toBe(''); // null → empty
    expect(body[1]![col('table3.total.denied.subtotal')]).toBe(''); // key absent in this report
  });

  it('quotes commas, quotes and newlines so agency names survive', async () => {
    const rows = makeRows(4);
    const [, ...body] = parse(await toCsvWide(rows));
    expect(body.map((r) => r[1])).toEqual(rows.map((r) => r.record.meta.agencyName));
  });

  it('reports progress up to the total', async () => {
    const seen: [number, number][] = [];
    await toCsvWide(makeRows(1201), (d, t) => seen.push([d, t]));
    expect(seen).toEqual([[500, 1201], [1000, 1201], [1201, 1201]]);
  });
});

describe('toCsvLong', () => {
  it('has report, key, value, raw, kind for every cell', async () => {
    const rows = makeRows(3);
    const csv = await toCsvLong(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, ...body] = parse(csv);
    expect(header).toEqual(['report', 'key', 'value', 'raw', 'kind']);
    const expected = rows.reduce((n, r) => n + Object.keys(r.record.cells).length, 0);
    expect(body).toHaveLength(expected);
    expect(body).toContainEqual([rows[0]!.id, 'table2.centralProcurement.amountYuan', '22905400', '2290.54万元', 'number']);
    expect(body).toContainEqual([rows[0]!.id, 'custom.unknownKey', '', '见附件, "表3"', 'text']);
  });

  // toCsvLongParts writes the rows by hand for speed; the layout must stay the one the Excel
  // values sheet uses (table-rows.ts longRows), cell for cell
  it('writes exactly the rows of longRows, the layout the Excel values sheet uses', async () => {
    const rows = makeRows(12);
    const expected = rows.flatMap((r) => longRows(asExportRow(r))).map((row) => row.map((v) => (v === null ? '' : String(v))));
    const [, ...body] = parse(await toCsvLong(rows));
    expect(body).toEqual(expected);
  });

  it('an empty export still has its header', async () => {
    expect(await toCsvLong([])).toBe(`${BOM}report,key,value,raw,kind\r\n`);
  });
});

describe('CSV from the light export projection', () => {
  it('is byte for byte the CSV of the full rows, wide and long', async () => {
    const rows = makeRows(40);
    const light = rows.map((r) => {
      const { projection, keyList } = toExportValues(r);
      return decodeExportValues(projection, keyList.json);
    });
    expect(await toCsvWide(light)).toBe(await toCsvWide(rows));
    expect(await toCsvLong(light)).toBe(await toCsvLong(rows));
  });
});
