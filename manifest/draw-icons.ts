import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws the two Teams icons (a laptop with a check mark) and writes them as PNG next to this file.
 * Run it after changing the drawing: `node --import tsx manifest/draw-icons.ts`. The PNGs are committed,
 * so packaging needs nothing but them.
 */

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
/** Also the manifest's accentColor: Teams shows the colour icon on it. */
export const ACCENT_RGB = [0x1e, 0x5a, 0xa8] as const;

type Point = readonly [number, number];

function segmentDistance(p: Point, a: Point, b: Point): number {
  const [px, py] = p;
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Signed distance to a rounded rectangle given by its centre, half sizes and corner radius. */
function roundedRectDistance(p: Point, centre: Point, half: Point, radius: number): number {
  const qx = Math.abs(p[0] - centre[0]) - half[0] + radius;
  const qy = Math.abs(p[1] - centre[1]) - half[1] + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const STROKE = 0.085;

/** The symbol in a unit square: a laptop screen outline, its base, and a check mark on the screen. */
function inSymbol(p: Point): boolean {
  const screen = Math.abs(roundedRectDistance(p, [0.5, 0.42], [0.37, 0.27], 0.06)) <= STROKE / 2;
  const base = segmentDistance(p, [0.06, 0.83], [0.94, 0.83]) <= STROKE / 2;
  const check =
    segmentDistance(p, [0.35, 0.43], [0.46, 0.54]) <= STROKE / 2 ||
    segmentDistance(p, [0.46, 0.54], [0.66, 0.32]) <= STROKE / 2;
  return screen || base || check;
}

const SAMPLES = 4;

/** Fraction of the pixel at (x, y) covered by the symbol drawn in the box at `offset` with side `side`. */
function coverage(x: number, y: number, offset: number, side: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const u = (x + (sx + 0.5) / SAMPLES - offset) / side;
      const v = (y + (sy + 0.5) / SAMPLES - offset) / side;
      if (inSymbol([u, v])) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** RGBA pixels, row by row. */
interface Bitmap {
  width: number;
  height: number;
  rgba: Uint8Array;
}

function draw(
  size: number,
  symbolSide: number,
  paint: (cover: number) => readonly [number, number, number, number],
): Bitmap {
  const rgba = new Uint8Array(size * size * 4);
  const offset = (size - symbolSide) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      rgba.set(paint(coverage(x, y, offset, symbolSide)), (y * size + x) * 4);
    }
  }
  return { width: size, height: size, rgba };
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** 8-bit RGBA PNG, no filtering (the icons are tiny). */
export function encodePng({ width, height, rgba }: Bitmap): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Full colour: the symbol in white on the accent colour, inside Teams' 120 px safe area. */
export function drawColorIcon(): Buffer {
  const [r, g, b] = ACCENT_RGB;
  const bitmap = draw(COLOR_ICON_SIZE, 120, (c) => [
    Math.round(r + (255 - r) * c),
    Math.round(g + (255 - g) * c),
    Math.round(b + (255 - b) * c),
    255,
  ]);
  return encodePng(bitmap);
}

/** Teams requires the outline icon to be white on transparent: only alpha varies. */
export function drawOutlineIcon(): Buffer {
  return encodePng(draw(OUTLINE_ICON_SIZE, 28, (c) => [255, 255, 255, Math.round(255 * c)]));
}

const here = dirname(fileURLToPath(import.meta.url));

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(here, 'color.png'), drawColorIcon());
  writeFileSync(join(here, 'outline.png'), drawOutlineIcon());
}
