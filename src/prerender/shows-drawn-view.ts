import { isDrawnPage } from './drawn-page';
import { hasKeptFiles } from '../storage/opened-files';
import { useSetAside } from '../storage/healing-storage';
import { usePreferences } from '../filters/use-preferences';
import { useScenes } from '../present/use-scenes';

/**
 * Whether this visit shows the view the build drew into the page (the default one): no query in
 * the address, the system theme, the default tour, nothing set aside, no dataset kept from an
 * earlier visit. public/prerender-guard.js decides the same before the page paints.
 */
export function showsDrawnView(root: HTMLElement): boolean {
  return (
    isDrawnPage(root) &&
    window.location.search === '' &&
    usePreferences.getState().theme === 'system' &&
    useScenes.getState().scenes === null &&
    useSetAside.getState().setAside.length === 0 &&
    !hasKeptFiles()
  );
}
