import { useCallback, useEffect, useState } from 'react';

/** The performance mark set when every view has first drawn its data; the benchmark reads it. */
export const CHARTS_READY = 'charts-ready';

/** Sets the `charts-ready` mark, the first time only. */
function markChartsReady(): void {
  if (performance.getEntriesByName(CHARTS_READY, 'mark').length === 0) performance.mark(CHARTS_READY);
}

/**
 * Marks `charts-ready` once each of the views that draw after the page (the map waits for its
 * borders, the timeline for its code) has said it drew. Returns what those views call.
 */
export function useChartsReady(waitFor: readonly string[]): (view: string) => void {
  const [drawn, setDrawn] = useState<readonly string[]>([]);
  const ready = waitFor.every((view) => drawn.includes(view));
  useEffect(() => {
    if (ready) markChartsReady();
  }, [ready]);
  return useCallback((view: string) => setDrawn((done) => (done.includes(view) ? done : [...done, view])), []);
}
