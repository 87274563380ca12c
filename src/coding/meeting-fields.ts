import type { Dataset, DatasetEvent, Meeting, Precision, Series } from '../data/schema';
import type { Draft } from './draft';
import type { Passage } from './passage';
import { translationLanguage } from './record-fields';

/** What the coding form holds for the meeting a readout reports. */
export interface MeetingFields {
  titleEn: string;
  titleFr: string;
  series: Series;
  /** Which in its series, as typed ('' where the series is not numbered). */
  seriesNumber: string;
  /** The host city, from the registry's places ('' for none). */
  placeId: string;
  participantIds: string[];
  precision: Precision;
  startDate: string;
  endDate: string;
  wording: string;
  translation: string;
}

export const EMPTY_MEETING: MeetingFields = { titleEn: '', titleFr: '', series: 'foreign-ministers', seriesNumber: '', placeId: '', participantIds: [], precision: 'day', startDate: '', endDate: '', wording: '', translation: '' };

/**
 * The meeting the form describes, with its dated event, both resting on the passage that names it
 * (its quote is the text at its offsets); the countries of the event are those of its participants.
 */
export function toMeeting(fields: MeetingFields, passage: Passage, draft: Draft, registry: Dataset): { meeting: Meeting; event: DatasetEvent } {
  const sourceId = draft.source.id;
  const evidence = { sourceId, quote: passage.quote, start: passage.start, end: passage.end, translations: { [translationLanguage(draft)]: fields.translation.trim() } };
  const title = { en: fields.titleEn.trim(), fr: fields.titleFr.trim() };
  const number = Number(fields.seriesNumber);
  const countries = [...new Set(fields.participantIds.map((id) => registry.people.find((p) => p.id === id)?.countryId).filter((id): id is string => id !== undefined))];
  const wording = fields.wording.trim();
  const at = passage.quote.includes(wording) ? -1 : draft.text.indexOf(wording);
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
      when: {
        start: fields.startDate || null,
        end: fields.endDate || null,
        precision: fields.precision,
        wording,
        ...(at >= 0 && wording !== '' ? { wordingAt: { sourceId, text: wording, start: at, end: at + wording.length } } : {}),
        resolution: { en: `Coded from the words « ${wording} ».`, fr: `Codé d’après les mots « ${wording} ».` },
      },
      countryIds: countries,
      evidence: [evidence],
    },
  };
}
