import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/** The export menu's words in English; other languages pass theirs. */
const ENGLISH = { export: 'Export: ', download: 'Download' };

export interface Exported {
  name: string;
  bytes: Buffer;
}

/** Opens a view's export menu, picks the options, downloads, and returns the file. */
export async function exportFile(page: Page, view: string, options: string[], words: { export: string; download: string } = ENGLISH): Promise<Exported> {
  await page.getByRole('button', { name: `${words.export}${view}` }).click();
  for (const option of options) await page.getByRole('radio', { name: option, exact: true }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: words.download }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * Opens an exported SVG on its own, as any viewer would, and reads it back: whether it parses,
 * its words, and every pair of text boxes that overlap (lines of text measured in Chromium).
 */
export async function readSvg(browser: Browser, svg: string): Promise<{ parseError: string; words: string; overlaps: string[]; pressed: string[]; emptiestBands: Record<string, number> }> {
  const page = await browser.newPage();
  try {
    await page.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
    return await page.evaluate(() => {
      const parseError = document.querySelector('parsererror')?.textContent ?? '';
      const boxes: { text: string; node: number; rect: { left: number; right: number; top: number; bottom: number } }[] = [];
      let index = 0;
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('style, title')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        index++;
        // A line's box is the font's full height; the letters fill its middle: that is what may not touch.
        for (const rect of range.getClientRects()) {
          const inset = rect.height * 0.2;
          if (rect.width > 0 && rect.height > 0) boxes.push({ text, node: index, rect: { left: rect.left, right: rect.right, top: rect.top + inset, bottom: rect.bottom - inset } });
        }
      }
      const overlaps: string[] = [];
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
        if (a.node === b.node) return;
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (x > 1 && y > 1) overlaps.push(`"${a.text}" × "${b.text}"`);
      }));
      const pressed = [...document.querySelectorAll('[aria-pressed="true"]')].map((el) => el.textContent.trim());
      // Each panel's widest empty band: the most height, between its title and its inner foot,
      // that nothing drawn in it (words or shapes, not the boxes around them) reaches.
      const emptiestBands: Record<string, number> = {};
      for (const panel of document.querySelectorAll('section')) {
        const foot = panel.getBoundingClientRect().bottom - Number.parseFloat(getComputedStyle(panel).paddingBottom);
        const spans = [...panel.querySelectorAll('*')]
          .filter((el) => el.children.length === 0 && (el.textContent.trim() !== '' || el instanceof SVGGraphicsElement))
          .map((el) => el.getBoundingClientRect())
          .filter((rect) => rect.height > 0)
          .sort((a, b) => a.top - b.top);
        let reached = spans[0]?.top ?? foot;
        let widest = 0;
        for (const rect of spans) {
          widest = Math.max(widest, rect.top - reached);
          reached = Math.max(reached, rect.bottom);
        }
        emptiestBands[panel.querySelector('h2')?.textContent.trim() ?? '?'] = Math.round(Math.max(widest, foot - reached));
      }
      return { pressed, emptiestBands, parseError, words: [...new Set(boxes.map((b) => `${b.node}\u0000${b.text}`))].map((key) => key.split('\u0000')[1]).join(' '), overlaps };
    });
  } finally {
    await page.close();
  }
}
