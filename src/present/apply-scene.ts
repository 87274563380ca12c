import { parseState } from '../filters/url-state';
import { pickState, useFilters } from '../filters/use-filters';
import type { Scene } from './scene';

/** Shows a scene: its filters, focused record and enlarged view, in the language in use. */
export function applyScene(scene: Scene): void {
  const current = pickState(useFilters.getState());
  const { state } = parseState(scene.query);
  const hasLanguage = new URLSearchParams(scene.query).has('lang');
  useFilters.getState().restore({ ...state, language: hasLanguage ? state.language : current.language });
}
