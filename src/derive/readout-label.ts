import type { Dataset, Meeting, Source } from '../data/schema';
import { formatDay } from '../i18n/format-date-range';
import type { Language } from '../i18n/language';
import { SERIES_NAMES } from '../i18n/series-names';

/** A meeting in a few words: its series and number ("Foreign ministers' meeting no. 5", "Sommet no 2"). */
export function meetingName(meeting: Meeting, language: Language): string {
  const series = SERIES_NAMES[language][meeting.series];
  if (meeting.seriesNumber === undefined) return series;
  return language === 'fr' ? `${series} no ${meeting.seriesNumber}` : `${series} no. ${meeting.seriesNumber}`;
}

/**
 * A readout as a filter or a list names it: the meeting it reports and where, and its day
 * ("Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024"); its title where it reports no meeting.
 * `withDay: false` leaves the day out, where what it follows gives it already.
 */
export function readoutLabel(source: Source, dataset: Dataset, language: Language, withDay = true): string {
  const day = withDay ? ` · ${formatDay(source.date, language)}` : '';
  const meeting = dataset.meetings.find((m) => m.id === source.meetingId);
  if (!meeting) return `${source.title[language]}${day}`;
  const place = dataset.places.find((p) => p.id === meeting.placeId);
  return `${meetingName(meeting, language)}${place ? `, ${place.name[language]}` : ''}${day}`;
}
