// isAmountKey became `endsWith('Yuan')` (issue #7: it ran a Map lookup per number cell). Pin it
// to the definition it replaced on the amount keys, their 历年累计 twins and look-alikes.
import { describe, expect, it } from 'vitest';
import { AMOUNT_KEYS, isAmountKey } from '../../../src/checks/keys';

const byDefinition = (key: string) => AMOUNT_KEYS.has(key.replace(/^legacyStats\.cumulative\./, 'legacyStats.')) || /WanYuan$|Yuan$/.test(key);

describe('isAmountKey', () => {
  it('agrees with AMOUNT_KEYS ∪ /WanYuan$|Yuan$/', () => {
    const keys = [
      ...AMOUNT_KEYS,
      ...[...AMOUNT_KEYS].map((k) => k.replace(/^legacyStats\./, 'legacyStats.cumulative.')),
      'table2.adminFees.amountWanYuan.x', 'table2.adminFees.amount', 'legacyStats.requestFees', 'table3.total.granted',
      'legacyStats.cumulative.requests.received', 'x.Yuan', 'Yuan', 'yuan', 'table2.centralProcurement.amountyuan', '',
    ];
    for (const k of keys) expect(isAmountKey(k), k).toBe(byDefinition(k));
  });
});
