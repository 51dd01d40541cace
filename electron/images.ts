/**
 * The gate every picture passes before main stores it (a persona's photo, the consultant's logo,
 * the pictures inside an imported workshop file) and again before a PDF embeds it.
 *
 * Why so thorough: the PDF library decodes PNG data in an asynchronous zlib callback, where a
 * damaged stream throws past every try and takes the process down; a chunk length near 2 GB
 * stalls it. So a PNG is walked chunk by chunk (lengths inside the file, every CRC right), and
 * its image data is inflated here, synchronously and with a ceiling, to the exact size its header
 * promises. A JPEG's markers are walked to its frame header; its data is embedded as it is, never
 * decoded by us or by the PDF library. The screen re-encodes pictures when they are chosen
 * (renderer/ui/normalize-image.ts), so anything reaching this gate that fails was not made by us.
 */
import zlib from 'node:zlib';
import { sniffImage } from '../shared/domain/avatar-image';
import { msg } from '../shared/strings';

/** No side may be longer: a picture for a persona or a logo never needs more. */
export const MAX_IMAGE_SIDE = 4096;

export type ImageProblem = 'not_an_image' | 'too_big' | 'too_large_pixels' | 'damaged';
export type ImageCheck = { ok: true; mime: 'image/png' | 'image/jpeg' | 'image/webp'; width: number; height: number } | { ok: false; problem: ImageProblem };

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Buffer, from: number, to: number): number {
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ALLOWED_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** Bytes of image data a PNG's header promises once inflated (filter byte per row included). */
function inflatedSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rowBytes = (w: number) => (w === 0 ? 0 : 1 + Math.ceil((w * bitsPerPixel) / 8));
  if (!interlaced) return height * rowBytes(width);
  // Adam7: seven passes over sub-grids of the image.
  const passes: [number, number, number, number][] = [
    [0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2],
  ];
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) total += h * rowBytes(w);
  }
  return total;
}

function checkPng(bytes: Buffer): ImageCheck {
  let at = 8;
  let header: { width: number; height: number; bpp: number; interlaced: boolean } | null = null;
  const data: Buffer[] = [];
  let ended = false;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const end = at + 8 + length;
    if (length > bytes.length || end + 4 > bytes.length) return { ok: false, problem: 'damaged' };
    if (crc32(bytes, at + 4, end) !== bytes.readUInt32BE(end)) return { ok: false, problem: 'damaged' };
    if (type === 'IHDR') {
      if (header || length !== 13) return { ok: false, problem: 'damaged' };
      const width = bytes.readUInt32BE(at + 8);
      const height = bytes.readUInt32BE(at + 12);
      const depth = bytes[at + 16]!;
      const colour = bytes[at + 17]!;
      const interlace = bytes[at + 20]!;
      if (!ALLOWED_DEPTHS[colour]?.includes(depth) || bytes[at + 18] !== 0 || bytes[at + 19] !== 0 || interlace > 1) return { ok: false, problem: 'damaged' };
      if (width === 0 || height === 0) return { ok: false, problem: 'damaged' };
      if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) return { ok: false, problem: 'too_large_pixels' };
      header = { width, height, bpp: CHANNELS[colour]! * depth, interlaced: interlace === 1 };
    } else if (!header) {
      return { ok: false, problem: 'damaged' }; // IHDR must come first
    } else if (type === 'IDAT') {
      data.push(bytes.subarray(at + 8, end));
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    at = end + 4;
  }
  if (!header || !ended || data.length === 0) return { ok: false, problem: 'damaged' };
  const expected = inflatedSize(header.width, header.height, header.bpp, header.interlaced);
  try {
    const inflated = zlib.inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1 });
    if (inflated.length !== expected) return { ok: false, problem: 'damaged' };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  return { ok: true, mime: 'image/png', width: header.width, height: header.height };
}

/** Frame headers (SOF0–SOF15), not the other markers that share the 0xC_ range. */
const isFrameHeader = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function checkJpeg(bytes: Buffer): ImageCheck {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return { ok: false, problem: 'damaged' };
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end, or the start of image data: no frame header before it
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return { ok: false, problem: 'damaged' };
    if (isFrameHeader(marker)) {
      if (length < 8) return { ok: false, problem: 'damaged' };
      const height = bytes.readUInt16BE(at + 5);
      const width = bytes.readUInt16BE(at + 7);
      const components = bytes[at + 9]!;
      if (width === 0 || height === 0 || ![1, 3, 4].includes(components)) return { ok: false, problem: 'damaged' };
      if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) return { ok: false, problem: 'too_large_pixels' };
      // The image must end where JPEGs end.
      if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return { ok: false, problem: 'damaged' };
      return { ok: true, mime: 'image/jpeg', width, height };
    }
    at += 2 + length;
  }
  return { ok: false, problem: 'damaged' };
}

function checkWebp(bytes: Buffer): ImageCheck {
  if (bytes.length < 30 || bytes.readUInt32LE(4) + 8 > bytes.length) return { ok: false, problem: 'damaged' };
  const chunk = bytes.toString('latin1', 12, 16);
  let width = 0;
  let height = 0;
  if (chunk === 'VP8 ') {
    width = bytes.readUInt16LE(26) & 0x3fff;
    height = bytes.readUInt16LE(28) & 0x3fff;
  } else if (chunk === 'VP8L') {
    const b = bytes.readUInt32LE(21);
    width = (b & 0x3fff) + 1;
    height = ((b >> 14) & 0x3fff) + 1;
  } else if (chunk === 'VP8X') {
    width = 1 + bytes.readUIntLE(24, 3);
    height = 1 + bytes.readUIntLE(27, 3);
  } else return { ok: false, problem: 'damaged' };
  if (width === 0 || height === 0) return { ok: false, problem: 'damaged' };
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) return { ok: false, problem: 'too_large_pixels' };
  return { ok: true, mime: 'image/webp', width, height };
}

export function checkImageBytes(bytes: Buffer, maxBytes: number): ImageCheck {
  const mime = sniffImage(bytes);
  if (!mime) return { ok: false, problem: 'not_an_image' };
  if (bytes.length > maxBytes) return { ok: false, problem: 'too_big' };
  if (mime === 'image/png') return checkPng(bytes);
  if (mime === 'image/jpeg') return checkJpeg(bytes);
  return checkWebp(bytes);
}

/** A data URL as stored: its declared type must be what its bytes are, and the bytes must pass. */
export function checkImageDataUrl(dataUrl: string, maxBytes: number): ImageCheck & { bytes?: Buffer } {
  const m = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!m) return { ok: false, problem: 'not_an_image' };
  const bytes = Buffer.from(m[2]!, 'base64');
  const checked = checkImageBytes(bytes, maxBytes);
  if (checked.ok && checked.mime !== m[1]) return { ok: false, problem: 'not_an_image' };
  return checked.ok ? { ...checked, bytes } : checked;
}

/** The bytes of a stored picture a PDF can embed safely (PNG or JPEG that pass the gate), or null. */
export function embeddableImage(dataUrl: string, maxBytes: number): Buffer | null {
  const checked = checkImageDataUrl(dataUrl, maxBytes);
  return checked.ok && checked.mime !== 'image/webp' ? (checked.bytes ?? null) : null;
}

/** The sentence for a picture the gate refused. */
export function imageProblemMessage(problem: ImageProblem, maxBytes: number): string {
  if (problem === 'too_big') return msg.validation.imageTooBig(Math.round(maxBytes / 1024));
  if (problem === 'too_large_pixels') return msg.validation.imageTooManyPixels(MAX_IMAGE_SIDE);
  if (problem === 'damaged') return msg.validation.imageDamaged;
  return msg.validation.notAnImage;
}
