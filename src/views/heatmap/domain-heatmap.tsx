import { useRef, type KeyboardEvent } from 'react';
import type { Heatmap } from '../../derive/to-heatmap';
import type { Noun } from '../../i18n/noun';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import { SEQUENTIAL_BLUES, colorClass, textColorOn } from '../../ui/color-scale';
import { ColorLegend } from '../../ui/color-legend';

interface DomainHeatmapProps {
  /** Rows, columns and counts to draw. */
  heatmap: Heatmap;
  /** Country names by id, in the current language. */
  countryNames: ReadonlyMap<string, string>;
  /** Selected countries and domains, shown as pressed. */
  selectedCountries: readonly string[];
  selectedDomains: readonly string[];
  specificOnly: boolean;
  /** What the cells count. */
  noun: Noun;
  language: Language;
  onPickCell: (countryId: string, domainId: string) => void;
  onToggleCountry: (countryId: string) => void;
  onToggleDomain: (domainId: string) => void;
}

/**
 * Countries across, domains grouped down the side. It is a real table, so it is its own text
 * alternative; every cell prints its count as well as colouring it.
 */
export function DomainHeatmap(props: DomainHeatmapProps) {
  const { heatmap, countryNames, language } = props;
  const t = MESSAGES[language];
  const grid = useRef<HTMLTableElement>(null);
  const rows = heatmap.groups.flatMap((g) => g.rows);

  // One tab stop for the whole grid; arrow keys move between cells (roving focus).
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    if (Number.isNaN(row) || Number.isNaN(col)) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1],
      Home: [0, -col], End: [0, heatmap.columns.length - 1 - col],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = grid.current?.querySelector<HTMLElement>(
      `[data-row="${clamp(row + move[0], rows.length - 1)}"][data-col="${clamp(col + move[1], heatmap.columns.length - 1)}"]`,
    );
    next?.focus();
  };

  // Each group's first row number, for the arrow-key grid.
  const firstRow = heatmap.groups.map((_, g) => heatmap.groups.slice(0, g).reduce((n, group) => n + group.rows.length, 0));
  return (
    <div className="heatmap">
      <div className="view__toolbar">
        <ColorLegend title={t.legendScale(props.noun)} max={heatmap.scaleMax} />
      </div>
      <div className="heatmap__scroll">
        <table ref={grid} className="heatmap__table" onKeyDown={onKeyDown}>
          <caption className="visually-hidden">{t.heatmapTitle}</caption>
          <thead>
            <tr>
              <td />
              {heatmap.columns.map((countryId) => (
                <th key={countryId} scope="col">
                  <button
                    type="button"
                    className="heatmap__header-button"
                    aria-pressed={props.selectedCountries.includes(countryId)}
                    aria-label={countryNames.get(countryId) ?? countryId}
                    title={countryNames.get(countryId)}
                    onClick={() => props.onToggleCountry(countryId)}
                  >
                    {countryId}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          {heatmap.groups.map(({ group, rows: groupRows }, g) => (
            <tbody key={group.id}>
              <tr className="heatmap__group">
                <th scope="rowgroup" colSpan={heatmap.columns.length + 1}>
                  {group.label[language]}
                </th>
              </tr>
              {groupRows.map(({ domain, counts }, i) => {
                const r = (firstRow[g] ?? 0) + i;
                const domainLabel = domain.label[language];
                const domainSelected = props.selectedDomains.includes(domain.id);
                return (
                  <tr key={domain.id} className={domainSelected ? 'is-selected' : undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        className="heatmap__row-button"
                        aria-pressed={domainSelected}
                        onClick={() => props.onToggleDomain(domain.id)}
                      >
                        {domainLabel}
                      </button>
                    </th>
                    {counts.map((count, c) => {
                      const countryId = heatmap.columns[c] ?? '';
                      const colour = colorClass(count, heatmap.scaleMax);
                      const pressed = domainSelected && props.selectedCountries.includes(countryId);
                      return (
                        <td key={countryId}>
                          <button
                            type="button"
                            className="heatmap__cell"
                            data-row={r}
                            data-col={c}
                            tabIndex={r === 0 && c === 0 ? 0 : -1}
                            aria-pressed={pressed}
                            aria-label={t.cellLabel(countryNames.get(countryId) ?? countryId, domainLabel, count, props.noun)}
                            style={{ backgroundColor: SEQUENTIAL_BLUES[colour], color: textColorOn(colour) }}
                            onClick={() => props.onPickCell(countryId, domain.id)}
                          >
                            {count}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
      <p className="view__note">{props.specificOnly ? t.specificOnNote : t.specificNote}</p>
    </div>
  );
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}
