import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/schema';
import type { FilterState } from './filter-state';
import { reconcileWithDataset } from './reconcile-with-dataset';
import { reportDropped } from './use-dropped-filters';
import type { UrlNotice } from './url-notice';
import { parseState, serializeState, type ParsedState } from './url-state';
import { pickState, useFilters } from './use-filters';

let restoring = false;

interface Fitted {
  url: ParsedState;
  dataset: Dataset;
  /** What the URL named that the dataset does not have. */
  notices: UrlNotice[];
  /** The fitted filters to put in the store, and whether to say what was left out. */
  apply: { state: FilterState; notices: UrlNotice[]; said: boolean } | null;
}

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
    // Drawn ahead of time by the build, the page is the one without a query.
    if (typeof window === 'undefined') return parseState('');
    const parsed = parseState(window.location.search);
    restore(parsed.state);
    return parsed;
  });
  // What the filters were last fitted to: the URL as read, in a dataset; what the URL named that
  // the dataset lacks; and the fitted state still to put in the store.
  const [fitted, setFitted] = useState<Fitted | null>(null);
  if (dataset && !(fitted?.url === fromUrl && fitted.dataset === dataset)) {
    if (fitted?.url === fromUrl) {
      // Another dataset (opened, or the embedded one back): the filters as they are now are fitted
      // to it, not what the URL said at load; what it has nothing for is left out, and said.
      const result = reconcileWithDataset(pickState(useFilters.getState()), dataset);
      setFitted({ ...fitted, dataset, apply: result.notices.length > 0 ? { ...result, said: true } : null });
    } else {
      // The URL was just read (load, back or forward): the ids the dataset does not have are dropped.
      const result = reconcileWithDataset(fromUrl.state, dataset);
      setFitted({ url: fromUrl, dataset, notices: result.notices, apply: result.notices.length > 0 ? { ...result, said: false } : null });
    }
  }
  useEffect(() => {
    if (!fitted?.apply) return;
    restore(fitted.apply.state);
    if (fitted.apply.said) reportDropped({ because: { kind: 'dataset' }, notices: fitted.apply.notices });
  }, [fitted]);

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

  return useMemo(() => [...fromUrl.notices, ...(fitted?.url === fromUrl ? fitted.notices : [])], [fromUrl, fitted]);
}

function writeUrl(query: string, mode: 'push' | 'replace'): void {
  const search = query === '' ? '' : `?${query}`;
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
