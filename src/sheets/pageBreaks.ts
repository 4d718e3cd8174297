import { parseRange } from './a1';
import { PrintSpec, SheetSpec } from './spec';

/**
 * Where printed pages end, so that no table or chart is cut in two (DESIGN: the printed report
 * is what the puskesmas signs and files). The page sizes follow the writers' print setup: A4,
 * half-inch side margins, 0.6-inch top and bottom margins.
 */

/** Points inside the margins of an A4 page, less a reserve for the applications' rounding. */
export const PRINTABLE = {
  landscape: { width: 842 - 72 - 24, height: 595 - 86 - 30 },
  portrait: { width: 595 - 72 - 24, height: 842 - 86 - 30 },
} as const;

/** The smallest print scale read comfortably on A4: wider tables wrap or split instead. */
export const READABLE_SCALE = 0.9;

/** Excel's default row height (Calibri 11), which both writers leave rows at unless told. */
const ROW_POINTS = 15;
/** Column widths count digits of Calibri 11 (7 pixels) plus 5 pixels of padding; 0.75 point a pixel. */
export const columnPoints = (width: number): number => Math.floor(width * 7 + 5) * 0.75;
/**
 * LibreOffice measures a column's width in digits of the workbook's default font, and prints
 * Calibri in DejaVu Sans where neither Calibri nor its metric twin Carlito is installed: 7
 * points a digit, where Excel counts 5.25 points a digit plus padding (measured on this
 * project's machines: columns 5–30 wide print 17–29% wider, approaching a third).
 */
const DEJAVU_DIGIT_POINTS = 7;
/** Points a column of this width takes printed in the wider of Excel's and LibreOffice's measures. */
export const printedColumnPoints = (width: number): number => Math.max(columnPoints(width), width * DEJAVU_DIGIT_POINTS);

/** The scale (fraction) a fit-to-width sheet prints at where its columns print widest (printedColumnPoints); 1 when it fits. */
export function widestPrintScale(spec: SheetSpec): number {
  if (!spec.print?.fitToWidth || spec.print.scale) return printScale(spec);
  const widths = spec.columnWidths ?? [];
  let points = 0;
  for (let c = 0; c < lastColumn(spec); c++) points += printedColumnPoints(widths[c] || 8.43);
  return Math.min(1, PRINTABLE[spec.print.orientation].width / points);
}

/**
 * LibreOffice prints columns wider than Excel (DEJAVU_DIGIT_POINTS: up to about 29% in our
 * sheets without Carlito). The district tables' column breaks allow 15%, which their fixed
 * widths (a wide puskesmas column, groups of 8–10) fit with the page's reserve: the print test
 * finds no break LibreOffice adds. A fit-to-width scale is estimated from the narrower measure,
 * which errs towards fewer rows a page.
 */
const WIDEST_PRINT = 1.15;
/**
 * The report sheets' narrow columns (widths 6–9, 9-point text) printed about 22% wider in
 * LibreOffice 7 (measured on the sample's Pemantauan Vaksin and Laporan BIAS PDFs: 572 points
 * for 468 estimated): their column breaks allow 25%.
 */
export const NARROW_COLUMNS_PRINT = 1.25;

/** A run of rows printed on one page when it fits one. */
export interface KeepBlock {
  first: number;
  last: number;
  /** Start a fresh page even where the block would fit under what is above it. */
  newPage?: boolean;
}

/** The last column the sheet prints: its cells, or a chart reaching further right. */
function lastColumn(spec: SheetSpec): number {
  let last = Math.max(0, ...spec.values.map((r) => r.length));
  for (const chart of spec.charts ?? []) last = Math.max(last, parseRange(chart.anchor.to).right);
  return last;
}

/** The scale (fraction) a fit-to-width sheet prints at; 1 when it fits or is not fitted. */
export function printScale(spec: SheetSpec): number {
  const print = spec.print;
  if (!print) return 1;
  if (print.scale) return print.scale / 100;
  if (!print.fitToWidth) return 1;
  const widths = spec.columnWidths ?? [];
  let points = 0;
  for (let c = 0; c < lastColumn(spec); c++) points += columnPoints(widths[c] || 8.43);
  return Math.min(1, PRINTABLE[print.orientation].width / points);
}

function rowPoints(spec: SheetSpec, row: number): number {
  return spec.rowHeights?.[row] ?? ROW_POINTS;
}

/** The rows every printed page repeats ('6:6' → 6..6), or none. */
function titleRows(print: PrintSpec | undefined): { first: number; last: number } | null {
  if (!print?.titleRows) return null;
  const [a, b = a] = print.titleRows.split(':').map(Number);
  return { first: a, last: b };
}

/**
 * Page breaks (after these 1-based rows) so that each block that fits on a page is printed on
 * one: a block that would cross the end of a page starts the next one. A block taller than a
 * page starts on a fresh page and breaks where it must (its header rows repeat). Charts are
 * blocks over the rows their frame covers.
 */
export function keepTogetherBreaks(spec: SheetSpec, blocks: readonly KeepBlock[]): number[] {
  const print = spec.print;
  if (!print) return [];
  const scale = printScale(spec);
  const titles = titleRows(print);
  let titlePoints = 0;
  if (titles) for (let r = titles.first; r <= titles.last; r++) titlePoints += rowPoints(spec, r);
  const page = PRINTABLE[print.orientation].height / scale;
  // A chart's block starts a row above its frame: a page starting right at the frame's top
  // edge would print that edge's line at the foot of the page before.
  const all: KeepBlock[] = [...blocks, ...(spec.charts ?? []).map((c) => parseRange(`${c.anchor.from}:${c.anchor.to}`)).map((r) => ({ first: Math.max(1, r.top - 1), last: r.bottom }))];
  // Overlapping blocks (two charts side by side, a chart beside its table) are kept as one.
  const merged: KeepBlock[] = [];
  for (const b of [...all].sort((x, y) => x.first - y.first)) {
    const prev = merged[merged.length - 1];
    if (prev && b.first <= prev.last) {
      prev.last = Math.max(prev.last, b.last);
      prev.newPage = prev.newPage || b.newPage;
    } else merged.push({ ...b });
  }
  // Blank rows at the end (room under a chart) print nothing: no page is started for them.
  let lastFilled = spec.values.length;
  while (lastFilled > 0 && (spec.values[lastFilled - 1] ?? []).every((c) => c === null || c === '')) lastFilled--;
  const lastRow = Math.max(lastFilled, ...merged.map((b) => b.last));
  const breaks: number[] = [];
  let used = 0;
  // The first page shows the title rows in their place; later pages repeat them on top.
  let room = page;
  const newPage = (after: number) => {
    breaks.push(after);
    used = 0;
    room = page - titlePoints;
  };
  for (let row = 1; row <= lastRow; ) {
    const block = merged.find((b) => b.first === row);
    const last = block ? block.last : row;
    let height = 0;
    for (let r = row; r <= last; r++) height += rowPoints(spec, r);
    if (block?.newPage && used > 0 && height <= page - titlePoints) {
      newPage(row - 1);
      used = height;
    } else if (used + height <= room) used += height;
    else if (height <= page - titlePoints) {
      newPage(row - 1);
      used = height;
    } else {
      // Taller than a page: it starts on a fresh page and the application breaks it where it must.
      // Where that is, and so how much room its last page keeps, is the application's (LibreOffice's
      // rows print shorter than ours): what follows starts a fresh page too, never a heading left at its foot.
      if (used > 0) newPage(row - 1);
      if (last < lastRow) newPage(last);
      else used = height;
    }
    row = last + 1;
  }
  return breaks;
}

/**
 * Column breaks for a sheet printed across pages at a fixed scale, its first `titleColumns`
 * repeated on each: groups of columns (an antigen's three) are never split.
 */
export function groupColumnBreaks(widths: readonly number[], titleColumns: number, groups: readonly KeepBlock[], scale: number, orientation: PrintSpec['orientation'], widest = WIDEST_PRINT): number[] {
  const room = PRINTABLE[orientation].width / scale;
  let titles = 0;
  for (let c = 0; c < titleColumns; c++) titles += widest * columnPoints(widths[c] ?? 8.43);
  const breaks: number[] = [];
  let used = titles;
  for (const g of groups) {
    let w = 0;
    for (let c = g.first; c <= g.last; c++) w += widest * columnPoints(widths[c - 1] ?? 8.43);
    if (used + w > room && used > titles) {
      breaks.push(g.first - 1);
      used = titles;
    }
    used += w;
  }
  return breaks;
}

/**
 * The column groups of a sheet whose tables group its columns differently (one table's antigen
 * pairs, another's Td groups over the same columns): columns first..last, each alone except
 * where a `tied` run (from any table) holds it to its neighbours, overlapping runs kept as one.
 */
export function columnGroups(first: number, last: number, tied: readonly KeepBlock[]): KeepBlock[] {
  const groups: KeepBlock[] = [];
  for (let c = first; c <= last; c++) {
    const prev = groups[groups.length - 1];
    if (prev && tied.some((t) => t.first <= prev.last && t.last >= c && t.first < c)) prev.last = c;
    else groups.push({ first: c, last: c });
  }
  return groups;
}
