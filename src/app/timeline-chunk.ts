import { lazy } from 'react';

/**
 * The timeline comes with recharts, its own chunk: main.tsx requests it beside the dataset, so it
 * arrives while the page's frame is drawn, without weighing on the script the first paint needs.
 */
export const loadTimeline = () => import('../views/timeline/pledge-timeline');
export const PledgeTimeline = lazy(loadTimeline);
