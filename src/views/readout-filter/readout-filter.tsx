import type { Dataset } from '../../data/schema';
import type { ReadoutCounts } from '../../derive/lineage';
import { readoutLabel } from '../../derive/readout-label';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import type { Noun } from '../../i18n/noun';

interface ReadoutFilterProps {
  dataset: Dataset;
  /** Each readout's statements under the other filters (the readout choice aside), new and linked. */
  counts: readonly ReadoutCounts[];
  /** The readouts shown; none ticked shows every one. */
  selected: readonly string[];
  noun: Noun;
  language: Language;
  onToggle: (sourceId: string) => void;
  onChoose: (sourceIds: readonly string[]) => void;
  /** Whether the map and heatmap compare the two readouts ticked. */
  compare: boolean;
  onToggleCompare: () => void;
  /** Whether each pledge is counted once, at its latest mention. */
  latestOnly: boolean;
  onToggleLatestOnly: () => void;
}

/**
 * The readouts of a corpus, by year: a checkbox for each (its meeting, place and day, language and
 * extent), with how many of its statements are new and how many repeat, advance or supersede an
 * earlier readout's; and a year's readouts chosen at once.
 */
export function ReadoutFilter({ dataset, counts, selected, noun, language, onToggle, onChoose, compare, onToggleCompare, latestOnly, onToggleLatestOnly }: ReadoutFilterProps) {
  const t = MESSAGES[language];
  const years = [...new Set(counts.map((r) => r.source.date.slice(0, 4)))].sort();
  // A meeting reported by several readouts (a French and an English one) can be chosen at once.
  const ofMeeting = (meetingId: string | undefined) => (meetingId === undefined ? [] : counts.filter((r) => r.source.meetingId === meetingId).map((r) => r.source.id));
  const isOnly = (ids: readonly string[]) => selected.length === ids.length && ids.every((id) => selected.includes(id));
  return (
    <div role="group" aria-labelledby="readouts-label" className="readout-filter">
      <div className="readout-filter__head">
      <span id="readouts-label" className="statement-filter__label">
        {t.readoutsFilter} <span className="muted">({selected.length === 0 ? t.allReadouts : selected.length})</span>
      </span>
      <label className="statement-filter__option" title={t.latestOnlyHint}>
        <input type="checkbox" checked={latestOnly} onChange={onToggleLatestOnly} />
        {t.latestOnly}
      </label>
      {/* Two readouts, side by side in every count of the map and heatmap. */}
      <label className="statement-filter__option readout-filter__compare">
        <input type="checkbox" checked={compare && selected.length === 2} disabled={selected.length !== 2} aria-describedby={selected.length === 2 ? undefined : 'compare-needs-two'} onChange={onToggleCompare} />
        {t.compareReadouts}
        {selected.length !== 2 && (
          <span id="compare-needs-two" className="muted">
            {' '}
            ({t.compareNeedsTwo})
          </span>
        )}
      </label>
      </div>
      {years.map((year) => {
        const ofYear = counts.filter((r) => r.source.date.startsWith(`${year}-`)).map((r) => r.source.id);
        const only = isOnly(ofYear);
        return (
          <div key={year} className="readout-filter__year">
            <button type="button" className="button button--secondary button--small" aria-pressed={only} aria-label={t.onlyYearLabel(year)} onClick={() => onChoose(only ? [] : ofYear)}>
              {t.onlyYear(year)}
            </button>
            <ul className="readout-filter__list">
              {counts
                .filter((r) => r.source.date.startsWith(`${year}-`))
                .map((r) => {
                  const parts = (['new', 'repeats', 'advances', 'supersedes'] as const).filter((k) => r.lineage[k] > 0).map((k) => t.lineageCount[k](r.lineage[k]));
                  const meeting = ofMeeting(r.source.meetingId);
                  const label = readoutLabel(r.source, dataset, language);
                  return (
                    <li key={r.source.id}>
                      <label className="statement-filter__option">
                        <input type="checkbox" checked={selected.includes(r.source.id)} onChange={() => onToggle(r.source.id)} />
                        {label}
                        <span className="muted">
                          {' '}
                          ({t.languageNames[r.source.language] ?? r.source.language}, {t.extents[r.source.extent]})
                        </span>
                      </label>
                      {meeting.length > 1 && meeting[0] === r.source.id && (
                        <button type="button" className="button button--secondary button--small" aria-pressed={isOnly(meeting)} aria-label={t.onlyMeetingLabel(label, meeting.length)} onClick={() => onChoose(isOnly(meeting) ? [] : meeting)}>
                          {t.onlyMeeting(meeting.length)}
                        </button>
                      )}
                      <span className="readout-filter__counts" data-source-id={r.source.id}>
                        {t.lineageCounts(r.statements, noun, parts.join(', '))}
                      </span>
                    </li>
                  );
                })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
