import type { Dataset } from '../data/schema';
import { STATEMENT_TYPES, STRENGTHS } from '../data/schema';
import { isDefaultTypes, type Filters } from '../filters/filter-state';
import { formatDateRange } from '../i18n/format-date-range';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';

const MAX_NAMES = 3;

/**
 * The active filters in words, for headings and exports: "Undertaking, Call · Kazakhstan · Energy, Trade · 2022–2023".
 * Only active filters are named; with none, it says that everything is shown.
 */
export function describeFilters(filters: Filters, dataset: Dataset, language: Language): string {
  const t = MESSAGES[language];
  const countryNames = new Map(dataset.countries.map((c) => [c.id, c.name[language]]));
  const domainNames = new Map(dataset.domains.map((d) => [d.id, d.label[language]]));
  // Name in dataset order, so the words do not depend on the order of clicks.
  const ordered = (selected: readonly string[], names: Map<string, string>) =>
    [...names.keys()].filter((id) => selected.includes(id)).map((id) => names.get(id) ?? id);
  const list = (names: string[]) =>
    names.length > MAX_NAMES ? `${names.slice(0, MAX_NAMES).join(', ')} ${t.moreCount(names.length - MAX_NAMES)}` : names.join(', ');

  const parts: string[] = [];
  // The count after these words names the statement type; a mix of types is named here.
  if (!isDefaultTypes(filters.types)) parts.push(STATEMENT_TYPES.filter((type) => filters.types.includes(type)).map((type) => t.statementTypes[type]).join(', '));
  if (filters.specificOnly) parts.push(t.specificOnly);
  if (filters.strengths.length > 0) parts.push(STRENGTHS.filter((s) => filters.strengths.includes(s)).map((s) => t.strengths[s]).join(', '));
  if (filters.countries.length > 0) parts.push(list(ordered(filters.countries, countryNames)));
  if (filters.domains.length > 0) parts.push(list(ordered(filters.domains, domainNames)));
  if (filters.timeRange) parts.push(formatDateRange(filters.timeRange, language));
  return parts.length > 0 ? parts.join(' · ') : t.allCommitments;
}
