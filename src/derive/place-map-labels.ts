import { measureText } from './measure-text';

export interface MapLabelInput {
  id: string;
  /** Where the label belongs: the country's label point, in frame coordinates. */
  anchor: readonly [number, number];
  /** The lines written, first in bold at `nameSize`, then the count at `countSize`. */
  name: string;
  count: string;
}

export interface PlacedMapLabel {
  id: string;
  name: string;
  count: string;
  /** The centre of the label box. */
  x: number;
  y: number;
  width: number;
  height: number;
  anchor: readonly [number, number];
  /** Whether it was moved far enough from its anchor to need a leader line back to it. */
  moved: boolean;
}

/** A box labels must keep clear of, which does not move itself (a place's name on the map). */
export interface Obstacle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const NAME_SIZE = 12;
export const COUNT_SIZE = 15;
const PAD = 3;
const RINGS = 12;
const EPSILON = 1e-6;

/**
 * Where each country's name and count go so that no two overlap, nor cover a place's name: each
 * label takes the first free spot on rings of growing radius around its anchor (its own spot
 * first), inside the frame. A label set far from its anchor gets a leader line back to it. Pure,
 * so tests can measure it; when no free spot exists within reach, it keeps its own spot.
 */
export function placeMapLabels(inputs: readonly MapLabelInput[], frame: { width: number; height: number }, scale = 1, obstacles: readonly Obstacle[] = []): PlacedMapLabel[] {
  const taken: Obstacle[] = [...obstacles];
  // Every spot tried is moved inside the frame first (`inside`), so it can only stick out to the left
  // or the top, when the label is wider or taller than the frame. Edges that meet are compared
  // within a millionth of a pixel: a label set against another can land a rounding error past it.
  const clear = (box: Obstacle) =>
    box.x - box.width / 2 >= -EPSILON && box.y - box.height / 2 >= -EPSILON &&
    taken.every((o) => Math.abs(o.x - box.x) >= (o.width + box.width) / 2 - EPSILON || Math.abs(o.y - box.y) >= (o.height + box.height) / 2 - EPSILON);
  return inputs.map((input) => {
    const width = Math.max(measureText(input.name, NAME_SIZE * scale, 700), measureText(input.count, COUNT_SIZE * scale, 700)) + 2 * PAD;
    const height = (NAME_SIZE + COUNT_SIZE) * scale + 2 * PAD;
    const [ax, ay] = input.anchor;
    const inside = (x: number, y: number) => ({
      x: Math.min(frame.width - width / 2, Math.max(width / 2, x)),
      y: Math.min(frame.height - height / 2, Math.max(height / 2, y)),
    });
    let spot = inside(ax, ay);
    search: for (let ring = 0; ring <= RINGS; ring++) {
      const radius = (ring * height) / 2;
      const steps = ring === 0 ? 1 : 16;
      for (let k = 0; k < steps; k++) {
        const angle = (2 * Math.PI * k) / steps;
        // Wider than tall: rings are stretched sideways, where there is usually more room.
        const candidate = inside(ax + radius * 1.8 * Math.cos(angle), ay + radius * Math.sin(angle));
        if (clear({ ...candidate, width, height })) {
          spot = candidate;
          break search;
        }
      }
    }
    taken.push({ ...spot, width, height });
    return { id: input.id, name: input.name, count: input.count, x: spot.x, y: spot.y, width, height, anchor: input.anchor, moved: Math.hypot(spot.x - ax, spot.y - ay) > height / 2 };
  });
}
