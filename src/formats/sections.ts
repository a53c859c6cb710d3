// Section headings (一、总体情况 … 六、其他需要报告的事项) with the variants of spec §6 and the
// pre-2019 outlines of §2.1. A heading is a CJK numeral + '、' followed by one of these.
import type { SectionKey } from '../model/record';

export const SECTION_PATTERNS: Array<{ key: SectionKey; re: RegExp }> = [
  { key: 'overview', re: /(?:总体情况|总体公开情况|概述|概况|年度政府信息公开工作概述|基本情况)/ },
  { key: 'activeDisclosure', re: /(?:政府信息)?主动公开(?:政府信息)?(?:的|工作)?情况/ },
  { key: 'applications', re: /(?:收到和处理政府信息公开申请情况|(?:政府信息)?依申请公开[^、。，\n|]{0,16}?情况)/ },
  { key: 'fees', re: /(?:政府信息公开的?)?收费及减免情况/ },
  { key: 'reviewLitigation', re: /[^。\n|]{0,24}?行政(?:法)?复议[^。\n|]{0,12}?(?:行政)?诉讼[^。\n|]{0,6}?情况/ },
  // 主要 is often left out ("存在的问题及改进措施"), and 其它 is an everyday spelling of 其他
  { key: 'problems', re: /[^。\n|]{0,16}?存在的?(?:主要)?问题(?:及|和|与)?(?:改进|整改)(?:情况|措施|方向)/ },
  { key: 'otherMatters', re: /其[他它](?:需要|应)?报告的?事项/ },
  { key: 'appendix', re: /[^。\n|]{0,24}?(?:统计表|附表)/ },
];
