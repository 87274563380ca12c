import { DEFAULT_TYPES, type Filters } from './filter-state';

/** Whether anything narrows or widens what is shown beyond the defaults: what "Reset filters" would undo. */
export function hasActiveFilters(filters: Filters): boolean {
  const defaultTypes = filters.types.length === DEFAULT_TYPES.length && filters.types.every((type) => DEFAULT_TYPES.includes(type));
  return filters.countries.length > 0 || filters.domains.length > 0 || filters.timeRange !== null || !defaultTypes || filters.strengths.length > 0 || filters.specificOnly;
}
