import type { PlacedPartnerLine } from '../../derive/place-partner-lines';

interface PartnerLinesProps {
  /** The lines from the selected countries to their partners, placed by placePartnerLines. */
  lines: readonly PlacedPartnerLine[];
}

/**
 * The lines themselves, drawn under the countries' labels. They take no pointer events: a click on
 * a line falls through to the country under it.
 */
export function PartnerLines({ lines }: PartnerLinesProps) {
  return (
    <g className="map__links" aria-hidden="true">
      {lines.map((line) => (
        <g key={`${line.from}-${line.to}`}>
          {/* A light casing keeps a dark line readable on the darkest blue. */}
          <path d={line.d} className="map__link-casing" strokeWidth={line.strokeWidth + 2.5} />
          <path d={line.d} className="map__link" strokeWidth={line.strokeWidth} data-from={line.from} data-to={line.to} />
        </g>
      ))}
    </g>
  );
}

/** The number on each line, drawn above the labels (it was placed clear of them). */
export function PartnerNumbers({ lines }: PartnerLinesProps) {
  return (
    <g className="map__links" aria-hidden="true">
      {lines.map(({ from, to, number }) => (
        <g key={`${from}-${to}`}>
          <rect className="map__link-box" x={number.x - number.width / 2} y={number.y - number.height / 2} width={number.width} height={number.height} rx={number.height / 2} />
          <text className="map__link-number" x={number.x} y={number.y + number.size * 0.36} fontSize={number.size} textAnchor="middle" data-from={from} data-to={to}>
            {number.text}
          </text>
        </g>
      ))}
    </g>
  );
}
