import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const MAP = join(root, 'public/map/central-asia-50m.topo.json');

/**
 * The map's borders are generated, not committed (`npm run map`). The component tests draw the
 * map from them: on a fresh clone, `npm run test:unit` generates them first rather than time out.
 */
export default function generatedMap(): void {
  if (existsSync(MAP)) return;
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/build-map.ts')], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the map's borders could not be generated (npm run map):\n${run.stderr}`);
}
