import { useEffect, useRef, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The rendered size of an element, kept up to date as the layout changes. The third value says
 * whether the size is measured yet (always, where nothing can measure it): a costly drawing can
 * wait for it rather than draw twice. The first measure comes before the first paint.
 */
export function useElementSize<T extends HTMLElement>(fallback: Size) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  const [measured, setMeasured] = useState(typeof ResizeObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      const height = Math.floor(entry?.contentRect.height ?? 0);
      if (width > 0 && height > 0) setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
      setMeasured(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size, measured] as const;
}
