import { parseHTML } from 'linkedom';
import { parseDocument } from './src/parse/index';
import { pageHtml } from './src/extract/page-source';
const TITLE = '平潭县2017年政府信息公开工作年度报告';
for (const row of process.argv.slice(2)) {
  const text = `${TITLE} 附件：政府信息公开情况统计表 统计指标 单位 统计数 一、主动公开情况 （一）主动公开政府信息数 条 463 六、举报投诉数量 件 5 ${row} 八、机构建设和保障经费情况 （一）政府信息公开工作专门机构数 个 1`;
  const { record } = await parseDocument(parseHTML(pageHtml(text, true)).document as unknown as Document, { url: 'https://www.pingtan.gov.cn/a/b.htm' });
  const c = Object.fromEntries(Object.entries(record.cells).filter(([k]) => k.startsWith('legacy')).map(([k, v]) => [k.replace('legacyStats.', ''), `${v.value} raw=${v.raw} ${v.unit ?? ''}`]));
  console.log(row, '\n ', JSON.stringify(c), '\n ', record.warnings.map((w) => w.message).join(' || '));
}
