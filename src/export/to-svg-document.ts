import { FONT_FAMILY } from './frame-view';

/** Fonts to embed, as base64 WOFF2, so the file looks the same on any machine. */
export interface EmbeddedFonts {
  regular: string;
  bold: string;
}

/**
 * A framed view as a standalone SVG document: the view's own elements, with their styles, in a
 * foreignObject, and the font embedded. It is parsed back before it is handed out, so an invalid
 * file is an error with its cause, never a download.
 */
export function toSvgDocument(frame: Element, width: number, height: number, fonts: EmbeddedFonts): string {
  const rules = hoistStyles(frame);
  const body = new XMLSerializer().serializeToString(frame);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>${fontFace(400, fonts.regular)}${fontFace(700, fonts.bold)}\n${rules}</style>`,
    `<foreignObject x="0" y="0" width="${width}" height="${height}">${body}</foreignObject>`,
    '</svg>',
  ].join('');
  // Parsed without its style sheet, which the page's policy would refuse to apply (and report) in
  // a parsed document; its text came out of the CSS object model.
  const bare = svg.replace(/<style>[^<]*<\/style>/, '');
  const problem = new DOMParser().parseFromString(bare, 'image/svg+xml').querySelector('parsererror');
  if (problem) throw new Error(`the image is not valid SVG (${problem.textContent.split('\n')[0] ?? 'parse error'})`);
  return svg;
}

/**
 * Moves the elements' styles into one sheet: elements drawn alike (a heatmap's hundreds of cells)
 * share a class, and the file says each style once. Classes are numbered in the order they first
 * appear, so the same view gives the same file.
 */
function hoistStyles(frame: Element): string {
  const classes = new Map<string, string>();
  for (const element of [frame, ...frame.querySelectorAll('[style]')]) {
    const style = element.getAttribute('style');
    if (!style) continue;
    let name = classes.get(style);
    if (!name) {
      name = `s${classes.size}`;
      classes.set(style, name);
    }
    element.removeAttribute('style');
    element.setAttribute('class', name);
  }
  return [...classes].map(([style, name]) => `.${name}{${style}}`).join('\n');
}

function fontFace(weight: number, base64: string): string {
  return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};src:url(data:font/woff2;base64,${base64}) format('woff2')}`;
}
