import { useEffect } from 'react';

/** The performance mark set when every view has first drawn its data; the benchmark reads it. */
export const CHARTS_READY = 'charts-ready';

/** Rendered with the last view to draw (the map, when shown): marks `charts-ready` once, after that commit. */
export function ChartsReady() {
  useEffect(() => {
    if (performance.getEntriesByName(CHARTS_READY, 'mark').length === 0) performance.mark(CHARTS_READY);
  }, []);
  return null;
}
