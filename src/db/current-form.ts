// A stored row as this version keys and derives it (pure): rows written by earlier versions, a
// backup's rows and rows from the trash all go through here before they are stored again.
import { amountsToKeyUnits } from '../model/amounts';
import { agencyFromTitle } from '../parse/meta';
import { canonicalUrl } from './canonical-url';
import type { SavedReport } from './schema';
import { agencyOf, countFindings } from './summary';

/**
 * The row under today's canonical URL of its page (of its id when its page URL gives none), its
 * agency name as this parser reads its title when an earlier one cut it wrongly, its agency key
 * re-derived, its amounts in their key's unit (trashed or exported before the v8 conversion they
 * were as printed; the conversion is idempotent), and no X-* findings when it cannot have a
 * neighbour (no agency or no year). Its other X-* findings are left to the caller to recompute.
 */
export function inCurrentForm(row: SavedReport): SavedReport {
  const meta = row.record.meta;
  const url = typeof meta.url === 'string' ? meta.url : null;
  const id = (url && canonicalUrl(url)) || canonicalUrl(row.id) || row.id;
  amountsToKeyUnits(row.record.cells);
  const name = repairedAgencyName(meta.agencyName, meta.title);
  const record = name === meta.agencyName ? row.record : { ...row.record, meta: { ...meta, agencyName: name } };
  const agency = agencyOf(record, id);
  const lonely = !agency || row.year === null;
  const crossYear = lonely ? [] : row.crossYear;
  return {
    ...row,
    id,
    record,
    agency,
    crossYear,
    counts: crossYear === row.crossYear ? row.counts : countFindings(row.findings, crossYear),
    saveCount: Number.isInteger(row.saveCount) && row.saveCount > 0 ? row.saveCount : 1,
  };
}

/**
 * The agency name, unless an earlier parser cut the title wrongly: a leading 年/年度 left from
 * "２０１９年上海市…", or a final 人民 whose 政府 went with 政府信息公开. Repaired only when this
 * parser reads exactly the repaired name from the same title ("年鉴编纂委员会" keeps its 年).
 */
function repairedAgencyName(name: unknown, title: string | null): string | null {
  if (typeof name !== 'string') return null; // a hand-edited import's number: unknown, not a crash
  const fresh = agencyFromTitle(title);
  if (!fresh || fresh === name) return name;
  return fresh === name.replace(/^年度?/, '') || fresh === `${name}政府` ? fresh : name;
}

/** A saved-at time in ms; an unreadable one as 0 (the earliest). */
export function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}
const validTime = (iso: string): boolean => !Number.isNaN(Date.parse(iso));

/** Two saves of one report: the later one, first saved when the earlier was (an unreadable date never counts as earliest). */
export function laterSave(a: SavedReport, b: SavedReport): SavedReport {
  const [older, newer] = time(a.lastSavedAt) > time(b.lastSavedAt) ? [b, a] : [a, b];
  const firsts = [older.firstSavedAt, newer.firstSavedAt].filter(validTime).sort((x, y) => time(x) - time(y));
  return { ...newer, firstSavedAt: firsts[0] ?? newer.firstSavedAt, saveCount: saveCountOf(older, newer) };
}

/**
 * The same save met again (undo after re-importing it, a file holding it twice) is one history,
 * not two: its count is not added to itself.
 */
function saveCountOf(older: SavedReport, newer: SavedReport): number {
  const [o, n] = [older.saveCount || 1, newer.saveCount || 1];
  const same = older.firstSavedAt === newer.firstSavedAt && older.lastSavedAt === newer.lastSavedAt;
  return same ? Math.max(o, n) : o + n;
}
