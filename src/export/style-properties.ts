/**
 * The computed styles an exported view keeps, so that it draws as on screen without the page's
 * stylesheet. Boxes keep their on-screen sizes; outlines (focus rings) are left out on purpose.
 */

/** Inherited properties: written on an element only where they differ from its parent's. */
export const INHERITED = [
  'color', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant-numeric', 'line-height',
  'letter-spacing', 'text-align', 'text-transform', 'white-space', 'word-break', 'overflow-wrap', 'visibility',
  'list-style-type', 'border-collapse', 'border-spacing',
] as const;

/** SVG paint, inherited too; read only in drawings, where it paints anything. */
export const SVG_PAINT = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linejoin',
  'stroke-linecap', 'paint-order', 'text-anchor', 'dominant-baseline',
] as const;

/**
 * What the browser's own stylesheet sets on headings, lists, buttons and tables among the
 * inherited properties: written on those elements whatever their parent's, so that a file
 * drawn without the page's stylesheet does not take the browser's.
 */
export const DRESSED_INHERITED = new Set(['color', 'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'text-align', 'text-transform', 'white-space', 'border-collapse', 'border-spacing']);

/** Properties of the box itself: written where they differ from their initial value (sizes are read apart). */
export const OWN: Readonly<Record<string, string>> = {
  display: 'inline',
  position: 'static',
  'box-sizing': 'content-box',
  'min-height': 'auto',
  'max-height': 'none',
  'margin-top': '0px', 'margin-right': '0px', 'margin-bottom': '0px', 'margin-left': '0px',
  'padding-top': '0px', 'padding-right': '0px', 'padding-bottom': '0px', 'padding-left': '0px',
  'border-top-width': '0px', 'border-right-width': '0px', 'border-bottom-width': '0px', 'border-left-width': '0px',
  'border-top-style': 'none', 'border-right-style': 'none', 'border-bottom-style': 'none', 'border-left-style': 'none',
  'border-top-color': '', 'border-right-color': '', 'border-bottom-color': '', 'border-left-color': '',
  'border-top-left-radius': '0px', 'border-top-right-radius': '0px', 'border-bottom-left-radius': '0px', 'border-bottom-right-radius': '0px',
  'background-color': 'rgba(0, 0, 0, 0)',
  'background-image': 'none',
  opacity: '1',
  'vertical-align': 'baseline',
  'flex-direction': 'row', 'flex-wrap': 'nowrap', 'flex-grow': '0', 'flex-shrink': '1', 'flex-basis': 'auto',
  'align-items': 'normal', 'align-self': 'auto', 'align-content': 'normal', 'justify-content': 'normal',
  'row-gap': 'normal', 'column-gap': 'normal',
  'grid-template-columns': 'none', 'grid-template-rows': 'none', 'grid-template-areas': 'none',
  'grid-row-start': 'auto', 'grid-row-end': 'auto', 'grid-column-start': 'auto', 'grid-column-end': 'auto',
  'table-layout': 'auto',
  'text-decoration-line': 'none',
  'text-overflow': 'clip',
  'overflow-x': 'visible', 'overflow-y': 'visible',
  'list-style-position': 'outside',
  'aspect-ratio': 'auto',
  'object-fit': 'fill',
  'box-shadow': 'none',
  'mix-blend-mode': 'normal',
};

const FLEX_OR_GRID = /flex|grid/;
/**
 * Whether a property can change how a box is drawn, from its display and its parent's: a grid's
 * tracks matter on grids only, a flex item's growth in flex or grid containers only, and so on.
 * Reading only these keeps a copy of hundreds of cells quick.
 */
export function applies(property: string, display: string, parentDisplay: string): boolean {
  if (property.startsWith('grid-template')) return display.includes('grid');
  if (property.startsWith('grid-')) return parentDisplay.includes('grid');
  if (property === 'flex-direction' || property === 'flex-wrap' || property === 'justify-content' || property === 'align-items' || property === 'align-content' || property === 'row-gap' || property === 'column-gap') return FLEX_OR_GRID.test(display);
  if (property.startsWith('flex-') || property === 'align-self') return FLEX_OR_GRID.test(parentDisplay);
  if (property === 'table-layout') return display === 'table';
  if (property === 'list-style-position') return display === 'list-item';
  return true;
}

/** Where the sizes are the box's content: an inline box's computed width says nothing. */
export const SIZED_DISPLAYS = /^(block|flex|grid|inline-block|inline-flex|inline-grid|table|table-cell|table-row|table-caption|list-item|flow-root)$/;
