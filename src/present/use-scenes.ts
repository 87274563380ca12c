import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Scene } from './scene';

interface ScenesState {
  /** The presenter's own scenes; null until they change the default tour. */
  scenes: Scene[] | null;
  /** Began changing the tour they were shown: it becomes their own list. */
  startEditing: (shown: Scene[]) => void;
  /** Saved the current view as a new scene at the end. */
  addScene: (scene: Scene) => void;
  renameScene: (id: string, name: string) => void;
  /** Moved a scene one place earlier (-1) or later (+1). */
  moveScene: (id: string, step: -1 | 1) => void;
  deleteScene: (id: string) => void;
  /** Replaced every scene, from an imported file. */
  importScenes: (scenes: Scene[]) => void;
  /** Went back to the tour built from the dataset. */
  resetToDefaultTour: () => void;
}

/** The presenter's scenes, kept in this browser between visits. */
export const useScenes = create<ScenesState>()(
  persist(
    (set) => ({
      scenes: null,
      startEditing: (shown) => set((s) => (s.scenes ? s : { scenes: shown })),
      addScene: (scene) => set((s) => ({ scenes: [...(s.scenes ?? []), scene] })),
      renameScene: (id, name) => set((s) => ({ scenes: (s.scenes ?? []).map((x) => (x.id === id ? { ...x, name } : x)) })),
      moveScene: (id, step) =>
        set((s) => {
          const scenes = [...(s.scenes ?? [])];
          const from = scenes.findIndex((x) => x.id === id);
          const to = from + step;
          const moving = scenes[from];
          if (from === -1 || to < 0 || to >= scenes.length || !moving) return s;
          scenes.splice(from, 1);
          scenes.splice(to, 0, moving);
          return { scenes };
        }),
      deleteScene: (id) => set((s) => ({ scenes: (s.scenes ?? []).filter((x) => x.id !== id) })),
      importScenes: (scenes) => set({ scenes }),
      resetToDefaultTour: () => set({ scenes: null }),
    }),
    { name: 'china-central-asia-dashboard/scenes', version: 1, storage: createJSONStorage(() => localStorage) },
  ),
);
