// What the parser could not read exactly (record.warnings), listed under a summary line so the
// card stays short: a reader can see which rows were cut short or read several ways, in their
// language (src/model/parser-text.ts). Page text is rendered as text only.
import type { ParseWarning } from '../../src/model/record';
import { warningText } from '../../src/model/parser-text';
import { t, type Lang } from '../../src/ui/messages';

/** more than this many are summed up in one line */
const SHOWN = 20;

export function ParseNotes({ warnings, lang }: { warnings: ParseWarning[]; lang: Lang }) {
  if (warnings.length === 0) return null;
  const rest = warnings.length - SHOWN;
  return (
    <details class="muted parse-notes" data-testid="parse-warnings">
      <summary>{t(lang, 'parseWarnings', { count: warnings.length })}</summary>
      <ul>
        {warnings.slice(0, SHOWN).map((w, i) => (
          <li key={i} data-testid="parse-warning">{warningText(w, lang)}</li>
        ))}
        {rest > 0 && <li>{t(lang, 'parseWarningsMore', { count: rest })}</li>}
      </ul>
    </details>
  );
}
