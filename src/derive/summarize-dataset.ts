import type { Dataset } from '../data/schema';

export type RecordType =
  | 'sources' | 'meetings' | 'countries' | 'places' | 'people' | 'events' | 'relationships' | 'domains' | 'commitments';

export interface DatasetSummary {
  records: { type: RecordType; count: number }[];
  /** Commitments that concern each country, in dataset order. */
  perCountry: { id: string; count: number }[];
  /** Commitments in each domain, in taxonomy order. */
  perDomain: { id: string; groupId: string; count: number }[];
}

const RECORD_TYPES: RecordType[] = [
  'sources', 'meetings', 'countries', 'places', 'people', 'events', 'relationships', 'domains', 'commitments',
];

/** Counts per record type, per country and per domain: what a new user sees first. */
export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const countIn = (key: 'countryIds' | 'domainIds', id: string) =>
    dataset.commitments.filter((c) => c[key].includes(id)).length;
  return {
    records: RECORD_TYPES.map((type) => ({ type, count: dataset[type].length })),
    perCountry: dataset.countries.map((c) => ({ id: c.id, count: countIn('countryIds', c.id) })),
    perDomain: dataset.domains.map((d) => ({ id: d.id, groupId: d.groupId, count: countIn('domainIds', d.id) })),
  };
}
