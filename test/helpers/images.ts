/** Real pictures for tests, made byte by byte: a valid PNG of any size, and damaged ones. */
import zlib from 'node:zlib';

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid RGBA PNG of the given size (a flat colour). */
export function pngOf(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // depth
  ihdr[9] = 6; // RGBA
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 4, 0x80)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The picture that crashed the report: alpha, and a data stream that is not zlib at all. */
export const DAMAGED_PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAAAAAAAAAABElEQVRYWFhYAAAAAAAAAABJRU5EAAAAAA==';

/** A PNG whose every CRC is right but whose image data inflates to garbage of the wrong size. */
export function pngWithBadStream(): Buffer {
  const good = pngOf(2, 2);
  const ihdr = good.subarray(8, 8 + 25);
  return Buffer.concat([good.subarray(0, 8), ihdr, chunk('IDAT', zlib.deflateSync(Buffer.from('not pixels'))), chunk('IEND', Buffer.alloc(0))]);
}

/** A PNG whose IDAT length claims almost 2 GB. */
export function pngWithHugeChunk(): Buffer {
  const good = pngOf(1, 1);
  const out = Buffer.from(good);
  out.writeUInt32BE(0x7ffffff0, 33); // the IDAT chunk's length field
  return out;
}

export const dataUrl = (bytes: Buffer, mime = 'image/png') => `data:${mime};base64,${bytes.toString('base64')}`;
