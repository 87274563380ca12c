import { create } from 'zustand';
import type { StatementType, Strength } from '../data/schema';
import type { Language } from '../i18n/language';
import { DEFAULT_STATE, NO_FILTERS, type DateRange, type FilterState, type TimelineLanes, type ViewId } from './filter-state';

interface FilterActions {
  /** Clicked a country on the map (or its heatmap column): add it to or remove it from the selection. */
  toggleCountry: (countryId: string) => void;
  /** Clicked a domain row header in the heatmap. */
  toggleDomain: (domainId: string) => void;
  /** Clicked a heatmap cell: show just that country and domain, or undo it when clicked again. */
  pickCell: (countryId: string, domainId: string) => void;
  /** Clicked a collapsed group's cell: show just that country and every domain of the group, or undo it. */
  pickGroupCell: (countryId: string, domainIds: readonly string[]) => void;
  /** Dragged a range on the timeline or typed dates; null shows all dates. */
  brushTimeRange: (range: DateRange | null) => void;
  /** Ticked or unticked a statement type; the last one shown stays. */
  toggleType: (type: StatementType) => void;
  /** Ticked or unticked a strength. */
  toggleStrength: (strength: Strength) => void;
  /** Opened a commitment's details; null closes them. */
  focusRecord: (id: string | null) => void;
  /** Flipped "each pledge once". */
  toggleLatestOnly: () => void;
  /** Ticked or unticked a readout. */
  toggleSource: (sourceId: string) => void;
  /** Chose a set of readouts at once (a meeting's, a year's); none shows every readout. */
  chooseSources: (sourceIds: readonly string[]) => void;
  /** Flipped the "specific to one country" switch. */
  toggleSpecificOnly: () => void;
  chooseLanes: (lanes: TimelineLanes) => void;
  /** Flipped "compare the two readouts". */
  toggleCompare: () => void;
  /** Enlarged a view to fill the screen, or (null) went back to all the views. */
  spotlightView: (view: ViewId | null) => void;
  chooseLanguage: (language: Language) => void;
  /** Pressed "Reset filters": clears what narrows the data, keeps language and display choices. */
  clearFilters: () => void;
  /** Restores a whole state at once (from the URL, on load and on back/forward). */
  restore: (state: FilterState) => void;
}

export type FilterStore = FilterState & FilterActions;

const toggle = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
const same = (list: readonly string[], id: string) => list.length === 1 && list[0] === id;

/** What the user chose, and the actions that record each choice. */
export const useFilters = create<FilterStore>()((set) => ({
  ...DEFAULT_STATE,
  toggleCountry: (countryId) => set((s) => ({ countries: toggle(s.countries, countryId) })),
  toggleDomain: (domainId) => set((s) => ({ domains: toggle(s.domains, domainId) })),
  pickCell: (countryId, domainId) =>
    set((s) =>
      same(s.countries, countryId) && same(s.domains, domainId)
        ? { countries: [], domains: [] }
        : { countries: [countryId], domains: [domainId] },
    ),
  pickGroupCell: (countryId, domainIds) =>
    set((s) =>
      same(s.countries, countryId) && s.domains.length === domainIds.length && domainIds.every((id) => s.domains.includes(id))
        ? { countries: [], domains: [] }
        : { countries: [countryId], domains: [...domainIds] },
    ),
  brushTimeRange: (range) => set({ timeRange: range }),
  toggleType: (type) => set((s) => (same(s.types, type) ? {} : { types: toggle(s.types, type) as StatementType[] })),
  toggleStrength: (strength) => set((s) => ({ strengths: toggle(s.strengths, strength) as Strength[] })),
  focusRecord: (id) => set({ focusedId: id }),
  toggleLatestOnly: () => set((s) => ({ latestOnly: !s.latestOnly })),
  toggleSource: (sourceId) => set((s) => ({ sources: toggle(s.sources, sourceId) })),
  chooseSources: (sources) => set({ sources: [...sources] }),
  toggleSpecificOnly: () => set((s) => ({ specificOnly: !s.specificOnly })),
  chooseLanes: (lanes) => set({ lanes }),
  toggleCompare: () => set((s) => ({ compare: !s.compare })),
  spotlightView: (spotlight) => set({ spotlight }),
  chooseLanguage: (language) => set({ language }),
  clearFilters: () => set({ ...NO_FILTERS, focusedId: null, compare: false }),
  restore: (state) => set(state),
}));

/** The chosen state without the actions, e.g. to write it to the URL. */
export function pickState(store: FilterStore): FilterState {
  const { countries, domains, timeRange, types, strengths, focusedId, language, specificOnly, sources, latestOnly, lanes, spotlight, compare } = store;
  return { countries, domains, timeRange, types, strengths, focusedId, language, specificOnly, sources, latestOnly, lanes, spotlight, compare };
}
