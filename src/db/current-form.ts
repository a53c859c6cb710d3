// A stored row as this version keys and derives it (pure): rows written by earlier versions, a
// backup's rows and rows from the trash all go through here before they are stored again.
import { amountsToKeyUnits } from '../model/amounts';
import { agencyFromTitle, cleanAgencyName } from '../parse/meta';
import { canonicalUrl } from './canonical-url';
import type { ReportRecord } from '../model/record';
import type { SavedReport } from './schema';
import { agencyOf, countFindings } from './summary';

/**
 * The row under today's canonical URL of its page (of its id when its page URL gives none), its
 * agency name as this parser reads its title when an earlier one cut it wrongly, its agency key
 * re-derived, its amounts in their key's unit (trashed or exported before the v8 conversion they
 * were as printed; the conversion is idempotent), and no X-* findings when it cannot have a
 * neighbour (no agency or no year), its finding counts derived from its findings, and its sections
 * readable (readableSections). Its other X-* findings are left to the caller to recompute.
 */
export function inCurrentForm(row: SavedReport): SavedReport {
  const meta = row.record.meta;
  const url = typeof meta.url === 'string' ? meta.url : null;
  const id = (url && canonicalUrl(url)) || canonicalUrl(row.id) || row.id;
  amountsToKeyUnits(row.record.cells);
  const name = repairedAgencyName(meta.agencyName, meta.title);
  const sections = readableSections(row.record.sections);
  let record = name === meta.agencyName ? row.record : { ...row.record, meta: { ...meta, agencyName: name } };
  if (sections !== row.record.sections) record = { ...record, sections };
  const agency = agencyOf(record, id);
  const lonely = !agency || row.year === null;
  const crossYear = lonely ? [] : row.crossYear;
  return {
    ...row,
    id,
    record,
    agency,
    crossYear,
    // derived, as a save derives them: a file's own counts may contradict its findings
    counts: countFindings(row.findings, crossYear),
    saveCount: Number.isInteger(row.saveCount) && row.saveCount > 0 ? row.saveCount : 1,
  };
}

/**
 * The sections with every text a string, as the X-* rules read them: an older import let in a
 * section whose text was a number (a hand-edited file), and its backup was then refused whole.
 * Such a text becomes '' (the section's label and table flag kept; a rule finds it too short), a
 * section that is no object is dropped, a ref that is no object becomes null. The same object
 * when nothing needed repair (sectionsRepaired tells).
 */
export function readableSections(sections: unknown): ReportRecord['sections'] {
  // no sections at all (rows an older import let in): none, not an upgrade that throws on every open
  if (!isObj(sections)) return {};
  let out: Record<string, unknown> | null = null;
  const set = (key: string, value: unknown) => {
    out ??= { ...sections };
    if (value === undefined) delete out[key];
    else out[key] = value;
  };
  for (const [key, s] of Object.entries(sections)) {
    if (s === undefined) continue;
    // a section given as its text alone keeps it; a number's digits are kept as its text
    if (typeof s === 'string' || typeof s === 'number') {
      set(key, { text: String(s), ref: null });
      continue;
    }
    if (!isObj(s)) {
      set(key, undefined);
      continue;
    }
    const badText = typeof s.text !== 'string';
    const badRef = s.ref !== null && s.ref !== undefined && !isObj(s.ref);
    const text = typeof s.text === 'number' ? String(s.text) : '';
    if (badText || badRef) set(key, { ...s, ...(badText ? { text } : {}), ...(badRef ? { ref: null } : {}) });
  }
  return (out ?? sections) as ReportRecord['sections'];
}

/** Whether readableSections would change this record's sections (an import counts such rows as repaired). */
export function sectionsRepaired(record: { sections?: unknown }): boolean {
  return readableSections(record.sections) !== record.sections;
}

/**
 * The newer save's record with, for every section readableSections had to repair in it (raw: its
 * sections as given; not an object at all: every section), the stored save's section instead when
 * that one's text is text: a repaired section (emptied, a number's digits, a bare string) does not
 * replace a readable text the library holds for the same report. The same row when none applies.
 */
export function keepReadableSections(newer: SavedReport, raw: unknown, stored: SavedReport): SavedReport {
  const fixed = readableSections(raw);
  if (fixed === raw) return newer;
  const theirs = stored.record.sections as Record<string, unknown>;
  if (!isObj(theirs)) return newer;
  const repaired = isObj(raw) ? Object.keys(raw).filter((k) => (fixed as Record<string, unknown>)[k] !== raw[k]) : Object.keys(theirs);
  let sections: Record<string, unknown> | null = null;
  for (const key of repaired) {
    const s = theirs[key];
    if (!isObj(s) || typeof s.text !== 'string') continue;
    sections ??= { ...newer.record.sections };
    sections[key] = s;
  }
  return sections ? { ...newer, record: { ...newer.record, sections: sections as ReportRecord['sections'] } } : newer;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** a year range's first year an earlier parser left at the end of a name ("某县人民政府2020-") */
const RANGE_START_LEFT = /(?:19|20)\d{2}\s*(?:年度?)?\s*[-－—–~～至到]\s*$/;

/**
 * The agency name, unless an earlier parser cut the title wrongly: a leading 年/年度 left from
 * "２０１９年上海市…", a final 人民 whose 政府 went with 政府信息公开, a correction mark kept in
 * front or behind ("更正）某县人民政府", "已更正）…", "某县司法局（已更正）", "更正后的某县…",
 * "勘误）…"), a stray bracket or quote ("某县人民政府”"), a notice's 印发 ("印发某县…"), or a year
 * range's first year kept at the end ("某县人民政府2020-"). Repaired only when this parser reads
 * exactly the repaired name from the same title ("年鉴编纂委员会" keeps its 年).
 */
function repairedAgencyName(name: unknown, title: string | null): string | null {
  if (typeof name !== 'string') return null; // a hand-edited import's number: unknown, not a crash
  const fresh = agencyFromTitle(title);
  if (!fresh || fresh === name) return name;
  const repairs = [name.replace(/^年度?/, ''), `${name}政府`, cleanAgencyName(name), name.replace(RANGE_START_LEFT, '').trim()];
  return repairs.includes(fresh) ? fresh : name;
}

/** A saved-at time in ms; an unreadable one as 0 (the earliest). */
export function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}
const validTime = (iso: string): boolean => !Number.isNaN(Date.parse(iso));

/**
 * Two saves of one report, merged by the one rule every path uses (re-keying, undo, import,
 * whichever side is newer and whichever import chunk the rows fall in): the newer save's content
 * (b on a tie), the earliest valid first save, and the save counts combined by saveCountOf.
 */
export function laterSave(a: SavedReport, b: SavedReport): SavedReport {
  const [older, newer] = time(a.lastSavedAt) > time(b.lastSavedAt) ? [b, a] : [a, b];
  const firsts = [older.firstSavedAt, newer.firstSavedAt].filter(validTime).sort((x, y) => time(x) - time(y));
  return { ...newer, firstSavedAt: firsts[0] ?? newer.firstSavedAt, saveCount: saveCountOf(older, newer) };
}

/**
 * Two histories are counted as two (summed) only when neither lies within the other's span of
 * save times. One within the other is taken to be part of it: the same save met again, a backup
 * and the library that went on saving, a report re-imported after a merge. That can undercount
 * two libraries' interleaved saves, but a merge repeated never inflates the count.
 */
function saveCountOf(a: SavedReport, b: SavedReport): number {
  // an unreadable first save: the span known is its last save alone
  const start = (x: SavedReport) => (validTime(x.firstSavedAt) ? time(x.firstSavedAt) : time(x.lastSavedAt));
  const within = (x: SavedReport, y: SavedReport) => start(y) <= start(x) && time(x.lastSavedAt) <= time(y.lastSavedAt);
  const [m, n] = [a.saveCount || 1, b.saveCount || 1];
  return within(a, b) || within(b, a) ? Math.max(m, n) : m + n;
}
