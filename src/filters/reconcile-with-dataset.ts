import type { Dataset } from '../data/schema';
import type { FilterState } from './filter-state';
import type { UrlNotice } from './url-notice';

/**
 * Drops the ids that the dataset does not have (a URL from another dataset, or a typo), with a
 * notice for each, so the view falls back instead of showing nothing.
 */
export function reconcileWithDataset(state: FilterState, dataset: Dataset): { state: FilterState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const keep = (values: readonly string[], known: Set<string>, param: string, problem: UrlNotice['problem']) => {
    const kept: string[] = [];
    for (const value of values) {
      if (known.has(value)) kept.push(value);
      else notices.push({ param, value, problem });
    }
    return kept;
  };

  const countries = keep(state.countries, new Set(dataset.countries.map((c) => c.id)), 'c', 'unknown-country');
  const domains = keep(state.domains, new Set(dataset.domains.map((d) => d.id)), 'd', 'unknown-domain');
  const sources = keep(state.sources, new Set(dataset.sources.map((s) => s.id)), 'src', 'unknown-source');
  let focusedId = state.focusedId;
  if (focusedId !== null && !dataset.commitments.some((c) => c.id === focusedId)) {
    notices.push({ param: 'focus', value: focusedId, problem: 'unknown-record' });
    focusedId = null;
  }
  if (notices.length === 0) return { state, notices };
  return { state: { ...state, countries, domains, sources, focusedId }, notices };
}
