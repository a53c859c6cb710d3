// What the bench times, resolved from whatever modules have landed. Used both in Node (modules
// loaded by dynamic import) and in the page bundle (modules imported by a generated entry).
// A stage whose module or export is missing is reported as "not measured: <why>", never faked.

export type Detect = (doc: Document, url: string) => unknown;
export type ParseAndCheck = (doc: Document, url: string) => Promise<{ cells: number; findings: number }>;

export interface Targets {
  detect: Detect | string; // string = why it is not measured
  parseAndCheck: ParseAndCheck | string;
}

type Mod = Record<string, unknown> | string;

function fn(mod: Mod, names: string[], where: string): ((...args: never[]) => unknown) | string {
  if (typeof mod === 'string') return mod;
  for (const n of names) if (typeof mod[n] === 'function') return mod[n] as (...args: never[]) => unknown;
  return `${where} has no ${names.join('/')} export`;
}

/** `detect`, `parse`, `checks`: module namespaces, or the reason they could not be loaded. */
export function resolveTargets(detectMod: Mod, parseMod: Mod, checksMod: Mod): Targets {
  const detectReport = fn(detectMod, ['detectReport'], 'src/detect');
  const parseDocument = fn(parseMod, ['parseDocument'], 'src/parse');
  const runChecks = fn(checksMod, ['runChecks'], 'src/checks');
  const detect: Detect | string =
    typeof detectReport === 'string' ? detectReport : (doc, url) => (detectReport as (d: Document, u: string) => unknown)(doc, url);
  let parseAndCheck: ParseAndCheck | string;
  if (typeof parseDocument === 'string') parseAndCheck = parseDocument;
  else if (typeof runChecks === 'string') parseAndCheck = runChecks;
  else {
    const parse = parseDocument as (d: Document, o: { url: string }) => unknown;
    const check = runChecks as (r: unknown) => unknown[];
    parseAndCheck = async (doc, url) => {
      const out = await parse(doc, { url });
      // parseDocument may return the record itself or a wrapper { record }
      const record = out && typeof out === 'object' && 'record' in out && !('cells' in out) ? (out as { record: unknown }).record : out;
      const findings = check(record);
      const cells = record && typeof record === 'object' && 'cells' in record ? Object.keys((record as { cells: object }).cells).length : 0;
      return { cells, findings: findings.length };
    };
  }
  return { detect, parseAndCheck };
}
