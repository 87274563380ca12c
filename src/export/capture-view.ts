import { cleanText } from '../data/clean-text';
import { DRESSED_INHERITED, INHERITED, OWN, SIZED_DISPLAYS, SVG_PAINT, applies } from './style-properties';

/**
 * What an export leaves out of a view: the controls around it, hints on how to use it, the data
 * tables folded under it, text meant for screen readers only, and anything that shows only under
 * the pointer (the brush's dates while it is hovered).
 */
export const NOT_EXPORTED = [
  '.view__actions', '.view__hint', '.timeline__controls', '.data-table', '.map__tooltip', '.heatmap__fold-all',
  '.commitment-list__more', '.icon-button', '.visually-hidden', '.recharts-brush-texts', 'input', 'select', 'textarea', 'script', 'style',
].join(', ');

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements the browser's stylesheet gives margins, padding, borders, fonts or colours of their own. */
const UA_STYLED = /^(h[1-6]|p|ul|ol|li|dl|dt|dd|button|table|caption|th|td|strong|b|em|small|summary|details|figure|blockquote|hr|a|label|mark|q|code)$/;
/** The box properties such an element gets from the browser's stylesheet. */
const BOX = /^(margin|padding|border-(top|right|bottom|left)-(width|style)|background-color|display|text-decoration-line|vertical-align)/;

/** A view copied off the screen: its elements with the computed styles they are drawn with. */
export interface CapturedView {
  node: Element;
  width: number;
  /** Rows of the statement list the copy holds, where the view has one. */
  listRows: number | null;
  /**
   * To run once the copy is laid out in a page: grids give each row the height of what it holds,
   * so that controls left out leave no hole.
   */
  settle: () => void;
  /**
   * Once settled: how far the grid stretched the copy of a panel (given by its element on
   * screen) beyond what it holds, in px; the room left blank at its foot.
   */
  blankIn: (panel: Element) => number;
}

/** A grid of the copy, with the rows each of its panels spans (first and last, from 0). */
interface CopiedGrid {
  grid: HTMLElement;
  rows: number;
  items: { original: Element; copy: HTMLElement; first: number; last: number }[];
}

/**
 * Copies a view as it is drawn now: the same elements, sizes, colours, selection and highlights,
 * with each computed style written on the copy, so that it draws the same without the page's
 * stylesheet. A scrolled box keeps what shows in it; what is scrolled out of sight is left out.
 * Dataset text is cleaned of characters a file must not hold.
 */
export function captureView(root: HTMLElement, drawnElsewhere: ReadonlyMap<Element, Element> = new Map()): CapturedView {
  const box = root.getBoundingClientRect();
  const state: CaptureState = { listRows: root.querySelector('.commitment-list') ? 0 : null, grids: [], styles: new Map(), drawnElsewhere };
  // Hover and focus marks belong to the pointer and the keyboard: the page drops them while copying.
  document.documentElement.dataset.exporting = '';
  let node: Element | null;
  try {
    node = copyElement(root, null, null, state);
  } finally {
    delete document.documentElement.dataset.exporting;
  }
  if (!node) throw new Error('the view is not on the screen');
  const blanks = new Map<Element, number>();
  const settle = () => state.grids.forEach((grid) => settleGrid(grid).forEach((blank, panel) => blanks.set(panel, blank)));
  return { node, width: Math.ceil(box.width), listRows: state.listRows, settle, blankIn: (panel) => blanks.get(panel) ?? 0 };
}

interface CaptureState {
  listRows: number | null;
  grids: CopiedGrid[];
  /** Styles already read, by what decides them (see styleKey): cells drawn alike are read once. */
  styles: Map<string, StyleEntry>;
  /** Parts of the view to copy from another drawing of them instead (see captureView's callers). */
  drawnElsewhere: ReadonlyMap<Element, Element>;
}

/** An element's style as read once for every element drawn alike; sizes are read for each. */
interface StyleEntry {
  id: number;
  parts: string[];
  values: Map<string, string>;
  display: string;
}

/** Attributes no style rule of the page looks at: text for screen readers, geometry, ids. */
const NOT_STYLING = /^(id|title|tabindex|lang|aria-(label|labelledby|describedby|valuenow|valuetext|valuemin|valuemax|controls|live)|d|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|points|transform|width|height|viewBox|href|data-mark|data-year|data-end-year|data-row|data-col)$/;

/**
 * What decides an element's computed style, besides its sizes: its parent's style, its kind, its
 * classes and other attributes (inline style included), and where it stands among its siblings
 * (first, last, and the one before it, for the page's :first-child, :last-child and + rules).
 */
function styleKey(element: Element, parentId: number, scrolls: boolean): string {
  const attributes = element.getAttributeNames().filter((name) => !NOT_STYLING.test(name)).map((name) => `${name}=${element.getAttribute(name) ?? ''}`);
  const before = element.previousElementSibling;
  return [parentId, element.namespaceURI, element.localName, attributes.join(' '), before ? `${before.localName}.${before.getAttribute('class') ?? ''}` : '^', element.nextElementSibling ? '' : '$', scrolls].join('|');
}

/**
 * Every row but the last as tall as the tallest panel that lies in it alone; the last takes the
 * rest. Returns, for each panel the grid stretches, by how much (by the panel's element on screen).
 */
function settleGrid({ grid, rows, items }: CopiedGrid): Map<Element, number> {
  // Measured at their own height, not stretched to the row's.
  const aligns = items.map((item) => item.copy.style.alignSelf);
  for (const item of items) item.copy.style.alignSelf = 'start';
  const own = new Map(items.map((item) => [item, item.copy.getBoundingClientRect().height]));
  const alone = items.filter((item) => item.first === item.last && item.last < rows - 1);
  const heights = Array.from({ length: rows - 1 }, (_, row) => Math.max(0, ...alone.filter((item) => item.first === row).map((item) => own.get(item) ?? 0)));
  items.forEach((item, i) => (item.copy.style.alignSelf = aligns[i] ?? ''));
  grid.style.gridTemplateRows = [...heights.map((h) => `${Math.ceil(h)}px`), 'auto'].join(' ');
  return new Map(items.map((item) => [item.original, Math.max(0, item.copy.getBoundingClientRect().height - (own.get(item) ?? 0))]));
}

/** Which of the grid's rows each of its children spans on screen, from their positions. */
function rowSpans(original: Element, style: CSSStyleDeclaration): { child: Element; first: number; last: number }[] {
  const tracks = style.gridTemplateRows.split(' ').map(Number.parseFloat);
  const gap = Number.parseFloat(style.rowGap) || 0;
  const top = original.getBoundingClientRect().top + (Number.parseFloat(style.borderTopWidth) || 0) + (Number.parseFloat(style.paddingTop) || 0);
  const starts = tracks.map((_, i) => top + tracks.slice(0, i).reduce((sum, h) => sum + h + gap, 0));
  const ends = starts.map((start, i) => start + (tracks[i] ?? 0));
  return [...original.children].map((child) => {
    const rect = child.getBoundingClientRect();
    const first = Math.max(0, starts.findLastIndex((start) => start <= rect.top + 2));
    const last = Math.max(first, ends.findIndex((end) => end >= rect.bottom - 2));
    return { child, first, last: last === -1 ? tracks.length - 1 : last };
  });
}

/** What a copied element hands its children: its inherited values, and its display. */
interface Inherited {
  id: number;
  values: Map<string, string>;
  display: string;
}

function copyElement(original: Element, parent: Inherited | null, viewport: DOMRect | null, state: CaptureState): Element | null {
  if (original.matches(NOT_EXPORTED)) return null;
  const style = getComputedStyle(original);
  if (style.display === 'none') return null;
  // Whatever a scrolled box does not show stays out of the copy; a row it shows only in part, too.
  if (viewport && !shows(viewport, original.getBoundingClientRect(), original.matches('li, tr'))) return null;

  // A new element rather than a clone: a cloned style attribute would be refused by the page's policy.
  const copy = document.createElementNS(original.namespaceURI, original.localName);
  for (const name of original.getAttributeNames()) {
    const keep = name === 'id' ? original.namespaceURI === SVG_NS : !name.startsWith('on') && name !== 'class' && name !== 'style' && name !== 'tabindex';
    if (keep) copy.setAttribute(name, cleanText(original.getAttribute(name) ?? ''));
  }
  const scrolls = /auto|scroll|hidden/.test(style.overflowY) && original.scrollHeight > original.clientHeight + 1;
  const key = styleKey(original, parent?.id ?? -1, scrolls);
  let entry = state.styles.get(key);
  if (!entry) {
    entry = { id: state.styles.size, display: style.display, ...readStyle(original, style, parent) };
    state.styles.set(key, entry);
  }
  const { values, display } = entry;
  const declarations = [...entry.parts, ...readSizes(original, style, display, scrolls)].join(';');
  // Through the CSS object model: the page's policy refuses style attributes from markup.
  if (declarations) (copy as HTMLElement | SVGElement).style.cssText = declarations;
  if (original.matches('.commitment-list > li') && state.listRows !== null) state.listRows++;

  // A box that scrolls shows only its visible part: its children are kept where they show in it.
  const inner = scrolls ? original.getBoundingClientRect() : viewport;
  const grid = display === 'grid' && style.gridTemplateRows.split(' ').length > 1 ? { grid: copy as HTMLElement, rows: style.gridTemplateRows.split(' ').length, items: [] as CopiedGrid['items'] } : null;
  const spans = grid ? new Map(rowSpans(original, style).map((span) => [span.child, span])) : null;
  for (const child of original.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) copy.appendChild(document.createTextNode(cleanText(child.textContent ?? '')));
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const source = state.drawnElsewhere.get(child as Element) ?? (child as Element);
      const childCopy = copyElement(source, { id: entry.id, values, display }, inner, state);
      if (!childCopy) continue;
      copy.appendChild(childCopy);
      const span = spans?.get(child as Element);
      if (grid && span) {
        // Placed by row numbers: the copy has no named areas to place it by.
        (childCopy as HTMLElement).style.gridRow = `${span.first + 1} / ${span.last + 2}`;
        grid.items.push({ original: child as Element, copy: childCopy as HTMLElement, first: span.first, last: span.last });
      }
    }
  }
  if (grid) state.grids.push(grid);
  return copy;
}

/** Whether a box shows an element: any part of it, or, for a row, all of it. */
function shows(box: DOMRect, rect: DOMRect, whole: boolean): boolean {
  if (whole) return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
  return rect.bottom > box.top && rect.top < box.bottom && rect.right > box.left && rect.left < box.right;
}

/**
 * The element's computed style as declarations, sizes aside: inherited ones where they change
 * from the parent's, others where they are not initial; and its inherited values, for its children.
 */
function readStyle(element: Element, style: CSSStyleDeclaration, parent: Inherited | null): { parts: string[]; values: Map<string, string> } {
  const inSvg = element.namespaceURI === SVG_NS;
  const svgChild = inSvg && element.localName !== 'svg';
  // Elements the browser's own stylesheet dresses (headings, lists, buttons, tables) get every
  // value written: where the page undid that dress, the file must undo it too.
  const dressed = element.namespaceURI === HTML_NS && UA_STYLED.test(element.localName);
  const parts: string[] = [];
  const values = new Map<string, string>();
  for (const property of inSvg ? [...INHERITED, ...SVG_PAINT] : INHERITED) {
    const value = style.getPropertyValue(property);
    values.set(property, value);
    if (!parent || value !== parent.values.get(property) || (dressed && DRESSED_INHERITED.has(property))) parts.push(`${property}:${value}`);
  }
  for (const [property, initial] of Object.entries(OWN)) {
    if (svgChild && property !== 'opacity' && property !== 'display') continue;
    if (!applies(property, style.display, parent?.display ?? '')) continue;
    // Rows as tall as what they hold: the same number of rows, sized anew; the last takes what
    // panels spanning several rows need beyond the others, as the page's last row does.
    if (property === 'grid-template-rows' && style.gridTemplateRows !== 'none') {
      const rows = style.gridTemplateRows.split(' ').map((_, i, all) => (i === all.length - 1 ? 'auto' : 'min-content'));
      parts.push(`grid-template-rows:${rows.join(' ')}`);
      continue;
    }
    // A border's colour says nothing where it has no border.
    if (property.endsWith('-color') && property.startsWith('border-') && style.getPropertyValue(property.replace('-color', '-style')) === 'none') continue;
    const value = style.getPropertyValue(property);
    if (value !== initial || (dressed && BOX.test(property))) parts.push(`${property}:${value}`);
  }
  // A box that scrolled keeps its size and hides what runs past it, as the screen does.
  if (/auto|scroll/.test(style.overflowY)) parts.push('overflow:hidden');
  return { parts, values };
}

/**
 * Boxes keep their width, so that text wraps as on screen; their height follows what they hold
 * (the controls left out leave no hole), except for drawings, empty boxes and boxes that scroll.
 */
function readSizes(element: Element, style: CSSStyleDeclaration, display: string, scrolls: boolean): string[] {
  if (element.namespaceURI === SVG_NS && element.localName !== 'svg') return [];
  const drawing = element.localName === 'svg' || element.localName === 'img' || element.localName === 'canvas';
  const parts: string[] = [];
  if (SIZED_DISPLAYS.test(display) || drawing) {
    const width = style.getPropertyValue('width');
    if (width !== 'auto') parts.push(`width:${width}`);
  }
  if (drawing || scrolls || element.childNodes.length === 0) {
    const height = style.getPropertyValue('height');
    if (height !== 'auto') parts.push(`height:${height}`);
  }
  return parts;
}
