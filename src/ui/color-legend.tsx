import { SEQUENTIAL_BLUES, classBounds } from './color-scale';

interface ColorLegendProps {
  /** What the numbers count. */
  title: string;
  /** The largest value the scale covers. */
  max: number;
}

/** Swatches with the range of counts each colour stands for. */
export function ColorLegend({ title, max }: ColorLegendProps) {
  return (
    <figure className="legend">
      <figcaption className="legend__title">{title}</figcaption>
      <ul className="legend__items">
        {[{ index: 0, from: 0, to: 0 }, ...classBounds(max)].map(({ index, from, to }) => (
          <li key={index} className="legend__item">
            <span className="legend__swatch" style={{ backgroundColor: SEQUENTIAL_BLUES[index] }} aria-hidden="true" />
            {from === to ? from : `${from}–${to}`}
          </li>
        ))}
      </ul>
    </figure>
  );
}
