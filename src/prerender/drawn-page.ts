/**
 * The page the build drew the default view into, as the page itself says before any script of
 * the dashboard's has run: the root carries the drawing, and public/prerender-guard.js has not
 * marked it stale. Reads only the page, so the entry can ask it before loading the dashboard.
 */
export function isDrawnPage(root: HTMLElement): boolean {
  return root.hasAttribute('data-prerendered') && document.documentElement.dataset.prerender !== 'stale';
}
