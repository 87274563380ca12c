import type { Dataset } from '../data/schema';
import type { Filters } from '../filters/filter-state';
import { nounFor, type Noun } from '../i18n/noun';
import type { ExportFormat, ExportView } from './export-context';

const VIEW_SLUGS: Record<ExportView, string> = {
  map: 'country-map',
  heatmap: 'domain-heatmap',
  timeline: 'pledge-timeline',
  list: 'statements',
  dashboard: 'dashboard',
};

const NOUN_SLUGS: Record<Noun, string> = { undertaking: 'undertakings', call: 'calls', position: 'positions', assessment: 'assessments', statement: 'statements' };

/**
 * A file name that says what the file holds: the view, the filters, and the date of the latest
 * source, e.g. `domain-heatmap_kazakhstan_2023-04-26.png`.
 */
export function exportFileName(view: ExportView, format: ExportFormat, filters: Filters, dataset: Dataset, scope: 'selection' | 'all' = 'selection'): string {
  const names = new Map(dataset.countries.map((c) => [c.id, c.name.en]));
  // The list is named for what it holds: undertakings by default, statements of every type in full.
  const parts: string[] = [view === 'list' && scope === 'selection' ? NOUN_SLUGS[nounFor(filters.types)] : VIEW_SLUGS[view]];
  if (scope === 'all') parts.push('full-dataset');
  else {
    const countries = dataset.countries.map((c) => c.id).filter((id) => filters.countries.includes(id));
    const domains = dataset.domains.map((d) => d.id).filter((id) => filters.domains.includes(id));
    if (countries.length > 0) parts.push(slug(countries.map((id) => names.get(id) ?? id).join('-')));
    if (domains.length > 0) parts.push(domains.length > 3 ? `${domains.slice(0, 3).join('-')}-and-${domains.length - 3}-more` : domains.join('-'));
    if (filters.timeRange) parts.push(`${filters.timeRange.start}-to-${filters.timeRange.end}`);
  }
  const latest = dataset.sources.map((s) => s.date).sort().at(-1);
  if (latest) parts.push(latest);
  return `${parts.join('_')}.${format}`;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
