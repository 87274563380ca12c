import type { Heatmap } from '../derive/to-heatmap';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import type { Noun } from '../i18n/noun';
import { SEQUENTIAL_BLUES, colorClass, textColorOn } from '../ui/color-scale';
import { colorLegendItems } from './legend-scene';
import { fitText } from '../derive/measure-text';
import { EXPORT_COLORS, type Scene, type SceneItem } from './scene';

const LABEL = 210;
const CELL_W = 58;
const CELL_H = 20;
const GROUP_H = 22;
const HEAD_H = 24;

/** The heatmap as shapes: country codes across, grouped domains down, each count printed in its cell. */
export function buildHeatmapScene(heatmap: Heatmap, countryNames: ReadonlyMap<string, string>, noun: Noun, language: Language): Scene {
  const t = MESSAGES[language];
  const items: SceneItem[] = [];
  const width = LABEL + heatmap.columns.length * CELL_W;
  const legend = colorLegendItems(t.legendScale(noun), heatmap.scaleMax, 0, 0);
  items.push(...legend.items);
  let y = 28;

  heatmap.columns.forEach((id, c) => {
    const name = countryNames.get(id) ?? id;
    const label = heatmap.columns.length > 3 ? id : fitText(name, 12, CELL_W * 1.8, 700);
    items.push({ kind: 'text', x: LABEL + c * CELL_W + CELL_W / 2, y: y + 16, text: label, size: 12, weight: 700, fill: EXPORT_COLORS.text, anchor: 'middle' });
  });
  y += HEAD_H;

  for (const { group, rows } of heatmap.groups) {
    items.push({ kind: 'text', x: 0, y: y + 16, text: group.label[language], size: 12, weight: 700, fill: EXPORT_COLORS.muted });
    y += GROUP_H;
    for (const { domain, counts } of rows) {
      items.push({ kind: 'text', x: 4, y: y + 14, text: fitText(domain.label[language], 12, LABEL - 10), size: 12, fill: EXPORT_COLORS.text });
      counts.forEach((count, c) => {
        const colour = colorClass(count, heatmap.scaleMax);
        const x = LABEL + c * CELL_W;
        items.push({ kind: 'rect', x: x + 1, y: y + 1, width: CELL_W - 2, height: CELL_H - 2, fill: SEQUENTIAL_BLUES[colour] ?? '#fff', stroke: 'rgba(0,0,0,0.12)', strokeWidth: 1, radius: 2 });
        items.push({ kind: 'text', x: x + CELL_W / 2, y: y + 14, text: String(count), size: 12, fill: textColorOn(colour), anchor: 'middle' });
      });
      y += CELL_H;
    }
  }
  return { width: Math.max(width, legend.width), height: y + 4, background: '#ffffff', items };
}
