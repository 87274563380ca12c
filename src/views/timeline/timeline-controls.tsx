import { firstDayOf, lastDayOf, type TimeSegment } from '../../derive/time-scale';
import { LANE_CHOICES, type DateRange, type TimelineLanes } from '../../filters/filter-state';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import { DateField } from './date-field';

interface TimelineControlsProps {
  lanes: TimelineLanes;
  timeRange: DateRange | null;
  /** The runs of years on the axis; each gets a button that filters to it. */
  segments: readonly TimeSegment[];
  language: Language;
  onChooseLanes: (lanes: TimelineLanes) => void;
  onBrush: (range: DateRange | null) => void;
}

/** The keyboard way to do what dragging does: dates, a button per run of years, and the lane choice. */
export function TimelineControls({ lanes, timeRange, segments, language, onChooseLanes, onBrush }: TimelineControlsProps) {
  const t = MESSAGES[language];
  const setDate = (which: 'start' | 'end', value: string) => {
    const first = firstDayOf(segments[0]?.startYear ?? 1900);
    const last = lastDayOf(segments.at(-1)?.endYear ?? 2100);
    const next = { start: timeRange?.start ?? first, end: timeRange?.end ?? last, [which]: value };
    onBrush(next.start <= next.end ? next : { start: next.end, end: next.start });
  };
  const isSegment = (s: TimeSegment) => timeRange?.start === firstDayOf(s.startYear) && timeRange.end === lastDayOf(s.endYear);

  return (
    <div className="view__toolbar timeline__controls">
      <div role="group" aria-label={t.lanesBy} className="segmented segmented--small">
        {LANE_CHOICES.map((choice) => (
          <button key={choice} type="button" className="segmented__option" aria-pressed={lanes === choice} onClick={() => onChooseLanes(choice)}>
            {t.lanesChoice[choice]}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t.date} className="timeline__presets">
        <button type="button" className="chip" aria-pressed={timeRange === null} onClick={() => onBrush(null)}>
          {t.allDates}
        </button>
        {segments.map((s) => (
          <button
            key={s.startYear}
            type="button"
            className="chip"
            aria-pressed={isSegment(s)}
            onClick={() => onBrush({ start: firstDayOf(s.startYear), end: lastDayOf(s.endYear) })}
          >
            {s.startYear === s.endYear ? s.startYear : `${s.startYear}–${s.endYear}`}
          </button>
        ))}
      </div>
      <DateField label={t.from} value={timeRange?.start ?? null} language={language} onCommit={(day) => setDate('start', day)} />
      <DateField label={t.to} value={timeRange?.end ?? null} language={language} onCommit={(day) => setDate('end', day)} />
    </div>
  );
}
