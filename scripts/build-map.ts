// Builds the map the dashboard draws: world-atlas's 50m countries cut down to Central Asia and
// western China, the neighbours' borders thinned. The output is generated, not committed.
// Usage: npm run map [-- path/to/output.topo.json]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { simplifyMap } from './lib/simplify-map';
import { CENTRAL_ASIA_WINDOW, DEFAULT_QUANTIZATION, serializeTopology, subsetWorld, type CountryProperties } from './lib/subset-map';

const outputPath = process.argv[2] ?? 'public/map/central-asia-50m.topo.json';
const worldPath = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');

const world = JSON.parse(readFileSync(worldPath, 'utf8')) as Topology;
const subset = simplifyMap(subsetWorld(world));
const bytes = Buffer.from(serializeTopology(subset), 'utf8');
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, bytes);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const { west, south, east, north } = CENTRAL_ASIA_WINDOW;
console.log(`✓ ${relative(process.cwd(), outputPath)}: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes).length)} gzipped`);
console.log(`  window ${west}–${east}°E, ${south}–${north}°N; quantization ${DEFAULT_QUANTIZATION}; ${subset.arcs.length} arcs`);
const kept = subset.objects.countries.geometries.map((geometry) => {
  const { name = '', focus }: Partial<CountryProperties> = geometry.properties ?? {};
  return { id: geometry.id === undefined ? '---' : String(geometry.id), name, focus: focus === true };
});
console.log(`\nCountries kept (${kept.length}; * = focus)`);
for (const { id, name, focus } of kept.sort((a, b) => Number(b.focus) - Number(a.focus) || a.name.localeCompare(b.name, 'en'))) {
  console.log(`  ${focus ? '*' : ' '} ${id.padEnd(4)} ${name}`);
}
