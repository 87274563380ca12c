import { create } from 'zustand';

interface PresentationState {
  presenting: boolean;
  /** Which scene is on screen, from 0. */
  sceneIndex: number;
  /** Started presenting, at a scene. */
  startPresenting: (sceneIndex: number) => void;
  /** Moved to a scene. */
  goToScene: (sceneIndex: number) => void;
  stopPresenting: () => void;
}

/** Whether the dashboard is being presented, and where in the scenes. */
export const usePresentation = create<PresentationState>()((set) => ({
  presenting: false,
  sceneIndex: 0,
  startPresenting: (sceneIndex) => set({ presenting: true, sceneIndex }),
  goToScene: (sceneIndex) => set({ sceneIndex }),
  stopPresenting: () => set({ presenting: false }),
}));
