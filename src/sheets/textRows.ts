import { parseRange, rangeAddress } from './a1';
import { columnPoints } from './pageBreaks';
import { RangeStyle, SheetSpec } from './spec';

/**
 * Lines of text outside a report's tables (the title block, the BELUM FINAL banner, notes and
 * sources under a table) printed whole on paper. A text longer than its cell runs on over the
 * empty cells to its right: a spreadsheet prints it on as far as the page allows, and LibreOffice
 * even widens the printed area for it, so a fit-to-width sheet shrinks to a long note's length;
 * on a sheet printed across pages with repeated columns, the text is cut at the edge of those
 * columns. So each line of text is merged over the width every printed page shows, wraps there,
 * and its row is as tall as its lines (LibreOffice prints the height the file gives, no more).
 */

/** The font of a cell: its size in points and whether it is bold. */
export interface CellFont {
  size: number;
  bold: boolean;
}

/** The font the sheet's styles give a cell (the last style naming a size or weight wins); Calibri 11 otherwise. */
export function cellFont(styles: readonly RangeStyle[] | undefined, row: number, col: number): CellFont {
  const font: CellFont = { size: 11, bold: false };
  for (const { range, style } of styles ?? []) {
    if (style.fontSize === undefined && style.bold === undefined) continue;
    const r = parseRange(range);
    if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.bold !== undefined) font.bold = style.bold;
  }
  return font;
}

/**
 * Width of a character in ems. The widths are DejaVu Sans's, the font LibreOffice prints Calibri
 * with where Calibri (and its metric twin Carlito) is missing: it runs about a quarter wider than
 * Calibri, and so do the columns, which LibreOffice measures in the default font's digits
 * (FONT_TO_COLUMN).
 */
function charEms(ch: string, bold: boolean): number {
  let em: number;
  if (ch === ' ') em = 0.318;
  else if (/[iljI.,:;'!|·]/.test(ch)) em = 0.3;
  else if (/[ftr()[\]/\-]/.test(ch)) em = 0.4;
  else if (/[mwMW%]/.test(ch)) em = 0.95;
  else if (/[A-Z]/.test(ch)) em = 0.72;
  else if (/[=+×÷−<>≥≤→–—]/.test(ch)) em = 0.84;
  else em = 0.63;
  return bold ? em * 1.09 : em;
}

/** Points of a text set in this font. */
export function textPoints(text: string, font: CellFont): number {
  let ems = 0;
  for (const ch of text) ems += charEms(ch, font.bold);
  return ems * font.size;
}

/**
 * How much wider than Excel's a column prints where LibreOffice sets Calibri in DejaVu Sans
 * (measured on the sample's Pemantauan Vaksin: columns A–C 179 points in Excel, 224 printed),
 * less a margin: text estimated in DejaVu's widths against Excel's points times this fits both.
 */
const FONT_TO_COLUMN = 1.2;

/** Points inside a cell (or merged cells) of these column widths, less the cell's padding, in DejaVu terms (FONT_TO_COLUMN). */
export function cellTextPoints(widths: readonly number[]): number {
  return widths.reduce((n, w) => n + columnPoints(w), 0) * FONT_TO_COLUMN - 6;
}

/** Lines a text takes wrapped at spaces within `points` (a word longer than a line breaks within itself). */
export function wrappedLineCount(text: string, points: number, font: CellFont): number {
  const space = textPoints(' ', font);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const w = textPoints(word, font);
      if (used > 0 && used + space + w > points) {
        lines++;
        used = 0;
      }
      if (used === 0 && w > points) {
        lines += Math.ceil(w / points) - 1;
        used = w % points;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return Math.max(1, lines);
}

/** Height of a row showing this many lines in this font (Calibri's and DejaVu's line spacing, and the cell's padding). */
export function linesHeight(lines: number, font: CellFont): number {
  return Math.ceil(lines * font.size * 1.36 + 3);
}

/**
 * Merges each of these rows' text from its cell to column `right`, wraps it there (top-aligned)
 * and makes its row tall enough for its lines. A row's text is its last filled cell; a row whose
 * text cell lies right of `right`, or holds no text, is left as it is. Single-row merges starting
 * in these rows are replaced.
 */
export function wrapTextRows(spec: SheetSpec, rows: readonly number[], right: number): SheetSpec {
  const widths = spec.columnWidths ?? [];
  const wanted = new Set(rows);
  const merges = (spec.merges ?? []).filter((m) => {
    const r = parseRange(m);
    return !(r.top === r.bottom && wanted.has(r.top));
  });
  const styles = [...(spec.styles ?? [])];
  const rowHeights = { ...(spec.rowHeights ?? {}) };
  for (const row of wanted) {
    const cells = spec.values[row - 1] ?? [];
    let col = cells.length;
    while (col > 0 && (cells[col - 1] === null || cells[col - 1] === undefined || cells[col - 1] === '')) col--;
    const text = cells[col - 1];
    if (col === 0 || col > right || typeof text !== 'string') continue;
    const font = cellFont(spec.styles, row, col);
    if (right > col) merges.push(rangeAddress(row, col, row, right));
    styles.push({ range: rangeAddress(row, col, row, right), style: { wrap: true, vertical: 'top' } });
    // A label before it ("Kelengkapan") stands on its first line.
    if (col > 1) styles.push({ range: rangeAddress(row, 1, row, col - 1), style: { vertical: 'top' } });
    const points = cellTextPoints(Array.from({ length: right - col + 1 }, (_, i) => widths[col - 1 + i] ?? 8.43));
    rowHeights[row] = linesHeight(wrappedLineCount(text, points, font), font);
  }
  return { ...spec, merges, styles, rowHeights };
}

/**
 * Heights of rows whose text wraps inside its own cells (a table's header, its message columns):
 * for each row the most lines any of the `columns` (0-based; all when omitted) needs, in the
 * row's font. Rows of one line are left out.
 */
export function wrappedCellHeights(values: readonly (readonly unknown[])[], widths: readonly number[], rows: Iterable<number>, font: (row: number) => CellFont, columns?: ReadonlySet<number>): Record<number, number> {
  const heights: Record<number, number> = {};
  for (const row of rows) {
    const f = font(row);
    let lines = 1;
    (values[row - 1] ?? []).forEach((cell, c) => {
      if (typeof cell !== 'string' || cell === '' || (columns && !columns.has(c))) return;
      lines = Math.max(lines, wrappedLineCount(cell, cellTextPoints([widths[c] ?? 8.43]), f));
    });
    if (lines > 1) heights[row] = linesHeight(lines, f);
  }
  return heights;
}
