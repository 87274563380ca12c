import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from '../data/zod';
import { healingStorage } from '../storage/healing-storage';
import type { Scene } from './scene';

/** What is kept of the scenes in this browser, in the shape it must have to be used. */
const storedScenes = z.object({
  scenes: z.nullable(
    z.array(z.object({ id: z.string(), name: z.string().check(z.minLength(1), z.maxLength(200)), query: z.string().check(z.maxLength(2000)) })).check(z.maxLength(500)),
  ),
});
type StoredScenes = z.infer<typeof storedScenes>;

/** The stored format: 1, since scenes were first kept. A change to it adds a step to migrate. */
const SCENES_VERSION = 1;

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
  /** Replaced every scene, from an imported file, or put back what was there before (null: the default tour). */
  importScenes: (scenes: Scene[] | null) => void;
}

/** The presenter's scenes, kept in this browser between visits. */
export const useScenes = create<ScenesState>()(
  persist<ScenesState, [], [], StoredScenes>(
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
    }),
    {
      name: 'china-central-asia-dashboard/scenes',
      version: SCENES_VERSION,
      storage: healingStorage('scenes', storedScenes, SCENES_VERSION),
      partialize: (state) => ({ scenes: state.scenes }),
    },
  ),
);
