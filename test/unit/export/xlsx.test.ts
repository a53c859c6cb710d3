// The Excel export, read back by exceljs (an independent SpreadsheetML reader) and, for what
// exceljs does not decode (OOXML's _xHHHH_ escapes), from the archive's own XML.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codebook } from '../../../src/export/codebook';
import { FINDING_COLUMNS, toXlsx, type XlsxOptions } from '../../../src/export/xlsx';
import { columnName, EXCEL_MAX_CELL_CHARS, xmlText } from '../../../src/export/xlsx-xml';
import { asExportRow, LONG_COLUMNS, longRows } from '../../../src/export/table-rows';
import type { SavedReport } from '../../../src/db/schema';
import { makeRow, makeRows } from './make-rows';
import { joinParts, readZip } from './read-zip';

async function build(rows: SavedReport[], options: XlsxOptions = {}) {
  const progress: [number, number][] = [];
  const bytes = joinParts(await toXlsx(rows, (d, t) => progress.push([d, t]), options));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return { wb, entries: readZip(bytes), progress };
}

/** A row as compared here: '' for an empty cell, no empty cells at the end. */
const trimEnd = (r: unknown[]) => {
  const c = r.map((v) => (v === null || v === undefined ? '' : v));
  while (c.length && c[c.length - 1] === '') c.pop();
  return c;
};

/** A sheet's rows as exceljs reads them (see trimEnd), header included. */
function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).value);
    out.push(trimEnd(cells));
  });
  return out;
}

describe('toXlsx', () => {
  it('writes reports, values, findings and codebook sheets that exceljs reads back cell for cell', async () => {
    const rows = makeRows(6);
    const { wb, progress } = await build(rows);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['reports', 'values', 'findings', 'codebook']);
    expect(wb.creator).toBe('年报助手 gov-report-annotator');

    const reports = wb.getWorksheet('reports')!;
    expect(reports.rowCount).toBe(7);
    expect(reports.getCell('A1').value).toBe('网址 url');
    expect(reports.getCell('B1').value).toBe('机关 agency');
    expect(reports.getCell('B2').value).toBe(rows[0]!.record.meta.agencyName);
    expect(reports.getCell('C2').value).toBe(rows[0]!.year); // a number, not text

    const long = rows.flatMap((r) => longRows(asExportRow(r)));
    expect(values(wb.getWorksheet('values')!)).toEqual([[...LONG_COLUMNS], ...long.map(trimEnd)]);
    // numbers stay numbers, printed text stays text ('-58' as printed)
    const v = wb.getWorksheet('values')!;
    const yearChange = long.findIndex((r) => r[1] === 'table2.licensing.yearChange');
    expect(v.getCell(`C${yearChange + 2}`).value).toBe(-58);
    expect(v.getCell(`D${yearChange + 2}`).value).toBe('-58');

    const findings = wb.getWorksheet('findings')!;
    expect(findings.rowCount).toBe(1 + 2 * 2); // rows 0 and 5 have two findings each
    expect(values(findings)[0]).toEqual(FINDING_COLUMNS);
    expect(findings.getCell('C2').value).toBe('T3-BALANCE');
    expect(wb.getWorksheet('codebook')!.rowCount).toBe(1 + codebook().length);

    // progress: reports over the three data sheets, never backwards, ending at the total
    expect(progress.at(-1)).toEqual([18, 18]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
  });

  it('keeps the header row bold and frozen on every sheet', async () => {
    const { wb } = await build(makeRows(2));
    for (const ws of wb.worksheets) {
      expect(ws.getCell('A1').font?.bold, ws.name).toBe(true);
      expect(ws.getCell('A2').font?.bold, ws.name).toBeFalsy();
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('continues a sheet past the row limit in "values (2)" …, each part with its header, no row lost or repeated', async () => {
    const rows = makeRows(9);
    const long = rows.flatMap((r) => longRows(asExportRow(r)));
    const { wb } = await build(rows, { maxRows: 10 });
    const parts = wb.worksheets.filter((w) => w.name.startsWith('values'));
    expect(parts.map((w) => w.name)).toEqual(['values', ...Array.from({ length: parts.length - 1 }, (_, i) => `values (${i + 2})`)]);
    expect(parts.length).toBe(Math.ceil(long.length / 9));
    for (const p of parts) {
      expect(p.rowCount).toBeLessThanOrEqual(10);
      expect(values(p)[0]).toEqual([...LONG_COLUMNS]);
    }
    expect(parts.flatMap((p) => values(p).slice(1))).toEqual(long.map(trimEnd));
    // the other sheets split the same way: 9 reports → reports + reports (2)
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('reports'))).toEqual(['reports']);
    const { wb: ten } = await build(makeRows(10), { maxRows: 10 });
    expect(ten.worksheets.map((w) => w.name).filter((n) => n.startsWith('reports'))).toEqual(['reports', 'reports (2)']);
  });

  it('writes a workbook for an empty library', async () => {
    const { wb, progress } = await build([]);
    expect(wb.worksheets.map((w) => [w.name, w.rowCount])).toEqual([['reports', 1], ['values', 1], ['findings', 1], ['codebook', 1 + codebook().length]]);
    expect(progress.at(-1)).toEqual([0, 0]);
  });

  it('cuts text past Excel’s 32,767-character cell limit and lists each cut cell in a notes sheet', async () => {
    const row = makeRow(0);
    const long = '表'.repeat(EXCEL_MAX_CELL_CHARS - 1) + '😀' + 'tail'; // the limit falls inside a surrogate pair
    row.record.cells['custom.unknownKey']!.raw = long;
    const { wb } = await build([row, makeRow(1)]);
    const v = wb.getWorksheet('values')!;
    const at = values(v).findIndex((r) => r[1] === 'custom.unknownKey');
    const kept = v.getCell(`D${at + 1}`).value as string;
    expect(kept).toBe('表'.repeat(EXCEL_MAX_CELL_CHARS - 1)); // not half an emoji
    const notes = values(wb.getWorksheet('notes')!);
    expect(notes).toHaveLength(2);
    expect(notes[1]!.slice(0, 4)).toEqual(['values', `D${at + 1}`, long.length, EXCEL_MAX_CELL_CHARS]);
    expect(String(notes[1]![4])).toContain('JSON');
    // no notes sheet when nothing was cut
    expect((await build([makeRow(1)])).wb.getWorksheet('notes')).toBeUndefined();
  });

  it('writes a non-finite number as its text, as the CSV export does', async () => {
    const row = makeRow(1);
    row.record.cells['table3.total.newReceived']!.value = Infinity;
    const { wb } = await build([row]);
    const r = values(wb.getWorksheet('values')!).find((x) => x[1] === 'table3.total.newReceived')!;
    expect(r[2]).toBe('Infinity');
  });

  it('keeps page text exactly: markup characters, spaces at the ends, line breaks, controls, lone surrogates, _x…_ look-alikes', async () => {
    const texts = ['a & b <c> "d"', '  spaced  ', 'line\nbreak\ttab', 'cr\r\nlf', 'bell\u0007nul\u0000', 'lone \ud800 high', 'lone \udc00 low', 'emoji 😀', '_x0041_ literal', '_x00zz_ not an escape', 'non-characters \ufffe and \uffff'];
    const row = makeRow(1);
    row.record.cells = Object.fromEntries(texts.map((t, i) => [`custom.t${i}`, { value: null, raw: t, kind: 'text' as const, ref: null }]));
    const { wb, entries } = await build([row]);
    // what exceljs decodes (entities, preserved spaces, line breaks)
    const read = values(wb.getWorksheet('values')!).slice(1).map((r) => r[3]);
    for (const i of [0, 1, 2, 7, 9]) expect(read[i]).toBe(texts[i]);
    // everything, through the shared strings as Excel decodes them (OOXML _xHHHH_)
    const sst = entries.find((e) => e.name === 'xl/sharedStrings.xml')!.data.toString('utf8');
    const shared = [...sst.matchAll(/<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/g)].map((m) => decodeOoxml(m[1]!));
    for (const t of texts) expect(shared).toContain(t);
    // and the XML itself holds no character XML 1.0 forbids, nor a bare CR (read back as LF)
    expect(sst).not.toMatch(/[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('keeps any UTF-16 text exactly, lone surrogates and controls included (property)', async () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const anyText = fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('_x0041_', '_x005F_', ' a ', '\r\n', '\ufffe', 'a\uffff'));
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 8 }), async (texts) => {
        const row = makeRow(1);
        row.record.cells = Object.fromEntries(texts.map((t, i) => [`custom.t${i}`, { value: null, raw: t, kind: 'text' as const, ref: null }]));
        const bytes = joinParts(await toXlsx([row]));
        const sst = readZip(bytes).find((e) => e.name === 'xl/sharedStrings.xml')!.data.toString('utf8');
        const shared = [...sst.matchAll(/<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/g)].map((m) => decodeOoxml(m[1]!));
        for (const t of texts) if (t !== '') expect(shared).toContain(t);
        expect(sst).not.toMatch(/[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 40 },
    );
  });

  it('never writes a formula: text that looks like one is a string cell', async () => {
    const row = makeRow(1);
    row.record.meta.agencyName = '=HYPERLINK("http://x","y")';
    const { wb, entries } = await build([row]);
    expect(wb.getWorksheet('reports')!.getCell('B2').value).toBe('=HYPERLINK("http://x","y")');
    for (const e of entries.filter((x) => x.name.startsWith('xl/worksheets/'))) expect(e.data.toString()).not.toContain('<f>');
  });
});

describe('xlsx-xml helpers', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
  it('leaves plain text as it is and escapes only what it must', () => {
    expect(xmlText('平潭 2020 年度')).toBe('平潭 2020 年度');
    expect(xmlText('a<b&c>')).toBe('a&lt;b&amp;c&gt;');
    expect(xmlText('\r')).toBe('_x000D_');
    expect(xmlText('_x0041_')).toBe('_x005F_x0041_');
    expect(xmlText('😀')).toBe('😀');
  });
});

/** OOXML ST_Xstring: _xHHHH_ is the character HHHH (so _x005F_ is '_'). */
function decodeOoxml(xml: string): string {
  return xml
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
