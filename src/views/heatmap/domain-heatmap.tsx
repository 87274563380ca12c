import { useRef, useState, type KeyboardEvent } from 'react';
import { collapsedGroups } from '../../derive/collapsed-groups';
import type { Heatmap } from '../../derive/to-heatmap';
import type { Noun } from '../../i18n/noun';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import { ColorLegend } from '../../ui/color-legend';
import { HeatmapCells } from './heatmap-cells';

interface DomainHeatmapProps {
  /** Rows, columns and counts to draw. */
  heatmap: Heatmap;
  /** Country names by id, in the current language. */
  countryNames: ReadonlyMap<string, string>;
  /** Selected countries and domains, shown as pressed. */
  selectedCountries: readonly string[];
  selectedDomains: readonly string[];
  specificOnly: boolean;
  /** Comparing two readouts: what each count reads, earlier → later. */
  comparing?: string | null;
  /**
   * Fit the panel (a presentation, where nobody scrolls): every group is collapsed but those
   * holding a selected domain, whatever the user chose, and the groups cannot be toggled.
   */
  fit: boolean;
  /** What the cells count. */
  noun: Noun;
  language: Language;
  onPickCell: (countryId: string, domainId: string) => void;
  /** A collapsed group's cell: that country and every domain of the group. */
  onPickGroup: (countryId: string, domainIds: readonly string[]) => void;
  onToggleCountry: (countryId: string) => void;
  onToggleDomain: (domainId: string) => void;
}

/**
 * Countries across, domains grouped down the side; a group can be collapsed to one row. It is a
 * real table, so it is its own text alternative; every cell prints its count as well as colouring it.
 */
export function DomainHeatmap(props: DomainHeatmapProps) {
  const { heatmap, countryNames, language } = props;
  const t = MESSAGES[language];
  const grid = useRef<HTMLTableElement>(null);
  // Which groups the user folded away: a way of looking, for this screen only, so it stays here
  // rather than in the store of filters, the URL or a scene.
  const [asked, setAsked] = useState<ReadonlySet<string>>(() => new Set());
  const collapsed = collapsedGroups(heatmap.groups, props.fit ? 'all' : asked, props.selectedDomains);
  const toggleGroup = (id: string) => setAsked((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const anyCollapsed = collapsed.size > 0;
  // Each group's first row in the arrow-key grid: a collapsed group is one row.
  const firstRow = heatmap.groups.map((_, g) =>
    heatmap.groups.slice(0, g).reduce((n, { group, rows }) => n + (collapsed.has(group.id) ? 1 : rows.length), 0),
  );
  const rowCount = heatmap.groups.reduce((n, { group, rows }) => n + (collapsed.has(group.id) ? 1 : rows.length), 0);
  const name = (countryId: string) => countryNames.get(countryId) ?? countryId;
  // A count in words: comparing two readouts, the earlier one's, then the later one's.
  const counted = (count: number, earlier: number | undefined) => t.counted(count, earlier, props.noun);

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
      `[data-row="${clamp(row + move[0], rowCount - 1)}"][data-col="${clamp(col + move[1], heatmap.columns.length - 1)}"]`,
    );
    next?.focus();
  };

  return (
    <div className="heatmap">
      <div className="view__toolbar">
        <ColorLegend title={t.legendScale(props.noun)} max={heatmap.scaleMax} />
        {!props.fit && (
          <button
            type="button"
            className="button button--secondary button--small heatmap__fold-all"
            onClick={() => setAsked(anyCollapsed ? new Set() : new Set(heatmap.groups.map((g) => g.group.id)))}
          >
            {anyCollapsed ? t.expandAll : t.collapseAll}
          </button>
        )}
      </div>
      {props.comparing && <p className="view__note view__note--compare">{props.comparing}</p>}
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
                    aria-label={name(countryId)}
                    title={countryNames.get(countryId)}
                    onClick={() => props.onToggleCountry(countryId)}
                  >
                    {countryId}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          {heatmap.groups.map(({ group, rows: groupRows, counts, before }, g) => {
            const isCollapsed = collapsed.has(group.id);
            const groupLabel = group.label[language];
            const domainIds = groupRows.map((r) => r.domain.id);
            const toggle = (
              <button
                type="button"
                className="heatmap__group-button"
                aria-expanded={!isCollapsed}
                disabled={props.fit}
                onClick={() => toggleGroup(group.id)}
              >
                <span aria-hidden="true" className="heatmap__chevron">{isCollapsed ? '▸' : '▾'}</span>
                {groupLabel}
              </button>
            );
            return (
              <tbody key={group.id} className={isCollapsed ? 'is-collapsed' : undefined}>
                {isCollapsed ? (
                  <tr className="heatmap__group heatmap__group--row">
                    <th scope="row">{toggle}</th>
                    <HeatmapCells
                      counts={counts}
                      columns={heatmap.columns}
                      row={firstRow[g] ?? 0}
                      scaleMax={null}
                      before={before}
                      label={(countryId, count, earlier) => t.groupCellLabel(name(countryId), groupLabel, domainIds.length, counted(count, earlier))}
                      pressed={() => false}
                      onPick={(countryId) => props.onPickGroup(countryId, domainIds)}
                    />
                  </tr>
                ) : (
                  <tr className="heatmap__group">
                    <th scope="rowgroup" colSpan={heatmap.columns.length + 1}>
                      {toggle}
                    </th>
                  </tr>
                )}
                {!isCollapsed &&
                  groupRows.map(({ domain, counts: domainCounts, before: domainBefore }, i) => {
                    const domainLabel = domain.label[language];
                    const domainSelected = props.selectedDomains.includes(domain.id);
                    return (
                      <tr key={domain.id} className={domainSelected ? 'is-selected' : undefined}>
                        <th scope="row">
                          {/* Two lines at most on screen: the whole label shows on hover, and is the button's name. */}
                          <button type="button" className="heatmap__row-button" title={domainLabel} aria-pressed={domainSelected} onClick={() => props.onToggleDomain(domain.id)}>
                            {domainLabel}
                          </button>
                        </th>
                        <HeatmapCells
                          counts={domainCounts}
                          columns={heatmap.columns}
                          row={(firstRow[g] ?? 0) + i}
                          scaleMax={heatmap.scaleMax}
                          before={domainBefore}
                          label={(countryId, count, earlier) => t.cellLabel(name(countryId), domainLabel, counted(count, earlier))}
                          pressed={(countryId) => domainSelected && props.selectedCountries.includes(countryId)}
                          onPick={(countryId) => props.onPickCell(countryId, domain.id)}
                        />
                      </tr>
                    );
                  })}
              </tbody>
            );
          })}
        </table>
      </div>
      {/* Every country's code, whichever columns a selection leaves: the key, and so the panel's
          height, stay the same from click to click. */}
      <p className="view__note heatmap__key">{t.columnKey([...countryNames].map(([id, name]) => `${id} ${name}`).join(' · '))}</p>
      {anyCollapsed && <p className="view__note">{t.groupNote}</p>}
      <p className="view__note">{props.specificOnly ? t.specificOnNote : t.specificNote}</p>
    </div>
  );
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}
