import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A printed word, or part of one, that a reader cannot see whole on its page. */
export interface CutWord {
  /** 1-based page number. */
  page: number;
  /** The word as the PDF holds it (pdftotext), although the page shows less of it. */
  word: string;
  /** The line of text it stands in, to say where it is. */
  line: string;
}

/** A glyph cairo draws on a page: its origin, and whether a clip cuts through it. */
interface Glyph {
  x: number;
  y: number;
  clipped: boolean;
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/**
 * The words of a PDF that are printed cut: text that runs out of its cell's printed area
 * (a title in a narrow repeated column, a merged note cut at a page's edge). A PDF keeps a
 * cut text whole and clips it when drawing, so pdftotext alone reads it as if whole. Poppler's
 * cairo backend draws the pages as SVG: it leaves out every glyph wholly outside its clip
 * and wraps a glyph the clip cuts through in a clip path. A word is cut when a glyph of it is
 * drawn under a clip, or when its last glyphs are not drawn at all.
 */
export function cutWords(pdf: string): CutWord[] {
  const words = bboxWords(pdf);
  const glyphs = drawnGlyphs(pdf);
  const cuts: CutWord[] = [];
  words.forEach((pageWords, p) => {
    const onPage = glyphs[p] ?? [];
    for (const w of pageWords) {
      const inWord = onPage.filter((g) => g.x >= w.xMin - 0.5 && g.x < w.xMax && g.y >= w.yMin && g.y <= w.yMax + 1);
      const chars = [...w.text].length;
      // The last glyph starts within about two characters of the word's end (a ligature such as "fi" is one glyph).
      const reach = inWord.length ? Math.max(...inWord.map((g) => g.x)) : w.xMin - 1;
      const tail = w.xMax - reach;
      const hidden = inWord.length === 0 || tail > (2.6 * (w.xMax - w.xMin)) / chars + 1;
      if (hidden || inWord.some((g) => g.clipped)) {
        const line = pageWords.filter((o) => Math.abs(o.yMin - w.yMin) < 1).map((o) => o.text).join(' ');
        cuts.push({ page: p + 1, word: w.text, line });
      }
    }
  });
  return cuts;
}

/** Words per page with their boxes in points from the page's top left (pdftotext -bbox). */
function bboxWords(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString();
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
      })),
    );
}

/** The glyphs cairo draws on each page (pdftocairo -svg, in points from the top left like pdftotext). */
function drawnGlyphs(pdf: string): Glyph[][] {
  const dir = mkdtempSync(join(tmpdir(), 'cut-text-'));
  try {
    const svgPath = join(dir, 'pages.svg');
    execFileSync('pdftocairo', ['-svg', pdf, svgPath]);
    const svg = readFileSync(svgPath, 'utf8');
    // One <page> a PDF page when there are several; the whole document when there is one.
    const pages = svg.includes('<pageSet>') ? svg.split('<page>').slice(1) : [svg];
    return pages.map((page) => {
      const body = page.replace(/<defs>[\s\S]*?<\/defs>/g, '');
      const glyphs: Glyph[] = [];
      // A stack of open groups: does each clip?
      const open: boolean[] = [];
      let transformed = 0;
      for (const m of body.matchAll(/<g\b([^>]*?)(\/?)>|<\/g>|<use\b([^>]*)\/>/g)) {
        if (m[0] === '</g>') {
          const clip = open.pop();
          if (clip === undefined) continue;
          continue;
        }
        if (m[0].startsWith('<g')) {
          if (m[2] === '/') continue;
          open.push(/clip-path=/.test(m[1]));
          if (/transform=/.test(m[1])) transformed++;
          continue;
        }
        const attrs = m[3];
        if (!/xlink:href="#glyph/.test(attrs)) continue;
        const x = /\bx="([-\d.]+)"/.exec(attrs);
        const y = /\by="([-\d.]+)"/.exec(attrs);
        if (!x || !y) continue;
        glyphs.push({ x: Number(x[1]), y: Number(y[1]), clipped: open.some(Boolean) });
      }
      if (transformed > 0) throw new Error('pdftocairo drew glyphs under a transform: their positions are not page points');
      return glyphs;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
