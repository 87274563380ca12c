/**
 * A chart as plain shapes, drawn the same way to an SVG string and to a canvas. Colours are
 * resolved values (no CSS variables); text uses the bundled font.
 */
export type SceneItem =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string; strokeWidth?: number; radius?: number; dash?: number[] }
  | { kind: 'path'; d: string; fill: string; stroke?: string; strokeWidth?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; strokeWidth: number; dash?: number[] }
  | { kind: 'text'; x: number; y: number; text: string; size: number; fill: string; weight?: 400 | 700; anchor?: 'start' | 'middle' | 'end'; halo?: string }
  | { kind: 'group'; x: number; y: number; items: SceneItem[]; clip?: { width: number; height: number } };

export interface Scene {
  width: number;
  height: number;
  /** Painted first, under everything. */
  background: string;
  items: SceneItem[];
}

export const FONT_FAMILY = 'Noto Sans';

/** The colours of exported images, resolved (a file has no stylesheet to look them up in). */
export const EXPORT_COLORS = {
  text: '#1b1f24',
  muted: '#515a65',
  rule: '#d5dae1',
  neighbour: '#e6e8eb',
  border: '#3d4650',
  accent: '#0b5cad',
  mark: '#3b7dc4',
  event: '#6b4fa3',
  eventSpan: '#d9cdf0',
  place: '#b42318',
  /** China, party to every statement, drawn apart from the blue scale of its partners. */
  hub: '#b9b3a6',
  panel: '#f7f9fb',
} as const;
