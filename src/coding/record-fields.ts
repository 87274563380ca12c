import type { Commitment, CommitmentKind, LinkKind, StatementType, Status, Strength } from '../data/schema';
import { codedDate, evidenceOf, type DateFields } from './coded-parts';
import type { Draft } from './draft';
import type { Passage } from './passage';

/** What the coding form holds for one record, as the analyst fills it in. */
export interface RecordFields extends DateFields {
  titleEn: string;
  titleFr: string;
  statementType: StatementType;
  strength: Strength;
  cues: Passage[];
  makerIds: string[];
  partnerIds: string[];
  countryIds: string[];
  domainIds: string[];
  kind: CommitmentKind;
  status: Status;
  /** The passage in the interface language that is not the source's. */
  translation: string;
  /** An earlier statement ("readout/id") it repeats, advances or supersedes; '' for none. */
  linkTo: string;
  linkKind: LinkKind;
}

export const EMPTY_FIELDS: RecordFields = {
  titleEn: '', titleFr: '', statementType: 'undertaking', strength: 'undertaking', cues: [], makerIds: [], partnerIds: [], countryIds: [], domainIds: [],
  kind: 'field', precision: 'day', startDate: '', endDate: '', wording: '', status: 'announced', translation: '', linkTo: '', linkKind: 'repeats',
};

/** The language a source's quotes are translated into: the interface language that is not the source's. */
export const translationLanguage = (draft: Draft): 'en' | 'fr' => (draft.source.language === 'en' ? 'fr' : 'en');

/** The next free id of a draft's records: "statement-1", "statement-2"… */
export function nextRecordId(draft: Draft): string {
  const used = new Set(draft.records.map((r) => r.id));
  let n = draft.records.length + 1;
  while (used.has(`statement-${n}`)) n++;
  return `statement-${n}`;
}

/**
 * The record the form describes for a passage, in the dataset's schema: its quote is the passage
 * (the text at its offsets), its status is as of the source's day and rests on the same quote,
 * and the words of its date are found in the text where they stand outside the passage.
 */
export function toCommitment(fields: RecordFields, passage: Passage, draft: Draft, id: string): Commitment {
  const sourceId = draft.source.id;
  const evidence = evidenceOf(passage, draft, fields.translation);
  return {
    id,
    title: { en: fields.titleEn.trim(), fr: fields.titleFr.trim() },
    statementType: fields.statementType,
    strength: fields.strength,
    cues: fields.cues.map((cue) => ({ sourceId, text: cue.quote, start: cue.start, end: cue.end })),
    makerIds: fields.makerIds,
    partnerIds: fields.partnerIds,
    countryIds: fields.countryIds,
    speakerIds: [],
    agreedByIds: [],
    domainIds: fields.domainIds,
    kind: fields.kind,
    stated: codedDate(fields, passage, draft),
    eventIds: [],
    statusHistory: [{ status: fields.status, asOf: draft.source.date, evidence }],
    ...(fields.linkTo ? { links: [{ kind: fields.linkKind, commitmentId: fields.linkTo, evidence }] } : {}),
    evidence: [evidence],
  };
}
