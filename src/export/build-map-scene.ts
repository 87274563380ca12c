import { geoPath } from 'd3-geo';
import type { MapFeatures } from '../data/map-query';
import type { Dataset } from '../data/schema';
import { fitMapProjection } from '../derive/fit-map-projection';
import { FOCAL_COUNTRY } from '../derive/focal-country';
import { mapPlaceBoxes } from '../derive/map-place-boxes';
import { describePartnerLines } from '../derive/describe-partner-lines';
import { COUNT_SIZE, NAME_SIZE, placeMapLabels } from '../derive/place-map-labels';
import { placePartnerLines } from '../derive/place-partner-lines';
import type { MapCountry } from '../derive/to-map-countries';
import type { CountryPartners } from '../derive/to-partner-links';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import type { Noun } from '../i18n/noun';
import { SEQUENTIAL_BLUES, colorClass } from '../ui/color-scale';
import { colorLegendItems } from './legend-scene';
import { EXPORT_COLORS, type Scene, type SceneItem } from './scene';

const WIDTH = 860;
const HEIGHT = 500;
/** Labels a little larger than on a laptop's screen: an image is read from a slide. */
const LABEL_SCALE = 1.2;

interface MapSceneInput {
  features: MapFeatures;
  countries: readonly MapCountry[];
  scaleMax: number;
  /** What the counts count. */
  noun: Noun;
  selected: readonly string[];
  /** With whom each selected country shares statements: drawn as lines, as on screen. */
  partners: readonly CountryPartners[];
  places: Dataset['places'];
  language: Language;
}

/** The map as shapes: neighbours in grey, the dataset's countries shaded with their counts, the places named, the selection's partner lines. */
export function buildMapScene({ features, countries, scaleMax, noun, selected, partners, places, language }: MapSceneInput): Scene {
  const t = MESSAGES[language];
  const byNumeric = new Map(countries.map((c) => [c.isoNumeric, c]));
  const { projection, labelPoints } = fitMapProjection(features, new Set(byNumeric.keys()), places, WIDTH, HEIGHT);
  const path = geoPath(projection);
  const items: SceneItem[] = [];
  const outlines: SceneItem[] = [];

  for (const feature of features.features) {
    const d = path(feature);
    if (!d) continue;
    const country = byNumeric.get(String(feature.id));
    if (!country) {
      items.push({ kind: 'path', d, fill: EXPORT_COLORS.neighbour, stroke: '#ffffff', strokeWidth: 0.6 });
      continue;
    }
    const fill = country.id === FOCAL_COUNTRY ? EXPORT_COLORS.hub : (SEQUENTIAL_BLUES[colorClass(country.count, scaleMax)] ?? '#fff');
    items.push({ kind: 'path', d, fill, stroke: EXPORT_COLORS.border, strokeWidth: 0.8 });
    // Selection is drawn as a heavy outline on top, so it reads without colour.
    if (selected.includes(country.id)) outlines.push({ kind: 'path', d, fill: 'none', stroke: '#111111', strokeWidth: 3 });
  }
  items.push(...outlines);

  // Labels and lines placed as on screen, by the same functions: clear of each other and of the places' names.
  const placeBoxes = mapPlaceBoxes(places, projection, language);
  const labels = placeMapLabels(
    countries.map((c) => ({ id: c.id, anchor: labelPoints.get(c.isoNumeric) ?? [0, 0], name: c.name, count: String(c.count) })),
    { width: WIDTH, height: HEIGHT },
    LABEL_SCALE,
    placeBoxes,
  );
  const lines = placePartnerLines(partners, labels, { width: WIDTH, height: HEIGHT }, LABEL_SCALE, placeBoxes);
  for (const line of lines) {
    items.push({ kind: 'path', d: line.d, fill: 'none', stroke: '#ffffff', strokeWidth: line.strokeWidth + 2.5 });
    items.push({ kind: 'path', d: line.d, fill: 'none', stroke: '#111111', strokeWidth: line.strokeWidth });
  }

  for (const place of places) {
    const [x, y] = projection(place.coordinates) ?? [0, 0];
    items.push({ kind: 'path', d: `M${x + 4},${y}A4,4 0 1,1 ${x - 4},${y}A4,4 0 1,1 ${x + 4},${y}Z`, fill: EXPORT_COLORS.place, stroke: '#ffffff', strokeWidth: 1.5 });
    items.push({ kind: 'text', x: x + 7, y: y + 4, text: place.name[language], size: 12, weight: 700, fill: '#111111', halo: '#ffffff' });
  }
  for (const label of labels) {
    if (label.moved) items.push({ kind: 'line', x1: label.anchor[0], y1: label.anchor[1], x2: label.x, y2: label.y, stroke: '#111111', strokeWidth: 1 });
    const top = label.y - label.height / 2 + 3;
    items.push({ kind: 'text', x: label.x, y: top + NAME_SIZE * LABEL_SCALE, text: label.name, size: NAME_SIZE * LABEL_SCALE, weight: 700, fill: '#111111', anchor: 'middle', halo: '#ffffff' });
    items.push({ kind: 'text', x: label.x, y: label.y + label.height / 2 - 5, text: label.count, size: COUNT_SIZE * LABEL_SCALE, weight: 700, fill: '#111111', anchor: 'middle', halo: '#ffffff' });
  }
  for (const { number } of lines) {
    items.push({ kind: 'rect', x: number.x - number.width / 2, y: number.y - number.height / 2, width: number.width, height: number.height, radius: number.height / 2, fill: '#ffffff', stroke: '#111111', strokeWidth: 1.2 });
    items.push({ kind: 'text', x: number.x, y: number.y + number.size * 0.36, text: number.text, size: number.size, weight: 700, fill: '#111111', anchor: 'middle' });
  }

  const legend = colorLegendItems(t.mapLegend(noun), scaleMax, 0, HEIGHT + 10);
  const notes: SceneItem[] = [{ kind: 'text', x: 0, y: HEIGHT + 46, text: t.hubNote, size: 11, fill: EXPORT_COLORS.muted }];
  // The lines' numbers are read right only with the words that say what they count.
  if (partners.length > 0) {
    const names = new Map(countries.map((c) => [c.id, c.name]));
    notes.push({ kind: 'text', x: 0, y: HEIGHT + 62, text: describePartnerLines(partners, names, noun, language), size: 11, fill: EXPORT_COLORS.text });
  }
  // Borders run past the frame (the region is cut from a larger window): clip them to it.
  return {
    width: WIDTH,
    height: HEIGHT + 52 + (notes.length - 1) * 16,
    background: '#ffffff',
    items: [{ kind: 'group', x: 0, y: 0, items, clip: { width: WIDTH, height: HEIGHT } }, ...legend.items, ...notes],
  };
}
