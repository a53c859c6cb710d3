// Excel workbook export: sheets reports (wide), values (long), findings, codebook, and notes
// when anything had to be adapted to Excel's limits. Written directly as SpreadsheetML text,
// deflated entry by entry (zip.ts), so memory holds the compressed file, one chunk of rows and
// the distinct texts (shared strings: a report's URL or a field key is stored once, not per row):
// exceljs built an object per cell and took ~22 s and 2.2 GB of heap for 2,000 reports, which
// put a 10,000-report library out of reach. Excel's own limits are kept, not left to Excel's
// repair dialog: a sheet past 1,048,576 rows continues in "values (2)" …, and text past 32,767
// characters in a cell is cut there and listed in the notes sheet (the JSON export keeps it whole).
import type { SavedReport } from '../db/schema';
import { type Progress, yieldToUi } from './chunks';
import { codebook } from './codebook';
import { type ExportRow, exportRowOf } from '../db/export-values';
import { type FindingCell, findingRowsOf } from '../db/export-findings';
import { fieldKeys, LONG_COLUMNS, longRows, REPORT_COLUMNS, wideRows } from './table-rows';
import {
  columnName,
  contentTypesXml,
  corePropsXml,
  EXCEL_MAX_CELL_CHARS,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  numberCell,
  ROOT_RELS_XML,
  SHARED_STRINGS_TAIL,
  sharedString,
  sharedStringCell,
  sharedStringsHead,
  STYLES_XML,
  workbookRelsXml,
  workbookXml,
  WORKSHEET_HEAD,
  WORKSHEET_TAIL,
  type XlsxValue,
} from './xlsx-xml';
import { type Bytes, type Deflater, ZipWriter } from './zip';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const FINDING_COLUMNS = ['report', 'kind', 'rule', 'severity', 'outcome', 'message_zh', 'message_en', 'formula', 'left', 'right', 'delta', 'scope', 'keys', 'note'];
const CODEBOOK_COLUMNS = ['key', 'label', 'table', 'row', 'column', 'unit', 'formats', 'derived'];
const NOTES_COLUMNS = ['sheet', 'cell', 'characters', 'kept', 'note'];

type Row = XlsxValue[];

export interface XlsxOptions {
  /** rows per sheet, header included (Excel's limit; smaller in tests) */
  maxRows?: number;
  /** the workbook's creation time */
  now?: Date;
  /** where the parts are deflated (deflate-worker.ts; this thread unless given) */
  deflate?: Deflater;
}

/**
 * Builds the workbook as Blob parts. Progress counts reports over the three data sheets
 * (done, rows.length × 3), as the exports' other progress bars do.
 */
export async function toXlsx(rows: SavedReport[], onProgress?: Progress, options: XlsxOptions = {}): Promise<Bytes[]> {
  const findings = new Map(rows.map((r) => [r.id, findingRowsOf(r)]));
  return toXlsxFrom(rows.map(exportRowOf), (id) => findings.get(id) ?? [], onProgress, options);
}

/**
 * The workbook from what it prints: each report's values (the light export rows, as the library
 * page reads them) and its findings-sheet rows (`findingsOf(id)`, without the report column).
 */
export async function toXlsxFrom(light: ExportRow[], findingsOf: (id: string) => FindingCell[][], onProgress?: Progress, options: XlsxOptions = {}): Promise<Bytes[]> {
  const maxRows = options.maxRows ?? EXCEL_MAX_ROWS;
  const now = options.now ?? new Date();
  const total = light.length * 3;
  let done = 0;
  const reportDone = () => void done++;
  const progress = () => onProgress?.(done, total);

  const keys = fieldKeys(light);
  const header = [...REPORT_COLUMNS.map(([h]) => h), ...keys];
  if (header.length > EXCEL_MAX_COLUMNS)
    throw new Error(`${keys.length} fields do not fit one Excel sheet (${EXCEL_MAX_COLUMNS} columns at most); export CSV instead`);
  const wide = wideRows(keys);

  const zip = new ZipWriter(now, options.deflate);
  const book = new SheetBook(zip, maxRows, progress);
  await book.write('reports', header, perReport(light, (r) => [wide(r)], reportDone));
  await book.write('values', LONG_COLUMNS, perReport(light, longRows, reportDone));
  await book.write(
    'findings',
    FINDING_COLUMNS,
    perReport(light, (r) => findingsOf(r.id).map((cells) => [r.id, ...cells]), reportDone),
  );
  await book.write(
    'codebook',
    CODEBOOK_COLUMNS,
    codebook().map((e) => [e.key, e.label, e.table, e.row, e.column, e.unit, e.formats.join(' '), e.derived ? 'yes' : '']),
  );
  if (book.cut.length) await book.write('notes', NOTES_COLUMNS, book.cut.map((c) => [c.sheet, c.cell, c.length, EXCEL_MAX_CELL_CHARS, CUT_NOTE]));

  await zip.add('xl/sharedStrings.xml', book.sharedStringsText());
  const names = book.names;
  await zip.add('[Content_Types].xml', [contentTypesXml(names.length)]);
  await zip.add('_rels/.rels', [ROOT_RELS_XML]);
  await zip.add('docProps/core.xml', [corePropsXml('年报助手 gov-report-annotator', now)]);
  await zip.add('xl/workbook.xml', [workbookXml(names)]);
  await zip.add('xl/_rels/workbook.xml.rels', [workbookRelsXml(names.length)]);
  await zip.add('xl/styles.xml', [STYLES_XML]);
  return zip.finish();
}

const CUT_NOTE = '超出 Excel 单元格 32,767 字符上限，已截断；JSON 导出保留全文 · cut at Excel’s 32,767-character cell limit; the JSON export keeps it whole';

/** Each item's rows in turn; `done` after each item's last row. */
function* perReport<T>(items: T[], rowsOf: (item: T) => Row[], done: () => void): Generator<Row> {
  for (const item of items) {
    yield* rowsOf(item);
    done();
  }
}

interface CutCell {
  sheet: string;
  cell: string;
  length: number;
}

/** Time between yields to the page's event loop while rows are written (its progress bar paints). */
const YIELD_EVERY_MS = 40;
/** Rows joined into one text chunk for the compressor. */
const ROWS_PER_CHUNK = 2000;

/** Writes sheets into the archive, one or more per call (a sheet that reaches maxRows continues in the next). */
class SheetBook {
  readonly names: string[] = [];
  readonly cut: CutCell[] = [];
  /** shared strings: text → its number, in first-use order (Map order) */
  private readonly strings = new Map<string, number>();
  private lastYield = performance.now();

  constructor(
    private readonly zip: ZipWriter,
    private readonly maxRows: number,
    private readonly progress: () => void,
  ) {}

  async write(name: string, header: readonly string[], rows: Iterable<Row>): Promise<void> {
    const columns = header.map((_, i) => columnName(i));
    const it = rows[Symbol.iterator]();
    let next = it.next();
    let part = 1;
    do {
      const sheet = part === 1 ? name : `${name} (${part})`;
      this.names.push(sheet);
      await this.zip.add(`xl/worksheets/sheet${this.names.length}.xml`, this.sheetText(sheet, header, columns, () => {
        const r = next;
        if (!r.done) next = it.next();
        return r;
      }));
      part++;
    } while (!next.done);
  }

  /** One sheet's text: its header row, then rows until they run out or the sheet is full. */
  private async *sheetText(sheet: string, header: readonly string[], columns: string[], take: () => IteratorResult<Row>): AsyncGenerator<string> {
    yield WORKSHEET_HEAD + this.row(sheet, columns, 1, header, 1);
    let rowNumber = 1;
    while (rowNumber < this.maxRows) {
      let chunk = '';
      let n = 0;
      for (; n < ROWS_PER_CHUNK && rowNumber < this.maxRows; n++) {
        const r = take();
        if (r.done) break;
        rowNumber++;
        chunk += this.row(sheet, columns, rowNumber, r.value, 0);
      }
      if (chunk) yield chunk;
      if (n < ROWS_PER_CHUNK) break;
      if (performance.now() - this.lastYield > YIELD_EVERY_MS) {
        this.progress();
        await yieldToUi();
        this.lastYield = performance.now();
      }
    }
    this.progress();
    yield WORKSHEET_TAIL;
  }

  private row(sheet: string, columns: string[], n: number, values: readonly XlsxValue[], style: number): string {
    let out = `<row r="${n}">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === '') continue;
      const ref = (columns[i] ?? columnName(i)) + n;
      // a non-finite number is written as its text, as the CSV export prints it
      if (typeof v === 'number' && Number.isFinite(v)) out += numberCell(ref, v);
      else out += sharedStringCell(ref, this.stringIndex(sheet, ref, String(v)), style);
    }
    return out + '</row>';
  }

  /** The shared-string number of `s` (cut to Excel's cell limit, and noted, when longer). */
  private stringIndex(sheet: string, ref: string, s: string): number {
    let text = s;
    if (text.length > EXCEL_MAX_CELL_CHARS) {
      this.cut.push({ sheet, cell: ref, length: text.length });
      text = cutAt(text, EXCEL_MAX_CELL_CHARS);
    }
    let index = this.strings.get(text);
    if (index === undefined) this.strings.set(text, (index = this.strings.size));
    return index;
  }

  /** The shared-string table: every distinct text of the sheets, in first-use order. */
  *sharedStringsText(): Generator<string> {
    yield sharedStringsHead(this.strings.size);
    let chunk = '';
    let n = 0;
    for (const s of this.strings.keys()) {
      chunk += sharedString(s);
      if (++n % ROWS_PER_CHUNK === 0) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk + SHARED_STRINGS_TAIL;
  }
}

/** The first `max` UTF-16 units of `s`, not splitting a surrogate pair. */
function cutAt(s: string, max: number): string {
  const c = s.charCodeAt(max - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}
