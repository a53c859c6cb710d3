// fullerAgencyName rules out most places where 信息公开 occurs by the character before it, and cuts
// years and a final 政府/政务 without a regex where it can; basisCited finds both kinds of basis in
// one pass. This pins them to the previous versions, verbatim below, on page heads made of agency
// names, their pieces, years, 政府/政务 and 信息公开, and on streams of basis pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/text/dates';
import { archivedTitle, basisCited, fullerAgencyName, headerLength, headThenPageDate, trimBars } from '../../../src/parse/meta';

// ---- the previous fullerAgencyName, verbatim apart from its name ----
const TITLE_YEAR = /(?:(?:19|20)\d{2}|二[〇○零][〇○零一二三四五六七八九]{2})\s*年度?/g;

function regexPerPlaceAgencyName(name: string | null, stream: string): string | null {
  if (!name || name.length < 4) return name;
  const head = stream.slice(0, 3000);
  let from = 0;
  for (let at = head.indexOf('信息公开', from); at >= 0 && from < head.length; at = head.indexOf('信息公开', from)) {
    from = at + 4;
    const before = head.slice(Math.max(0, at - 40), at).replace(TITLE_YEAR, '').replace(/(?:政府|政务)$/, '');
    let shared = 0;
    while (shared < name.length && shared < before.length && name[name.length - 1 - shared] === before[before.length - 1 - shared]) shared++;
    if (shared < 3 || shared === name.length) continue;
    const prefix = name.slice(0, name.length - shared);
    const start = before.lastIndexOf(prefix, before.length - shared - 1);
    if (start < 0) continue;
    const candidate = before.slice(start);
    if (candidate.length > name.length && candidate.length <= 30 && /^[\u4e00-\u9fff]+$/.test(candidate)) return candidate;
  }
  return name;
}

// ---- generated heads ----
const names = ['平潭市场监督管理局', '平潭县人民政府', '平潭综合实验区', '财政局', '区政务服务中心', '人民政府', '管委会政务'];
const pieces = [
  '平潭', '综合实验区', '市场监督管理局', '县', '人民政府', '政府', '政务', '政', '府', '务', '信息公开', '信息公开', '信息', '公开',
  '2016年', '2016年度', '2016 年度', '二〇一六年', '二零二零年度', '年', '度', '现公布', '关于', '工作年度报告', '，', '。', '\n', ' ', 'A',
];
const headArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...names)), { maxLength: 40 }).map((parts) => parts.join(''));
const nameArb = fc.oneof(fc.constantFrom(...names, null, '局', '平潭县'), fc.array(fc.constantFrom(...pieces.slice(0, 16)), { minLength: 1, maxLength: 4 }).map((p) => p.join('')));

/**
 * A head that prints a longer form of the name: filler, the name's start, more characters, the
 * name's end, maybe a year and 政府/政务, then 信息公开; the name is its start and end.
 */
const cjk = fc.constantFrom('平', '潭', '综', '合', '实', '验', '区', '市', '场', '监', '督', '管', '理', '局', '县', '人', '民', '政', '府', '务', '年', '度');
const cjkText = (min: number, max: number) => fc.array(cjk, { minLength: min, maxLength: max }).map((a) => a.join(''));
const longerFormArb = fc
  .tuple(headArb, cjkText(1, 4), cjkText(0, 6), cjkText(3, 6), fc.constantFrom('', '2016年', '2016年度', '二〇一六年度', '2016 年'), fc.constantFrom('', '政府', '政务', '政'), headArb)
  .map(([filler, start, middle, end, year, government, rest]) => ({ name: start + end, head: `${filler}${start}${middle}${end}${year}${government}信息公开${rest}` }));

describe('fullerAgencyName gives the same name as cutting every phrase before 信息公开', () => {
  it('on heads of names, years, 政府/政务 and 信息公开', () => {
    fc.assert(
      fc.property(nameArb, headArb, (name, head) => {
        expect(fullerAgencyName(name, head)).toBe(regexPerPlaceAgencyName(name, head));
      }),
      { numRuns: 6000, seed: 20261128 },
    );
  });
  it('on heads that print a longer form of the name', () => {
    fc.assert(
      fc.property(longerFormArb, ({ name, head }) => {
        expect(fullerAgencyName(name, head)).toBe(regexPerPlaceAgencyName(name, head));
      }),
      { numRuns: 6000, seed: 20261129 },
    );
  });
  it('finds the longer form at all (the generated heads are not all misses)', () => {
    expect(fullerAgencyName('平潭市场监督管理局', '现公布2016年平潭综合实验区市场监督管理局政府信息公开工作年度报告')).toBe('平潭综合实验区市场监督管理局');
  });
});

// ---- the previous basisCited, verbatim apart from its name ----
function twoPassBasisCited(stream: string): string[] {
  const out = new Set<string>();
  for (const m of stream.slice(0, 20000).matchAll(/国办(?:公开办)?函\s*[〔[(（]\s*(\d{4})\s*[〕\])）]\s*(\d+)\s*号/g)) out.add(`国办公开办函〔${m[1]}〕${m[2]}号`);
  for (const m of stream.slice(0, 20000).matchAll(/国务院令第\s*(\d+)\s*号/g)) out.add(`国务院令第${m[1]}号`);
  return [...out];
}

const basisPieces = ['国办', '国办公开办', '国办函', '国办公开办函', '函', '国务院令第', '国务院', '令第', '国', '〔', '〕', '[', ']', '(', '（', '）', '2019', '2008', '60', '36', '711', '492', '号', ' ', '、', '和'];
const basisArb = fc.oneof(
  fc.array(fc.constantFrom(...basisPieces), { maxLength: 40 }).map((a) => a.join('')),
  fc.array(fc.constantFrom('国办公开办函〔2019〕60号', '国办函〔2008〕36号', '国务院令第711号', '国务院令第 492 号', '国办公开办函（2019）60号', '，', '国'), { maxLength: 8 }).map((a) => a.join('')),
);

describe('basisCited gives the same list as one scan per kind', () => {
  it('on streams of basis pieces', () => {
    fc.assert(
      fc.property(basisArb, (stream) => {
        expect(basisCited(stream)).toEqual(twoPassBasisCited(stream));
      }),
      { numRuns: 5000, seed: 20261130 },
    );
  });
});

// ---- findPublished's pieces: the header's end and the date after a label ----
const PREVIOUS_FIRST_HEADING = /(?:^|\n|[\s|])一\s*[、.．]/;
const DATE_AFTER_LABEL = String.raw`\s*[:：]?\s*(?:[|｜]\s*)?((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})`;
const LABELLED = new RegExp('发布日期' + DATE_AFTER_LABEL);

function previousDateAt(re: RegExp, text: string): string | null {
  const m = re.exec(text);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

const headerPieces = ['一', '一、', '一 、', '一．', '一.', '二、', '\n', ' ', '|', '｜', '\u3000', '标题', '发布日期', '：', ':', '2019', '2020', '-', '年', '月', '日', '01', '1', '3', '31', '13', '45', '．', '、'];
const headerArb = fc.array(fc.constantFrom(...headerPieces), { maxLength: 40 }).map((a) => a.join(''));

describe('findPublished pieces give the same answers as before', () => {
  it('headerLength: where the plain first-heading regex matches', () => {
    fc.assert(
      fc.property(headerArb, (head) => {
        expect(headerLength(head)).toBe(PREVIOUS_FIRST_HEADING.exec(head)?.index ?? head.length);
      }),
      { numRuns: 5000, seed: 20261131 },
    );
  });
  it('headThenPageDate: with a labelled date cut anywhere by the end of the head', () => {
    const labelledDate = fc
      .tuple(headerArb, fc.constantFrom('', ':', '：', ' | '), fc.constantFrom('2019', '2020'), fc.constantFrom('-', '年', '.'), fc.constantFrom('1', '01', '12', '13'), fc.constantFrom('-', '月'), fc.constantFrom('1', '3', '13', '31', '45'), headerArb)
      .map(([before, sep, y, a, m, b, d, after]) => `${before}发布日期${sep}${y}${a}${m}${b}${d}${after}`);
    fc.assert(
      fc.property(labelledDate, fc.nat({ max: 80 }), (stream, cut) => {
        const head = stream.slice(0, cut);
        expect(headThenPageDate(LABELLED, head, stream)).toBe(previousDateAt(LABELLED, head) ?? previousDateAt(LABELLED, stream));
      }),
      { numRuns: 8000, seed: 20261133 },
    );
  });
  it('headThenPageDate: the head first, then the whole page, for any cut of the head', () => {
    fc.assert(
      fc.property(headerArb, fc.nat({ max: 60 }), (stream, cut) => {
        const head = stream.slice(0, cut);
        expect(headThenPageDate(LABELLED, head, stream)).toBe(previousDateAt(LABELLED, head) ?? previousDateAt(LABELLED, stream));
      }),
      { numRuns: 8000, seed: 20261132 },
    );
  });
});

// ---- findTitle's archived "标题:" line ----
const PREVIOUS_ARCHIVED_TITLE = /(?:^|\n)\s*标\s*题\s*[:：]\s*([^\n]+)/;
const titlePieces = ['标', '题', '标题', '标 题', ':', '：', ' ', '\n', '\u3000', '\t', 'x', '平潭2019年报告', '索引号', '|'];
const titleHeadArb = fc.array(fc.constantFrom(...titlePieces), { maxLength: 30 }).map((a) => a.join(''));

describe('archivedTitle finds what the plain form finds', () => {
  it('the same first title line', () => {
    fc.assert(
      fc.property(titleHeadArb, (head) => {
        expect(archivedTitle(head)).toBe(PREVIOUS_ARCHIVED_TITLE.exec(head)?.[1]);
      }),
      { numRuns: 6000, seed: 20261134 },
    );
  });
});

describe('trimBars cuts what the two-sided regex cut', () => {
  it('the same text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '|', '｜', '\u3000', '\n', '\t', '标题', 'x', '年报'), { maxLength: 12 }).map((a) => a.join('')), (text) => {
        expect(trimBars(text)).toBe(text.replace(/^[\s|｜]+|[\s|｜]+$/g, ''));
      }),
      { numRuns: 6000, seed: 20261207 },
    );
    expect(trimBars(undefined)).toBeUndefined();
  });
});
