// Typical non-report pages of a government portal, generated: detection runs on every one of
// them, so its cost there is what every visitor pays. Sizes are like real portals (30–150 KB):
// long navigation menus, link lists, a footer. Plus any page the e2e tests keep in test/e2e/pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchPage, REPO_ROOT, escapeHtml, wrap } from './fixture-pages';

const MENU = ['首页', '政务公开', '政府信息公开', '政务服务', '互动交流', '走进平潭', '专题专栏', '政策解读', '新闻中心', '通知公告'];
const NEWS = ['召开全区安全生产工作会议', '开展“我为群众办实事”实践活动', '2023年第三季度经济运行情况', '关于征求意见的公告', '举办政务公开培训班', '推进优化营商环境工作'];

function nav(): string {
  const items = MENU.map((m, i) => `<li><a href="/col/${i}/">${m}</a><ul>${MENU.map((s, j) => `<li><a href="/col/${i}/${j}/">${s}子栏目${j}</a></li>`).join('')}</ul></li>`);
  return `<div class="header"><img src="/logo.png" alt="logo"><ul class="nav">${items.join('')}</ul></div>`;
}

function footer(): string {
  return `<div class="footer"><p>主办单位：某某市人民政府办公室 承办单位：某某市大数据中心</p><p>网站标识码：3501000001 闽ICP备05000000号 闽公网安备 35010002000001号</p><p>联系电话：0591-12345678 地址：某某市某某路1号</p></div>`;
}

function newsList(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const t = NEWS[i % NEWS.length]!;
    return `<li><a href="/xw/2023${String(1 + (i % 12)).padStart(2, '0')}/t2023_${1000 + i}.htm" title="${t}">${t}（${i}）</a><span>2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}</span></li>`;
  });
  return `<ul class="list">${rows.join('')}</ul><div class="page">共${n}条 第1页 <a href="?p=2">下一页</a></div>`;
}

function article(paras: number): string {
  const body = Array.from({ length: paras }, (_, i) => `<p>${NEWS[i % NEWS.length]}。会议强调，要坚持以人民为中心的发展思想，全年共办理事项${1200 + i * 7}件，同比增长${(i % 9) + 1}.${i % 10}%，涉及资金${i * 13 + 5}万元。</p>`);
  return `<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xw/">新闻中心</a></div><h1>${NEWS[0]}</h1><div class="info">发布时间：2023-10-11 来源：办公室</div><div class="content">${body.join('')}</div>`;
}

/** A table-heavy non-report page (budget statistics) — tables alone must not trigger a report. */
function statsTable(rows: number): string {
  const tr = Array.from({ length: rows }, (_, i) => `<tr><td>${i + 1}</td><td>项目${i}</td><td>${i * 31}</td><td>${i * 17}</td><td>${i * 48}</td></tr>`);
  return `<h1>2023年部门预算公开表</h1><table border="1"><tr><th>序号</th><th>项目</th><th>上年</th><th>本年</th><th>合计</th></tr>${tr.join('')}</table>`;
}

/** The annual-report column itself: a list of report titles, but not a report. */
function reportIndex(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `<li><a href="/zfxxgknb/${2008 + (i % 16)}/t_${i}.htm">某某局${2008 + (i % 16)}年政府信息公开工作年度报告</a><span>${2009 + (i % 16)}-01-20</span></li>`);
  return `<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div><ul class="list">${rows.join('')}</ul>`;
}

const site = (title: string, main: string) => wrap(title, `${nav()}<div class="main">${main}</div>${footer()}`);

export function portalPages(): BenchPage[] {
  const made: [string, string, string][] = [
    ['portal-home', '某某市人民政府门户网站', `${newsList(60)}${newsList(60)}`],
    ['portal-news-list', '新闻中心 - 某某市人民政府', newsList(300)],
    ['portal-article', `${NEWS[0]} - 某某市人民政府`, article(80)],
    ['portal-budget-table', '2023年部门预算公开 - 某某市财政局', statsTable(400)],
    ['portal-report-index', '政府信息公开年报 - 某某市人民政府', reportIndex(120)],
  ];
  const pages: BenchPage[] = made.map(([name, title, main]) => {
    const html = site(title, main);
    return { name, kind: 'portal', url: `https://www.example.gov.cn/${name}/index.html`, html, sourceBytes: Buffer.byteLength(html) };
  });
  const dir = join(REPO_ROOT, 'test/e2e/pages');
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.html')) continue;
      const html = readFileSync(join(dir, file), 'utf8');
      pages.push({ name: `e2e-${file.replace(/\.html$/, '')}`, kind: 'portal', url: `https://www.example.gov.cn/pages/${escapeHtml(file)}`, html, sourceBytes: Buffer.byteLength(html) });
    }
  }
  return pages;
}
