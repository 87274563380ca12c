import { isDefaultTypes, type Filters } from './filter-state';

/** Whether anything narrows or widens what is shown beyond the defaults: what "Reset filters" would undo. */
export function hasActiveFilters(filters: Filters): boolean {
  return filters.countries.length > 0 || filters.domains.length > 0 || filters.timeRange !== null || !isDefaultTypes(filters.types) || filters.strengths.length > 0 || filters.specificOnly || filters.sources.length > 0 || filters.latestOnly;
}
