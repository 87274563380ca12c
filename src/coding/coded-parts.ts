import type { Evidence, Precision, TimeRange } from '../data/schema';
import type { Draft } from './draft';
import type { Passage } from './passage';

/** The quote of a passage as a record's evidence, with its translation into the other interface language. */
export function evidenceOf(passage: Passage, draft: Draft, translation: string): Evidence {
  const other = draft.source.language === 'en' ? 'fr' : 'en';
  return { sourceId: draft.source.id, quote: passage.quote, start: passage.start, end: passage.end, translations: { [other]: translation.trim() } };
}

/** What a form holds of a date: its precision, bounds and the text's own words. */
export interface DateFields {
  precision: Precision;
  startDate: string;
  endDate: string;
  wording: string;
}

/**
 * A date as coded: its bounds (none where not typed), precision and the text's words; where the
 * words stand outside the passage, where they are in the text (their first place).
 */
export function codedDate(fields: DateFields, passage: Passage, draft: Draft): TimeRange {
  const wording = fields.wording.trim();
  const at = passage.quote.includes(wording) ? -1 : draft.text.indexOf(wording);
  return {
    start: fields.startDate || null,
    end: fields.endDate || null,
    precision: fields.precision,
    wording,
    ...(at >= 0 && wording !== '' ? { wordingAt: { sourceId: draft.source.id, text: wording, start: at, end: at + wording.length } } : {}),
    resolution: { en: `Coded from the words « ${wording} ».`, fr: `Codé d’après les mots « ${wording} ».` },
  };
}
