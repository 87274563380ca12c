import { useState } from 'react';
import type { Commitment } from '../../data/schema';
import { describeRecord } from '../../derive/describe-record';
import type { Noun } from '../../i18n/noun';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';

interface CommitmentListProps {
  /** The commitments that match the filters, in dataset order. */
  commitments: readonly Commitment[];
  /** What the list holds: undertakings, or statements of several types. */
  noun: Noun;
  countryNames: ReadonlyMap<string, string>;
  domainLabels: ReadonlyMap<string, string>;
  focusedId: string | null;
  language: Language;
  onFocusRecord: (id: string) => void;
  onReset: () => void;
}

/** Rows drawn at first, and added by each "Show more": long lists are drawn a page at a time. */
export const LIST_PAGE = 100;

/**
 * The filtered commitments, one line of facts each; a click opens the quote and source.
 * A long list shows its first page and grows on request; the focused record is always shown.
 */
export function CommitmentList({ commitments, noun, countryNames, domainLabels, focusedId, language, onFocusRecord, onReset }: CommitmentListProps) {
  const t = MESSAGES[language];
  // The page count belongs to one list: new filters start again from the first page.
  const [paging, setPaging] = useState({ of: commitments, pages: 1 });
  const pages = paging.of === commitments ? paging.pages : 1;
  const focusedAt = focusedId ? commitments.findIndex((c) => c.id === focusedId) : -1;
  const shown = Math.min(commitments.length, Math.max(pages * LIST_PAGE, focusedAt + 1));
  const more = Math.min(LIST_PAGE, commitments.length - shown);
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
    <>
      <ul className="commitment-list" aria-label={t.count(commitments.length, noun)}>
        {commitments.slice(0, shown).map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="commitment-list__item"
              aria-current={c.id === focusedId ? 'true' : undefined}
              onClick={() => onFocusRecord(c.id)}
            >
              <span className="commitment-list__title">{c.title[language]}</span>
              <span className="commitment-list__meta">
                {describeRecord(c, countryNames, language)}
              </span>
              <span className="commitment-list__domains">{c.domainIds.map((id) => domainLabels.get(id) ?? id).join(', ')}</span>
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button type="button" className="button button--secondary commitment-list__more" onClick={() => setPaging({ of: commitments, pages: Math.ceil(shown / LIST_PAGE) + 1 })}>
          {t.showMore(more, commitments.length)}
        </button>
      )}
    </>
  );
}
