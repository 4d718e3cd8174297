import { SheetSpec } from '../../../sheets/spec';
import { sheetRef } from './xmlText';

/** Excel's last row and column (0-based), how far a manual break reaches. */
const LAST_COLUMN = 16383;
const LAST_ROW = 1048575;

/**
 * The print setup of a sheet, as the worksheet's elements in schema order: printed gridlines,
 * margins, the page (A4, orientation, one page wide or a fixed scale), and the manual row and
 * column breaks.
 */
export function printXml(spec: SheetSpec): { printOptions: string; page: string; breaks: string } {
  const print = spec.print;
  let printOptions = '';
  let page = '';
  if (print) {
    printOptions = print.gridlines ? '<printOptions gridLines="1"/>' : '';
    const scale = print.scale ? ` scale="${print.scale}"` : '';
    // Across pages (repeated columns): a table's right-hand part follows its left-hand part, then what is below.
    const order = print.titleColumns ? ' pageOrder="overThenDown"' : '';
    page = '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' + `<pageSetup paperSize="9"${scale} fitToWidth="1" fitToHeight="0"${order} orientation="${print.orientation}"/>`;
  }
  const rows = spec.rowBreaks ?? [];
  const columns = spec.columnBreaks ?? [];
  const brk = (ids: readonly number[], max: number) => ids.map((id) => `<brk id="${id}" max="${max}" man="1"/>`).join('');
  const breaks =
    (rows.length ? `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${brk(rows, LAST_COLUMN)}</rowBreaks>` : '') +
    (columns.length ? `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${brk(columns, LAST_ROW)}</colBreaks>` : '');
  return { printOptions, page, breaks };
}

/** Whether the sheet prints scaled to one page wide (`<pageSetUpPr fitToPage>`). */
export function fitsToPage(spec: SheetSpec): boolean {
  return Boolean(spec.print?.fitToWidth && !spec.print.scale);
}

/** The sheet's printed columns as the workbook's _xlnm.Print_Area text ('Sheet'!$A:$K), or null when it prints them all. */
export function printArea(spec: SheetSpec): string | null {
  const columns = spec.print?.columns;
  return columns ? `${sheetRef(spec.name)}!${columns.split(':').map((part) => `$${part}`).join(':')}` : null;
}

/** The sheet's print titles as the workbook's _xlnm.Print_Titles text ('Sheet'!$A:$B,'Sheet'!$1:$3), or null. */
export function printTitles(spec: SheetSpec): string | null {
  const ranges: string[] = [];
  const sheet = sheetRef(spec.name);
  const span = (range: string) => range.split(':').map((part) => `$${part}`).join(':');
  if (spec.print?.titleColumns) ranges.push(`${sheet}!${span(spec.print.titleColumns)}`);
  if (spec.print?.titleRows) ranges.push(`${sheet}!${span(spec.print.titleRows)}`);
  return ranges.length ? ranges.join(',') : null;
}
