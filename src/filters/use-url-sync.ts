import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/schema';
import type { FilterState } from './filter-state';
import { reconcileWithDataset } from './reconcile-with-dataset';
import type { UrlNotice } from './url-notice';
import { parseState, serializeState } from './url-state';
import { pickState, useFilters } from './use-filters';

let restoring = false;

/** Puts a whole state in the store without making a history entry of it. */
function restore(state: FilterState): void {
  restoring = true;
  useFilters.getState().restore(state);
  restoring = false;
  writeUrl(serializeState(state), 'replace');
}

/**
 * Keeps the store and the URL in step: the URL's state is restored on load and on back/forward,
 * and every choice the user makes becomes a history entry. Returns the notices for parameters
 * that were ignored.
 */
export function useUrlSync(dataset: Dataset | undefined): UrlNotice[] {
  // What the URL said when it was last read: on load, then on each back/forward.
  const [fromUrl, setFromUrl] = useState(() => {
    const parsed = parseState(window.location.search);
    restore(parsed.state);
    return parsed;
  });
  const reconciled = useMemo(() => (dataset ? reconcileWithDataset(fromUrl.state, dataset) : null), [dataset, fromUrl]);

  // Once the dataset is known, drop the ids it does not have.
  useEffect(() => {
    if (reconciled && reconciled.notices.length > 0) restore(reconciled.state);
  }, [reconciled]);

  useEffect(() => {
    const unsubscribe = useFilters.subscribe((store) => {
      if (!restoring) writeUrl(serializeState(pickState(store)), 'push');
    });
    const onPopState = () => {
      const parsed = parseState(window.location.search);
      restore(parsed.state);
      setFromUrl(parsed);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  return useMemo(() => [...fromUrl.notices, ...(reconciled?.notices ?? [])], [fromUrl, reconciled]);
}

function writeUrl(query: string, mode: 'push' | 'replace'): void {
  const search = query === '' ? '' : `?${query}`;
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
