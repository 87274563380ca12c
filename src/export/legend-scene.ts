import { SEQUENTIAL_BLUES, classBounds } from '../ui/color-scale';
import { measureText } from '../derive/measure-text';
import { EXPORT_COLORS, type SceneItem } from './scene';

const SWATCH = 12;

/** The colour legend as shapes: a title, then a swatch and its range of counts per class. */
export function colorLegendItems(title: string, max: number, x: number, y: number): { items: SceneItem[]; width: number } {
  const items: SceneItem[] = [{ kind: 'text', x, y: y + 10, text: title, size: 11, fill: EXPORT_COLORS.muted }];
  let cursor = x + measureText(title, 11) + 16;
  for (const { index, from, to } of [{ index: 0, from: 0, to: 0 }, ...classBounds(max)]) {
    const label = from === to ? String(from) : `${from}–${to}`;
    items.push({ kind: 'rect', x: cursor, y: y, width: SWATCH, height: SWATCH, fill: SEQUENTIAL_BLUES[index] ?? '#fff', stroke: '#8a94a0', strokeWidth: 1, radius: 2 });
    items.push({ kind: 'text', x: cursor + SWATCH + 4, y: y + 10, text: label, size: 11, fill: EXPORT_COLORS.text });
    cursor += SWATCH + 4 + measureText(label, 11) + 12;
  }
  return { items, width: cursor - x };
}
