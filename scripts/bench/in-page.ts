// Scripts that run inside the page, as plain JavaScript strings (tsx would wrap named functions
// in a helper the page lacks). Each returns durations in milliseconds, timed with the page's clock.

/** Yields to other tasks (React may render in one) without the 4 ms clamp of setTimeout. */
const YIELD = `() => new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = done; c.port2.postMessage(0); })`;

/** Waits until the browser has produced the next frame: style, layout and paint are done. */
const NEXT_FRAME = `() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`;

/**
 * The relayout floor: the root's font size nudged by a hundredth of a pixel, which every rem-sized
 * box, every line of text and every drawing in the page depends on, so the browser restyles, lays
 * out and paints the whole page once; timed to the next frame, as a click is.
 */
const RELAYOUT = `async () => {
  const root = document.documentElement;
  const t0 = performance.now();
  root.style.fontSize = root.style.fontSize ? '' : 'calc(100% + 0.01px)';
  void document.body.offsetHeight;
  await (${NEXT_FRAME})();
  return performance.now() - t0;
}`;

/**
 * Clicks map countries `count` times (select, deselect, next country): each click changes what
 * every view shows. A click counts as done when React has committed all the views together,
 * which flips the country's pressed state, and the next frame is painted. Next to each click, the
 * relayout floor is measured in the same page.
 */
export const clickCountries = (count: number) => `(async (count) => {
  const names = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'China'];
  const yieldTask = ${YIELD};
  const nextFrame = ${NEXT_FRAME};
  const relayout = ${RELAYOUT};
  const clicks = [];
  const floors = [];
  for (let i = 0; i < count; i++) {
    const name = names[Math.floor(i / 2) % names.length];
    const country = document.querySelector('[role="button"][aria-label^="' + name + ':"]');
    if (!country) throw new Error('no map country named ' + name);
    const before = country.getAttribute('aria-pressed');
    await nextFrame();
    const t0 = performance.now();
    country.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    for (let spins = 0; country.getAttribute('aria-pressed') === before; spins++) {
      if (spins > 100000) throw new Error('the views did not update after clicking ' + name);
      await yieldTask();
    }
    void document.body.offsetHeight;
    await nextFrame();
    clicks.push(performance.now() - t0);
    await nextFrame();
    floors.push(await relayout());
  }
  if (document.documentElement.style.fontSize) await relayout();
  return { clicks, floors };
})(${count})`;

/**
 * Arms a timer for the next brush: from the pointer's release on the timeline to the list
 * heading's count changing (every view commits together). Resolves window.__brushed.
 */
export const armBrushTimer = `(() => {
  const yieldTask = ${YIELD};
  const heading = () => document.getElementById('view-details-title')?.textContent;
  const before = heading();
  window.__brushed = new Promise((resolve, reject) => {
    document.addEventListener('pointerup', async (event) => {
      const t0 = event.timeStamp;
      for (let spins = 0; heading() === before; spins++) {
        if (spins > 100000) return reject(new Error('the views did not update after the brush'));
        await yieldTask();
      }
      void document.body.offsetHeight;
      await (${NEXT_FRAME})();
      resolve(performance.now() - t0);
    }, { capture: true, once: true });
  });
})()`;

/** Everything measured with performance.measure under a name. */
export const measures = (name: string) => `performance.getEntriesByName(${JSON.stringify(name)}).map((e) => e.duration)`;

/**
 * An empty canvas of an exported image's size, filled white and encoded as PNG: the floor under
 * that export, what it costs before anything is drawn. A first tiny encode sets the encoder up,
 * as the bench's first, uncounted export does.
 */
export const emptyCanvasPng = (width: number, height: number) => `(async () => {
  const encode = (canvas) => new Promise((done) => canvas.toBlob(done, 'image/png'));
  const tiny = document.createElement('canvas');
  tiny.width = tiny.height = 8;
  tiny.getContext('2d').fillRect(0, 0, 8, 8);
  await encode(tiny);
  const t0 = performance.now();
  const canvas = document.createElement('canvas');
  canvas.width = ${width};
  canvas.height = ${height};
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, ${width}, ${height});
  await encode(canvas);
  return performance.now() - t0;
})()`;

/**
 * The exported image itself, decoded onto a canvas of its size and encoded again as PNG: what
 * encoding that very picture costs, which no way of drawing it can go under. Only the encoding is
 * timed.
 */
export const encodeOnlyPng = (base64: string) => `(async () => {
  const image = new Image();
  image.src = 'data:image/png;base64,${base64}';
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  canvas.getContext('2d').drawImage(image, 0, 0);
  const t0 = performance.now();
  await new Promise((done) => canvas.toBlob(done, 'image/png'));
  return performance.now() - t0;
})()`;
