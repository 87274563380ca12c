import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
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
  /**
   * The height of the panel the list stands in, when it must fit it: only the rows that fit are
   * shown, with how many more there are (a presentation, where nobody can scroll).
   */
  fitHeight?: number;
}

/** Rows drawn at first, and added by each "Show more": long lists are drawn a page at a time. */
export const LIST_PAGE = 100;

/**
 * The filtered commitments, one line of facts each; a click opens the quote and source.
 * A long list shows its first page and grows on request; the focused record is always shown.
 */
export function CommitmentList({ commitments, noun, countryNames, domainLabels, focusedId, language, onFocusRecord, onReset, fitHeight }: CommitmentListProps) {
  const t = MESSAGES[language];
  // The page count belongs to one list: new filters start again from the first page.
  const [paging, setPaging] = useState({ of: commitments, pages: 1 });
  const pages = paging.of === commitments ? paging.pages : 1;
  const focusedAt = focusedId ? commitments.findIndex((c) => c.id === focusedId) : -1;
  const shown = Math.min(commitments.length, Math.max(pages * LIST_PAGE, focusedAt + 1));
  const more = Math.min(LIST_PAGE, commitments.length - shown);
  const list = useRef<HTMLUListElement>(null);
  const fitted = useFittedRows(list, fitHeight, commitments.length, shown);
  const rows = fitted === null ? commitments.slice(0, shown) : commitments.slice(0, fitted);
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
      <ul ref={list} className="commitment-list" aria-label={t.count(commitments.length, noun)}>
        {rows.map((c) => (
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
      {/* While the rows are measured, the note is drawn for all of them: the room it needs is kept. */}
      {fitHeight !== undefined && (fitted ?? 0) < commitments.length && (
        <p className="commitment-list__fit-more" role="note">
          {t.moreInList(commitments.length - (fitted ?? 0))}
        </p>
      )}
      {fitted === null && more > 0 && (
        <button type="button" className="button button--secondary commitment-list__more" onClick={() => setPaging({ of: commitments, pages: Math.ceil(shown / LIST_PAGE) + 1 })}>
          {t.showMore(more, commitments.length)}
        </button>
      )}
    </>
  );
}

/**
 * How many rows fit the panel holding the list without scrolling, or null when not fitting. All
 * rows are drawn, measured before the page is painted, then cut to those that end inside the panel, leaving
 * room for the "more" note; a new list or a new panel height measures again.
 */
function useFittedRows(list: RefObject<HTMLUListElement | null>, panelHeight: number | undefined, total: number, shown: number): number | null {
  const [fitted, setFitted] = useState<{ count: number; key: string } | null>(null);
  const key = `${total}:${shown}:${panelHeight}`;
  useLayoutEffect(() => {
    if (panelHeight === undefined) return;
    // Measured as soon as the rows are in the page, before it is painted or printed.
    const element = list.current;
    const panel = element?.parentElement;
    if (!element || !panel) return;
    // Room for the note, as the note drawn under the rows takes it, in whatever type it has.
    const note = element.nextElementSibling;
    const noteRoom = note ? note.getBoundingClientRect().bottom - element.getBoundingClientRect().bottom : 0;
    const end = panel.getBoundingClientRect().top + panel.clientHeight;
    const items = [...element.querySelectorAll<HTMLElement>(':scope > li')];
    const allFit = items.every((li) => li.getBoundingClientRect().bottom <= end);
    const count = allFit ? items.length : items.filter((li) => li.getBoundingClientRect().bottom <= end - noteRoom).length;
    // Measuring layout before the page is painted is what a layout effect's state update is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFitted({ count, key });
  }, [list, panelHeight, key]);
  if (panelHeight === undefined) return null;
  // Until measured, every row is drawn so that it can be measured.
  return fitted?.key === key ? fitted.count : null;
}
