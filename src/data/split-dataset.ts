/**
 * A whole dataset written as a corpus: one registry of what every readout shares, one readout
 * file per source with the records quoted from it first, and a manifest. Records keep their ids;
 * a reference to another readout's record is written "readout/id". Readouts are named by source id.
 */
import type { CorpusFile, ReadoutFile, RegistryFile } from './corpus-schema';
import type { Commitment, Dataset } from './schema';
import { SCHEMA_VERSION } from './schema';

/** The corpus's files, by path relative to its folder. */
export type CorpusFiles = Record<string, CorpusFile | RegistryFile | ReadoutFile>;

export function splitDataset(dataset: Dataset): CorpusFiles {
  const homeOf = (record: { evidence: readonly { sourceId: string }[] }) => record.evidence[0]?.sourceId ?? '';
  const home = new Map<string, string>([
    ...dataset.events.map((e) => [e.id, homeOf(e)] as const),
    ...dataset.commitments.map((c) => [c.id, homeOf(c)] as const),
    ...dataset.meetings.map((m) => [m.id, homeOf(m)] as const),
  ]);
  const ref = (readout: string, id: string) => (home.get(id) === readout ? id : `${home.get(id) ?? readout}/${id}`);
  const registry: RegistryFile = {
    schemaVersion: SCHEMA_VERSION,
    kind: 'registry',
    countries: dataset.countries,
    places: dataset.places,
    people: dataset.people,
    domainGroups: dataset.domainGroups,
    domains: dataset.domains,
  };
  const files: CorpusFiles = { 'registry.json': registry };
  for (const source of dataset.sources) {
    const own = <T extends { evidence: readonly { sourceId: string }[] }>(records: readonly T[]) => records.filter((r) => homeOf(r) === source.id);
    const [meeting, ...others] = own(dataset.meetings);
    if (others.length > 0) throw new Error(`source "${source.id}" describes more than one meeting`);
    const readout: ReadoutFile = {
      schemaVersion: SCHEMA_VERSION,
      kind: 'readout',
      id: source.id,
      source: source.meetingId === undefined ? source : { ...source, meetingId: ref(source.id, source.meetingId) },
      ...(meeting ? { meeting: { ...meeting, eventId: ref(source.id, meeting.eventId) } } : {}),
      events: own(dataset.events),
      relationships: own(dataset.relationships),
      commitments: own(dataset.commitments).map((c): Commitment => ({
        ...c,
        eventIds: c.eventIds.map((id) => ref(source.id, id)),
        ...(c.links ? { links: c.links.map((link) => ({ ...link, commitmentId: ref(source.id, link.commitmentId) })) } : {}),
      })),
    };
    files[`readouts/${source.id}.json`] = readout;
  }
  files['corpus.json'] = {
    schemaVersion: SCHEMA_VERSION,
    kind: 'corpus',
    title: dataset.title,
    registries: ['registry.json'],
    readouts: dataset.sources.map((s) => `readouts/${s.id}.json`),
  };
  return files;
}
