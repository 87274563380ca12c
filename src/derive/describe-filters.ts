import type { Dataset } from '../data/schema';
import { STATEMENT_TYPES, STRENGTHS } from '../data/schema';
import { isDefaultTypes, type Filters } from '../filters/filter-state';
import { formatDateRange } from '../i18n/format-date-range';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { readoutLabel } from './readout-label';

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
  if (filters.latestOnly) parts.push(t.latestOnly);
  if (filters.strengths.length > 0) parts.push(STRENGTHS.filter((s) => filters.strengths.includes(s)).map((s) => t.strengths[s]).join(', '));
  if (filters.countries.length > 0) parts.push(list(ordered(filters.countries, countryNames)));
  if (filters.domains.length > 0) parts.push(list(ordered(filters.domains, domainNames)));
  if (filters.timeRange) parts.push(formatDateRange(filters.timeRange, language));
  if (filters.sources.length > 0) parts.push(describeReadouts(filters.sources, dataset, language));
  return parts.length > 0 ? parts.join(' · ') : t.allCommitments;
}

/** The chosen readouts: "the readouts of 2024" where they are exactly one year's, else each by its meeting and day. */
function describeReadouts(chosen: readonly string[], dataset: Dataset, language: Language): string {
  const t = MESSAGES[language];
  const sources = dataset.sources.filter((s) => chosen.includes(s.id));
  // A meeting's readouts all chosen are named once, as the meeting; one of several, with its language.
  const partOf = (s: (typeof sources)[number]) => s.meetingId !== undefined && dataset.sources.some((o) => o.meetingId === s.meetingId && !chosen.includes(o.id));
  const labels = [...new Set(sources.map((s) => `${readoutLabel(s, dataset, language)}${partOf(s) ? ` (${t.languageNames[s.language] ?? s.language})` : ''}`))];
  // Several meetings that are exactly one year's readouts are that year's.
  const [year, ...otherYears] = [...new Set(sources.map((s) => s.date.slice(0, 4)))];
  const ofYear = dataset.sources.filter((s) => s.date.startsWith(`${year}-`));
  if (labels.length > 1 && year !== undefined && otherYears.length === 0 && ofYear.length === sources.length) return t.readoutsOfYear(year);
  return labels.length > MAX_NAMES ? `${labels.slice(0, MAX_NAMES).join('; ')} ${t.moreCount(labels.length - MAX_NAMES)}` : labels.join('; ');
}
