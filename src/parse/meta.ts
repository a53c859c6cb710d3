// Report-level facts (spec §5.1): title, year, agency, publication date, statistical period.
import type { AgencyKind, ReportMeta, StatPeriod } from '../model/record';
import type { ReportDocument } from '../extract';

const TITLE_RE = /[^\n|。]{0,60}?(?:19|20)\d{2}\s*年度?[^\n|。]{0,60}?(?:政府|政务)?信息公开[^\n|。]{0,12}?(?:年度)?(?:报告|年报)/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/;

function iso(y: string | number, m: string | number, d: string | number): string | null {
  const yy = Number(y);
  const mm = Number(m);
  const dd = Number(d);
  if (!(yy > 1990 && yy < 2100 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31)) return null;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export function findTitle(page: ReportDocument): { title: string | null; h1: string | null } {
  const head = page.stream.slice(0, 4000);
  const archived = /(?:^|\n)\s*标\s*题\s*[:：]\s*([^\n]+)/.exec(head);
  if (archived) return { title: archived[1]!.trim(), h1: page.h1 };
  if (page.title && /报告|年报/.test(page.title)) return { title: page.title, h1: page.h1 };
  if (page.h1 && /报告|年报/.test(page.h1)) return { title: page.h1, h1: page.h1 };
  for (const b of page.blocks.slice(0, 60)) {
    const m = TITLE_RE.exec(b.text);
    if (m && b.text.length < 200) return { title: m[0].trim(), h1: page.h1 };
  }
  return { title: page.title, h1: page.h1 };
}

export function parseStatPeriod(page: ReportDocument): StatPeriod | null {
  const s = page.stream;
  const m = /统计(?:期限|时限|周期|时间|区间)[^。\n]{0,60}/.exec(s);
  let period: StatPeriod | null = null;
  if (m) {
    const raw = m[0];
    const dates: Array<string | null> = [];
    let year: string | null = null;
    const re = /(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?/g;
    let d: RegExpExecArray | null;
    while ((d = re.exec(raw)) && dates.length < 2) {
      if (d[1]) year = d[1];
      if (!year) continue;
      const isEnd = dates.length === 1;
      const day = d[3] ?? (isEnd ? String(new Date(Date.UTC(Number(year), Number(d[2]), 0)).getUTCDate()) : '1');
      dates.push(iso(year, d[2]!, day));
    }
    period = { raw, start: dates[0] ?? null, end: dates[1] ?? null };
  }
  const cut = /截[止至]\s*(?:到|至)?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  if (cut && !(cut[2] === '12' && cut[3] === '31')) {
    const cutoff = { raw: cut[0], date: iso(cut[1]!, cut[2]!, cut[3]!), ref: page.refAt(cut.index, cut.index + cut[0].length) };
    period = period ? { ...period, cutoff } : { raw: '', start: null, end: null, cutoff };
  }
  return period;
}

export function findPublished(page: ReportDocument, url: string | null): Pick<ReportMeta, 'publishedOn' | 'publishedOnSource'> {
  const head = page.stream.slice(0, 6000);
  const labels: Array<ReportMeta['publishedOnSource']> = ['发布日期', '发布时间', '公开日期', '发文日期', '成文日期'];
  for (const label of labels) {
    const re = new RegExp(`${label}\\s*[:：]?\\s*((?:19|20)\\d{2})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})`);
    const m = re.exec(head) ?? re.exec(page.stream);
    if (m) {
      const d = iso(m[1]!, m[2]!, m[3]!);
      if (d) return { publishedOn: d, publishedOnSource: label };
    }
  }
  if (url) {
    const m = /[/_t]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_]|\d{0,6}[/_.])/.exec(url) ?? /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url);
    const d = m ? iso(m[1]!, m[2]!, m[3]!) : null;
    if (d) return { publishedOn: d, publishedOnSource: 'url' };
  }
  // signature date: a short block near the end holding only a date (and maybe the agency)
  for (let i = page.blocks.length - 1; i >= Math.max(0, page.blocks.length - 40); i--) {
    const t = page.blocks[i]!.text;
    if (t.length > 60) continue;
    const m = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/.exec(t);
    const d = m ? iso(m[1]!, m[2]!, m[3]!) : null;
    if (d) return { publishedOn: d, publishedOnSource: '落款日期' };
  }
  return { publishedOn: null, publishedOnSource: null };
}

export function yearFrom(title: string | null): number | null {
  if (!title) return null;
  const m = YEAR_IN_TITLE.exec(title);
  return m ? Number(m[1]) : null;
}

export function agencyFromTitle(title: string | null): string | null {
  if (!title) return null;
  let t = title.replace(/^[^\u4e00-\u9fff]*/, '');
  t = t.replace(/(?:19|20)\d{2}\s*年度?/, '');
  t = t.replace(/(?:关于)?(?:政府|政务)?信息公开.*$/, '').trim();
  return t.length >= 2 && t.length <= 40 ? t : null;
}

export function agencyKind(name: string | null): AgencyKind {
  if (!name) return 'unknown';
  if (/(?:镇|乡|街道|街道办事处|片区管理局|片区管委会)(?:人民政府)?$/.test(name)) return 'township';
  if (/(?:局|委|委员会|办|办公室|办公厅|厅|中心|院|所|站|队|处|署|会)$/.test(name) && !/管委会$/.test(name)) return 'department';
  if (/(?:人民政府|管委会|市|县|区|州|盟|旗|省)$/.test(name) || /实验区/.test(name)) return 'government';
  return 'unknown';
}

export function basisCited(stream: string): string[] {
  const out = new Set<string>();
  for (const m of stream.slice(0, 20000).matchAll(/国办(?:公开办)?函\s*[〔[(（]\s*(\d{4})\s*[〕\])）]\s*(\d+)\s*号/g)) out.add(`国办公开办函〔${m[1]}〕${m[2]}号`);
  for (const m of stream.slice(0, 20000).matchAll(/国务院令第\s*(\d+)\s*号/g)) out.add(`国务院令第${m[1]}号`);
  return [...out];
}
