import type { ReadoutFile, RegistryFile } from '../data/corpus-schema';
import type { Commitment, Dataset, DatasetEvent, Domain, Meeting, Person, Place, Source } from '../data/schema';
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
  /** People, places and domains the text names that the embedded registry lacks, each quoted from it. */
  registry?: RegistryAdditions | undefined;
}

/** What a draft adds to the embedded registry. */
export interface RegistryAdditions {
  people: Person[];
  places: Place[];
  domains: Domain[];
}

/** The file of a draft's additions to the embedded registry, or null where it adds nothing. */
export function draftRegistryFile(draft: Draft): RegistryFile | null {
  const added = draft.registry;
  if (!added || added.people.length + added.places.length + added.domains.length === 0) return null;
  return { schemaVersion: SCHEMA_VERSION, kind: 'registry', extendsEmbedded: true, people: added.people, places: added.places, domains: added.domains };
}

/** The file name of a draft's registry additions. */
export const registryFileName = (draft: Draft) => `${draft.readoutId}.registry.json`;

/** The embedded dataset's registry with a draft's additions, for the form's lists. */
export function withAdditions(base: Dataset, draft: Draft): Dataset {
  const added = draft.registry;
  if (!added) return base;
  return { ...base, people: [...base.people, ...added.people], places: [...base.places, ...added.places], domains: [...base.domains, ...added.domains] };
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
