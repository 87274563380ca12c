import type { CorpusFile, ReadoutFile, RegistryFile } from './corpus-schema';
import type { Commitment, Dataset, Localized } from './schema';
import { SCHEMA_VERSION } from './schema';

/** A file of a corpus, parsed and checked against its own schema, with its path as the user knows it. */
export interface CorpusPart<T> {
  file: string;
  value: T;
}

/** The collections of a dataset whose records can be named by index. */
export type Collection = Exclude<keyof Dataset, 'schemaVersion' | 'title'>;

/**
 * Where each merged record was written: per collection, by index in the merged dataset, the file
 * and the record as its author knows them (`readouts/fm-2024.json › commitments[2] "railway"`).
 */
export type Origins = Partial<Record<Collection, string[]>>;

/** A merged corpus: one dataset, and where each of its records came from. */
export interface MergedCorpus {
  dataset: Dataset;
  origins: Origins;
}

/** The id a readout's own record is known by in the merged corpus; an id with a "/" already names its readout. */
export function namespaced(readoutId: string, id: string): string {
  return id.includes('/') ? id : `${readoutId}/${id}`;
}

/**
 * Merges a corpus into one dataset: registries side by side, each readout's source, meeting,
 * events, relationships and commitments with their ids (and the references between them)
 * namespaced by the readout's id. Records are kept as written otherwise; the checks run on the result.
 */
export function mergeCorpus(manifest: CorpusFile | null, registries: readonly CorpusPart<RegistryFile>[], readouts: readonly CorpusPart<ReadoutFile>[]): MergedCorpus {
  const origins: Required<Origins> = {
    sources: [], meetings: [], countries: [], places: [], people: [], events: [], relationships: [], domainGroups: [], domains: [], commitments: [],
  };
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    title: manifest?.title ?? untitled(readouts),
    sources: [], meetings: [], countries: [], places: [], people: [], events: [], relationships: [], domainGroups: [], domains: [], commitments: [],
  };
  const add = <K extends Collection>(collection: K, file: string, records: readonly Dataset[K][number][] | undefined, local: (record: Dataset[K][number], i: number) => string) =>
    (records ?? []).forEach((record, i) => {
      (dataset[collection] as Dataset[K][number][]).push(record);
      origins[collection].push(`${file} › ${local(record, i)}`);
    });
  const named = (collection: string) => (record: { id: string }, i: number) => `${collection}[${i}] "${record.id}"`;

  for (const { file, value } of registries) {
    add('countries', file, value.countries, named('countries'));
    add('places', file, value.places, named('places'));
    add('people', file, value.people, named('people'));
    add('domainGroups', file, value.domainGroups, named('domainGroups'));
    add('domains', file, value.domains, named('domains'));
  }
  for (const { file, value } of readouts) {
    const ns = (id: string) => namespaced(value.id, id);
    const { meeting } = value;
    const meetingId = value.source.meetingId ?? meeting?.id;
    add('sources', file, [{ ...value.source, ...(meetingId === undefined ? {} : { meetingId: ns(meetingId) }) }], () => `source "${value.source.id}"`);
    if (meeting) add('meetings', file, [{ ...meeting, id: ns(meeting.id), eventId: ns(meeting.eventId) }], () => `meeting "${meeting.id}"`);
    add('events', file, value.events.map((e) => ({ ...e, id: ns(e.id) })), (_, i) => `events[${i}] "${value.events[i]?.id}"`);
    add('relationships', file, value.relationships.map((r) => ({ ...r, id: ns(r.id) })), (_, i) => `relationships[${i}] "${value.relationships[i]?.id}"`);
    add('commitments', file, value.commitments.map((c) => namespaceCommitment(c, ns)), (_, i) => `commitments[${i}] "${value.commitments[i]?.id}"`);
  }
  return { dataset, origins };
}

function namespaceCommitment(c: Commitment, ns: (id: string) => string): Commitment {
  return {
    ...c,
    id: ns(c.id),
    eventIds: c.eventIds.map(ns),
    ...(c.links ? { links: c.links.map((link) => ({ ...link, commitmentId: ns(link.commitmentId) })) } : {}),
  };
}

/** A corpus opened without its manifest is named for what it holds. */
function untitled(readouts: readonly CorpusPart<ReadoutFile>[]): Localized {
  const [only] = readouts;
  if (readouts.length === 1 && only) return only.value.source.title;
  return { en: `${readouts.length} readouts`, fr: `${readouts.length} comptes rendus` };
}
