// A library export read from a file's text in pieces, one report at a time. The export is written
// in parts (toJsonParts) because a large library does not fit in one string; read with file.text()
// and JSON.parse, a backup over Chromium's longest string (2^29 - 24 characters, ~11,700 long
// reports) came back empty and was called "not a JSON file" (adv55 #5): a backup the extension
// wrote and could not restore.
//
// The scanner follows only what JSON.parse needs to know where values end: strings (and their
// escapes) and the nesting of objects and arrays. The top-level object's text is kept with its
// "reports" array left empty; each report's text is parsed on its own as soon as it ends.

/** The top-level object with `"reports":[]`, and each report as parsed. */
export interface ExportPieces {
  head: unknown;
  reports: unknown[];
}

/** Where scanExportPieces hands on the reports as it reads them. */
export interface ReportSink {
  /** The reports a piece completed, in order; a promise returned is awaited before the next piece is read. */
  reports(values: unknown[]): void | Promise<void>;
  /** A "reports" array opens (the first, or a second "reports" key: JSON.parse keeps the last one's, so those before no longer count). */
  restart(): void;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const NOT_SPACE = /[^ \t\n\r]/g;

/**
 * Reads the pieces; throws a SyntaxError (as JSON.parse does) for text that is not one JSON value.
 * The structure is followed only as far as finding the reports needs: the head and every report
 * are then parsed by JSON.parse itself, which checks the rest.
 */
export async function readExportPieces(pieces: AsyncIterable<string> | Iterable<string>): Promise<ExportPieces> {
  const reports: unknown[] = [];
  const sink: ReportSink = {
    reports: (values) => {
      for (const v of values) reports.push(v);
    },
    restart: () => {
      reports.length = 0;
    },
  };
  return { head: await scanExportPieces(pieces, sink), reports };
}

/**
 * The same reading, each report handed to `sink` (with those the same piece completed) instead of
 * kept: an import holds no more than a piece's reports at a time. Returns the head.
 */
export async function scanExportPieces(pieces: AsyncIterable<string> | Iterable<string>, sink: ReportSink): Promise<unknown> {
  const head: string[] = [];
  /** the reports this piece completed */
  let reports: unknown[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let first = true;
  /** at depth 1 of the head: the last key read, the one being read (its text so far), a colon seen */
  let key = '';
  let keyText: string[] | null = null;
  let afterColon = false;
  /** the depth of the reports array's values (-1: not in it), and the report being read */
  let reportsDepth = -1;
  let report: string[] | null = null;
  /** in the reports array: what may come next (JSON.parse refuses `[,{…}]`, `{…},,{…}`, `{…} {…}`, `{…},]`) */
  let next = 'value or end' as 'value or end' | 'comma or end' | 'value'; // (set in endReport too: no narrowing)
  const unexpected = (what: string) => new SyntaxError(`Unexpected ${what} in the reports array`);

  for await (let piece of pieces) {
    if (first && piece.length > 0) {
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      first = false;
    }
    // where this piece's part of the head, of the report under way and of the key under way start
    let headFrom = reportsDepth < 0 ? 0 : -1;
    let reportFrom = report ? 0 : -1;
    let keyFrom = 0;
    const endReport = (end: number) => {
      report!.push(piece.slice(reportFrom, end));
      reports.push(JSON.parse(report!.join('')));
      report = null;
      reportFrom = -1;
      next = 'comma or end';
    };
    for (let i = 0; i < piece.length; i++) {
      if (inString) {
        // to the closing quote by indexOf (most of a report is text): twice as fast as a character loop
        const from: number = escaped ? i + 1 : i; // the piece's first character is escaped: it neither closes nor escapes
        const close = closingQuote(piece, from);
        escaped = false;
        if (close < 0) {
          escaped = backslashesBefore(piece, piece.length, from) % 2 === 1; // the piece ends inside an escape
          break;
        }
        inString = false;
        if (keyText) {
          keyText.push(piece.slice(keyFrom, close));
          key = JSON.parse(`"${keyText.join('')}"`) as string;
          keyText = null;
        }
        i = close;
        continue;
      }
      const c = piece.charCodeAt(i);
      if (isSpace(c)) {
        // a run of JSON whitespace changes nothing: skipped by the regex engine (pretty-printed files)
        NOT_SPACE.lastIndex = i;
        const end = NOT_SPACE.exec(piece)?.index ?? piece.length;
        if (headFrom >= 0 && end - i > 64) {
          head.push(piece.slice(headFrom, i)); // nor is it kept in the head
          headFrom = end;
        }
        i = end - 1;
        continue;
      }
      if (reportsDepth >= 0 && depth === reportsDepth && !report) {
        if (c === COMMA) {
          if (next !== 'comma or end') throw unexpected("','");
          next = 'value';
          continue;
        }
        if (c === CLOSE_ARRAY && next === 'value') throw unexpected("']'");
        if (c !== CLOSE_ARRAY) {
          if (next === 'comma or end') throw unexpected('value');
          report = [];
          reportFrom = i;
        }
      }
      if (c === QUOTE) {
        inString = true;
        if (depth === 1 && reportsDepth < 0 && !afterColon) {
          keyText = [];
          keyFrom = i + 1;
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (c === OPEN_ARRAY && depth === 1 && reportsDepth < 0 && afterColon && key === 'reports') {
          head.push(piece.slice(headFrom, i + 1)); // the head keeps an empty array
          headFrom = -1;
          reportsDepth = 2;
          next = 'value or end';
          reports = [];
          sink.restart();
        }
        depth++;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth--;
        if (depth < 0) throw new SyntaxError(`Unexpected token '${piece[i]}' in JSON`);
        if (report && depth === reportsDepth) endReport(i + 1); // an object or array report ends
        else if (reportsDepth >= 0 && depth < reportsDepth) {
          if (report) endReport(i); // a bare value ends at the array's end (`null]`)
          reportsDepth = -1;
          headFrom = i;
        }
      } else if (c === COMMA && report && depth === reportsDepth) {
        endReport(i); // a bare value ends
        next = 'value';
      }
      if (depth === 1 && reportsDepth < 0) {
        if (c === COLON) afterColon = true;
        else if (c === COMMA) afterColon = false;
      }
    }
    if (headFrom >= 0) head.push(piece.slice(headFrom));
    if (report && reportFrom >= 0) (report as string[]).push(piece.slice(reportFrom));
    if (keyText) keyText.push(piece.slice(keyFrom));
    if (reports.length) {
      const done = reports;
      reports = [];
      await sink.reports(done);
    }
  }
  if (inString || depth !== 0) throw new SyntaxError('Unexpected end of JSON input');
  return JSON.parse(head.join(''));
}

/** The first unescaped quote at or after `from`, or -1. */
function closingQuote(s: string, from: number): number {
  for (let q = s.indexOf('"', from); q >= 0; q = s.indexOf('"', q + 1)) if (backslashesBefore(s, q, from) % 2 === 0) return q;
  return -1;
}

/** How many backslashes run back from `at` (not before `from`). */
function backslashesBefore(s: string, at: number, from: number): number {
  let n = 0;
  while (at - n - 1 >= from && s.charCodeAt(at - n - 1) === BACKSLASH) n++;
  return n;
}

/** A file's text as decoded pieces (UTF-8), without ever holding the whole text; `onBytes`: how many of its bytes were read so far. */
export async function* fileTextPieces(file: Blob, onBytes?: (read: number) => void): AsyncGenerator<string> {
  let read = 0;
  const counted = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(bytes, out) {
      read += bytes.byteLength;
      out.enqueue(bytes);
    },
  });
  const reader = file.stream().pipeThrough(counted).pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onBytes?.(read);
      yield value;
    }
  } finally {
    // a reading given up part-way (an import that stopped) leaves the rest of the file unread
    reader.cancel().catch(() => undefined);
  }
}
