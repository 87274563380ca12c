import { useSyncExternalStore } from 'react';

const noChange = () => () => undefined;
const inThePage = () => false;
const aheadOfTime = () => true;

/**
 * True where the page is drawn ahead of time (the build's server render) and while the page takes
 * that drawing over (hydrates it); false from then on, and in a page drawn from scratch. What
 * needs the browser to draw (recharts' timeline, a measured size) draws a stand-in meanwhile.
 */
export function useDrawnAhead(): boolean {
  return useSyncExternalStore(noChange, inThePage, aheadOfTime);
}
