import regularFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldFont from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import { buildExport } from './build-export';
import { downloadBlob } from './download-blob';
import type { ExportContext, ExportRequest } from './export-context';
import { renderPng } from './render-png';
import { renderSvg, type EmbeddedFonts } from './render-svg';

// Loaded on first use only: the page does not pay for export until someone exports.

let fonts: Promise<EmbeddedFonts> | undefined;

/** Builds the file for a request: a PNG or SVG image that describes itself, or CSV. */
export async function makeExportFile(request: ExportRequest, context: ExportContext): Promise<{ blob: Blob; fileName: string }> {
  const built = buildExport(request, context);
  if (built.kind === 'csv') return { blob: new Blob([built.text], { type: 'text/csv;charset=utf-8' }), fileName: built.fileName };
  if (request.format === 'svg') {
    fonts ??= loadFonts();
    return { blob: new Blob([renderSvg(built.scene, await fonts)], { type: 'image/svg+xml' }), fileName: built.fileName };
  }
  return { blob: await renderPng(built.scene, request.scale), fileName: built.fileName };
}

/** Saves the export as a file; returns its name. */
export async function downloadExport(request: ExportRequest, context: ExportContext): Promise<string> {
  const { blob, fileName } = await makeExportFile(request, context);
  downloadBlob(blob, fileName);
  return fileName;
}

/** Puts the PNG image on the clipboard, where the browser allows it. */
export async function copyExport(request: ExportRequest, context: ExportContext): Promise<void> {
  // The item is created before the image is drawn, so the browser still counts the user's click.
  const blob = makeExportFile({ ...request, format: 'png' }, context).then((file) => file.blob);
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
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
