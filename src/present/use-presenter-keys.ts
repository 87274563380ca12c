import { useEffect, useRef } from 'react';
import type { Dataset } from '../data/schema';
import { applyScene } from './apply-scene';
import type { Scene } from './scene';
import { usePresentation } from './use-presentation';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Whether a key press is someone typing, which the presenter keys must leave alone. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Enters presentation mode at the first scene, full screen where the browser allows it. */
export function startPresentation(scenes: readonly Scene[], dataset: Dataset): void {
  const first = scenes[0];
  if (first) applyScene(first, dataset);
  usePresentation.getState().startPresenting(0);
  // Full screen is a wish: refused (no user gesture, an iframe, a kiosk) or missing, the
  // full-window layout stays.
  const root: { requestFullscreen?: () => Promise<void> } = document.documentElement;
  root.requestFullscreen?.().catch(() => undefined);
}

export function stopPresentation(): void {
  usePresentation.getState().stopPresenting();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/**
 * The keys a presenter and a clicker use: P to start; arrows, PageUp/PageDown and Space to move;
 * Home and End; a number then Enter to jump; Esc to leave.
 */
export function usePresenterKeys(scenes: readonly Scene[], dataset: Dataset | undefined): void {
  const typed = useRef('');
  useEffect(() => {
    const goTo = (index: number) => {
      const scene = scenes[index];
      if (!scene || !dataset) return;
      applyScene(scene, dataset);
      usePresentation.getState().goToScene(index);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const { presenting, sceneIndex } = usePresentation.getState();
      if (!presenting) {
        if ((event.key === 'p' || event.key === 'P') && dataset) {
          event.preventDefault();
          startPresentation(scenes, dataset);
        }
        return;
      }
      if (/^\d$/.test(event.key)) {
        typed.current = (typed.current + event.key).slice(-3);
        return;
      }
      let handled = true;
      if (event.key === 'Enter' && typed.current) goTo(Number(typed.current) - 1);
      else if (NEXT.has(event.key)) goTo(Math.min(scenes.length - 1, sceneIndex + 1));
      else if (PREVIOUS.has(event.key)) goTo(Math.max(0, sceneIndex - 1));
      else if (event.key === 'Home') goTo(0);
      else if (event.key === 'End') goTo(scenes.length - 1);
      else if (event.key === 'Escape') stopPresentation();
      else handled = false;
      if (handled) {
        event.preventDefault();
        typed.current = '';
      }
    };
    // Leaving full screen with the browser's own Esc ends the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement && usePresentation.getState().presenting) usePresentation.getState().stopPresenting();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [scenes, dataset]);
}
