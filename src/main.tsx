import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders } from './app/app-providers';
import { createQueryClient } from './app/query-client';
import { loadTimeline } from './app/timeline-chunk';
import { datasetQueryOptions } from './data/dataset-query';
import { mapQueryOptions } from './data/map-query';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The dataset, the map's borders and the timeline's code are fetched and checked from the start, rather than once the
// page's frame has been drawn and has asked for them: they are what the views wait for. A failure
// is kept in the query and shown by the view that needs it, so it is not thrown here.
const queryClient = createQueryClient();
const kept = () => undefined;
void queryClient.query(datasetQueryOptions()).catch(kept);
void queryClient.query(mapQueryOptions).catch(kept);
void loadTimeline().catch(kept);

createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <App />
    </AppProviders>
  </StrictMode>,
);
