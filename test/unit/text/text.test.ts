import { describe, expect, it } from 'vitest';
import { readValue } from '../../../src/text/numbers';
import { splitIntoCells } from '../../../src/text/splits';
import { stripPinyin, needsConversion, loadConverter, traditionalScore } from '../../../src/text/traditional';

describe('readValue (§7)', () => {
  it.each([
    ['0', 0, 'number'], ['０', 0, 'number'], ['零', 0, 'number'], ['', null, 'blank'], ['\u00a0', null, 'blank'],
    ['/', null, 'placeholder'], ['—', null, 'placeholder'], ['无', null, 'placeholder'], ['不适用', null, 'placeholder'],
    ['1,234', 1234, 'number'], ['1，234', 1234, 'number'], ['+1882', 1882, 'number'], ['-58', -58, 'number'],
    ['＋3', 3, 'number'], ['增加2', 2, 'number'], ['减少2', -2, 'number'], ['12件', 12, 'number'], ['见附件', null, 'text'],
    ['12 件', 12, 'number'], ['\u00a012\u00a0', 12, 'number'],
    // digits either side of a space are not one number: "5 3" used to read 53
    ['5 3', null, 'text'], ['1 234', null, 'text'], ['12\u00a034', null, 'text'], ['１２　３', null, 'text'],
  ])('%j → %j (%s)', (printed, value, kind) => {
    expect(readValue(printed)).toMatchObject({ value, kind });
  });
  it.each([
    // a value and a remark that only restates it (reviewer 109: 0（无） was unread)
    // its unit of money in brackets, as 120元 (reviewer 120 K3: in a text row it was read in the header's unit)
    ['120（元）', 120, 'number'], ['8.5（万元）', 8.5, 'number'], ['120(单位：元)', 120, 'number'],
    ['0（无）', 0, 'number'], ['0(无)', 0, 'number'], ['0（零）', 0, 'number'], ['821（件）', 821, 'number'], ['1,234（人次）', 1234, 'number'],
    ['42（含转办）', 42, 'number'], ['9116.36（注：含代收费用）', 9116.36, 'number'], ['30（包括网上申请）', 30, 'number'], ['137（件次）', 137, 'number'], ['12.5（含全年）', 12.5, 'number'],
    // an inclusion naming another period, a total over years, a number in words, money (reviewer 112 P2, P5): unread
    ['58（含上年结转）', null, 'text'], ['58（含上年度结转二件）', null, 'text'], ['58（包括去年未办结的）', null, 'text'], ['5（含二〇二三年）', null, 'text'],
    ['25（含累计数）', null, 'text'], ['25（含已废止）', null, 'text'], ['25（含历年制发）', null, 'text'], ['1200（含工本费，单位元）', null, 'text'], ['12.5（注：含上年度未缴）', null, 'text'],
    // any other remark may change what the number is (reviewer 110 P2): unread, as before
    ['5（无）', null, 'text'], ['5（估算）', null, 'text'], ['100（上年）', null, 'text'], ['100（同期）', null, 'text'], ['25（历年累计）', null, 'text'],
    ['25（%）', null, 'text'], ['3（人民币）', null, 'text'], ['58（不含重复申请）', null, 'text'], ['58（其中网上申请）', null, 'text'], ['5（二〇二三年）', null, 'text'],
    ['1200（含复印费200）', null, 'text'], ['1200（2016年为900）', null, 'text'], ['约5（估算）', null, 'text'], ['5（件）（估）', null, 'text'],
  ])('%j → %j (%s)', (printed, value, kind) => {
    expect(readValue(printed)).toMatchObject({ value, kind });
  });
  it('keeps money units', () => {
    expect(readValue('2290.54万元')).toEqual({ value: 2290.54, kind: 'number', unit: '万元' });
    expect(readValue('251000元')).toEqual({ value: 251000, kind: 'number', unit: '元' });
    expect(readValue('316441', '万元')).toEqual({ value: 316441, kind: 'number', unit: '万元' });
  });
});

describe('splitIntoCells', () => {
  it('n single digits read one way', () => {
    expect(splitIntoCells(['7000007'], 7).readings).toEqual([['7', '0', '0', '0', '0', '0', '7']]);
  });
  it('no leading zeros', () => {
    expect(splitIntoCells(['03'], 2).readings).toEqual([['0', '3']]);
    expect(splitIntoCells(['03'], 1).count).toBe(0);
  });
  it('spaces are hard boundaries; several readings listed', () => {
    const r = splitIntoCells(['200', '000121'], 7);
    expect(r.count).toBe(4);
    expect(r.readings).toContainEqual(['20', '0', '0', '0', '0', '1', '21']);
  });
  it('fewer digits than cells has no reading', () => {
    expect(splitIntoCells(['0', '00000'], 7).count).toBe(0);
  });
});

describe('Traditional script', () => {
  it('strips toned pinyin after CJK only, never digits', () => {
    expect(stripPinyin('鎮(zhèn)2023年 點擊數(shù): 條例(2019)').text).toBe('鎮2023年 點擊數: 條例(2019)');
  });
  it('strips glosses in full-width parentheses and with tone numbers; reads Hong Kong colons and compatibility ideographs (helper-38 review)', async () => {
    expect(stripPinyin('報（bào）告 報(bao4)告 條例(2019) 機構(ab12)').text).toBe('報告 報告 條例(2019) 機構(ab12)');
    const { toHalfWidth } = await import('../../../src/text/normalize');
    expect(toHalfWidth('发布日期︰2020年 日期∶ 日期﹕ \uf98e')).toBe('发布日期:2020年 日期: 日期: 年');
    const { extractDocument } = await import('../../../src/extract/index');
    const { parseHTML } = await import('linkedom');
    // a ruby gloss is read above its character, not in the text (its letters had broken every label)
    const page = await extractDocument(parseHTML('<html><body><p><ruby>報<rt>bào</rt></ruby><ruby>告<rp>(</rp><rt>gào</rt><rp>)</rp></ruby></p></body></html>').document as unknown as Document);
    expect(page.stream.trim()).toBe('報告'); // two characters are too few to call the page Traditional
  });

  it('strips a word\'s gloss after a row label (行政许可(xíngzhèng xǔkě): the row had been unread, reviewer 111 W2); not an untoned or Latin bracket', async () => {
    expect(stripPinyin('行政许可(xíngzhèng xǔkě) | 137 | 予以公开（yǔyǐ gōngkāi） | 15').text).toBe('行政许可 | 137 | 予以公开 | 15');
    expect(stripPinyin('机构(ab cd) 机构(Open Data) 机构(xǔ  kě) 机构(xǔ kě )').count).toBe(0);
    const { parseDocument } = await import('../../../src/parse/index');
    const { parseHTML } = await import('linkedom');
    const { pageHtml } = await import('../../../src/extract/page-source');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { FIXTURES } = await import('../parse/fixture-loader');
    const seed = readFileSync(join(FIXTURES, 'seeds/001_e60c3c3fc476d400.txt'), 'utf8');
    const glossed = seed.replace(/^行政许可$/m, '行政许可(xíngzhèng xǔkě)').replace(/^行政处罚$/m, '行政处罚(xíngzhèng chǔfá)');
    expect(glossed).toContain('行政处罚(xíngzhèng chǔfá)');
    const read = async (text: string) => (await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://x.gov.cn/a.html' })).record;
    const [plain, withGloss] = [await read(seed), await read(glossed)];
    expect(withGloss.cells['table2.licensing.decisions']?.value).toBe(plain.cells['table2.licensing.decisions']!.value);
    expect(withGloss.cells['table2.penalty.decisions']?.value).toBe(plain.cells['table2.penalty.decisions']!.value);
    expect(withGloss.warnings.filter((w) => w.code === 'unreadable-row')).toEqual([]);
  });

  it('detects Traditional pages and converts tw/hk forms', async () => {
    expect(needsConversion('舟曲縣果耶鎮政府信息公開工作年度報告，總體情況，主動公開，申請處理，復議訴訟')).toBe(true);
    expect(needsConversion('舟曲县果耶镇政府信息公开工作年度报告，总体情况，主动公开')).toBe(false);
    const convert = await loadConverter();
    expect(convert('總計 結轉 復議 衞')).toBe('总计 结转 复议 卫');
  });
  it('counts every Traditional-only character, the same on repeated calls', () => {
    const text = '國會a国会 報告報告\n統計';
    expect(traditionalScore(text)).toBe(6);
    expect(traditionalScore(text)).toBe(6); // the shared global regex starts over each call
    expect(traditionalScore('国会报告统计')).toBe(0);
    expect(traditionalScore('')).toBe(0);
  });
});
