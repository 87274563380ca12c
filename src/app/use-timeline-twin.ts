import { useCallback, useRef, useState } from 'react';
import type { Redraw } from '../export/run-export';

/** The size the timeline is drawn again at, off screen, for the dashboard's export. */
export interface TwinSize {
  width: number;
  height: number;
}

/** How long the timeline may take to draw again before the export goes on without it. */
const REDRAW_TIMEOUT_MS = 5000;

/**
 * The timeline drawn again off screen, taller, for the dashboard's export: its copy leaves out the
 * controls above the timeline, and the room they leave is filled by a taller drawing of the same
 * component. The dashboard renders the twin at `size` into `ref` and calls `drawn` once it has
 * drawn; `redraw` is what the export asks to do it.
 */
export function useTimelineTwin() {
  const [size, setSize] = useState<TwinSize | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const waiting = useRef<((drawing: Element) => void) | null>(null);
  const drawn = useCallback(() => {
    // recharts lays its marks out over the frames after the first render: the drawing is taken
    // once it has stayed the same for a frame (or after half a second of frames, as it is).
    let last = '';
    let frames = 0;
    const settle = () => {
      const drawing = ref.current?.querySelector('.timeline');
      const now = drawing?.innerHTML ?? '';
      frames++;
      if (drawing && waiting.current && ((now === last && frames > 2) || frames > 30)) {
        waiting.current(drawing);
        waiting.current = null;
        return;
      }
      last = now;
      if (waiting.current) requestAnimationFrame(settle);
    };
    requestAnimationFrame(settle);
  }, []);
  const redraw = (): Redraw | undefined => {
    const panel = document.querySelector('.dashboard > .view--timeline');
    const part = panel?.querySelector('.timeline');
    if (!panel || !part) return undefined;
    return {
      panel,
      part,
      draw: (extra) => new Promise((resolve, reject) => {
        const box = part.getBoundingClientRect();
        const timer = setTimeout(() => reject(new Error('the timeline could not be drawn again')), REDRAW_TIMEOUT_MS);
        waiting.current = (drawing) => {
          clearTimeout(timer);
          resolve(drawing);
        };
        // Whole pixels, as the page measures its boxes: the twin is laid out once, not again a pixel off.
        setSize({ width: Math.round(box.width), height: Math.round(box.height + extra) });
      }),
      clear: () => {
        waiting.current = null;
        setSize(null);
      },
    };
  };

  return { size, ref, drawn, redraw };
}
