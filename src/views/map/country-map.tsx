import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ComposableMap, Geography, Marker } from 'react-simple-maps/core';
import type { MapFeatures } from '../../data/map-query';
import type { Dataset } from '../../data/schema';
import { countriesOffMap } from '../../derive/countries-off-map';
import { describePartnerLines } from '../../derive/describe-partner-lines';
import { fitMapProjection } from '../../derive/fit-map-projection';
import { FOCAL_COUNTRY } from '../../derive/focal-country';
import { mapPlaceBoxes } from '../../derive/map-place-boxes';
import { fitText } from '../../derive/measure-text';
import { COUNT_SIZE, NAME_SIZE, placeMapLabels } from '../../derive/place-map-labels';
import { placePartnerLines } from '../../derive/place-partner-lines';
import type { CountryPartners } from '../../derive/to-partner-links';
import type { MapCountry } from '../../derive/to-map-countries';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import type { Noun } from '../../i18n/noun';
import { ColorLegend } from '../../ui/color-legend';
import { SEQUENTIAL_BLUES, colorClass } from '../../ui/color-scale';
import { MapTable } from './map-table';
import { MapTooltip } from './map-tooltip';
import { PartnerLines, PartnerNumbers } from './partner-lines';
import { useProjectedFeatures, type ProjectedFeature } from './use-projected-features';
import { useDrawnAhead } from '../../ui/use-drawn-ahead';
import { useElementSize } from '../../ui/use-element-size';


interface CountryMapProps {
  /** Borders of the region: the dataset's countries and their neighbours; undefined while they load. */
  features: MapFeatures | undefined;
  /** The dataset's countries with their counts under the other filters. */
  countries: readonly MapCountry[];
  /** The count that fills the darkest colour; fixed, so the legend does not jump. */
  scaleMax: number;
  /** What the counts count: undertakings, or statements of several types. */
  noun: Noun;
  places: Dataset['places'];
  selected: readonly string[];
  /** Comparing two readouts: what each count reads, earlier → later. */
  comparing?: string | null;
  /** With whom each selected country shares statements, drawn as lines. */
  partners: readonly CountryPartners[];
  language: Language;
  onToggleCountry: (countryId: string) => void;
  /** Called once the borders are drawn (after each new projection). */
  onDrawn?: () => void;
}

/** The six countries shaded by commitment count; click, Enter or Space toggles a country. */
export function CountryMap({ features, countries, scaleMax, noun, places, selected, partners, comparing, language, onToggleCountry, onDrawn }: CountryMapProps) {
  const t = MESSAGES[language];
  const [hovered, setHovered] = useState<string | null>(null);
  // Draw at the frame's own size, so the map fills it whatever its shape.
  const [frameRef, { width, height }, measured] = useElementSize<HTMLDivElement>({ width: 485, height: 242 });
  const byNumeric = useMemo(() => new Map(countries.map((c) => [c.isoNumeric, c])), [countries]);
  const names = useMemo(() => new Map(countries.map((c) => [c.id, c.name])), [countries]);
  const offMap = useMemo(() => (features ? countriesOffMap(countries, features) : []), [countries, features]);

  // The projection depends on which countries there are, not on their counts: recomputing it
  // on every filter change would re-project every border.
  const countryKey = countries.map((c) => c.isoNumeric).join(',');
  // Projected once the frame is measured, not first at a guessed size and then again.
  const fitted = useMemo(
    () => (measured && features ? fitMapProjection(features, new Set(countryKey.split(',')), places, width, height) : null),
    [measured, features, countryKey, places, width, height],
  );
  // Drawn once at the frame's own size: not in the drawing the page takes over, at a guessed one.
  const drawnAhead = useDrawnAhead();
  useEffect(() => {
    if (fitted && !drawnAhead) onDrawn?.();
  }, [fitted, drawnAhead, onDrawn]);

  const hoveredCountry = hovered === null ? undefined : byNumeric.get(hovered);
  // Names and counts written where they do not collide; larger where the frame is (a projector).
  // Names and counts shrink a little in a small frame (a laptop in French) and grow on a projector.
  const labelScale = Math.min(1.5, Math.max(0.85, Math.min(width / 640, height / 160)));
  const placeBoxes = useMemo(() => (fitted ? mapPlaceBoxes(places, fitted.projection, language) : []), [fitted, places, language]);
  const labels = useMemo(
    () =>
      fitted
        ? placeMapLabels(
            // A country the map has no borders for is named in the note under it, not at a corner.
            countries.flatMap((c) => {
              const anchor = fitted.labelPoints.get(c.isoNumeric);
              // A long name is shortened to a quarter of the frame; the tooltip and the table give it whole.
              return anchor ? [{ id: c.id, anchor, name: fitText(c.name, NAME_SIZE * labelScale, Math.max(80, width / 4), 700), count: c.before === undefined ? String(c.count) : `${c.before} → ${c.count}` }] : [];
            }),
            { width, height },
            labelScale,
            // The places' names stay where they are: the countries' labels keep clear of them.
            placeBoxes,
          )
        : [],
    [fitted, countries, width, height, labelScale, placeBoxes],
  );
  // The partner lines are placed after the labels, so their numbers keep clear of them.
  const lines = useMemo(() => placePartnerLines(partners, labels, { width, height }, labelScale, placeBoxes), [partners, labels, width, height, labelScale, placeBoxes]);
  // The tooltip goes with Escape and with a press anywhere outside the map, as well as when the pointer leaves.
  useEffect(() => {
    if (hovered === null) return;
    const onKey = (event: globalThis.KeyboardEvent) => event.key === 'Escape' && setHovered(null);
    const onPress = (event: PointerEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest('.map__country')) setHovered(null);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPress);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPress);
    };
  }, [hovered]);
  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggleCountry(id);
    }
  };

  return (
    <div className="map">
      {/* The frame keeps its size while the borders load, so nothing below it moves when they arrive. */}
      <div className="map__frame" ref={frameRef}>
        {!features && (
          <p role="status" className="map__loading">
            {t.mapLoading}
          </p>
        )}
        {fitted && features && (
          <ComposableMap width={width} height={height} projection={fitted.projection} className="map__svg" role="group" aria-label={t.mapTitle}>
            <defs>
              <pattern id="map-selected-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="6" className="map__hatch" />
              </pattern>
            </defs>
            <ProjectedFeatures features={features}>
              {(geographies) =>
                geographies.map((geo) => {
                  const country = byNumeric.get(String(geo.id));
                  if (!country) {
                    return <Geography key={geo.rsmKey} geography={geo} className="map__neighbour" tabIndex={-1} aria-hidden="true" />;
                  }
                  const isSelected = selected.includes(country.id);
                  // China takes part in every statement: drawn as the hub, off the scale of the five.
                  const isHub = country.id === FOCAL_COUNTRY;
                  return (
                    <g key={geo.rsmKey}>
                      <Geography
                        geography={geo}
                        className={`map__country${isSelected ? ' is-selected' : ''}${isHub ? ' map__country--hub' : ''}`}
                        role="button"
                        tabIndex={0}
                        aria-pressed={isSelected}
                        aria-label={t.labelled(country.name, t.counted(country.count, country.before, noun))}
                        style={isHub ? undefined : { fill: SEQUENTIAL_BLUES[colorClass(country.count, scaleMax)] }}
                        onClick={(e) => {
                          onToggleCountry(country.id);
                          // A mouse click leaves the map in view; a tap shows what was tapped.
                          if ((e.nativeEvent as PointerEvent).pointerType !== 'touch') setHovered(null);
                          else setHovered(country.isoNumeric);
                        }}
                        onKeyDown={(e) => onKey(e, country.id)}
                        onMouseEnter={() => setHovered(country.isoNumeric)}
                        onMouseLeave={() => setHovered(null)}
                        onFocus={() => setHovered(country.isoNumeric)}
                        onBlur={() => setHovered(null)}
                      />
                      {isSelected && <Geography geography={geo} className="map__selected-overlay" tabIndex={-1} aria-hidden="true" />}
                    </g>
                  );
                })
              }
            </ProjectedFeatures>
            <PartnerLines lines={lines} />
            {places.map((place) => (
              <Marker key={place.id} coordinates={place.coordinates} className="map__place" aria-hidden="true">
                <circle r={4} />
                <text x={7} y={4}>
                  {place.name[language]}
                </text>
              </Marker>
            ))}
            {labels.map((label) => (
              <g key={label.id} className="map__label" aria-hidden="true">
                {label.moved && <line className="map__leader" x1={label.anchor[0]} y1={label.anchor[1]} x2={label.x} y2={label.y} />}
                <text x={label.x} y={label.y - label.height / 2 + 3 + NAME_SIZE * labelScale} className="map__name" textAnchor="middle" fontSize={NAME_SIZE * labelScale}>
                  {label.name}
                </text>
                <text x={label.x} y={label.y + label.height / 2 - 5} className="map__count" textAnchor="middle" fontSize={COUNT_SIZE * labelScale}>
                  {label.count}
                </text>
              </g>
            ))}
            <PartnerNumbers lines={lines} />
          </ComposableMap>
        )}
        {fitted && hoveredCountry && (
          <MapTooltip
            country={hoveredCountry}
            selected={selected.includes(hoveredCountry.id)}
            anchor={fitted.labelPoints.get(hoveredCountry.isoNumeric) ?? [0, 0]}
            frame={{ width, height }}
            noun={noun}
            language={language}
          />
        )}
      </div>
      <div className="map__footer">
        <ColorLegend title={t.mapLegend(noun)} max={scaleMax} />
        {comparing && <p className="view__note view__note--compare">{comparing}</p>}
        {offMap.length > 0 && <p className="view__note map__off-map">{t.offMap(offMap.map((c) => `${c.name}, ${t.counted(c.count, c.before, noun)}`).join('; '))}</p>}
        <p className="view__note">
          {countries.some((c) => c.id === FOCAL_COUNTRY) && <>{t.hubNote} </>}
          {/* With a selection, what the lines mean takes the neighbours' note's place: the map keeps its height. */}
          {partners.length > 0 ? <span className="map__links-note">{describePartnerLines(partners, names, noun, language)}</span> : t.neighbourNote}
        </p>
      </div>
      <MapTable countries={countries} selected={selected} partners={partners} noun={noun} language={language} />
    </div>
  );
}

interface ProjectedFeaturesProps {
  features: MapFeatures;
  children: (geographies: ProjectedFeature[]) => ReactNode;
}

/** Paths computed once per projection, not on every filter change. */
function ProjectedFeatures({ features, children }: ProjectedFeaturesProps) {
  return <>{children(useProjectedFeatures(features))}</>;
}
