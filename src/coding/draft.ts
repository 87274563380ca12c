import type { ReadoutFile } from '../data/corpus-schema';
import type { Commitment, DatasetEvent, Meeting, Source } from '../data/schema';
import { SCHEMA_VERSION } from '../data/schema';
import type { Sentence } from './sentences';

/**
 * A readout being coded: its source (described, with its text and that text's SHA-256) and the
 * statements coded from it so far. Kept in the browser as it goes; exported as a readout file.
 */
export interface Draft {
  /** The readout's id, and its file's name (`<id>.json`). */
  readoutId: string;
  /** The source's text, as decoded from its bytes. */
  text: string;
  source: Source;
  records: Commitment[];
  /** The meeting it reports, with the dated event of that meeting, where the analyst coded it. */
  meeting?: { meeting: Meeting; event: DatasetEvent } | undefined;
}

/** The readout file of a draft, in the corpus format: its source, the meeting it reports (if coded) and its statements. */
export function draftToReadout(draft: Draft): ReadoutFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'readout',
    id: draft.readoutId,
    source: draft.source,
    ...(draft.meeting ? { meeting: draft.meeting.meeting } : {}),
    events: draft.meeting ? [draft.meeting.event] : [],
    relationships: [],
    commitments: draft.records,
  };
}

/** The file name of a draft's readout. */
export const readoutFileName = (draft: Draft) => `${draft.readoutId}.json`;

/** Which sentences some statement quotes (in part or whole), by index. */
export function codedSentences(draft: Draft, sentences: readonly Sentence[]): Set<number> {
  const coded = new Set<number>();
  for (const record of draft.records) {
    for (const e of record.evidence) {
      if (e.sourceId !== draft.source.id) continue;
      sentences.forEach((s, i) => {
        if (e.start < s.end && s.start < e.end) coded.add(i);
      });
    }
  }
  return coded;
}
