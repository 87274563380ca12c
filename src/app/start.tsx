import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { AppProviders } from './app-providers';
import { createQueryClient } from './query-client';
import { loadTimeline } from './timeline-chunk';
import { datasetQueryOptions } from '../data/dataset-query';
import { mapQueryOptions } from '../data/map-query';
import { showsDrawnView } from '../prerender/shows-drawn-view';
import { dropPrerenderedStyles, restorePrerenderedStyles } from '../prerender/restore-styles';
import { DrawnAhead } from '../ui/use-drawn-ahead';

/** Draws the dashboard into `root`, or takes over the view the build drew there. */
export function start(root: HTMLElement): void {
  // The dataset, the map's borders and the timeline's code are fetched and checked at once, rather
  // than once the page's frame has been drawn and has asked for them: they are what the views wait
  // for. A failure is kept in the query and shown by the view that needs it, not thrown here.
  const queryClient = createQueryClient();
  const kept = () => undefined;
  const dataset = queryClient.query(datasetQueryOptions());
  const map = queryClient.query(mapQueryOptions);
  [dataset, map, loadTimeline()].forEach((promise) => void promise.catch(kept));

  const app = (drawnAhead: boolean) => (
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <DrawnAhead initially={drawnAhead} ready={loadTimeline}>
          <App />
        </DrawnAhead>
      </AppProviders>
    </StrictMode>
  );
  /** Draws the page afresh, replacing the view the build drew into it. */
  const render = () => {
    root.replaceChildren();
    dropPrerenderedStyles();
    delete document.documentElement.dataset.prerender;
    createRoot(root).render(app(false));
  };

  // The build drew the default view into the page. Where this visit shows that view, React takes it
  // over (hydrates it) once the dataset and the borders its first render reads are here, so it draws
  // exactly what the page shows (the timeline is taken over when its code arrives); otherwise (a
  // link with filters, the user's own theme or scenes, a dataset opened before, or a served file
  // that is not the one drawn from) the page is drawn afresh.
  if (showsDrawnView(root)) {
    Promise.all([dataset, map]).then(
      ([loaded]) => {
        if (!loaded.checkedByBuild || !restorePrerenderedStyles(root)) return render();
        // As a transition, the take-over yields to the browser every few milliseconds (the page is
        // already on screen) rather than hold it in one long task.
        startTransition(() => void hydrateRoot(root, app(true)));
      },
      () => render(),
    );
  } else {
    render();
  }
}
