// SpreadsheetML (ECMA-376) text for the workbook export: cells, rows, a sheet's head and tail,
// the shared-string table and the package's fixed parts. Text cells are shared strings, never
// formulas, so page text cannot run in Excel; text XML cannot hold is kept with OOXML's _xHHHH_
// escape.

export type XlsxValue = string | number | null | undefined;

/** Excel's limits (specifications and limits): rows and columns of a sheet, characters in a cell. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_CELL_CHARS = 32_767;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// What element text cannot hold as is: markup characters; C0 controls other than tab and line
// feed (XML 1.0 forbids them, and a carriage return would be read back as a line feed); lone
// surrogates; and text that already looks like an _xHHHH_ escape, whose '_' must be escaped so
// that Excel shows it as printed.
// U+FFFE and U+FFFF are not XML characters either: one in page text made the whole workbook unreadable
const NEEDS_ESCAPE = /[&<>\x00-\x08\x0B-\x1F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const ESCAPE = /[&<>]|[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const hex4 = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');
const escapeOne = (ch: string): string => ENTITIES[ch] ?? `_x${hex4(ch.charCodeAt(0))}_`;

/** Element text for `s`; Excel and LibreOffice show `s` exactly (the _xHHHH_ escapes are theirs). */
export function xmlText(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(ESCAPE, escapeOne) : s;
}

/** Attribute value text (names in the workbook part). */
export const xmlAttr = (s: string): string => xmlText(s).replace(/"/g, '&quot;');

const PRESERVE = /^\s|\s$/;

/** A string of the shared-string table: `<si>` with its text (spaces at either end kept). */
export function sharedString(s: string): string {
  return `<si>${PRESERVE.test(s) ? '<t xml:space="preserve">' : '<t>'}${xmlText(s)}</t></si>`;
}

/** A cell holding shared string number `index`; `style` is a cellXfs index (1: the bold header). */
export function sharedStringCell(ref: string, index: number, style = 0): string {
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${index}</v></c>`;
}

/** A number cell (finite numbers only: XML Schema's INF/NaN are not Excel numbers). */
export const numberCell = (ref: string, n: number): string => `<c r="${ref}"><v>${n}</v></c>`;

export const sharedStringsHead = (unique: number): string => `${XML_HEAD}<sst xmlns="${MAIN_NS}" uniqueCount="${unique}">`;
export const SHARED_STRINGS_TAIL = '</sst>';

export const WORKSHEET_HEAD =
  `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">` +
  '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>';

export const WORKSHEET_TAIL = '</sheetData></worksheet>';

export function workbookXml(sheetNames: string[]): string {
  const sheets = sheetNames.map((name, i) => `<sheet name="${xmlAttr(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`;
}

export function workbookRelsXml(sheetCount: number): string {
  let rels = '';
  for (let i = 1; i <= sheetCount; i++)
    rels += `<Relationship Id="rId${i}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  rels += `<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`;
  rels += `<Relationship Id="rId${sheetCount + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels}</Relationships>`;
}

export function contentTypesXml(sheetCount: number): string {
  const ml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  let parts = `<Override PartName="/xl/workbook.xml" ContentType="${ml}.sheet.main+xml"/>`;
  for (let i = 1; i <= sheetCount; i++) parts += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${ml}.worksheet+xml"/>`;
  parts += `<Override PartName="/xl/styles.xml" ContentType="${ml}.styles+xml"/>`;
  parts += `<Override PartName="/xl/sharedStrings.xml" ContentType="${ml}.sharedStrings+xml"/>`;
  parts += '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>';
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${parts}</Types>`
  );
}

export const ROOT_RELS_XML =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

/** Two cell formats: 0 plain, 1 bold (header rows). */
export const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export function corePropsXml(creator: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}
