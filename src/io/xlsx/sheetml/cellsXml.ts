import { columnLetter } from '../../../sheets/a1';
import { SheetSpec, SpecCell } from '../../../sheets/spec';
import { CellLooks, coveredKey } from './cellLooks';
import { textElement, xmlText } from './xmlText';

export interface CellLink {
  ref: string;
  url: string;
}

export interface SheetData {
  /** The `<sheetData>` element. */
  xml: string;
  /** The cells holding a link, for the sheet's `<hyperlinks>`. */
  links: CellLink[];
  /** The used range ('A1:H6'), for `<dimension>`. */
  dimension: string;
}

const letters: string[] = [];
const letter = (c: number) => (letters[c] ??= columnLetter(c + 1));

/**
 * The cells of a sheet as `<sheetData>`: values typed as Excel types them (numbers, booleans,
 * errors; text as inline strings, so no shared-string table is needed, in a new workbook or in a
 * person's), each cell's format through `xf` (look id → index in the styles part; look 0 is
 * written without a style). A blank cell is written only where its look differs from its
 * column's, which the column's own format gives every other cell.
 */
export function sheetDataXml(spec: SheetSpec, looks: CellLooks, xf: readonly number[]): SheetData {
  const style = xf.map((to, id) => (id === 0 ? '' : ` s="${to}"`));
  const heights = spec.rowHeights ?? {};
  const lastRow = Math.max(spec.values.length, looks.rows.length - 1, ...Object.keys(heights).map(Number));
  const links: CellLink[] = [];
  const out: string[] = ['<sheetData>'];
  let maxCol = -1;
  let minCol = Infinity;
  let minRow = 0;
  let maxRow = 0;
  const columns = looks.columns;
  // One flat list of pieces joined once: concatenating per row builds deep string trees that
  // cost more to flatten than the pieces cost to make.
  for (let r = 1; r <= lastRow; r++) {
    const values = spec.values[r - 1];
    const cells = looks.rows[r];
    const width = Math.max(values?.length ?? 0, cells?.length ?? 0);
    const at = out.length;
    out.push('');
    let first = -1;
    let last = -1;
    for (let c = 0; c < width; c++) {
      const base = columns[c] ?? 0;
      const look = cells !== undefined && c < cells.length ? cells[c] : base;
      let value: SpecCell | undefined = values?.[c];
      if (value !== null && value !== undefined && cells && looks.covered.size > 0 && looks.covered.has(coveredKey(r, c))) value = null;
      if (value === null || value === undefined) {
        if (look === base) continue;
        out.push(`<c r="${letter(c)}${r}"${style[look]}/>`);
      } else {
        out.push(cellXml(`${letter(c)}${r}`, style[look], value, links));
      }
      if (first < 0) first = c;
      last = c;
    }
    const height = heights[r];
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : '';
    if (first < 0) {
      if (height === undefined) out.length = at;
      else out[at] = `<row r="${r}"${ht}/>`;
      continue;
    }
    out[at] = `<row r="${r}"${ht}>`;
    out.push('</row>');
    if (minRow === 0) minRow = r;
    maxRow = r;
    if (first < minCol) minCol = first;
    if (last > maxCol) maxCol = last;
  }
  out.push('</sheetData>');
  const dimension = minRow === 0 ? 'A1' : `${letter(minCol)}${minRow}:${letter(maxCol)}${maxRow}`;
  return { xml: out.join(''), links, dimension };
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
