import { useEffect } from 'react';
import { useFilters } from '../filters/use-filters';
import { usePresentation } from '../present/use-presentation';

/**
 * Escape leaves an enlarged view, as it leaves a presentation: one key, one meaning. An open
 * dialog or menu takes its own Escape first (they stop it, or the dialog is still open).
 */
export function useEscapeClosesEnlarge(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (usePresentation.getState().presenting || document.querySelector('dialog[open]')) return;
      const { spotlight, spotlightView } = useFilters.getState();
      if (spotlight === null) return;
      event.preventDefault();
      spotlightView(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
