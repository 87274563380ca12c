import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed. Printing lays the views out like a presentation (groups
 * folded, the list as far as it fits, then "+ N more"), so the handout holds everything on one
 * page: the change is drawn before the browser lays the page out for paper.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false);
}

let printing = false;
/** The print media query, asked once: a snapshot is read at every render. */
const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;

function isPrinting(): boolean {
  return printing || (media?.matches ?? false);
}

function subscribe(onChange: () => void): () => void {
  const set = (value: boolean) => () => {
    printing = value;
    // Drawn now, not after the browser has laid the page out for printing.
    flushSync(onChange);
  };
  const before = set(true);
  const after = set(false);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', onChange);
  };
}
