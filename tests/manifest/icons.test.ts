import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawColorIcon, drawOutlineIcon } from '../../manifest/draw-icons.js';
import { MANIFEST_DIR } from '../../scripts/package-app.js';

interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

function header(png: Buffer): { width: number; height: number; bitDepth: number; colorType: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png.readUInt8(24),
    colorType: png.readUInt8(25),
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (all five row filters). */
function decode(png: Buffer): Pixels {
  const { width, height, bitDepth, colorType } = header(png);
  expect({ bitDepth, colorType, interlace: png.readUInt8(28) }).toEqual({ bitDepth: 8, colorType: 6, interlace: 0 });
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT')
      idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0] ?? 0;
      rgba[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, rgba };
}

function pixels({ rgba }: Pixels): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < rgba.length; i += 4)
    out.push([rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0, rgba[i + 3] ?? 0]);
  return out;
}

const color = readFileSync(join(MANIFEST_DIR, 'color.png'));
const outline = readFileSync(join(MANIFEST_DIR, 'outline.png'));

describe('Teams icons', () => {
  it('are 192x192 (colour) and 32x32 (outline) according to their PNG headers', () => {
    expect(header(color)).toMatchObject({ width: 192, height: 192 });
    expect(header(outline)).toMatchObject({ width: 32, height: 32 });
  });

  it('outline is white on transparent, with a visible symbol', () => {
    const all = pixels(decode(outline));
    const notWhite = all.filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255));
    expect(notWhite).toEqual([]);
    const opaque = all.filter(([, , , a]) => a === 255).length;
    expect(opaque).toBeGreaterThan(all.length * 0.1);
    expect(all.filter(([, , , a]) => a === 0).length).toBeGreaterThan(all.length * 0.5);
  });

  it('colour icon is fully opaque and has more than one colour', () => {
    const all = pixels(decode(color));
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    expect(new Set(all.map((p) => p.join())).size).toBeGreaterThan(2);
  });

  it('committed PNGs are what manifest/draw-icons.ts draws', () => {
    expect(decode(drawColorIcon())).toEqual(decode(color));
    expect(decode(drawOutlineIcon())).toEqual(decode(outline));
  });
});
