import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';

const DrawnAheadContext = createContext(false);

interface DrawnAheadProps {
  /** True where the page is drawn ahead of time (the build) or takes that drawing over (hydrates). */
  initially: boolean;
  /** What must have arrived before the page draws itself: the lazy parts it takes over. */
  ready?: () => Promise<unknown>;
  children: ReactNode;
}

/**
 * Says whether the views draw their stand-ins (the drawing the build made, with its guessed sizes
 * and no recharts) or themselves. A page that takes a drawing over draws itself once that is done
 * and the lazy parts have arrived (so each is taken over first), as a transition: in slices the
 * browser can interleave with input, not one long task.
 */
export function DrawnAhead({ initially, ready, children }: DrawnAheadProps) {
  const [drawnAhead, setDrawnAhead] = useState(initially);
  useEffect(() => {
    if (!drawnAhead) return;
    let live = true;
    const drawSelf = () => live && startTransition(() => setDrawnAhead(false));
    void (ready ? ready() : Promise.resolve()).then(drawSelf, drawSelf);
    return () => {
      live = false;
    };
  }, [drawnAhead, ready]);
  return <DrawnAheadContext value={drawnAhead}>{children}</DrawnAheadContext>;
}

/**
 * True where the page is drawn ahead of time and while the page takes that drawing over; false from
 * then on, and in a page drawn from scratch. What needs the browser to draw (recharts' timeline, a
 * measured size) draws a stand-in meanwhile.
 */
export function useDrawnAhead(): boolean {
  return useContext(DrawnAheadContext);
}
