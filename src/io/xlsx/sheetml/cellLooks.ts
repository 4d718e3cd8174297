import { parseRange } from '../../../sheets/a1';
import { SheetSpec } from '../../../sheets/spec';
import { StyleTable } from './styleTable';

/**
 * The look (StyleTable id) of every cell of a sheet: a cell in a column with a number format
 * starts from that format; the styled ranges apply in spec order; every cell of a merged area
 * then takes the look of its top-left cell (so a border drawn round a merged title goes all
 * the way round). Rows no range touches are not stored: their cells have their column's look.
 */
export interface CellLooks {
  /** Look of the cells of each column (index 0 = column A) that no range styled; 0 beyond. */
  columns: readonly number[];
  /** Per 1-based row that a range touches, the looks of its cells by 0-based column (columns' looks where no range reached). */
  rows: readonly (Int32Array | undefined)[];
  /** Merged areas' cells other than their top-left one (coveredKey), whose values are not written. */
  covered: ReadonlySet<number>;
}

export function cellLooks(spec: SheetSpec, table: StyleTable): CellLooks {
  const columns = (spec.columnFormats ?? []).map((format) => (format ? table.columnFormat(format) : 0));
  const areas = (spec.styles ?? []).map(({ range, style }) => ({ ...parseRange(range), style }));
  const merges = (spec.merges ?? []).map(parseRange);
  let width = columns.length;
  for (const a of [...areas, ...merges]) if (a.right > width) width = a.right;
  const base = new Int32Array(width);
  base.set(columns);
  const rows: (Int32Array | undefined)[] = [];
  const row = (r: number) => (rows[r] ??= base.slice());
  for (const { top, left, bottom, right, style } of areas) {
    const to = table.transitions(style);
    for (let r = top; r <= bottom; r++) {
      const cells = row(r);
      for (let c = left - 1; c < right; c++) {
        const from = cells[c];
        cells[c] = to[from] ?? table.step(to, from, style);
      }
    }
  }
  const covered = new Set<number>();
  for (const { top, left, bottom, right } of merges) {
    const master = row(top)[left - 1];
    for (let r = top; r <= bottom; r++) {
      const cells = row(r);
      for (let c = left - 1; c < right; c++) {
        cells[c] = master;
        if (r !== top || c !== left - 1) covered.add(coveredKey(r, c));
      }
    }
  }
  return { columns, rows, covered };
}

/** A cell's key in CellLooks.covered: its 1-based row and 0-based column. */
export function coveredKey(row: number, col: number): number {
  return row * 16384 + col;
}
