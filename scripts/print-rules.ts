// `npm run rules [-- --markdown]`: the rule catalogue as a table, from the RULES the code runs.
import { RULES } from '../src/checks/index';

const markdown = process.argv.includes('--markdown');
const header = ['id', 'severity', 'applies to', 'formula', 'description'];
const rows = RULES.map((r) => [r.id + (r.crossYear ? ' (pair)' : ''), r.severity, r.appliesTo, r.formula, `${r.description.zh} / ${r.description.en}`]);

// East Asian wide characters take two columns in a terminal.
const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

if (markdown) {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.map(esc).join(' | ')} |`);
} else {
  // the last column is left unpadded so long descriptions do not widen every line
  const widths = header.slice(0, -1).map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i < widths.length ? pad(c, widths[i]!) : c)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-+-') + '-+-' + '-'.repeat(11));
  for (const r of rows) console.log(line(r));
}
console.error(`${RULES.length} rules`);
