import { useState } from 'react';
import type { Timeline } from '../../derive/to-timeline';
import { formatDateRange, formatWhen } from '../../i18n/format-date-range';
import type { DatasetEvent } from '../../data/schema';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';

interface TimelineTableProps {
  timeline: Timeline;
  laneLabel: (laneId: string) => string;
  language: Language;
}

/** The timeline as a table: every dated event with its precision and wording, then every mark. */
export function TimelineTable({ timeline, laneLabel, language }: TimelineTableProps) {
  const t = MESSAGES[language];
  // Drawn when opened: a large dataset has thousands of rows.
  const [open, setOpen] = useState(false);
  return (
    <details className="data-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.dataTable}</summary>
      {open && (
        <table className="table">
          <caption className="visually-hidden">{t.timelineTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.lanesBy}</th>
              <th scope="col">{t.listTitle}</th>
            </tr>
          </thead>
          <tbody>
            {[...timeline.events.map(({ event }) => event), ...timeline.undated.events].map((event: DatasetEvent) => (
              <tr key={event.id}>
                <td>
                  {formatWhen(event.when, language)} ({t.precisions[event.when.precision]}; « {event.when.wording} »)
                </td>
                <td>{t.eventsLane}</td>
                <th scope="row">{event.title[language]}</th>
              </tr>
            ))}
            {timeline.lanes.flatMap((lane) =>
              lane.stacks.flatMap((stack) =>
                stack.marks.map(({ commitment }) => (
                  <tr key={`${lane.id}-${commitment.id}`}>
                    <td>{formatDateRange({ start: stack.date, end: stack.date }, language)}</td>
                    <td>{laneLabel(lane.id)}</td>
                    <th scope="row">{commitment.title[language]}</th>
                  </tr>
                )),
              ),
            )}
            {timeline.undated.commitments.map((commitment) => (
              <tr key={`undated-${commitment.id}`}>
                <td>{formatWhen(commitment.stated, language)}</td>
                <td />
                <th scope="row">{commitment.title[language]}</th>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
