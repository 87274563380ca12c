import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Commitment, DatasetEvent, Source } from '../../data/schema';
import { describeParty, joinNames } from '../../derive/describe-party';
import { formatDateRange, formatDay } from '../../i18n/format-date-range';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';

// The reader is only needed once someone asks to see a source.
const SourceReader = lazy(() => import('../source/source-reader'));

interface CommitmentDetailsProps {
  commitment: Commitment;
  /** The events it refers to. */
  events: readonly DatasetEvent[];
  sources: ReadonlyMap<string, Source>;
  sourceTexts: Readonly<Record<string, string>>;
  countryNames: ReadonlyMap<string, string>;
  domainLabels: ReadonlyMap<string, string>;
  language: Language;
  onClose: () => void;
}

/** One commitment with its facts, the French quote it rests on, its translation, and the way to the source. */
export function CommitmentDetails(props: CommitmentDetailsProps) {
  const { commitment: c, language, countryNames } = props;
  const t = MESSAGES[language];
  const [reading, setReading] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a record from a control takes the reader to it: keyboard and screen-reader users land
  // on its title. A record opened by the URL on load, or by a presenter's keys, leaves focus be.
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) heading.current?.focus();
  }, []);
  const evidence = reading === null ? undefined : c.evidence[reading];
  const source = evidence && props.sources.get(evidence.sourceId);

  return (
    <article className="details" aria-labelledby="details-title">
      <div className="details__head">
        <h3 id="details-title" ref={heading} tabIndex={-1}>
          {c.title[language]}
        </h3>
        <button type="button" className="icon-button" aria-label={t.closeDetails} onClick={props.onClose}>
          ×
        </button>
      </div>
      <dl className="details__facts">
        <dt>{t.madeBy}</dt>
        <dd>{describeParty(c.madeBy, countryNames, language)}</dd>
        <dt>{t.concerns}</dt>
        <dd>{joinNames(c.countryIds.map((id) => countryNames.get(id) ?? id), language)}</dd>
        <dt>{t.domains}</dt>
        <dd>{c.domainIds.map((id) => props.domainLabels.get(id) ?? id).join(', ')}</dd>
        <dt>{t.kind}</dt>
        <dd>{t.kinds[c.kind]}</dd>
        <dt>{t.madeOn}</dt>
        <dd>{formatDay(c.madeOn, language)}</dd>
        {props.events.length > 0 && (
          <>
            <dt>{t.refersTo}</dt>
            <dd>
              {props.events.map((e) => (
                <span key={e.id} className="details__event">
                  {e.title[language]} ({formatDateRange(e.when, language)}, «&nbsp;<span lang="fr">{e.when.wording}</span>&nbsp;»)
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t.status}</dt>
        <dd>{t.statuses[c.status]}</dd>
      </dl>
      {c.evidence.map((item, i) => (
        <figure key={`${item.sourceId}-${item.start}`} className="details__evidence">
          <figcaption className="details__label">{t.quoteFr}</figcaption>
          <blockquote lang="fr" className="details__quote">
            {item.quote}
          </blockquote>
          <p className="details__label">{t.translationEn}</p>
          <p lang="en" className="details__translation">
            {item.translation}
          </p>
          <button type="button" className="button button--secondary" onClick={() => setReading(i)}>
            {t.showInSource}
          </button>
        </figure>
      ))}
      {evidence && source && (
        <Suspense fallback={null}>
          <SourceReader
            title={source.title[language]}
            text={props.sourceTexts[source.id] ?? ''}
            highlight={{ start: evidence.start, end: evidence.end }}
            language={language}
            onClose={() => setReading(null)}
          />
        </Suspense>
      )}
    </article>
  );
}
