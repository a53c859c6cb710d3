// A report page as data (tables as rows of cells with their spans), so the fuzzer can mutate
// its structure and then render it. The base page follows the 2021 template (spec
// report-formats.md §4): table 2 (four sub-tables), table 3 (applications, 7 value columns)
// and table 4 (15 value columns), with the headers' real rowspan/colspan layout.
import { escapeHtml } from '../../scripts/bench/fixture-pages';

export interface Cell {
  text: string;
  rowspan?: string;
  colspan?: string;
  th?: boolean;
  /** a value cell (not a label): number mutations target these */
  value?: boolean;
  /** a table rendered inside this cell */
  nested?: Table;
}
export type Row = Cell[];
export interface Table {
  rows: Row[];
}
export interface Page {
  title: string;
  /** paragraphs and tables in order */
  blocks: (string | Table)[];
  /** wrap the body in this many nested <div>s */
  depth: number;
}

const v = (n: number): Cell => ({ text: String(n), value: true });
const l = (text: string, colspan?: number, rowspan?: number): Cell => ({
  text,
  ...(colspan ? { colspan: String(colspan) } : {}),
  ...(rowspan ? { rowspan: String(rowspan) } : {}),
});

/** Draws value i from the pool (cycled), so a page needs only a short list of numbers. */
function take(pool: number[]): () => number {
  let i = 0;
  return () => pool[i++ % Math.max(1, pool.length)] ?? 0;
}

export function table2(next: () => number): Table {
  return {
    rows: [
      [l('第二十条第（一）项', 4)],
      [l('信息内容'), l('本年制发件数'), l('本年废止件数'), l('现行有效件数')],
      [l('规章'), v(next()), v(next()), v(next())],
      [l('行政规范性文件'), v(next()), v(next()), v(next())],
      [l('第二十条第（五）项', 4)],
      [l('信息内容'), l('本年处理决定数量', 3)],
      [l('行政许可'), { ...v(next()), colspan: '3' }],
      [l('第二十条第（六）项', 4)],
      [l('信息内容'), l('本年处理决定数量', 3)],
      [l('行政处罚'), { ...v(next()), colspan: '3' }],
      [l('行政强制'), { ...v(next()), colspan: '3' }],
      [l('第二十条第（八）项', 4)],
      [l('信息内容'), l('本年收费金额（单位：万元）', 3)],
      [l('行政事业性收费'), { ...v(next()), colspan: '3' }],
    ],
  };
}

const DENIED = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'];
const UNAVAILABLE = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'];
const NOT_PROCESSED = ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'];
const OTHER = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'];

export function table3(next: () => number): Table {
  const values = () => Array.from({ length: 7 }, () => v(next()));
  const group = (head: string, items: string[]): Row[] =>
    items.map((item, i) => [...(i === 0 ? [l(head, undefined, items.length)] : []), l(item), ...values()]);
  const resultRows = 2 + DENIED.length + UNAVAILABLE.length + NOT_PROCESSED.length + OTHER.length + 1;
  return {
    rows: [
      [l('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), l('申请人情况', 7)],
      [l('自然人', undefined, 2), l('法人或其他组织', 5), l('总计', undefined, 2)],
      [l('商业企业'), l('科研机构'), l('社会公益组织'), l('法律服务机构'), l('其他')],
      [l('一、本年新收政府信息公开申请数量', 3), ...values()],
      [l('二、上年结转政府信息公开申请数量', 3), ...values()],
      [l('三、本年度办理结果', undefined, resultRows), l('（一）予以公开', 2), ...values()],
      [l('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2), ...values()],
      ...group('（三）不予公开', DENIED),
      ...group('（四）无法提供', UNAVAILABLE),
      ...group('（五）不予处理', NOT_PROCESSED),
      ...group('（六）其他处理', OTHER),
      [l('（七）总计', 2), ...values()],
      [l('四、结转下年度继续办理', 3), ...values()],
    ],
  };
}

export function table4(next: () => number): Table {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return {
    rows: [
      [l('行政复议', 5), l('行政诉讼', 10)],
      [...results.map((r) => l(r, undefined, 2)), l('未经复议直接起诉', 5), l('复议后起诉', 5)],
      [...results.map((r) => l(r)), ...results.map((r) => l(r))],
      Array.from({ length: 15 }, () => v(next())),
    ],
  };
}

/** A whole 2021-format report page; `pool` supplies the printed numbers in order. */
export function reportPage(year: number, agency: string, pool: number[]): Page {
  const next = take(pool);
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  return {
    title,
    depth: 0,
    blocks: [
      title,
      `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
      '一、总体情况',
      `${year}年，主动公开政府信息${next()}条，收到政府信息公开申请${next()}件。`,
      '二、主动公开政府信息情况',
      table2(next),
      '三、收到和处理政府信息公开申请情况',
      table3(next),
      '四、政府信息公开行政复议、行政诉讼情况',
      table4(next),
      '五、存在的主要问题及改进情况',
      '一是公开质量有待提高。',
      '六、其他需要报告的事项',
      '本年度没有产生信息公开处理费。',
    ],
  };
}

function renderTable(t: Table): string {
  const rows = t.rows.map(
    (row) =>
      `<tr>${row
        .map((c) => {
          const tag = c.th ? 'th' : 'td';
          const attrs = `${c.rowspan !== undefined ? ` rowspan="${escapeHtml(c.rowspan)}"` : ''}${c.colspan !== undefined ? ` colspan="${escapeHtml(c.colspan)}"` : ''}`;
          return `<${tag}${attrs}>${escapeHtml(c.text)}${c.nested ? renderTable(c.nested) : ''}</${tag}>`;
        })
        .join('')}</tr>`,
  );
  return `<table border="1"><tbody>${rows.join('')}</tbody></table>`;
}

export function renderPage(p: Page): string {
  const body = p.blocks.map((b) => (typeof b === 'string' ? `<p>${escapeHtml(b)}</p>` : renderTable(b))).join('\n');
  const open = '<div>'.repeat(p.depth);
  const close = '</div>'.repeat(p.depth);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(p.title)}</title></head><body>${open}${body}${close}</body></html>`;
}
