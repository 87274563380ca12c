import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/app-providers';
import { createQueryClient } from '../../src/app/query-client';
import { INITIAL_FILTER_STATE, useFilters } from '../../src/filters/use-filters';

/** Renders the whole dashboard with a fresh query cache and a fresh store. */
export function renderApp() {
  useFilters.setState(INITIAL_FILTER_STATE);
  return render(
    <AppProviders queryClient={createQueryClient()}>
      <App />
    </AppProviders>,
  );
}
