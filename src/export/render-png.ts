import { FONT_FAMILY, type Scene, type SceneItem } from './scene';

/** Draws the scene on a canvas at `scale` pixels per unit and encodes it as PNG. */
export async function renderPng(scene: Scene, scale: number): Promise<Blob> {
  await Promise.all([document.fonts.load(`400 16px "${FONT_FAMILY}"`), document.fonts.load(`700 16px "${FONT_FAMILY}"`)]);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw images (no 2D canvas)');
  context.scale(scale, scale);
  context.fillStyle = scene.background;
  context.fillRect(0, 0, scene.width, scene.height);
  for (const item of scene.items) draw(context, item);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded as PNG'))), 'image/png');
  });
}

function draw(context: CanvasRenderingContext2D, item: SceneItem): void {
  switch (item.kind) {
    case 'rect': {
      context.beginPath();
      if (item.radius) context.roundRect(item.x, item.y, item.width, item.height, item.radius);
      else context.rect(item.x, item.y, item.width, item.height);
      fillAndStroke(context, item.fill, item.stroke, item.strokeWidth, item.dash);
      return;
    }
    case 'path':
      fillAndStroke(context, item.fill, item.stroke, item.strokeWidth, undefined, new Path2D(item.d));
      return;
    case 'line':
      context.beginPath();
      context.moveTo(item.x1, item.y1);
      context.lineTo(item.x2, item.y2);
      fillAndStroke(context, 'none', item.stroke, item.strokeWidth, item.dash);
      return;
    case 'text':
      context.font = `${item.weight ?? 400} ${item.size}px "${FONT_FAMILY}", sans-serif`;
      context.fillStyle = item.fill;
      context.textAlign = item.anchor === 'middle' ? 'center' : item.anchor === 'end' ? 'right' : 'left';
      context.textBaseline = 'alphabetic';
      if (item.halo) {
        context.strokeStyle = item.halo;
        context.lineWidth = 3;
        context.lineJoin = 'round';
        context.strokeText(item.text, item.x, item.y);
      }
      context.fillText(item.text, item.x, item.y);
      return;
    case 'group':
      context.save();
      context.translate(item.x, item.y);
      if (item.clip) {
        context.beginPath();
        context.rect(0, 0, item.clip.width, item.clip.height);
        context.clip();
      }
      for (const child of item.items) draw(context, child);
      context.restore();
      return;
  }
}

function fillAndStroke(context: CanvasRenderingContext2D, fill: string, stroke?: string, width = 1, dash?: number[], path?: Path2D): void {
  if (fill !== 'none') {
    context.fillStyle = fill;
    if (path) context.fill(path);
    else context.fill();
  }
  if (stroke) {
    context.strokeStyle = stroke;
    context.lineWidth = width;
    context.lineJoin = 'round';
    context.setLineDash(dash ?? []);
    if (path) context.stroke(path);
    else context.stroke();
    context.setLineDash([]);
  }
}
