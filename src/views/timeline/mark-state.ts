import { createContext } from 'react';

/**
 * What changes as the user moves among the timeline's marks. It reaches the marks beside the
 * chart, not through it: recharts draws a Scatter's points anew, as new elements, each time the
 * Scatter renders, and the keyboard's focus would go with them.
 */
export interface MarkState {
  /** The one mark reachable by Tab; arrow keys move it. */
  activeIndex: number;
  /** The statement open in the details. */
  focusedId: string | null;
  onPick: (index: number) => void;
}

export const MarkStateContext = createContext<MarkState>({ activeIndex: 0, focusedId: null, onPick: () => undefined });
