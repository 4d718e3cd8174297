import { Puskesmas } from '../domain/registers/types';
import { columnLetter, rangeAddress } from './a1';
import { BANNER_ROW, BANNER_STYLE, HEADER_FILL, legibleNotComputable, NOT_COMPUTABLE, notComputableFormat, ReportMeta, reportHeader } from './reportFrame';
import { groupColumnBreaks, KeepBlock, PRINTABLE, printedColumnPoints, printScale, READABLE_SCALE } from './pageBreaks';
import { rowsBetween } from './rowHeights';
import { RangeStyle, SheetSpec, SpecCell } from './spec';
import { wrapTextRows, wrappedCellHeights } from './textRows';

export interface ReportColumn {
  header: string;
  width?: number;
  /** Number format of the data cells: '0', '0.0%', 'dd-mm-yyyy', … */
  format?: string;
  /** Long text (a message) wraps inside the column; its rows grow to show it whole. */
  wrap?: boolean;
}

export interface ReportTableInput {
  name: string;
  title: string;
  /** The puskesmas identity for the header (null for district reports: pass `identity`). */
  puskesmas: Puskesmas | null;
  /** A district report's identity line instead of a puskesmas's. */
  identity?: string;
  meta: ReportMeta;
  columns: ReportColumn[];
  rows: SpecCell[][];
  /** A bold total row under the data. */
  total?: SpecCell[];
  /** Lines under the table (notes, sources, signature). */
  footer?: SpecCell[][];
  /**
   * A table too wide for one A4 page at READABLE_SCALE prints across pages at that scale instead
   * of shrinking: its first `titleColumns` (the puskesmas) repeat on every page and each group
   * of columns (an antigen's) stays on one page.
   */
  across?: { titleColumns: number; groups: KeepBlock[] };
}

/** Rows above the table: the report header block and one row, blank or the BELUM FINAL banner. */
export const TABLE_HEADER_ROW = 6;

/**
 * A report sheet holding one table under the standard header block: bold header row with a
 * fill, thin borders, formats by column (a constant number of styled ranges whatever the
 * number of rows), frozen header, A4 landscape fit to width with the header repeated.
 */
export function reportTableSheet(input: ReportTableInput): SheetSpec {
  const head = reportHeader(input.title, input.puskesmas, input.meta);
  const rows = head.rows;
  if (input.identity) rows[2] = [input.identity];
  while (rows.length < TABLE_HEADER_ROW - 1) rows.push([]);
  const width = input.columns.length;
  // A table split across pages keeps its widths; one page wide, it is made to fit at a readable scale.
  const { columns, widths: columnWidths } = input.across ? { columns: input.columns, widths: input.columns.map(defaultWidth) } : readableColumns(input.columns);
  const first = TABLE_HEADER_ROW + 1;
  const last = TABLE_HEADER_ROW + input.rows.length + (input.total ? 1 : 0);
  const values: SpecCell[][] = [...rows, input.columns.map((c) => c.header), ...input.rows, ...(input.total ? [input.total] : []), [], ...(input.footer ?? [])];
  const styles: RangeStyle[] = [...head.styles, { range: rangeAddress(TABLE_HEADER_ROW, 1, TABLE_HEADER_ROW, width), style: { bold: true, fill: HEADER_FILL, wrap: true, vertical: 'middle', horizontal: 'center', border: 'thin' } }];
  const wraps = columns.some((c) => c.wrap);
  if (last >= first) {
    styles.push({ range: rangeAddress(first, 1, last, width), style: { border: 'thin' } });
    columns.forEach((c, i) => {
      const column = `${columnLetter(i + 1)}${first}:${columnLetter(i + 1)}${last}`;
      if (c.format) styles.push({ range: column, style: { numberFormat: c.format } });
      if (c.wrap) styles.push({ range: column, style: { wrap: true } });
    });
    if (wraps) styles.push({ range: rangeAddress(first, 1, last, width), style: { vertical: 'top' } });
  }
  if (input.total) styles.push({ range: rangeAddress(last, 1, last, width), style: { bold: true, fill: '#F2F2F2' } });
  // The banner spans the table's width in the row above its header, so it never covers the table.
  const banner = input.meta.banner ? rangeAddress(BANNER_ROW, 1, BANNER_ROW, width) : null;
  // It wraps over the table's width, so a narrow table prints it whole.
  if (banner) styles.push({ range: banner, style: { ...BANNER_STYLE, wrap: true } });
  const notComputable = notComputableFormat(values);
  // Headers wrap in their columns; LibreOffice (and print) show only the height the file gives.
  const headerHeight = Math.max(30, wrappedCellHeights(values, columnWidths, [TABLE_HEADER_ROW], () => ({ size: 11, bold: true }))[TABLE_HEADER_ROW] ?? 0);
  // Data rows: only the wrapping columns decide the height (other text is cut at its border).
  const wrapColumns = new Set(columns.flatMap((c, i) => (c.wrap ? [i] : [])));
  const dataHeights = wraps ? wrappedCellHeights(values, columnWidths, rowsBetween(first, last), (row) => ({ size: 11, bold: input.total !== undefined && row === last }), wrapColumns) : {};
  // "tidak dapat dihitung" wraps where its column is too narrow, so it is read whole on paper.
  // So does any word standing where a number would ("tidak dilaporkan", "target belum ditetapkan").
  const isMark = (cell: SpecCell, row: number, col: number): cell is string => cell === NOT_COMPUTABLE || (typeof cell === 'string' && row >= first && row <= last && columns[col - 1]?.format !== undefined && !columns[col - 1].wrap);
  const marked = values.some((r, i) => r.some((cell, c) => isMark(cell, i + 1, c + 1)));
  const legible = notComputable.length || marked ? legibleNotComputable(values, columnWidths, 11, dataHeights, [], isMark) : { styles: [], rowHeights: {} };
  styles.push(...legible.styles);
  const spec: SheetSpec = {
    name: input.name,
    role: 'report',
    values,
    columnWidths,
    rowHeights: { [TABLE_HEADER_ROW]: headerHeight, ...dataHeights, ...legible.rowHeights, ...(input.meta.banner ? Object.fromEntries([[BANNER_ROW, bannerHeight(input.meta.banner, columnWidths)]]) : {}) },
    styles,
    ...(banner ? { merges: [banner] } : {}),
    ...(notComputable.length ? { conditionalFormats: notComputable } : {}),
    freeze: { rows: TABLE_HEADER_ROW, columns: 1 },
    print: { orientation: 'landscape', fitToWidth: true, titleRows: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}` },
  };
  // The lines of text above and under the table: each wraps over the width every printed page shows.
  const textRows = [...rowsBetween(1, TABLE_HEADER_ROW - 1), ...rowsBetween(Math.max(last, TABLE_HEADER_ROW) + 1, values.length)];
  const split = input.across && printScale(spec) < READABLE_SCALE ? input.across : null;
  if (!split) return wrapTextRows(spec, textRows, width);
  const print = { ...spec.print!, fitToWidth: false, scale: READABLE_SCALE * 100, titleColumns: `A:${columnLetter(split.titleColumns)}` };
  const columnBreaks = groupColumnBreaks(columnWidths, split.titleColumns, split.groups, READABLE_SCALE, print.orientation);
  // Across pages, the repeated puskesmas columns are the width every page shows.
  return wrapTextRows({ ...spec, print, columnBreaks }, textRows, split.titleColumns);
}

/** Narrowest a wrapping text column becomes. */
const MIN_WRAP_WIDTH = 12;
/** A number column's width when its header wraps instead: "12,345" and "100.0%" fit. */
const NUMBER_WIDTH = 10;

/** A column's width as given, or its header's length (8 to 24). */
const defaultWidth = (c: ReportColumn): number => c.width ?? Math.max(8, Math.min(24, c.header.length + 2));

/**
 * The columns of a table printed one A4 landscape page wide, made to fit at READABLE_SCALE in
 * the wider of Excel's and LibreOffice's column measures (printedColumnPoints) instead of the
 * print shrinking: first a number column sized by its header takes NUMBER_WIDTH (the header
 * wraps), then the text columns wrap and narrow in proportion (never below MIN_WRAP_WIDTH),
 * their rows growing taller.
 */
function readableColumns(input: readonly ReportColumn[]): { columns: ReportColumn[]; widths: number[] } {
  const room = PRINTABLE.landscape.width / READABLE_SCALE;
  const points = (ws: readonly number[]) => ws.reduce((n, w) => n + printedColumnPoints(w), 0);
  let columns = input.map((c) => ({ ...c }));
  let widths = columns.map(defaultWidth);
  if (points(widths) <= room) return { columns, widths };
  widths = widths.map((w, i) => (columns[i].width === undefined && columns[i].format && !columns[i].wrap ? Math.min(w, NUMBER_WIDTH) : w));
  if (points(widths) <= room) return { columns, widths };
  // Text columns (no number format) wrap; the wrapping ones share what the others leave.
  columns = columns.map((c) => (c.format ? c : { ...c, wrap: true }));
  // A column held at MIN_WRAP_WIDTH leaves the others to narrow further.
  const held = new Set(columns.flatMap((c, i) => (c.wrap && widths[i] > MIN_WRAP_WIDTH ? [] : [i])));
  const given = widths;
  for (let round = 0; round < columns.length; round++) {
    const fixed = points(widths.filter((_, i) => held.has(i)));
    const flexible = points(given.filter((_, i) => !held.has(i)));
    if (flexible === 0) break;
    const factor = Math.max(0, room - fixed) / flexible;
    widths = given.map((w, i) => (held.has(i) ? widths[i] : Math.min(w, Math.max(MIN_WRAP_WIDTH, Math.floor(w * factor)))));
    const floored = widths.flatMap((w, i) => (!held.has(i) && w === MIN_WRAP_WIDTH ? [i] : []));
    if (floored.length === 0) break;
    for (const i of floored) held.add(i);
  }
  return { columns, widths };
}

/** Height of the wrapped BELUM FINAL banner over these columns: 11-point bold, about 0.85 characters per width unit. */
function bannerHeight(banner: string, widths: readonly number[]): number {
  const perLine = Math.max(20, 0.85 * widths.reduce((sum, w) => sum + w, 0));
  return Math.max(18, Math.ceil(banner.length / perLine) * 15 + 3);
}
