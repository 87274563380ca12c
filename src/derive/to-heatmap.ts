import type { Commitment, Dataset, Domain, DomainGroup } from '../data/schema';
import { EVERY_RECORD, type Filters } from '../filters/filter-state';
import { countGroupStatements } from './count-group-statements';
import { filterCommitments } from './filter-commitments';
import { isFirstOf } from './is-first-of';
import { perDataset } from './per-dataset';

export interface HeatmapRow {
  domain: Domain;
  /** One count per column, in column order. */
  counts: number[];
  /** Comparing two readouts: the earlier one's counts; `counts` are the later one's. */
  before?: number[];
}

export interface HeatmapGroup {
  group: DomainGroup;
  rows: HeatmapRow[];
  /** One count per column of the distinct statements in any of the group's domains: its collapsed row. */
  counts: number[];
  /** Comparing two readouts: the earlier one's counts of the collapsed row. */
  before?: number[];
}

export interface Heatmap {
  /** Country ids, one per column: the selected countries, or all of them. */
  columns: string[];
  groups: HeatmapGroup[];
  /** The largest count over the unfiltered matrix, so the colour scale does not jump as filters change. */
  scaleMax: number;
}

/**
 * Countries × domains. Counts follow the country and time filters; the domain filter only marks
 * rows, so the user can still see and pick the other domains. With `specificOnly`, a cell counts
 * only the statements that concern its country alone among the partners (filterCommitments keeps those).
 */
export function toHeatmap(dataset: Dataset, filters: Filters): Heatmap {
  const columns = dataset.countries.map((c) => c.id).filter((id) => filters.countries.length === 0 || filters.countries.includes(id));
  const counted = filterCommitments(dataset, { ...filters, domains: [] });
  const shown = countMatrix(dataset, counted, columns);
  const unfilteredMax = unfilteredMaxima(dataset);
  return {
    columns,
    groups: dataset.domainGroups.map((group) => {
      const domains = dataset.domains.filter((d) => d.groupId === group.id);
      return {
        group,
        rows: domains.map((domain) => ({ domain, counts: shown.get(domain.id) ?? [] })),
        counts: countGroupStatements(counted, domains.map((d) => d.id), columns),
      };
    }),
    scaleMax: filters.specificOnly ? unfilteredMax.specific : unfilteredMax.all,
  };
}

/** The colour scale's top for each way of counting, from the unfiltered matrix, once per dataset. */
const unfilteredMaxima = perDataset((dataset) => {
  const all = dataset.countries.map((c) => c.id);
  // Every statement type: the scale stays put when the user adds or removes types.
  const max = (specificOnly: boolean) => Math.max(1, ...[...countMatrix(dataset, filterCommitments(dataset, { ...EVERY_RECORD, specificOnly }), all).values()].flat());
  return { all: max(false), specific: max(true) };
});

/** Counts by domain (rows) and country (columns), in one pass, each commitment once per cell it belongs to. */
function countMatrix(dataset: Dataset, commitments: readonly Commitment[], columnIds: readonly string[]): Map<string, number[]> {
  const column = new Map(columnIds.map((id, i) => [id, i]));
  const rows = new Map(dataset.domains.map((d) => [d.id, columnIds.map(() => 0)]));
  for (const c of commitments) {
    const { domainIds, countryIds } = c;
    for (const [d, domainId] of domainIds.entries()) {
      const row = rows.get(domainId);
      if (!row || !isFirstOf(domainIds, d)) continue;
      for (const [k, countryId] of countryIds.entries()) {
        const i = column.get(countryId);
        if (i !== undefined && isFirstOf(countryIds, k)) row[i] = (row[i] ?? 0) + 1;
      }
    }
  }
  return rows;
}
