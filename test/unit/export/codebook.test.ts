import { describe, expect, it } from 'vitest';
import { codebook } from '../../../src/export/codebook';

describe('codebook', () => {
  const cb = codebook();
  it('has unique keys covering tables 2–4 and the legacy appendix', () => {
    const keys = cb.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    // 8 columns × 29 rows of table 3, 15 cells of table 4
    expect(cb.filter((e) => e.table === 'table3')).toHaveLength(8 * 29);
    expect(cb.filter((e) => e.table === 'table4')).toHaveLength(15);
    for (const k of ['table2.regulations.inForce', 'table2.adminFees.amountWanYuan', 'table2.centralProcurement.amountYuan', 'table3.total.otherHandling.feeUnpaid', 'legacyStats.org.staffPartTime', 'legacyStats.requests.deniedOtherLaw'])
      expect(keys).toContain(k);
  });
  it('records format versions per key (shared decisions key, 2021-only rows)', () => {
    const get = (k: string) => cb.find((e) => e.key === k)!;
    expect(get('table2.licensing.decisions').formats.sort()).toEqual(['rev2021', 'trial2019']);
    expect(get('table2.regulations.issued').formats).toEqual(['rev2021']);
    expect(get('table3.total.otherHandling.noCorrection').formats).toEqual(['rev2021']);
    expect(get('table3.total.denied.subtotal').derived).toBe(true);
    expect(get('table3.commercialEnterprise.granted').label).toBe('表三 三、（一）予以公开 · 法人或其他组织·商业企业');
  });
});
