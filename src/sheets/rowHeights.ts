import { parseRange } from './a1';
import { SpecCell } from './spec';

/** The row numbers first..last (none when last < first). */
export function rowsBetween(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Points per line of Calibri 11, Excel's default row height. */
const LINE_HEIGHT = 15;

/**
 * Heights (points, by 1-based row) that show the wrapped text of these rows whole. Excel
 * fits such rows itself when it opens a file, LibreOffice keeps the file's height, so a
 * layout that wraps long text says how tall the rows are. The estimate counts a column's
 * width in characters as the characters that fit on one line, which errs towards room.
 */
export function wrappedRowHeights(values: readonly SpecCell[][], widths: readonly number[], rows: Iterable<number>, merges: readonly string[] = []): Record<number, number> {
  const spans = merges.map(parseRange);
  const heights: Record<number, number> = {};
  for (const row of rows) {
    let lines = 1;
    (values[row - 1] ?? []).forEach((cell, i) => {
      if (typeof cell !== 'string' || cell === '') return;
      const col = i + 1;
      const span = spans.find((s) => s.top === row && s.left === col);
      let width = widths[i] ?? 8.43;
      if (span) for (let c = col + 1; c <= span.right; c++) width += widths[c - 1] ?? 8.43;
      // A column width counts digit widths; average text runs about a tenth narrower.
      const perLine = Math.max(1, Math.floor(width * 1.1));
      lines = Math.max(lines, cell.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0));
    });
    if (lines > 1) heights[row] = lines * LINE_HEIGHT;
  }
  return heights;
}
