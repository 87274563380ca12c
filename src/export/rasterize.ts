/**
 * Draws an SVG document on a canvas at `scale` pixels per unit and encodes it as PNG. The SVG is
 * read from a data: address: an image from one holds no outside resources, so the canvas stays
 * exportable.
 */
export async function rasterize(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await image.decode();
  } catch {
    throw new Error('the browser could not draw the image');
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw images (no 2D canvas)');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded as PNG'))), 'image/png');
    } catch (error) {
      reject(new Error(`the browser refused to encode the image (${error instanceof Error ? error.message : String(error)})`));
    }
  });
}
