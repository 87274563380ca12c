import type { Commitment } from '../../data/schema';
import { describeParty } from '../../derive/describe-party';
import { formatDay } from '../../i18n/format-date-range';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';

interface CommitmentListProps {
  /** The commitments that match the filters, in dataset order. */
  commitments: readonly Commitment[];
  countryNames: ReadonlyMap<string, string>;
  domainLabels: ReadonlyMap<string, string>;
  focusedId: string | null;
  language: Language;
  onFocusRecord: (id: string) => void;
  onReset: () => void;
}

/** The filtered commitments, one line of facts each; a click opens the quote and source. */
export function CommitmentList({ commitments, countryNames, domainLabels, focusedId, language, onFocusRecord, onReset }: CommitmentListProps) {
  const t = MESSAGES[language];
  if (commitments.length === 0) {
    return (
      <div className="empty-state" role="status">
        <p>{t.noResults}</p>
        <p className="muted">{t.widenHint}</p>
        <button type="button" className="button" onClick={onReset}>
          {t.resetFilters}
        </button>
      </div>
    );
  }
  return (
    <ul className="commitment-list" aria-label={t.commitmentCount(commitments.length)}>
      {commitments.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className="commitment-list__item"
            aria-current={c.id === focusedId ? 'true' : undefined}
            onClick={() => onFocusRecord(c.id)}
          >
            <span className="commitment-list__title">{c.title[language]}</span>
            <span className="commitment-list__meta">
              {describeParty(c.madeBy, countryNames, language)} · {t.kinds[c.kind]} · {formatDay(c.madeOn, language)} · {t.statuses[c.status]}
            </span>
            <span className="commitment-list__domains">{c.domainIds.map((id) => domainLabels.get(id) ?? id).join(', ')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
