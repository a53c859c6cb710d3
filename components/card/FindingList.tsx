// The findings, worst first; each is a button that scrolls to and pulses its cells in the page.
import { useState } from 'preact/hooks';
import type { Finding, Severity } from '../../src/model/finding';
import { short } from '../../src/ui/headline';
import { t, type Lang } from '../../src/ui/messages';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

export function FindingList(props: {
  findings: Finding[];
  lang: Lang;
  onFocus(f: Finding): boolean;
  testid?: string;
}) {
  const { lang } = props;
  const [missing, setMissing] = useState<number | null>(null);
  if (props.findings.length === 0) return <p class="muted">{t(lang, 'noFindings')}</p>;
  return (
    <ul class="findings" data-testid={props.testid ?? 'finding-list'}>
      {sortFindings(props.findings).map((f, i) => (
        <li key={`${f.rule}-${i}`}>
          <button
            type="button"
            class={`finding sev-${f.severity}`}
            data-testid="finding"
            data-rule={f.rule}
            onClick={() => setMissing(props.onFocus(f) || f.cells.length === 0 ? null : i)}
          >
            <span class="sev" aria-label={t(lang, f.severity)}>
              {f.severity === 'error' ? '✖' : f.severity === 'warning' ? '▲' : 'ℹ'}
            </span>
            <span class="rule">{short(f.rule, 40)}</span>
            {f.scope && <span class="scope">{short(f.scope, 40)}</span>}
            <span class="msg">{short(f.message[lang] || f.message.zh, 300)}</span>
            {f.formula && <code class="formula">{short(f.formula, 200)}</code>}
            {f.outcome === 'notAssessable' && <span class="na">{t(lang, 'notAssessable')}</span>}
            {missing === i && <span class="na" role="status">{t(lang, 'cellNotFound')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
