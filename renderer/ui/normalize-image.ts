/**
 * A picture the user chose, decoded and drawn again by the browser into a plain PNG (or a JPEG,
 * when a photo would be too big as PNG), no larger than it needs to be. What main stores is then
 * always a picture we made ourselves: a file damaged or crafted to trip a decoder never gets
 * past this point, since the browser refuses to decode it (main checks again: electron/images.ts).
 */
import { sniffImage } from '../../shared/domain/avatar-image';

/** The biggest file we try to decode: a phone photo fits, a file meant to exhaust memory does not. */
export const MAX_PICKED_BYTES = 20 * 1024 * 1024;

export type Normalized = { ok: true; dataUrl: string } | { ok: false; reason: 'wrong_type' | 'unreadable' | 'too_big' };

function toBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}

async function dataUrlOf(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type};base64,${btoa(binary)}`;
}

export async function normalizeImage(bytes: Uint8Array, opts: { maxSide: number; maxBytes: number }): Promise<Normalized> {
  if (bytes.length > MAX_PICKED_BYTES) return { ok: false, reason: 'too_big' };
  const mime = sniffImage(bytes);
  if (!mime) return { ok: false, reason: 'wrong_type' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes.slice().buffer as ArrayBuffer], { type: mime }));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const scale = Math.min(1, opts.maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return { ok: false, reason: 'unreadable' };
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const png = await toBlob(canvas, 'image/png');
  if (png && png.size <= opts.maxBytes) return { ok: true, dataUrl: await dataUrlOf(png) };
  // A photo: JPEG keeps it small. JPEG has no transparency, so it is laid on white.
  ctx.globalCompositeOperation = 'destination-over';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  for (const quality of [0.9, 0.8, 0.65]) {
    const jpeg = await toBlob(canvas, 'image/jpeg', quality);
    if (jpeg && jpeg.size <= opts.maxBytes) return { ok: true, dataUrl: await dataUrlOf(jpeg) };
  }
  return { ok: false, reason: 'too_big' };
}
