import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type Theme = 'system' | 'light' | 'dark' | 'contrast';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'contrast'];

interface PreferencesState {
  /** The colour theme; "system" follows the operating system's light or dark setting. */
  theme: Theme;
  chooseTheme: (theme: Theme) => void;
}

/** How this user likes the dashboard to look, kept in this browser. */
export const usePreferences = create<PreferencesState>()(
  persist((set) => ({ theme: 'system', chooseTheme: (theme) => set({ theme }) }), {
    name: 'china-central-asia-dashboard/preferences',
    version: 1,
    storage: createJSONStorage(() => localStorage),
  }),
);
