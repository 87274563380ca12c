import type { Dataset } from '../data/schema';
import { reconcileWithDataset } from '../filters/reconcile-with-dataset';
import { reportDropped } from '../filters/use-dropped-filters';
import { parseState } from '../filters/url-state';
import { pickState, useFilters } from '../filters/use-filters';
import type { Scene } from './scene';

/**
 * Shows a scene: its filters, focused record and enlarged view, in the language in use. What it
 * names that this dataset does not have (a scene made on another) is left out, and said.
 */
export function applyScene(scene: Scene, dataset: Dataset): void {
  const current = pickState(useFilters.getState());
  const { state } = parseState(scene.query);
  const hasLanguage = new URLSearchParams(scene.query).has('lang');
  const fitted = reconcileWithDataset({ ...state, language: hasLanguage ? state.language : current.language }, dataset);
  useFilters.getState().restore(fitted.state);
  if (fitted.notices.length > 0) reportDropped({ because: { kind: 'scene', name: scene.name }, notices: fitted.notices });
}
