// Measures, in Chromium, the time from a click on a map country to every view updated: the
// median of many clicks. Run `npm run build` first. Usage: npm run bench:click [-- clicks]
import { median, p90, serveAndLaunch } from './lib/serve-and-launch';

const clicks = Number(process.argv[2] ?? 120);
const { url, browser, close } = await serveAndLaunch();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(url);
  await page.getByRole('button', { name: /^Kazakhstan: \d+/ }).waitFor();

  // Runs in the page as plain JavaScript (tsx would wrap named functions in a helper the page lacks).
  const samples = await page.evaluate<{ updated: number[]; painted: number[] }>(`(async (count) => {
    const names = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'China'];
    const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    // Yields to other tasks (React may render in one) without the 4 ms clamp of setTimeout.
    const yieldTask = () => new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = done; c.port2.postMessage(0); });
    const updated = [];
    const painted = [];
    for (let i = 0; i < count; i++) {
      // Select a country, then deselect it: every click changes what all the views show.
      const name = names[Math.floor(i / 2) % names.length];
      const country = document.querySelector('[role="button"][aria-label^="' + name + ':"]');
      // React commits all the views together, so the country's pressed state flipping means every
      // view shows the new filters.
      const pressed = () => country.getAttribute('aria-pressed');
      const before = pressed();
      const t0 = performance.now();
      country.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      for (let spins = 0; pressed() === before; spins++) {
        if (spins > 10000) throw new Error('the views did not update after clicking ' + name);
        await yieldTask();
      }
      void document.body.offsetHeight; // style and layout of the updated views
      updated.push(performance.now() - t0);
      await nextFrame();
      painted.push(performance.now() - t0);
    }
    return { updated, painted };
  })(${clicks})`);

  console.log(`click → all views updated, ${clicks} clicks in Chromium at 1366×768 (no CPU throttling)`);
  console.log(`  DOM updated + layout: median ${median(samples.updated).toFixed(1)} ms, p90 ${p90(samples.updated).toFixed(1)} ms`);
  console.log(`  to the next frame:    median ${median(samples.painted).toFixed(1)} ms, p90 ${p90(samples.painted).toFixed(1)} ms`);
} finally {
  await close();
}
