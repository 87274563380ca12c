import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from '../data/zod';
import { healingStorage } from '../storage/healing-storage';

const THEME_NAMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEME_NAMES)[number];
export const THEMES: readonly Theme[] = THEME_NAMES;

interface PreferencesState {
  /** The colour theme; "system" follows the operating system's light or dark setting. */
  theme: Theme;
  chooseTheme: (theme: Theme) => void;
}

const storedPreferences = z.object({ theme: z.enum(THEME_NAMES) });
const PREFERENCES_VERSION = 1;

/** How this user likes the dashboard to look, kept in this browser. */
export const usePreferences = create<PreferencesState>()(
  persist<PreferencesState, [], [], z.infer<typeof storedPreferences>>((set) => ({ theme: 'system', chooseTheme: (theme) => set({ theme }) }), {
    name: 'china-central-asia-dashboard/preferences',
    version: PREFERENCES_VERSION,
    storage: healingStorage('preferences', storedPreferences, PREFERENCES_VERSION),
    partialize: (state) => ({ theme: state.theme }),
  }),
);
