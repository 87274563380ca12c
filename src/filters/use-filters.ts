import { create } from 'zustand';
import type { Language } from '../i18n/language';
import { NO_FILTERS, type FilterState } from './filter-state';

interface FilterActions {
  /** The user picked an interface language. */
  chooseLanguage: (language: Language) => void;
}

export const INITIAL_FILTER_STATE: FilterState = { ...NO_FILTERS, focusedId: null, language: 'en' };

/** What the user chose, and the actions that record each choice. */
export const useFilters = create<FilterState & FilterActions>()((set) => ({
  ...INITIAL_FILTER_STATE,
  chooseLanguage: (language) => set({ language }),
}));
