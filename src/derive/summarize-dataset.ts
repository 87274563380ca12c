import { STATEMENT_TYPES, STRENGTHS, type Dataset, type StatementType, type Strength } from '../data/schema';

export type RecordType =
  | 'sources' | 'meetings' | 'countries' | 'places' | 'people' | 'events' | 'relationships' | 'domains' | 'commitments';

export interface DatasetSummary {
  records: { type: RecordType; count: number }[];
  /** Coded statements of each type, and of each strength. */
  perType: { type: StatementType; count: number }[];
  perStrength: { strength: Strength; count: number }[];
  /** Per country, in dataset order: the undertakings that concern it, and every statement that does. */
  perCountry: { id: string; undertakings: number; all: number }[];
  /** Undertakings in each domain, in taxonomy order. */
  perDomain: { id: string; groupId: string; count: number }[];
}

const RECORD_TYPES: RecordType[] = [
  'sources', 'meetings', 'countries', 'places', 'people', 'events', 'relationships', 'domains', 'commitments',
];

/** Counts per record type, per statement type and strength, per country and per domain: what a new user sees first. */
export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const undertakings = dataset.commitments.filter((c) => c.statementType === 'undertaking');
  return {
    records: RECORD_TYPES.map((type) => ({ type, count: dataset[type].length })),
    perType: STATEMENT_TYPES.map((type) => ({ type, count: dataset.commitments.filter((c) => c.statementType === type).length })),
    perStrength: STRENGTHS.map((strength) => ({ strength, count: dataset.commitments.filter((c) => c.strength === strength).length })),
    perCountry: dataset.countries.map((country) => ({
      id: country.id,
      undertakings: undertakings.filter((c) => c.countryIds.includes(country.id)).length,
      all: dataset.commitments.filter((c) => c.countryIds.includes(country.id)).length,
    })),
    perDomain: dataset.domains.map((d) => ({ id: d.id, groupId: d.groupId, count: undertakings.filter((c) => c.domainIds.includes(d.id)).length })),
  };
}
