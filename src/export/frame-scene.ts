import { wrapText } from '../derive/measure-text';
import { EXPORT_COLORS, type Scene, type SceneItem } from './scene';

export interface Caption {
  /** The view's title. */
  title: string;
  /** The active filters in words. */
  filters: string;
  /** "Source: <title> (<date>)". */
  source: string;
  /** "<dashboard> · exported <date>". */
  footer: string;
}

const MARGIN = 24;

/**
 * Wraps a chart in what makes it describe itself: a header with the view's title and the
 * active filters, and a footer with the source, the dashboard's name and the export date.
 */
export function frameScene(body: Scene, caption: Caption): Scene {
  // Whole units, so that every pixel ratio gives a whole number of pixels.
  const width = Math.ceil(Math.max(body.width + 2 * MARGIN, 520));
  const inner = width - 2 * MARGIN;
  const items: SceneItem[] = [];
  let y = MARGIN;

  for (const line of wrapText(caption.title, 20, inner, 700)) {
    y += 22;
    items.push({ kind: 'text', x: MARGIN, y, text: line, size: 20, weight: 700, fill: EXPORT_COLORS.text });
  }
  for (const line of wrapText(caption.filters, 14, inner)) {
    y += 20;
    items.push({ kind: 'text', x: MARGIN, y, text: line, size: 14, fill: EXPORT_COLORS.muted });
  }
  y += 12;
  items.push({ kind: 'line', x1: MARGIN, y1: y, x2: width - MARGIN, y2: y, stroke: EXPORT_COLORS.rule, strokeWidth: 1 });
  y += 12;

  items.push({ kind: 'group', x: MARGIN + (inner - body.width) / 2, y, items: body.items, clip: { width: body.width, height: body.height } });
  y += body.height + 12;

  items.push({ kind: 'line', x1: MARGIN, y1: y, x2: width - MARGIN, y2: y, stroke: EXPORT_COLORS.rule, strokeWidth: 1 });
  for (const line of wrapText(caption.source, 12, inner)) {
    y += 17;
    items.push({ kind: 'text', x: MARGIN, y, text: line, size: 12, fill: EXPORT_COLORS.text });
  }
  y += 17;
  items.push({ kind: 'text', x: MARGIN, y, text: caption.footer, size: 12, fill: EXPORT_COLORS.muted });
  return { width, height: Math.ceil(y + MARGIN), background: '#ffffff', items };
}
