import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import type { Noun } from '../../i18n/noun';
import type { MapCountry } from '../../derive/to-map-countries';

interface MapTooltipProps {
  country: MapCountry;
  selected: boolean;
  noun: Noun;
  /** Where the country's centre is drawn, in map coordinates. */
  anchor: readonly [number, number];
  /** The map's coordinate space, to place the tooltip proportionally. */
  frame: { width: number; height: number };
  language: Language;
}

/** Name, count and how the source characterises the relationship; shown on hover and on focus. */
export function MapTooltip({ country, selected, noun, anchor, frame, language }: MapTooltipProps) {
  const t = MESSAGES[language];
  const left = (100 * anchor[0]) / frame.width;
  const top = (100 * anchor[1]) / frame.height;
  return (
    <div
      className={`map__tooltip${left > 55 ? ' is-left' : ''}`}
      role="tooltip"
      ref={(element) => {
        // Position through the CSSOM: the Content-Security-Policy forbids inline style attributes.
        element?.style.setProperty('left', `${left}%`);
        element?.style.setProperty('top', `${top}%`);
      }}
    >
      <strong>{country.name}</strong>
      {selected && <span className="map__tooltip-selected"> ({t.selected})</span>}
      <div>{t.counted(country.count, country.before, noun)}</div>
      {country.relationships.length > 0 && (
        <div className="map__tooltip-relations">
          <span className="muted">{t.relationshipColon}</span>
          <ul>
            {country.relationships.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
