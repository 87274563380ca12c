import type { Dataset, DatasetEvent, Meeting, Series } from '../data/schema';
import { codedDate, evidenceOf, type DateFields } from './coded-parts';
import type { Draft } from './draft';
import type { Passage } from './passage';

/** What the coding form holds for the meeting a readout reports. */
export interface MeetingFields extends DateFields {
  titleEn: string;
  titleFr: string;
  series: Series;
  /** Which in its series, as typed ('' where the series is not numbered). */
  seriesNumber: string;
  /** The host city, from the registry's places ('' for none). */
  placeId: string;
  participantIds: string[];
  translation: string;
}

export const EMPTY_MEETING: MeetingFields = { titleEn: '', titleFr: '', series: 'foreign-ministers', seriesNumber: '', placeId: '', participantIds: [], precision: 'day', startDate: '', endDate: '', wording: '', translation: '' };

/**
 * The meeting the form describes, with its dated event, both resting on the passage that names it
 * (its quote is the text at its offsets); the countries of the event are those of its participants.
 */
export function toMeeting(fields: MeetingFields, passage: Passage, draft: Draft, registry: Dataset): { meeting: Meeting; event: DatasetEvent } {
  const evidence = evidenceOf(passage, draft, fields.translation);
  const title = { en: fields.titleEn.trim(), fr: fields.titleFr.trim() };
  const number = Number(fields.seriesNumber);
  const countries = [...new Set(fields.participantIds.map((id) => registry.people.find((p) => p.id === id)?.countryId).filter((id): id is string => id !== undefined))];
  return {
    meeting: {
      id: 'meeting',
      title,
      series: fields.series,
      ...(fields.seriesNumber.trim() !== '' ? { seriesNumber: number } : {}),
      ...(fields.placeId ? { placeId: fields.placeId } : {}),
      eventId: 'meeting-held',
      participantIds: fields.participantIds,
      evidence: [evidence],
    },
    event: {
      id: 'meeting-held',
      title,
      kind: 'meeting',
      when: codedDate(fields, passage, draft),
      countryIds: countries,
      evidence: [evidence],
    },
  };
}
