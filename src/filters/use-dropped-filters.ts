import { create } from 'zustand';
import type { UrlNotice } from './url-notice';

/** Filters left out because the dataset now shown has nothing for them, and what left them out. */
export interface Dropped {
  /** A dataset opened (or the embedded one back), or a scene made on another dataset. */
  because: { kind: 'dataset' } | { kind: 'scene'; name: string };
  notices: UrlNotice[];
}

interface DroppedState {
  dropped: Dropped | null;
  dismiss: () => void;
}

/** The last time filters were fitted to the dataset: one notice, replaced by the next. */
export const useDroppedFilters = create<DroppedState>()((set) => ({ dropped: null, dismiss: () => set({ dropped: null }) }));

export function reportDropped(dropped: Dropped): void {
  useDroppedFilters.setState({ dropped });
}
