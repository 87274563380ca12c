import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/app-providers';
import { createQueryClient } from '../../src/app/query-client';
import { DEFAULT_STATE } from '../../src/filters/filter-state';
import { useFilters } from '../../src/filters/use-filters';

/** Renders the whole dashboard at a URL, with a fresh query cache and a fresh store. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  useFilters.setState(DEFAULT_STATE);
  return render(
    <AppProviders queryClient={createQueryClient()}>
      <App />
    </AppProviders>,
  );
}
