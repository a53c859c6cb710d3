// Table 4 (行政复议、行政诉讼), spec §3.4: one data row of 15 values.
export const T4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const T4_OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** The 15 keys in print order. */
export const T4_KEYS: string[] = T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => `table4.${g}.${o}`));

/** Header words; the data row follows the last of them. Variants from seed 001 included. */
export const T4_HEADER_WORD = /结\s*果\s*维\s*持|结\s*果\s*纠\s*正|其\s*[他它]\s*结\s*果|尚\s*未\s*审\s*[结计]|总\s*计|合\s*计|复\s*议\s*后\s*起\s*诉|直\s*接\s*起\s*诉|行\s*政\s*诉\s*讼|行\s*政\s*复\s*议/g;

/**
 * Printed variants worth reporting (LABEL-VARIANT). A group's name marks the group's cells (`keys`);
 * a column's name is printed in one group or in all of them, which the reader does not place, so it
 * is reported by the parse note alone.
 */
export const T4_VARIANTS: Array<{ printed: RegExp; text: string; canonical: string; keys?: RegExp }> = [
  { printed: /未经审议直接起诉/, text: '未经审议直接起诉', canonical: '未经复议直接起诉', keys: /^table4\.litigationDirect\./ },
  { printed: /尚未审计/, text: '尚未审计', canonical: '尚未审结' },
  { printed: /其\s*它\s*结\s*果/, text: '其它结果', canonical: '其他结果' },
];
