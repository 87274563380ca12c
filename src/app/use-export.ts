import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { mapQueryOptions } from '../data/map-query';
import type { Dataset } from '../data/schema';
import type { ExportView } from '../export/export-context';
import type { Redraw } from '../export/run-export';
import { pickState, useFilters } from '../filters/use-filters';
import { MESSAGES } from '../i18n/messages';
import type { ExportChoice } from '../ui/export-menu';

export type ExportStatus =
  | { state: 'idle' }
  | { state: 'working'; view: ExportView }
  | { state: 'done'; view: ExportView; message: string }
  | { state: 'failed'; view: ExportView; message: string };

/** Where each view is drawn: its panel, or the whole grid of panels. */
const DRAWN_IN: Record<ExportView, string> = {
  map: '.view--map',
  heatmap: '.view--heatmap',
  timeline: '.view--timeline',
  list: '.view--details',
  dashboard: '.dashboard',
};

/** Shows progress only for exports slower than this, so quick ones do not flicker. */
const PROGRESS_DELAY_MS = 100;

/**
 * Runs an export of what the user sees, loading the export code on first use. Progress shows
 * after 100 ms; a failure becomes a message, and the page carries on.
 */
export function useExport(dataset: Dataset, redrawTimeline: () => Redraw | undefined) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });
  const running = useRef(0);
  const run = async (view: ExportView, choice: ExportChoice, action: 'download' | 'copy', what: string) => {
    const state = pickState(useFilters.getState());
    const t = MESSAGES[state.language];
    const ticket = ++running.current;
    const progress = setTimeout(() => running.current === ticket && setStatus({ state: 'working', view }), PROGRESS_DELAY_MS);
    const started = performance.now();
    try {
      const exporter = await import('../export/run-export');
      const context = {
        dataset,
        filters: { countries: state.countries, domains: state.domains, timeRange: state.timeRange, types: state.types, strengths: state.strengths, specificOnly: state.specificOnly, sources: state.sources, latestOnly: state.latestOnly },
        lanes: state.lanes,
        compare: state.compare,
        language: state.language,
        features: queryClient.getQueryData(mapQueryOptions.queryKey),
        exportDate: localIsoDate(new Date()),
      };
      const request = { view, ...choice };
      // An image is the view as drawn: the export copies it off the screen.
      const root = document.querySelector<HTMLElement>(DRAWN_IN[view]);
      const redraw = view === 'dashboard' ? redrawTimeline() : undefined;
      if (action === 'copy') {
        await exporter.copyExport(request, context, root, redraw);
        setStatus({ state: 'done', view, message: t.copied });
      } else {
        setStatus({ state: 'done', view, message: t.exported(await exporter.downloadExport(request, context, root, redraw)) });
      }
      // Read by the benchmark: how long each export took, file included.
      performance.measure(`export:${view}:${choice.format}:${choice.scale}x`, { start: started });
    } catch (error) {
      setStatus({ state: 'failed', view, message: t.exportFailed(what, error instanceof Error ? error.message : String(error)) });
    } finally {
      clearTimeout(progress);
    }
  };
  return { status, run };
}

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
