import { execFileSync } from 'node:child_process';

/** One rendered page: width, height and RGB bytes, row by row. */
export interface Raster {
  width: number;
  height: number;
  rgb: Buffer;
}

/** Renders the pages of a PDF with poppler's pdftoppm (PPM, so no image library is needed). */
export function renderPages(pdf: string, dpi = 40, first?: number, last?: number): Raster[] {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  const out = execFileSync('pdftoppm', ['-r', String(dpi), ...range, pdf], { maxBuffer: 512 * 1024 * 1024 });
  const pages: Raster[] = [];
  let at = 0;
  while (at < out.length) {
    // P6\n<width> <height>\n255\n<bytes>
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(at, at + 40).toString('latin1'));
    if (!header) throw new Error('Not a PPM stream from pdftoppm');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const start = at + header[0].length;
    pages.push({ width, height, rgb: out.subarray(start, start + width * height * 3) });
    at = start + width * height * 3;
  }
  return pages;
}

/** Pixels within `tolerance` (per channel) of the colour '#RRGGBB'. */
export function countColor(page: Raster, hex: string, tolerance = 40): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < page.rgb.length; i += 3) {
    if (Math.abs(page.rgb[i] - r) <= tolerance && Math.abs(page.rgb[i + 1] - g) <= tolerance && Math.abs(page.rgb[i + 2] - b) <= tolerance) n++;
  }
  return n;
}

/** The text of each page of a PDF (poppler's pdftotext, layout kept). */
export function pageTexts(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
    .toString()
    .split('\f')
    .slice(0, -1);
}

/**
 * Height in points of the box pdftotext gives the first word `word` on page 1: the font's size
 * as printed, so two sheets' titles (the same font and size) compare their print scales.
 */
export function wordHeight(pdf: string, word: string): number {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
  for (const m of html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) if (m[3] === word) return Number(m[2]) - Number(m[1]);
  throw new Error(`No word "${word}" on page 1 of ${pdf}`);
}

/** How far right the text of a page reaches (the largest right edge of its words, pdftotext's boxes), and the page's width, in points. */
export function textReach(pdf: string, page: number): { right: number; width: number } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
  const width = Number(/<page width="([\d.]+)"/.exec(html)?.[1]);
  const right = Math.max(0, ...[...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
  return { right, width };
}
