// The packaging resources in build/: the committed icon is a 512×512 RGBA PNG, and it is
// exactly what scripts/make-icon.mjs draws (so the script and the PNG cannot drift apart).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, encodePng, SIZE } from '../scripts/make-icon.mjs';

const iconPath = resolve(__dirname, '..', 'build', 'icon.png');

/** Reads a PNG's chunks: enough to check the header and unpack the pixels. */
function readPng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({
      type: png.toString('ascii', at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  const header = chunks[0]!.data;
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  return {
    types: chunks.map((c) => c.type),
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    bitDepth: header[8],
    colourType: header[9],
    rows: inflateSync(idat),
  };
}

describe('build/icon.png', () => {
  it('is a 512×512 8-bit RGBA PNG', () => {
    const png = readPng(readFileSync(iconPath));
    expect(png).toMatchObject({ width: 512, height: 512, bitDepth: 8, colourType: 6 });
    expect(png.types[0]).toBe('IHDR');
    expect(png.types.at(-1)).toBe('IEND');
    expect(png.rows.length).toBe(512 * (512 * 4 + 1));
  });

  it('is what scripts/make-icon.mjs draws', () => {
    expect(readFileSync(iconPath).equals(encodePng(drawIcon(), SIZE, SIZE))).toBe(true);
  });

  it('has transparent corners and an opaque centre', () => {
    const { rows } = readPng(readFileSync(iconPath));
    const alpha = (x: number, y: number) => rows[y * (SIZE * 4 + 1) + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(SIZE - 1, SIZE - 1)).toBe(0);
    expect(alpha(SIZE / 2, SIZE / 2)).toBe(255);
  });
});

describe('encodePng', () => {
  it('round-trips pixels', () => {
    const rgba = Buffer.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4]);
    const png = readPng(encodePng(rgba, 2, 2));
    expect(png).toMatchObject({ width: 2, height: 2 });
    expect([...png.rows]).toEqual([0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)]);
  });
});
