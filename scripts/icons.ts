import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

/**
 * npm run icons: draws the add-in's icons (a white health cross on a rounded teal square)
 * and writes them as PNG to assets/. Drawn in code so the icons are reproducible and the
 * manifest test can check that the files are exactly what this script makes.
 */
export const ICON_SIZES = [16, 32, 64, 80, 128, 192, 512] as const;
export const ICON_DIR = 'assets';
export const iconPath = (size: number) => `${ICON_DIR}/icon-${size}.png`;

const TEAL: Rgb = [0x0b, 0x6a, 0x6e];
const WHITE: Rgb = [0xff, 0xff, 0xff];
type Rgb = [number, number, number];

/** Coverage of a pixel by the shape, estimated on a 4×4 grid of sample points (anti-aliasing). */
function coverage(x: number, y: number, inside: (px: number, py: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function roundedSquare(size: number): (x: number, y: number) => boolean {
  const r = size * 0.2;
  return (x, y) => {
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function cross(size: number): (x: number, y: number) => boolean {
  const arm = size * 0.11; // half the bar width
  const reach = size * 0.31; // half the bar length
  const c = size / 2;
  return (x, y) => (Math.abs(x - c) <= arm && Math.abs(y - c) <= reach) || (Math.abs(y - c) <= arm && Math.abs(x - c) <= reach);
}

/** RGBA pixels, row-major. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const square = roundedSquare(size);
  const plus = cross(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = coverage(x, y, square);
      const white = coverage(x, y, plus);
      const color = TEAL.map((t, k) => Math.round(t + (WHITE[k] - t) * white));
      pixels.set([...color, Math.round(alpha * 255)], (y * size + x) * 4);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A minimal PNG (8-bit RGBA, no filtering) of the pixels. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

export function iconPng(size: number): Buffer {
  return encodePng(size, drawIcon(size));
}

function main(): void {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(iconPath(size), iconPng(size));
  process.stdout.write(`Ikon ditulis ke ${ICON_DIR}/ (${ICON_SIZES.join(', ')} px)\n`);
}

if (require.main === module) main();
