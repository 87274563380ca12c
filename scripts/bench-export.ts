// Measures, in Chromium, how long exporting each view as a 2× PNG takes, from the click on
// Download to the file: the median of several runs. Run `npm run build` first.
// Usage: npm run bench:export [-- runs]
import { median, serveAndLaunch } from './lib/serve-and-launch';

const runs = Number(process.argv[2] ?? 7);
const VIEWS = [['Countries', 'map'], ['Cooperation domains by country', 'heatmap'], ['Pledge timeline', 'timeline'], ['Commitments', 'list'], ['Dashboard', 'dashboard']] as const;
const { url, browser, close } = await serveAndLaunch();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await page.goto(`${url}?c=KAZ`);
  await page.getByRole('button', { name: /^Kazakhstan: \d+/ }).waitFor();
  console.log(`PNG export at 2×, ${runs} rounds over the views, in Chromium (no CPU throttling); the first round (which loads the export code) is left out`);
  for (let run = 0; run < runs; run++) {
    for (const [name] of VIEWS) {
      await page.getByRole('button', { name: `Export: ${name}` }).click();
      await page.getByRole('radio', { name: 'PNG', exact: true }).check();
      await page.getByRole('radio', { name: '2×', exact: true }).check();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download' }).click();
      await download;
    }
  }
  for (const [name, view] of VIEWS) {
    const times = await page.evaluate((id) => performance.getEntriesByName(id).map((e) => e.duration), `export:${view}:png:2x`);
    console.log(`  ${name.padEnd(32)} median ${median(times.slice(1)).toFixed(0).padStart(4)} ms`);
  }
} finally {
  await close();
}
