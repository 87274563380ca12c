import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useDrawnAhead } from './use-drawn-ahead';

export interface Size {
  width: number;
  height: number;
}

/**
 * The rendered size of an element, kept up to date as the layout changes. The third value says
 * whether the size is measured yet (always, where nothing can measure it): a costly drawing can
 * wait for it rather than draw twice. The first measure is taken as soon as the element is in the
 * page, before the first paint, so what depends on it is drawn in the same frame. With `track`
 * 'width', only a change of width is reported. Where nothing can measure (the build drawing the
 * page ahead of time) and while the page takes over that drawing (hydrates it), the fallback
 * counts as measured, so both draw the same; the first measure follows at once.
 */
export function useElementSize<T extends HTMLElement>(fallback: Size, track: 'size' | 'width' = 'size') {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  const [measured, setMeasured] = useState(typeof ResizeObserver === 'undefined');
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = contentSize(element);
    if (measure.width > 0 && measure.height > 0) {
      setSize(measure);
      setMeasured(true);
    }
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      const height = Math.floor(entry?.contentRect.height ?? 0);
      // Tracking the width only, a change of height alone is no news: no render for it.
      if (width > 0 && height > 0) setSize((old) => (old.width === width && (track === 'width' || old.height === height) ? old : { width, height }));
      setMeasured(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [track]);
  const drawnAhead = useDrawnAhead();
  return [ref, size, measured || drawnAhead] as const;
}

/**
 * The element's content box, as a ResizeObserver reports it and rounded the same way: from its
 * unrounded box, so that the observer's first report does not differ by a pixel and draw it again.
 */
function contentSize(element: HTMLElement): Size {
  const style = getComputedStyle(element);
  const px = (value: string) => Number.parseFloat(value) || 0;
  const box = element.getBoundingClientRect();
  return {
    width: Math.floor(box.width - px(style.paddingLeft) - px(style.paddingRight) - px(style.borderLeftWidth) - px(style.borderRightWidth)),
    height: Math.floor(box.height - px(style.paddingTop) - px(style.paddingBottom) - px(style.borderTopWidth) - px(style.borderBottomWidth)),
  };
}
