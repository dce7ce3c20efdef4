// Draws Factmark's app icon (a page of text with one line highlighted) and writes it as a
// 512×512 PNG to build/icon.png, from which electron-builder makes every platform's icons.
// Run `node scripts/make-icon.mjs` after changing the drawing; the PNG is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const SIZE = 512;
/** Samples per pixel side: 4×4 sub-samples smooth the rounded edges. */
const SUPERSAMPLE = 4;

/** Shapes back to front: rounded rectangles with an RGBA colour. */
const SHAPES = [
  { x: 24, y: 24, w: 464, h: 464, r: 104, color: [36, 59, 107, 255] }, // tile
  { x: 112, y: 84, w: 288, h: 344, r: 28, color: [250, 250, 247, 255] }, // page
  { x: 144, y: 132, w: 224, h: 22, r: 11, color: [58, 68, 92, 255] }, // headline
  { x: 144, y: 188, w: 200, h: 16, r: 8, color: [190, 197, 210, 255] },
  { x: 132, y: 226, w: 248, h: 44, r: 12, color: [255, 212, 59, 255] }, // the highlight
  { x: 144, y: 240, w: 220, h: 16, r: 8, color: [92, 72, 0, 255] }, // the marked claim
  { x: 144, y: 292, w: 212, h: 16, r: 8, color: [190, 197, 210, 255] },
  { x: 144, y: 336, w: 176, h: 16, r: 8, color: [190, 197, 210, 255] },
  { x: 144, y: 380, w: 120, h: 16, r: 8, color: [190, 197, 210, 255] },
];

function insideRoundedRect(px, py, { x, y, w, h, r }) {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** The fraction of pixel (x, y) that `shape` covers. */
function coverage(x, y, shape) {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const px = x + (sx + 0.5) / SUPERSAMPLE;
      const py = y + (sy + 0.5) / SUPERSAMPLE;
      if (insideRoundedRect(px, py, shape)) hits++;
    }
  }
  return hits / SUPERSAMPLE ** 2;
}

/** The icon's RGBA pixels (straight alpha, shapes composited "source over"), row by row. */
export function drawIcon() {
  const pixels = new Float64Array(SIZE * SIZE * 4);
  for (const shape of SHAPES) {
    for (let y = Math.floor(shape.y); y < Math.ceil(shape.y + shape.h); y++) {
      for (let x = Math.floor(shape.x); x < Math.ceil(shape.x + shape.w); x++) {
        const alpha = (coverage(x, y, shape) * shape.color[3]) / 255;
        if (alpha === 0) continue;
        const i = (y * SIZE + x) * 4;
        const below = pixels[i + 3];
        const out = alpha + below * (1 - alpha);
        for (let c = 0; c < 3; c++) {
          pixels[i + c] = (shape.color[c] * alpha + pixels[i + c] * below * (1 - alpha)) / out;
        }
        pixels[i + 3] = out;
      }
    }
  }
  const bytes = Buffer.alloc(SIZE * SIZE * 4);
  for (let i = 0; i < pixels.length; i += 4) {
    for (let c = 0; c < 3; c++) bytes[i + c] = Math.round(pixels[i + c]);
    bytes[i + 3] = Math.round(pixels[i + 3] * 255);
  }
  return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A truecolour-with-alpha PNG, 8 bits per channel, no filtering. */
export function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, deflate, no filter, no interlace
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icon.png');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, encodePng(drawIcon(), SIZE, SIZE));
  console.log(`Wrote ${out}`);
}
