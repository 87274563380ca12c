import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { App } from '../app/app';
import { AppProviders } from '../app/app-providers';
import { loadTimeline } from '../app/timeline-chunk';
import type { LoadedDataset } from '../data/fetch-dataset';
import { datasetQueryOptions } from '../data/dataset-query';
import { mapQueryOptions, type MapFeatures } from '../data/map-query';
import { DrawnAhead } from '../ui/use-drawn-ahead';

/** Where the server renderer left a part for the browser to draw (a lazy part not loaded yet). */
const LEFT_TO_THE_BROWSER = '<!--$!-->';

/**
 * The default view (no filters, the embedded dataset) as HTML, drawn at build time so the page
 * paints its views before any script has run; the page then hydrates it (src/main.tsx). The
 * whole page is in the HTML, the lazy timeline included, and no inline script (the page's
 * content security policy allows none): it is drawn again once the timeline's code is loaded.
 */
export async function renderPage(loaded: LoadedDataset, map: MapFeatures): Promise<string> {
  const client = new QueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, loaded);
  client.setQueryData(mapQueryOptions.queryKey, map);
  const page = () =>
    renderToString(
      <AppProviders queryClient={client}>
        <DrawnAhead initially>
          <App />
        </DrawnAhead>
      </AppProviders>,
    );
  let html = page();
  for (let attempt = 0; html.includes(LEFT_TO_THE_BROWSER) && attempt < 3; attempt++) {
    await loadTimeline();
    await new Promise((resolve) => setTimeout(resolve, 0));
    html = page();
  }
  if (html.includes(LEFT_TO_THE_BROWSER)) throw new Error('a lazy part of the page could not be drawn ahead of time');
  return html;
}
