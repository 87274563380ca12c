import regularFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldFont from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import { MESSAGES } from '../i18n/messages';
import { nounFor } from '../i18n/noun';
import { buildExport } from './build-export';
import { captureView, type CapturedView } from './capture-view';
import { downloadBlob } from './download-blob';
import type { ExportContext, ExportRequest } from './export-context';
import { frameView, type FrameColours } from './frame-view';
import { rasterize } from './rasterize';
import { toSvgDocument, type EmbeddedFonts } from './to-svg-document';

// Loaded on first use only: the page does not pay for export until someone exports.

let fonts: Promise<EmbeddedFonts> | undefined;

/**
 * A part of the view that can be drawn again taller, off screen, to fill what the export would
 * leave blank: the timeline under the map, where the export drops the controls above it.
 */
export interface Redraw {
  /** The panel on screen whose foot the export may leave blank. */
  panel: Element;
  /** The part of it drawn again. */
  part: Element;
  /** Draws the part again, `extra` px taller than on screen; resolves with that drawing. */
  draw: (extra: number) => Promise<Element>;
  /** Takes that drawing away. */
  clear: () => void;
}

/** Blanks smaller than this are left as they are: a redraw would not change what it shows. */
const BLANK_WORTH_FILLING = 8;

/**
 * Builds the file for a request: CSV, or the view as it is drawn on screen (`root`, its panel),
 * framed with its title, filters and source, as SVG or PNG.
 */
export async function makeExportFile(request: ExportRequest, context: ExportContext, root: HTMLElement | null, redraw?: Redraw): Promise<{ blob: Blob; fileName: string }> {
  const built = buildExport(request, context);
  if (built.kind === 'csv') return { blob: new Blob([built.text], { type: 'text/csv;charset=utf-8' }), fileName: built.fileName };
  const t = MESSAGES[context.language];
  if (!root) throw new Error(t.exportNotShown);
  fonts ??= loadFonts().catch((error: unknown) => {
    fonts = undefined;
    throw error;
  });
  const embedded = await fonts;
  const colours = pageColours();
  const framed = (view: CapturedView) => {
    const note = view.listRows !== null && view.listRows < built.count ? t.exportListRows(view.listRows, built.count, nounFor(context.filters.types)) : null;
    return { view, ...frameView(view, built.caption, note, colours) };
  };
  let frame = framed(captureView(root));
  // Where the copy leaves a panel's foot blank, the part is drawn again to fill it, and copied from there.
  const blank = redraw ? frame.view.blankIn(redraw.panel) : 0;
  if (redraw && blank >= BLANK_WORTH_FILLING) {
    try {
      frame = framed(captureView(root, new Map([[redraw.part, await redraw.draw(blank)]])));
    } catch {
      // Not drawn again in time: the file keeps the first copy, blank and all, rather than fail.
    } finally {
      redraw.clear();
    }
  }
  const svg = toSvgDocument(frame.node, frame.width, frame.height, embedded);
  if (request.format === 'svg') return { blob: new Blob([svg], { type: 'image/svg+xml' }), fileName: built.fileName };
  return { blob: await rasterize(svg, frame.width, frame.height, request.scale), fileName: built.fileName };
}

/** Saves the export as a file; returns its name. */
export async function downloadExport(request: ExportRequest, context: ExportContext, root: HTMLElement | null, redraw?: Redraw): Promise<string> {
  const { blob, fileName } = await makeExportFile(request, context, root, redraw);
  downloadBlob(blob, fileName);
  return fileName;
}

/** Puts the PNG image on the clipboard, where the browser allows it. */
export async function copyExport(request: ExportRequest, context: ExportContext, root: HTMLElement | null, redraw?: Redraw): Promise<void> {
  // The item is created before the image is drawn, so the browser still counts the user's click.
  const blob = makeExportFile({ ...request, format: 'png' }, context, root, redraw).then((file) => file.blob);
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}

/** The colours the page is drawn in now: the frame matches the theme the view is exported from. */
function pageColours(): FrameColours {
  const root = getComputedStyle(document.documentElement);
  const body = getComputedStyle(document.body);
  const variable = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  return { background: variable('--bg', '#ffffff'), text: variable('--text', body.color), muted: variable('--muted', body.color), rule: variable('--border', body.color) };
}

async function loadFonts(): Promise<EmbeddedFonts> {
  const [regular, bold] = await Promise.all([regularFont, boldFont].map(toBase64));
  return { regular: regular ?? '', bold: bold ?? '' };
}

async function toBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the font ${url} could not be loaded (HTTP ${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
