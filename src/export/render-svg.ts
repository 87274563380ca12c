import { FONT_FAMILY, type Scene, type SceneItem } from './scene';

/** Fonts to embed, as base64 WOFF2, so the SVG looks the same on any machine. */
export interface EmbeddedFonts {
  regular: string;
  bold: string;
}

/** The scene as a standalone SVG document; every string of text is escaped. */
export function renderSvg(scene: Scene, fonts: EmbeddedFonts | null): string {
  const clipIds = { next: 0 };
  const style = fonts
    ? `<style>${fontFace(400, fonts.regular)}${fontFace(700, fonts.bold)}text{font-family:'${FONT_FAMILY}',sans-serif}</style>`
    : `<style>text{font-family:'${FONT_FAMILY}',sans-serif}</style>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}">`,
    style,
    `<rect width="${scene.width}" height="${scene.height}" fill="${scene.background}"/>`,
    ...scene.items.map((item) => renderItem(item, clipIds)),
    '</svg>',
  ].join('\n');
}

function fontFace(weight: number, base64: string): string {
  return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};src:url(data:font/woff2;base64,${base64}) format('woff2')}`;
}

function renderItem(item: SceneItem, clipIds: { next: number }): string {
  switch (item.kind) {
    case 'rect':
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${item.radius ? ` rx="${n(item.radius)}"` : ''} fill="${item.fill}"${stroke(item.stroke, item.strokeWidth, item.dash)}/>`;
    case 'path':
      return `<path d="${escapeXml(item.d)}" fill="${item.fill}"${stroke(item.stroke, item.strokeWidth)} stroke-linejoin="round"/>`;
    case 'line':
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}"${stroke(item.stroke, item.strokeWidth, item.dash)}/>`;
    case 'text': {
      const halo = item.halo ? ` stroke="${item.halo}" stroke-width="3" paint-order="stroke" stroke-linejoin="round"` : '';
      return `<text x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}" font-weight="${item.weight ?? 400}" fill="${item.fill}" text-anchor="${item.anchor ?? 'start'}"${halo}>${escapeXml(item.text)}</text>`;
    }
    case 'group': {
      const children = item.items.map((child) => renderItem(child, clipIds)).join('');
      if (!item.clip) return `<g transform="translate(${n(item.x)},${n(item.y)})">${children}</g>`;
      const id = `clip-${clipIds.next++}`;
      return `<g transform="translate(${n(item.x)},${n(item.y)})"><clipPath id="${id}"><rect width="${n(item.clip.width)}" height="${n(item.clip.height)}"/></clipPath><g clip-path="url(#${id})">${children}</g></g>`;
    }
  }
}

function stroke(colour: string | undefined, width = 1, dash?: number[]): string {
  if (!colour) return '';
  return ` stroke="${colour}" stroke-width="${n(width)}"${dash ? ` stroke-dasharray="${dash.join(' ')}"` : ''}`;
}

/** Two decimals at most: enough for any screen, and the same string every time. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
