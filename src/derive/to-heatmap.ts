import type { Commitment, Dataset, Domain, DomainGroup } from '../data/schema';
import { NO_FILTERS, type Filters } from '../filters/filter-state';
import { filterCommitments } from './filter-commitments';
import { isSpecificTo } from './is-specific-to';

export interface HeatmapRow {
  domain: Domain;
  /** One count per column, in column order. */
  counts: number[];
}

export interface Heatmap {
  /** Country ids, one per column: the selected countries, or all of them. */
  columns: string[];
  groups: { group: DomainGroup; rows: HeatmapRow[] }[];
  /** The largest count over the unfiltered matrix, so the colour scale does not jump as filters change. */
  scaleMax: number;
}

/**
 * Countries × domains. Counts follow the country and time filters; the domain filter only marks
 * rows, so the user can still see and pick the other domains. With `specificOnly`, a cell counts
 * only the commitments that concern its country alone among the partners.
 */
export function toHeatmap(dataset: Dataset, filters: Filters, specificOnly: boolean): Heatmap {
  const columns = dataset.countries.map((c) => c.id).filter((id) => filters.countries.length === 0 || filters.countries.includes(id));
  // One pass over the commitments, each counted once in every cell it belongs to.
  const matrix = (commitments: readonly Commitment[], countryIds: string[]) => {
    const column = new Map(countryIds.map((id, i) => [id, i]));
    const rows = new Map(dataset.domains.map((d) => [d.id, countryIds.map(() => 0)]));
    for (const c of commitments) {
      const countries = [...new Set(c.countryIds)].filter((id) => !specificOnly || isSpecificTo(c, id));
      for (const domainId of new Set(c.domainIds)) {
        const row = rows.get(domainId);
        if (!row) continue;
        for (const countryId of countries) {
          const i = column.get(countryId);
          if (i !== undefined) row[i] = (row[i] ?? 0) + 1;
        }
      }
    }
    return rows;
  };

  const shown = matrix(filterCommitments(dataset, { ...filters, domains: [] }), columns);
  const full = matrix(filterCommitments(dataset, NO_FILTERS), dataset.countries.map((c) => c.id));
  const scaleMax = Math.max(1, ...[...full.values()].flat());

  return {
    columns,
    groups: dataset.domainGroups.map((group) => ({
      group,
      rows: dataset.domains.filter((d) => d.groupId === group.id).map((domain) => ({ domain, counts: shown.get(domain.id) ?? [] })),
    })),
    scaleMax,
  };
}
