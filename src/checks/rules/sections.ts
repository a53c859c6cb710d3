// SEC5-EMPTY, SEC6-FEE: the content of sections 五 and 六.
import { numberOf, refsOf } from '../read';
import { makeFinding, notApplicable, result, type CatalogueRule } from '../rule';

const compact = (s: string) => s.replace(/\s+/g, '');

export const sec5Empty: CatalogueRule = {
  id: 'SEC5-EMPTY',
  severity: 'warning',
  appliesTo: '≥2019',
  formula: 'section 五 missing, “无”, or < 30 characters',
  description: { zh: '第五部分（存在的主要问题及改进情况）缺失、为“无”或不足30字', en: 'Section 五 (problems and improvements) missing, “none”, or under 30 characters' },
  reads: ['sections.problems'],
  check({ record }) {
    const y = record.meta.reportYear;
    if (y === null) return result([{ scope: '', outcome: 'notAssessable', note: 'report year unknown' }]);
    if (y < 2019) return notApplicable('before 2019 reports');
    const s = record.sections.problems;
    const text = s ? compact(s.text) : '';
    if (s && text.length >= 30 && !/^无。?$/.test(text)) return result([{ scope: '', outcome: 'pass' }]);
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(sec5Empty, record, {
        zh: s ? `第五部分只有${text.length}个字${text ? `：“${text.slice(0, 20)}”` : ''}` : '没有第五部分“存在的主要问题及改进情况”',
        en: s ? `section 五 has only ${text.length} characters` : 'section 五 (problems and improvements) is missing',
        left: text.length,
        right: 30,
        keys: ['sections.problems'],
        cells: s?.ref ? [s.ref] : [],
      }),
    ]);
  },
};

const FEE_WORDS = /信息处理费|收费|收取.{0,4}费/;
// a 六 saying no fee notice went out (spec: the contradiction of 逾期未缴费 > 0); "未收取信息处理费" is
// no contradiction: notices sent and left unpaid are exactly fees not collected
const NO_FEE = /(未|没有|无)(发出|下发|送达|开具)[^。；]{0,6}收费通知|(未|没有|无)(产生|发生)[^。；]{0,4}(信息处理费|收费)|不收取|无收费情况?$|未收费$/;

export const sec6Fee: CatalogueRule = {
  id: 'SEC6-FEE',
  severity: 'info',
  appliesTo: 'rev2021',
  formula: 'section 六 states whether 信息处理费 was charged; otherHandling.feeUnpaid > 0 contradicts “未发出收费通知/未收费”',
  description: {
    zh: '第六部分应说明信息处理费收取情况；表三“逾期未缴费”不为0而第六部分称未收费则矛盾',
    en: 'Section 六 should state the information-processing fees; fee-unpaid cases in table 3 contradict “no fees charged”',
  },
  reads: ['sections.otherMatters', 'table3.total.otherHandling.feeUnpaid'],
  check({ record }) {
    if (record.meta.formatVersion !== 'rev2021') return notApplicable('rev2021 reports');
    const s = record.sections.otherMatters;
    if (!s) return result([{ scope: '', outcome: 'notAssessable', note: 'section 六 not found (see STRUCT-SECTION-MISSING)' }]);
    const key = 'table3.total.otherHandling.feeUnpaid';
    const unpaid = numberOf(record, key);
    const text = compact(s.text);
    if (unpaid && unpaid > 0 && NO_FEE.test(text))
      return result([{ scope: '', outcome: 'fail' }], [
        makeFinding(sec6Fee, record, {
          outcome: 'info',
          zh: `表三“逾期未按收费通知缴费”为${unpaid}件（发出过收费通知），第六部分却称未收费`,
          en: `table 3 shows ${unpaid} fee-unpaid case(s) (fee notices were sent) but section 六 says no fees`,
          keys: [key, 'sections.otherMatters'],
          cells: [...refsOf(record, [key]), ...(s.ref ? [s.ref] : [])],
        }),
      ]);
    if (FEE_WORDS.test(text)) return result([{ scope: '', outcome: 'pass' }]);
    return result([{ scope: '', outcome: 'fail' }], [
      makeFinding(sec6Fee, record, {
        outcome: 'info',
        zh: '第六部分未说明信息处理费收取情况（国办函〔2020〕109号）',
        en: 'section 六 does not say whether information-processing fees were charged',
        keys: ['sections.otherMatters'],
        cells: s.ref ? [s.ref] : [],
      }),
    ]);
  },
};
