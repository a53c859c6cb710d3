import type { Finding } from '../../src/model/finding';

const SEV_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function FindingList({ findings, empty, testId }: { findings: Finding[]; empty: string; testId?: string }) {
  if (findings.length === 0) return <p class="muted" data-testid={testId}>{empty}</p>;
  return (
    <ul class="findings" data-testid={testId}>
      {findings.map((f, i) => (
        <li key={i} class={`sev-${f.severity}`} data-testid="finding">
          <strong>{SEV_LABEL[f.severity]}</strong> <code>{f.rule}</code>
          {f.scope ? ` [${f.scope}]` : ''} {f.message.zh}
          <span class="muted"> — {f.message.en}</span>
          {f.formula && <div class="formula">{f.formula}</div>}
          {f.note && <div class="muted">{f.note}</div>}
        </li>
      ))}
    </ul>
  );
}
