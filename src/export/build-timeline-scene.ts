import { BIN_WIDTH, DIAMOND, MARK, layoutTimeline } from '../derive/layout-timeline';
import { makeTimeScale } from '../derive/time-scale';
import type { Timeline } from '../derive/to-timeline';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import type { Noun } from '../i18n/noun';
import { EXPORT_COLORS, type Scene, type SceneItem } from './scene';

const LABEL = 100;
const PLOT = 760;

/** The timeline as shapes: the broken year axis, event bands, and commitment marks in lanes. */
export function buildTimelineScene(timeline: Timeline, laneLabel: (id: string) => string, focusedId: string | null, noun: Noun, language: Language): Scene {
  const t = MESSAGES[language];
  const scale = makeTimeScale(timeline.axisRanges, PLOT);
  const layout = layoutTimeline(timeline, scale, (event) => (event.label ?? event.title)[language]);
  const plot: SceneItem[] = [];

  for (const segment of scale.segments) {
    plot.push({ kind: 'rect', x: segment.x0, y: 18, width: segment.x1 - segment.x0, height: layout.height - 18, fill: EXPORT_COLORS.panel });
    const years = segment.endYear - segment.startYear + 1;
    const yearWidth = (segment.x1 - segment.x0) / years;
    for (let i = 0; i < years; i++) {
      const x = segment.x0 + i * yearWidth;
      plot.push({ kind: 'line', x1: x, y1: 18, x2: x, y2: layout.height, stroke: EXPORT_COLORS.rule, strokeWidth: 1 });
      if (yearWidth >= 30 || i === 0) plot.push({ kind: 'text', x: x + Math.min(yearWidth, 44) / 2, y: 14, text: String(segment.startYear + i), size: 11, fill: EXPORT_COLORS.muted, anchor: 'middle' });
    }
  }
  for (const gap of scale.breaks) {
    const mid = (gap.x0 + gap.x1) / 2;
    plot.push({ kind: 'path', d: `M${mid - 5},${layout.height - 8} l4,-8 l2,16 l4,-8`, fill: 'none', stroke: '#7d8793', strokeWidth: 1.5 });
  }
  for (const { event, inRange, x0, x1, y: row, label, open } of layout.events) {
    const faded = inRange ? 1 : 0.3;
    const y = row + layout.text.rise;
    if (event.when.precision === 'day') plot.push({ kind: 'path', d: `M${(x0 + x1) / 2},${y} l${DIAMOND},${DIAMOND} l${-DIAMOND},${DIAMOND} l${-DIAMOND},${-DIAMOND} z`, fill: fade(EXPORT_COLORS.event, faded) });
    else if (event.when.precision === 'year' || event.when.precision === 'month') plot.push({ kind: 'rect', x: x0, y: y + 1, width: Math.max(3, x1 - x0), height: 8, radius: 2, fill: fade(EXPORT_COLORS.event, faded) });
    else plot.push({ kind: 'rect', x: x0, y: y + 1, width: Math.max(3, x1 - x0), height: 8, radius: 2, fill: fade(EXPORT_COLORS.eventSpan, faded), stroke: fade(EXPORT_COLORS.event, faded), strokeWidth: 1.2, dash: [3, 2] });
    if (open === 'end') plot.push({ kind: 'path', d: `M${x1},${y + 5} l-6,-5 v10 z`, fill: fade(EXPORT_COLORS.event, faded) });
    if (open === 'start') plot.push({ kind: 'path', d: `M${x0},${y + 5} l6,-5 v10 z`, fill: fade(EXPORT_COLORS.event, faded) });
    if (label) plot.push({ kind: 'text', x: label.x, y: row + layout.text.size - 1, text: label.text, size: layout.text.size, fill: fade(EXPORT_COLORS.text, faded), anchor: label.anchor });
  }
  for (const { mark, x, y } of layout.marks) {
    const focused = mark.commitment.id === focusedId;
    plot.push({ kind: 'rect', x, y, width: MARK, height: MARK, radius: 2, fill: focused ? EXPORT_COLORS.place : fade(EXPORT_COLORS.mark, mark.inRange ? 1 : 0.25), ...(focused ? { stroke: '#111111', strokeWidth: 2 } : {}) });
  }
  for (const bin of layout.bins) {
    const width = bin.width ?? BIN_WIDTH - 1;
    plot.push({ kind: 'rect', x: bin.x, y: bin.y, width, height: bin.height, radius: bin.width ? 3 : 0, fill: fade(bin.width ? EXPORT_COLORS.accent : EXPORT_COLORS.mark, bin.inRange ? 1 : 0.25) });
    if (bin.width) plot.push({ kind: 'text', x: bin.x + width / 2, y: bin.y + bin.height / 2 + 4, text: String(bin.count), size: 11, weight: 700, fill: '#ffffff', anchor: 'middle' });
  }

  const items: SceneItem[] = [
    { kind: 'text', x: 0, y: 24 + layout.eventsHeight / 2 + 4, text: t.eventsLane, size: 11.5, fill: EXPORT_COLORS.text },
    ...layout.lanes.flatMap((lane): SceneItem[] => [
      { kind: 'line', x1: 0, y1: lane.y, x2: LABEL + PLOT, y2: lane.y, stroke: EXPORT_COLORS.rule, strokeWidth: 1 },
      { kind: 'text', x: 0, y: lane.y + Math.min(lane.height / 2, 14) + 4, text: laneLabel(lane.id), size: 11.5, fill: EXPORT_COLORS.text },
    ]),
    { kind: 'group', x: LABEL, y: 0, items: plot },
  ];

  // Legend: what each kind of mark means.
  const ly = layout.height + 16;
  items.push(
    { kind: 'rect', x: 0, y: ly - 9, width: MARK, height: MARK, radius: 2, fill: EXPORT_COLORS.mark },
    { kind: 'text', x: 16, y: ly, text: t.legendMark(noun), size: 11, fill: EXPORT_COLORS.text },
    { kind: 'rect', x: 290, y: ly - 8, width: 22, height: 8, radius: 2, fill: EXPORT_COLORS.event },
    { kind: 'text', x: 318, y: ly, text: t.legendEvent, size: 11, fill: EXPORT_COLORS.text },
    { kind: 'rect', x: 450, y: ly - 8, width: 22, height: 8, radius: 2, fill: EXPORT_COLORS.eventSpan, stroke: EXPORT_COLORS.event, strokeWidth: 1.2, dash: [3, 2] },
    { kind: 'text', x: 478, y: ly, text: t.legendSpan, size: 11, fill: EXPORT_COLORS.text },
  );
  return { width: LABEL + PLOT, height: ly + 8, background: '#ffffff', items };
}

/** A colour mixed with white, for what falls outside the time filter. */
function fade(hex: string, opacity: number): string {
  if (opacity >= 1) return hex;
  const channel = (i: number) => Math.round(255 - (255 - parseInt(hex.slice(i, i + 2), 16)) * opacity);
  return `rgb(${channel(1)},${channel(3)},${channel(5)})`;
}
