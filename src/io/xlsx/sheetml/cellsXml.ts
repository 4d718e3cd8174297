import { columnLetter } from '../../../sheets/a1';
import { SheetSpec, SpecCell } from '../../../sheets/spec';
import { PartWriter } from '../opc/compressAhead';
import { CellLooks, coveredKey } from './cellLooks';
import { textElement, xmlText } from './xmlText';

export interface CellLink {
  ref: string;
  url: string;
}

const letters: string[] = [];
const letter = (c: number) => (letters[c] ??= columnLetter(c + 1));

/**
 * The cells of a sheet as `<sheetData>`, written to `out` row by row: values typed as Excel types them
 * (numbers, booleans, errors; text as inline strings, so no shared-string table is needed, in a
 * new workbook or in a person's), each cell's format through `xf` (look id → index in the
 * styles part; look 0 is written without a style). A blank cell is written only where its look
 * differs from its column's, which the column's own format gives every other cell. Returns the
 * cells holding a link, for the sheet's `<hyperlinks>`.
 */
export function sheetDataXml(spec: SheetSpec, looks: CellLooks, xf: readonly number[], out: PartWriter): CellLink[] {
  const style = xf.map((to, id) => (id === 0 ? '' : ` s="${to}"`));
  const heights = spec.rowHeights ?? {};
  const links: CellLink[] = [];
  const grid = new Grid(spec, looks);
  out.push('<sheetData>');
  for (let r = 1; r <= grid.lastRow; r++) {
    const values = spec.values[r - 1];
    const cells = looks.rows[r];
    const width = Math.max(values?.length ?? 0, cells?.length ?? 0);
    const height = heights[r];
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : '';
    let c = 0;
    while (c < width && !grid.written(values, cells, r, c)) c++;
    if (c === width) {
      if (height !== undefined) out.push(`<row r="${r}"${ht}/>`);
      continue;
    }
    out.push(`<row r="${r}"${ht}>`);
    for (; c < width; c++) {
      const look = grid.look(cells, c);
      const value = grid.value(values, cells, r, c);
      if (value !== null) out.push(cellXml(`${letter(c)}${r}`, style[look], value, links));
      else if (look !== (grid.columns[c] ?? 0)) out.push(`<c r="${letter(c)}${r}"${style[look]}/>`);
    }
    out.push('</row>');
    out.handOver();
  }
  out.push('</sheetData>');
  return links;
}

/**
 * The used range ('A1:H6') of the cells sheetDataXml writes, for `<dimension>`: known before
 * the cells are written, so the part can go to the compressor as it is written.
 */
export function usedRange(spec: SheetSpec, looks: CellLooks): string {
  const grid = new Grid(spec, looks);
  let minCol = Infinity;
  let maxCol = -1;
  let minRow = 0;
  let maxRow = 0;
  for (let r = 1; r <= grid.lastRow; r++) {
    const values = spec.values[r - 1];
    const cells = looks.rows[r];
    let first = 0;
    let last = Math.max(values?.length ?? 0, cells?.length ?? 0) - 1;
    while (first <= last && !grid.written(values, cells, r, first)) first++;
    if (first > last) continue;
    while (!grid.written(values, cells, r, last)) last--;
    if (minRow === 0) minRow = r;
    maxRow = r;
    if (first < minCol) minCol = first;
    if (last > maxCol) maxCol = last;
  }
  return minRow === 0 ? 'A1' : `${letter(minCol)}${minRow}:${letter(maxCol)}${maxRow}`;
}

/** Which cells are written with what: the one rule sheetDataXml and usedRange share. */
class Grid {
  readonly columns: readonly number[];
  readonly lastRow: number;
  private readonly covered: ReadonlySet<number>;

  constructor(spec: SheetSpec, looks: CellLooks) {
    this.columns = looks.columns;
    this.covered = looks.covered;
    this.lastRow = Math.max(spec.values.length, looks.rows.length - 1, ...Object.keys(spec.rowHeights ?? {}).map(Number));
  }

  /** A cell's look: its row's where a range touched the row, else its column's. */
  look(cells: Int32Array | undefined, c: number): number {
    return cells !== undefined && c < cells.length ? cells[c] : (this.columns[c] ?? 0);
  }

  /** A cell's value, null for none and for the cells a merged area covers (only its top-left one shows). */
  value(values: readonly SpecCell[] | undefined, cells: Int32Array | undefined, r: number, c: number): Exclude<SpecCell, undefined> {
    const value = values?.[c];
    if (value === null || value === undefined) return null;
    return cells !== undefined && this.covered.size > 0 && this.covered.has(coveredKey(r, c)) ? null : value;
  }

  /** Written: a cell with a value, or a blank one whose look is not its column's. */
  written(values: readonly SpecCell[] | undefined, cells: Int32Array | undefined, r: number, c: number): boolean {
    return this.value(values, cells, r, c) !== null || this.look(cells, c) !== (this.columns[c] ?? 0);
  }
}

function cellXml(ref: string, s: string, value: Exclude<SpecCell, null>, links: CellLink[]): string {
  switch (typeof value) {
    case 'number':
      // A number Excel cannot hold is shown as an error where the figure would be, never as 0.
      return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
    case 'string':
      return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
    case 'boolean':
      return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      if ('error' in value) return `<c r="${ref}"${s} t="e"><v>${xmlText(value.error)}</v></c>`;
      links.push({ ref, url: value.url });
      return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value.text)}</is></c>`;
  }
}
