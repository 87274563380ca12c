import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Commitment, Dataset, DatasetEvent, Source, TimeRange } from '../../data/schema';
import { describeParty, joinNames } from '../../derive/describe-party';
import type { ChainStep } from '../../derive/lineage';
import { sourceFacts } from '../../derive/describe-source';
import { readoutLabel } from '../../derive/readout-label';
import { formatDay, formatWhen } from '../../i18n/format-date-range';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import { QuoteWithCues } from './quote-with-cues';

/** Whether the statement being opened was chosen in the chain of the one before. */
let openedFromChain = false;

// The reader is only needed once someone asks to see a source.
const SourceReader = lazy(() => import('../source/source-reader'));

interface CommitmentDetailsProps {
  commitment: Commitment;
  /** The events it refers to. */
  events: readonly DatasetEvent[];
  /** People's names by id, in the current language. */
  personNames: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
  sourceTexts: Readonly<Record<string, string>>;
  countryNames: ReadonlyMap<string, string>;
  domainLabels: ReadonlyMap<string, string>;
  dataset: Dataset;
  /** Its life across readouts, oldest first: itself alone where nothing links to it. */
  chain: readonly ChainStep[];
  language: Language;
  /** Opens another statement (one of its chain). */
  onFocusRecord: (id: string) => void;
  onClose: () => void;
}

/**
 * One coded statement: what it does and how strongly (its cue words marked in the quote), who with
 * whom, when it was stated and agreed, its statuses, the verbatim quote in its source's language,
 * a translation where the interface speaks another language, and the way to the source.
 */
export function CommitmentDetails(props: CommitmentDetailsProps) {
  const { commitment: c, language, countryNames } = props;
  const t = MESSAGES[language];
  const [reading, setReading] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a record from a control takes the reader to it: keyboard and screen-reader users land
  // on its title. A record opened by the URL on load, or by a presenter's keys, leaves focus be.
  // A statement opened from another's chain replaces it, and the button pressed with it: its title takes the focus.
  useEffect(() => {
    if (openedFromChain || (document.activeElement && document.activeElement !== document.body)) heading.current?.focus();
    openedFromChain = false;
  }, []);
  const evidence = reading === null ? undefined : c.evidence[reading];
  const source = evidence && props.sources.get(evidence.sourceId);
  const personName = (id: string) => props.personNames.get(id) ?? id;
  // A date with the source's own words, so an open or unknown date reads as what the text says.
  const dated = (when: TimeRange) => `${formatWhen(when, language)}, « ${when.wording} »`;
  const own = props.sources.get(c.evidence[0]?.sourceId ?? '');
  const readoutOf = (sourceId: string) => {
    const source = props.sources.get(sourceId);
    return source ? readoutLabel(source, props.dataset, language) : sourceId;
  };

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
        <dt>{t.statementType}</dt>
        <dd>
          {t.statementTypes[c.statementType]} <span className="muted">— {t.statementTypeRules[c.statementType]}</span>
        </dd>
        <dt>{t.strength}</dt>
        <dd>
          {t.strengths[c.strength]} <span className="muted">— {t.strengthRules[c.strength]}</span>
        </dd>
        <dt>{t.cues}</dt>
        <dd>{c.cues.map((cue) => `« ${cue.text} »`).join(', ')}</dd>
        <dt>{t.madeBy}</dt>
        <dd>{describeParty(c.makerIds, countryNames, language)}</dd>
        {c.partnerIds.length > 0 && (
          <>
            <dt>{t.partners}</dt>
            <dd>{describeParty(c.partnerIds, countryNames, language)}</dd>
          </>
        )}
        <dt>{t.concerns}</dt>
        <dd>{joinNames(c.countryIds.map((id) => countryNames.get(id) ?? id), language)}</dd>
        {c.speakerIds.length > 0 && (
          <>
            <dt>{t.speakers}</dt>
            <dd>{joinNames(c.speakerIds.map(personName), language)}</dd>
          </>
        )}
        {c.agreedByIds.length > 0 && (
          <>
            <dt>{t.agreedBy}</dt>
            <dd>{joinNames(c.agreedByIds.map(personName), language)}</dd>
          </>
        )}
        <dt>{t.domains}</dt>
        <dd>{c.domainIds.map((id) => props.domainLabels.get(id) ?? id).join(', ')}</dd>
        <dt>{t.kind}</dt>
        <dd>{t.kinds[c.kind]}</dd>
        <dt>{t.madeOn}</dt>
        <dd>{dated(c.stated)}</dd>
        {c.agreed && (
          <>
            <dt>{t.agreed}</dt>
            <dd>{dated(c.agreed)}</dd>
          </>
        )}
        {props.events.length > 0 && (
          <>
            <dt>{t.refersTo}</dt>
            <dd>
              {props.events.map((e) => (
                <span key={e.id} className="details__event">
                  {e.title[language]} ({dated(e.when)})
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t.status}</dt>
        <dd>
          <ol className="details__statuses">
            {c.statusHistory.map((entry, i) => (
              <li key={i}>
                {t.statusAsOf(t.statuses[entry.status], formatDay(entry.asOf, language))}
                {/* A status reported by a later readout says which. */}
                {entry.evidence.sourceId !== own?.id && <span className="muted"> — {readoutOf(entry.evidence.sourceId)}</span>}
              </li>
            ))}
          </ol>
        </dd>
        {/* With one readout, the page's header names it; the source reader describes it in full. */}
        {own && props.dataset.sources.length > 1 && (
          <>
            <dt>{t.readout}</dt>
            <dd>
              {own.title[language]}{' '}
              <span className="muted">
                ({[readoutLabel(own, props.dataset, language), t.languageNames[own.language] ?? own.language, t.extents[own.extent], own.published === null ? t.publishedUnknown : t.publishedOn(formatDay(own.published, language))].join('; ')}
                {'; '}
                {own.address === null ? t.addressUnknown : <a href={own.address} rel="noreferrer noopener" target="_blank">{own.address}</a>})
              </span>
            </dd>
          </>
        )}
      </dl>
      {(props.chain.length > 1 || props.dataset.sources.length > 1) && (
        <section className="details__lineage" aria-labelledby="details-lineage">
          <h4 id="details-lineage" className="details__label">
            {t.lineageHeading}
          </h4>
          {props.chain.length > 1 ? (
            <ol className="details__chain">
              {props.chain.map((step) => (
                <li key={step.commitment.id} aria-current={step.commitment.id === c.id ? 'step' : undefined}>
                  <span className="details__chain-kind">{t.lineageNames[step.lineage]}</span> · {readoutOf(step.commitment.evidence[0]?.sourceId ?? '')}:{' '}
                  {step.commitment.id === c.id ? (
                    <>
                      {step.commitment.title[language]} <span className="muted">{t.thisStatement}</span>
                    </>
                  ) : (
                    <button type="button" className="link-button" aria-label={t.openStatement(step.commitment.title[language])}
                      onClick={() => {
                        openedFromChain = true;
                        props.onFocusRecord(step.commitment.id);
                      }}
                    >
                      {step.commitment.title[language]}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t.lineageAlone}</p>
          )}
        </section>
      )}
      {c.evidence.map((item, i) => {
        const sourceLanguage = props.sources.get(item.sourceId)?.language ?? language;
        const translation = sourceLanguage === language ? undefined : item.translations[language];
        return (
          <figure key={`${item.sourceId}-${item.start}`} className="details__evidence">
            <figcaption className="details__label">{t.quoteIn(t.languageNames[sourceLanguage] ?? sourceLanguage)}</figcaption>
            <QuoteWithCues evidence={item} cues={c.cues} language={sourceLanguage} />
            {translation !== undefined && (
              <>
                <p className="details__label">{t.translationIn(t.languageNames[language] ?? language)}</p>
                <p lang={language} className="details__translation">
                  {translation}
                </p>
              </>
            )}
            <button type="button" className="button button--secondary" onClick={() => setReading(i)}>
              {t.showInSource}
            </button>
          </figure>
        );
      })}
      {evidence && source && (
        <Suspense fallback={null}>
          <SourceReader
            title={source.title[language]}
            about={sourceFacts(source, props.dataset, language)}
            textLanguage={source.language}
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
