import type { Scene, SceneItem } from './scene';

const GAP = 28;

/** Several views in one image: the first column stacked, the last view beside them. */
export function buildDashboardScene(left: readonly Scene[], right: Scene | undefined): Scene {
  const leftWidth = Math.max(0, ...left.map((s) => s.width));
  const items: SceneItem[] = [];
  let y = 0;
  for (const scene of left) {
    items.push({ kind: 'group', x: 0, y, items: scene.items, clip: { width: scene.width, height: scene.height } });
    y += scene.height + GAP;
  }
  const leftHeight = Math.max(0, y - GAP);
  if (right) items.push({ kind: 'group', x: leftWidth + GAP, y: 0, items: right.items, clip: { width: right.width, height: right.height } });
  return {
    width: leftWidth + (right ? GAP + right.width : 0),
    height: Math.max(leftHeight, right?.height ?? 0),
    background: '#ffffff',
    items,
  };
}
