import { Cell, MergeRange, RawSheet } from '../domain/raw';
import { parseRange } from '../sheets/a1';
import { SheetSpec, SpecCell } from '../sheets/spec';

/**
 * The raw sheet a reader gets back from a sheet the file writer wrote from `spec`: what the
 * page keeps after writing, instead of parsing the whole output again. Values as the readers
 * give them (a link is its text, an error value its text), trailing blanks left out as the
 * readers leave them out, and the spec's merged areas. test/web/specToRaw.test.ts writes
 * the report sheets with the real writer, reads them with the real reader and compares.
 */
export function specToRaw(spec: SheetSpec, name = spec.name): RawSheet {
  const rows: Cell[][] = spec.values.map(toRawRow);
  let last = rows.length - 1;
  while (last >= 0 && rows[last].length === 0) last--;
  rows.length = last + 1;
  const merges = writtenMerges((spec.merges ?? []).map(parseRange));
  return { name, rows, firstRow: 1, firstCol: 1, ...(merges.length ? { merges } : {}) };
}

function toRawRow(row: readonly SpecCell[]): Cell[] {
  let last = row.length - 1;
  while (last >= 0 && toRawCell(row[last]) === null) last--;
  const out = new Array<Cell>(last + 1);
  for (let i = 0; i <= last; i++) out[i] = toRawCell(row[i]);
  return out;
}

function toRawCell(cell: SpecCell | undefined): Cell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object') return 'error' in cell ? cell.error : cell.text;
  return cell;
}

/** Merged areas as the writer puts them in the file: in spec order, without single-cell merges. */
function writtenMerges(merges: readonly MergeRange[]): MergeRange[] {
  return merges.filter((m) => m.bottom > m.top || m.right > m.left);
}
