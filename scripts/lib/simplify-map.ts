// Thins the neighbours' borders, which the map draws small and only for context, so the page has
// fewer vertices to project on every load. What must stay exact stays exact: the Fergana valley
// countries (their enclaves are a few vertices each) and the vertices laid along the window's
// edges (without them, edges along parallels would bow).
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { CENTRAL_ASIA_WINDOW, DEFAULT_QUANTIZATION, type CountryObjects, type MapWindow } from './subset-map';

/** Kyrgyzstan, Uzbekistan and Tajikistan: every vertex kept. */
export const EXACT_IDS: readonly string[] = ['417', '860', '762'];

/** The share of the other vertices ranked by importance (spherical triangle area) that is dropped. */
export const DROP_SHARE = 0.3;

type Nested = number | Nested[];

export function simplifyMap(subset: Topology<CountryObjects>, window: MapWindow = CENTRAL_ASIA_WINDOW, dropShare = DROP_SHARE): Topology<CountryObjects> {
  const exactArcs = new Set<number>();
  const walk = (arcs: Nested) => (typeof arcs === 'number' ? exactArcs.add(arcs < 0 ? ~arcs : arcs) : arcs.forEach(walk));
  for (const geometry of subset.objects.countries.geometries) {
    if (EXACT_IDS.includes(String(geometry.id)) && 'arcs' in geometry) walk(geometry.arcs);
  }
  const onEdge = ([x, y]: number[]) => {
    const near = (a = 0, b = 0) => Math.abs(a - b) < 1e-6;
    return near(x, window.west) || near(x, window.east) || near(y, window.south) || near(y, window.north);
  };
  const weighted = presimplify(subset, sphericalTriangleArea);
  weighted.arcs.forEach((arc, i) => {
    for (const point of arc) if (exactArcs.has(i) || onEdge(point)) point[2] = Infinity;
  });
  const simplified = simplify(weighted, quantile(weighted, dropShare));
  // simplify() hands back absolute coordinates: quantize again, as the subset was.
  return quantize<CountryObjects>(simplified, DEFAULT_QUANTIZATION);
}
