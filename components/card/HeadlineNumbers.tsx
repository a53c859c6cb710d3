// The headline figures of a report: 主动公开, applications with outcomes, reviews and lawsuits.
import type { Headline } from '../../src/ui/headline';
import { groupDigits } from '../../src/ui/group-digits';
import { t, type Lang, type MessageKey } from '../../src/ui/messages';

function num(v: number | null, lang: Lang): string {
  return v === null ? t(lang, 'noValue') : groupDigits(v);
}

function Figure(props: { id: string; label: string; value: number | null; lang: Lang }) {
  return (
    <div class="fig">
      <dt>{props.label}</dt>
      <dd data-testid={`num-${props.id}`}>{num(props.value, props.lang)}</dd>
    </div>
  );
}

const OUTCOMES: Array<[keyof Headline['applications'], MessageKey]> = [
  ['granted', 'granted'],
  ['partiallyGranted', 'partiallyGranted'],
  ['denied', 'denied'],
  ['unavailable', 'unavailable'],
  ['notProcessed', 'notProcessed'],
  ['otherHandling', 'otherHandling'],
];

export function HeadlineNumbers({ h, lang }: { h: Headline; lang: Lang }) {
  const a = h.applications;
  const outcomes = OUTCOMES.filter(([k]) => a[k] !== null);
  return (
    <div class="numbers">
      <dl class="row">
        <Figure id="proactive" label={t(lang, 'proactive')} value={h.proactive} lang={lang} />
        <Figure id="reviews" label={t(lang, 'reviews')} value={h.reviews} lang={lang} />
        <Figure id="lawsuits" label={t(lang, 'lawsuits')} value={h.lawsuits} lang={lang} />
      </dl>
      <h3 class="sub">{t(lang, 'applications')}</h3>
      <dl class="row">
        <Figure id="newReceived" label={t(lang, 'newReceived')} value={a.newReceived} lang={lang} />
        <Figure id="carriedOver" label={t(lang, 'carriedOver')} value={a.carriedOver} lang={lang} />
        <Figure id="processed" label={t(lang, 'processed')} value={a.processed} lang={lang} />
        <Figure id="carriedForward" label={t(lang, 'carriedForward')} value={a.carriedForward} lang={lang} />
      </dl>
      {outcomes.length > 0 && (
        <dl class="row small" data-testid="outcomes">
          {outcomes.map(([k, label]) => (
            <Figure key={k} id={k} label={t(lang, label)} value={a[k]} lang={lang} />
          ))}
        </dl>
      )}
    </div>
  );
}
